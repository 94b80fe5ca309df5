"""Find and replace driven from the keyboard: Ctrl+F, typing, Enter jumps field to field,
Ctrl+H and replace all as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from ametijuhend_desktop.model import Duty
from ametijuhend_desktop.model.paths import DUTIES, resolve
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page

from .conftest import field, keys, type_into

pytestmark = pytest.mark.gui


def _fill(window: MainWindow) -> None:
    doc = window.editor.doc
    doc.general.job_title = "Klientide nõustaja"
    doc.requirements.competency_groups = []  # the default ones speak of clients too
    doc.requirements.additional = []
    doc.duties.items = [
        Duty(text="Nõustab kliente", results=["Klient on nõustatud"]),
        Duty(text="Koostab aruandeid", results=["Aruanne on esitatud", "Klientide arv on teada"]),
    ]
    window.editor.load(doc)


def _ctrl(qtbot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def _selected(widget: object) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    assert isinstance(widget, QPlainTextEdit)
    return widget.textCursor().selectedText()


def test_ctrl_f_lists_matches_by_place_and_enter_walks_through_them(qtbot, window: MainWindow) -> None:
    _fill(window)
    type_into(qtbot, window, ("general", "unit"), "Klientide teenindus")
    _ctrl(qtbot, Qt.Key.Key_F)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    keys(bar.find_edit, "klient")
    qtbot.waitUntil(lambda: len(bar.matches) == 5)
    shown = [bar.results.item(i).text() for i in range(bar.results.count())]
    assert shown[4] == "2.2 tulemus 2: Klientide arv on teada"  # no purpose: duties are 2.
    assert bar.count.text() == "Vasteid: 5"

    seen = []
    for _ in range(6):
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
        match = bar.current
        assert match is not None
        widget = window.form(Page.of(window.editor.tree.node_for(match.path))).widget_for(match.path)
        assert _selected(widget).casefold() == "klient"  # the match itself is selected
        assert bar.find_edit.hasFocus()  # the next Enter goes to the next match
        seen.append(match.path)
    assert seen[0] == ("general", "job_title")
    assert seen[2] == (*DUTIES, 0, "text")
    assert seen[4] == (*DUTIES, 1, "results", 1)
    assert seen[5] == seen[0]  # wrapped round

    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_whole_words_and_match_case(qtbot, window: MainWindow) -> None:
    _fill(window)
    _ctrl(qtbot, Qt.Key.Key_F)
    bar = window.find_bar
    keys(bar.find_edit, "Klient")
    bar.whole_words.click()
    assert [m.path for m in bar.matches] == [(*DUTIES, 0, "results", 0)]
    bar.whole_words.click()
    bar.match_case.click()
    assert len(bar.matches) == 3


def test_replace_all_is_one_undo_step(qtbot, window: MainWindow) -> None:
    _fill(window)
    doc = window.editor.doc
    doc.general.unit = "Klientide teenindus"
    window.editor.load(doc)
    field(window, ("general", "unit")).setFocus()  # Ctrl+H is not the field's backspace
    _ctrl(qtbot, Qt.Key.Key_H)
    bar = window.find_bar
    assert bar.replace_edit.isVisible()
    keys(bar.find_edit, "klient")
    keys(bar.replace_edit, "isik")
    bar.replace_all_button.click()
    doc = window.editor.doc
    assert doc.general.unit == "isikide teenindus"
    assert doc.general.job_title == "isikide nõustaja"
    assert resolve(doc, (*DUTIES, 1, "results", 1)) == "isikide arv on teada"
    assert bar.matches == []
    assert bar.count.text() == "Muudetud välju: 5"

    assert window.editor.stack.count() == 1  # five fields, one step
    window.tree.setFocus()
    _ctrl(qtbot, Qt.Key.Key_Z)
    assert doc.general.job_title == "Klientide nõustaja"
    assert resolve(doc, (*DUTIES, 0, "text")) == "Nõustab kliente"
    assert resolve(doc, (*DUTIES, 1, "results", 1)) == "Klientide arv on teada"
    assert doc.general.unit == "Klientide teenindus"
    assert not window.editor.stack.canUndo()


def test_replace_one_replaces_the_selected_match_and_moves_on(qtbot, window: MainWindow) -> None:
    _fill(window)
    field(window, (*DUTIES, 1, "text")).setFocus()
    _ctrl(qtbot, Qt.Key.Key_H)
    bar = window.find_bar
    keys(bar.find_edit, "on")
    bar.whole_words.click()
    keys(bar.replace_edit, "saab olema")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.current is not None and bar.current.path == (*DUTIES, 0, "results", 0)
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)
    doc = window.editor.doc
    assert resolve(doc, (*DUTIES, 0, "results", 0)) == "Klient saab olema nõustatud"
    assert resolve(doc, (*DUTIES, 1, "results", 0)) == "Aruanne on esitatud"
    assert bar.current is not None and bar.current.path == (*DUTIES, 1, "results", 0)
    window.editor.stack.undo()
    assert resolve(doc, (*DUTIES, 0, "results", 0)) == "Klient on nõustatud"


def test_ctrl_f_from_a_text_field_takes_its_selection(qtbot, window: MainWindow) -> None:
    _fill(window)
    widget = field(window, ("general", "job_title"))
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.setSelection(0, 6)
    _ctrl(qtbot, Qt.Key.Key_F)
    assert window.find_bar.find_edit.text() == "Klient"
    assert len(window.find_bar.matches) == 4
