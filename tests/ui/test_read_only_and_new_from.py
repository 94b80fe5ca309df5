"""A document opened read-only cannot be changed; File ▸ Uus selle põhjal… starts a new one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import PostKind, SectionId
from ametijuhend_desktop.ui.item_ops import ItemAction
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

pytestmark = pytest.mark.gui


def test_a_read_only_document_takes_no_typing_and_ctrl_s_offers_a_copy(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    doc = new_document(PostKind.AMETNIK)
    doc.general.job_title = "Jurist"
    window.set_document(doc, tmp_path / "jurist.ajx", read_only=True)
    window.tree.select(Node(NodeKind.SECTION, SectionId.GENERAL))
    title = window.form(Page.GENERAL).widget_for(("general", "job_title"))
    assert title is not None
    title.setFocus()
    qtbot.keyClicks(title, "x")
    qtbot.keyClick(title, Qt.Key.Key_Insert)
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))  # a page built after opening
    result = window.duty_form.results.widget_for(("duties", "items", 0, "results", 0))
    assert result is not None
    result.setFocus()
    qtbot.keyClicks(result, "y")
    assert doc.general.job_title == "Jurist" and doc.duties.items[0].results == [""]
    assert not window.isWindowModified()
    assert not window.actions_.items[ItemAction.ADD].isEnabled()
    asked: list[bool] = []
    monkeypatch.setattr(window.files, "ask_save_path", lambda: asked.append(True) or "")
    qtbot.keyClick(result, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]  # Save As, not silence
    assert "lugemiseks" in window.statusBar().currentMessage()


def test_new_from_this_one_keeps_the_content_and_clears_approval_dates_and_signatures(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    doc = new_document(PostKind.AMETNIK, default_signatory="Mari Maasikas")
    doc.general.job_title = "Jurist"
    doc.duties.items[0].text = "Nõustab"
    a = doc.meta.approval
    a.approver, a.date, a.directive_number, a.annex = "peadirektori", dt.date(2026, 1, 5), "1-1/3", "Lisa 3"
    doc.meta.effective_date = doc.meta.last_review = dt.date(2026, 2, 1)
    doc.meta.version = "3"
    window.set_document(doc, tmp_path / "jurist.ajx")
    menu = window.menuBar().actions()[0].menu()
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Uus selle"))
    action.trigger()
    QApplication.processEvents()
    new = window.editor.doc
    assert new is not doc and window.path is None and "Nimetu" in window.windowTitle()
    assert new.general.job_title == "Jurist" and new.duties.items[0].text == "Nõustab"
    assert (new.meta.approval.approver, new.meta.approval.date, new.meta.approval.annex,
            new.meta.approval.directive_number) == ("", None, "", "")
    assert new.meta.effective_date is None and new.meta.last_review is None
    assert [(s.name, s.position) for s in new.signatories] == [("", "")]
    assert doc.meta.approval.annex == "Lisa 3"  # the original is untouched
    assert window.isWindowModified()  # unsaved: closing asks
