"""Typing as an HR specialist does: no click lost after typing, Enter makes the next item,
pasted lists split into items, dates typed by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.item_ops import ItemAction
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

pytestmark = pytest.mark.gui
LANGUAGES = ("requirements", "languages")


def click(qtbot, widget: QWidget) -> None:
    """A click as the window system delivers it (through an open popup, if any); pytest-qt's
    click on the widget itself would slip past the popup that ate the user's click."""
    pos = widget.mapTo(widget.window(), widget.rect().center())
    qtbot.mouseClick(widget.window().windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, pos)


def languages_editor(window: MainWindow):
    window.tree.select(Node(NodeKind.SECTION, SectionId.REQUIREMENTS))
    form = window.form(Page.of(Node(NodeKind.SECTION, SectionId.REQUIREMENTS)))
    return next(e for e in form.lists if e.list_path == LANGUAGES)


def test_a_click_on_plus_right_after_typing_a_language_is_not_lost(qtbot, window: MainWindow) -> None:
    langs = languages_editor(window)
    plus = langs.buttons[ItemAction.ADD]
    before = len(window.editor.doc.requirements.languages)
    click(qtbot, plus)
    qtbot.keyClicks(window.focusWidget(), "soome")  # its suggestion list opens
    click(qtbot, plus)
    qtbot.keyClicks(window.focusWidget(), "vene")
    names = [lang.name for lang in window.editor.doc.requirements.languages]
    assert len(names) == before + 2
    assert names[-2:] == ["soome", "vene"]


def test_a_click_on_the_tree_right_after_typing_a_language_is_not_lost(qtbot,
                                                                      window: MainWindow) -> None:
    langs = languages_editor(window)
    click(qtbot, langs.buttons[ItemAction.ADD])
    qtbot.keyClicks(window.focusWidget(), "inglise")
    purpose = window.editor.tree.index_of(Node(NodeKind.SECTION, SectionId.PURPOSE))
    rect = window.tree.visualRect(purpose)
    pos = window.tree.viewport().mapTo(window, rect.center())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, pos)
    assert window.tree.current_node() == Node(NodeKind.SECTION, SectionId.PURPOSE)
