"""Typing as an HR specialist does: no click lost after typing, Enter makes the next item,
pasted lists split into items, dates typed by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.forms.fields import OptionalDateEdit
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


def date_box(window: MainWindow, path: tuple[str, ...]) -> OptionalDateEdit:
    window.tree.select(Node(NodeKind.META))
    widget = window.form(Page.META).widget_for(path)
    assert widget is not None
    holder = widget.parentWidget()
    assert isinstance(holder, OptionalDateEdit)
    return holder


def test_a_date_is_typed_over_an_empty_date(qtbot, window: MainWindow) -> None:
    box = date_box(window, ("meta", "effective_date"))
    assert window.editor.doc.meta.effective_date is None
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.edit, "01.01.2027")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert window.editor.doc.meta.effective_date == dt.date(2027, 1, 1)
    assert box.edit.text() == "01.01.2027"


@pytest.mark.parametrize("typed", ["1.1.2027", "01012027", "2027-01-01"])
def test_a_date_is_understood_in_the_ways_people_write_it(qtbot, window: MainWindow,
                                                         typed: str) -> None:
    box = date_box(window, ("meta", "last_review"))
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, typed)
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert window.editor.doc.meta.last_review == dt.date(2027, 1, 1)
    assert box.edit.text() == "01.01.2027"


def test_up_on_an_empty_date_gives_today_and_then_steps_a_day(qtbot, window: MainWindow) -> None:
    box = date_box(window, ("meta", "effective_date"))
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)
    assert window.editor.doc.meta.effective_date == dt.date.today()
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)
    assert window.editor.doc.meta.effective_date == dt.date.today() + dt.timedelta(days=1)


def test_a_half_typed_date_is_not_stored_and_clearing_empties_it(qtbot,
                                                                 window: MainWindow) -> None:
    box = date_box(window, ("meta", "effective_date"))
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "31.02.2027")  # no such day
    assert window.editor.doc.meta.effective_date is None
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.edit, "28.02.2027")
    assert window.editor.doc.meta.effective_date == dt.date(2027, 2, 28)
    qtbot.mouseClick(box.clear_button, Qt.MouseButton.LeftButton)
    assert window.editor.doc.meta.effective_date is None and box.edit.text() == ""
