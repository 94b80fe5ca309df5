"""Keyboard-only use: Tab goes where a user expects, shortcuts act, focus is never lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPlainTextEdit

from ametijuhend_desktop.app import open_window
from ametijuhend_desktop.editor_options import EditorOptions
from ametijuhend_desktop.model import PostKind, SectionId
from ametijuhend_desktop.ui.actions import with_ctrl_y
from ametijuhend_desktop.ui.file_actions import SaveChoice
from ametijuhend_desktop.ui.item_ops import is_window_key
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

from .conftest import field, keys

pytestmark = pytest.mark.gui
EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"


def tab(qtbot, window: MainWindow, back: bool = False) -> None:
    target = QApplication.focusWidget() or window
    if back:
        qtbot.keyClick(target, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Tab)


def test_tab_from_the_tree_goes_into_the_form_then_findings(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.SECTION, SectionId.GENERAL))
    window.tree.select(Node(NodeKind.SECTION, SectionId.PURPOSE))  # a page built after the first
    window.tree.setFocus()
    tab(qtbot, window)
    include = window.form(Page.PURPOSE).findChildren(type(QApplication.focusWidget()))
    assert QApplication.focusWidget() in include  # the "included" check box of this form
    tab(qtbot, window)
    assert QApplication.focusWidget() is field(window, ("purpose", "heading"))
    window.tree.setFocus()
    tab(qtbot, window, back=True)  # Shift+Tab from the tree: round to the preview
    assert QApplication.focusWidget() is window.preview
    tab(qtbot, window, back=True)
    assert QApplication.focusWidget() is window.findings


def test_tab_reaches_a_result_row_added_just_now(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    results = ("duties", "items", 0, "results")
    first = field(window, (*results, 0))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Insert)
    QApplication.processEvents()  # new rows are shown by the next turn of the event loop
    added = field(window, (*results, 1))
    assert QApplication.focusWidget() is added
    field(window, (*results, 0)).setFocus()  # rows are rebuilt when the list changes
    tab(qtbot, window)
    assert QApplication.focusWidget() is added  # the next row, not the findings or preview
    tab(qtbot, window)
    assert QApplication.focusWidget() is window.findings


def test_a_moved_row_keeps_the_cursor_where_the_user_was_typing(qtbot,
                                                                window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    results = ("duties", "items", 0, "results")
    window.editor.set_value((*results, 0), "Klient on nõustatud")
    window.editor.insert(results, 1, "Teine tulemus")
    QApplication.processEvents()
    row = field(window, (*results, 1))
    assert isinstance(row, QPlainTextEdit)
    row.setFocus()
    row.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(row, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.duties.items[0].results[0] == "Teine tulemus"
    moved = QApplication.focusWidget()
    assert moved is field(window, (*results, 0))
    assert isinstance(moved, QPlainTextEdit)
    assert moved.textCursor().position() == len("Teine tulemus")
    keys(moved, "!")
    assert window.editor.doc.duties.items[0].results[0] == "Teine tulemus!"


def test_an_empty_list_with_the_focus_says_how_to_add_a_row(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    text = field(window, ("duties", "items", 0, "text"))
    text.setFocus()
    tab(qtbot, window)  # into the empty list of sub-items
    sub_items = window.duty_form.sub_items
    assert QApplication.focusWidget() is sub_items
    assert sub_items.empty.isEnabled() and "Insert" in sub_items.empty.text()
    qtbot.keyClick(sub_items, Qt.Key.Key_Insert)
    assert window.editor.doc.duties.items[0].sub_items == [""]
    tab(qtbot, window)
    assert not sub_items.empty.isVisible()


def test_insert_in_the_tree_puts_the_cursor_in_the_new_duty(qtbot, window: MainWindow) -> None:
    window.editor.set_value(("duties", "items", 0, "text"), "Nõustab kliente")
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Insert)
    assert len(window.editor.doc.duties.items) == 2
    assert window.tree.current_node() == Node(NodeKind.DUTY, SectionId.DUTIES, 1)
    text = window.duty_form.widget_for(("duties", "items", 1, "text"))  # without focusing it
    assert text is not None
    assert QApplication.focusWidget() is text
    keys(text, "Teine ülesanne")
    assert window.editor.doc.duties.items[1].text == "Teine ülesanne"
    assert window.editor.doc.duties.heading == ""  # nothing typed into the section's form
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.duties.items[0].text == "Teine ülesanne"
    assert QApplication.focusWidget() is window.tree  # moving keeps the focus in the tree


def test_ctrl_y_redoes_as_in_word_and_libreoffice(qtbot, window: MainWindow) -> None:
    title = field(window, ("general", "job_title"))
    keys(title, "Jurist")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.general.job_title == ""
    title = QApplication.focusWidget()
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.general.job_title == "Jurist"
    assert "Ctrl+Y" in [k.toString() for k in window.actions_.redo.shortcuts()]


def test_ctrl_y_is_added_where_the_platform_has_only_ctrl_shift_z() -> None:
    x11 = [QKeySequence("Ctrl+Shift+Z")]  # what Qt gives on an X11 desktop (xcb)
    assert [k.toString() for k in with_ctrl_y(x11)] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert with_ctrl_y([QKeySequence("Ctrl+Y")]) == [QKeySequence("Ctrl+Y")]


def _letters(menu: QMenu) -> list[str]:
    letters = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&&", "")
        assert "&" in text, f"no Alt letter in {text!r}"
        letters.append(text[text.index("&") + 1].lower())
    return letters


def test_every_menu_entry_has_its_own_alt_letter(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    assert len(menus) == 4
    for menu in menus:
        assert isinstance(menu, QMenu)
        letters = _letters(menu)
        assert len(letters) == len(set(letters)), letters


def test_a_recent_file_with_an_ampersand_is_shown_whole(window: MainWindow, tmp_path) -> None:
    folder = tmp_path / "R&D"
    folder.mkdir()
    path = folder / "jurist.ajx"
    window.settings.add_recent(path)
    window.update_recent_menu()
    action = window.actions_.recent_menu.actions()[0]
    assert action.text() == f"&1 {str(path.resolve()).replace('&', '&&')}"
    assert action.data() == str(path.resolve())


def test_the_save_changes_question_answers_to_alt_letters(window: MainWindow,
                                                          monkeypatch) -> None:
    window.editor.set_value(("general", "job_title"), "Jurist")
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.buttons())
        return QMessageBox.StandardButton.Cancel.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.files.ask_save_changes() is SaveChoice.CANCEL
    assert "&Salvesta" in seen and "Ä&ra salvesta" in seen


def test_a_text_field_leaves_ctrl_e_to_export(qtbot, window: MainWindow) -> None:
    """On X11, Ctrl+E in a text field means "end of line"; the field must not keep it."""
    title = field(window, ("general", "job_title"))
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E,
                      Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(title, event)
    assert not event.isAccepted()
    assert is_window_key(event)
    assert window.actions_.export.shortcut() == QKeySequence("Ctrl+E")


def test_a_new_document_starts_in_its_job_title(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.META))
    date = field(window, ("meta", "effective_date"))  # the focus on another page
    date.setFocus()
    window.files.new(PostKind.TOOTAJA)
    title = QApplication.focusWidget()
    assert title is window.form(Page.GENERAL).widget_for(("general", "job_title"))
    keys(title, "Jurist")
    assert window.editor.doc.general.job_title == "Jurist"
    assert window.editor.doc.general.heading == ""  # not typed into the heading above it


def test_an_opened_document_starts_in_the_tree(qtbot, window: MainWindow) -> None:
    field(window, ("meta", "organisation")).setFocus()
    assert window.files.open_now(EXAMPLE)
    assert QApplication.focusWidget() is window.tree


def test_starting_without_a_file_puts_the_cursor_in_the_job_title(qtbot, tmp_path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    args = EditorOptions()
    started = open_window(app, args, tmp_path / "settings.ini")
    assert started is not None
    qtbot.addWidget(started)
    started.show()
    title = started.form(Page.GENERAL).widget_for(("general", "job_title"))
    assert started.focusWidget() is title


@pytest.mark.parametrize("where", ["tree", "result"])
def test_shift_f10_opens_the_context_menu(qtbot, window: MainWindow, where: str) -> None:
    shown: list[list[str]] = []

    def record_and_close() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()

    QTimer.singleShot(100, record_and_close)
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    target = window.tree if where == "tree" else field(window, ("duties", "items", 0, "results", 0))
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 1
    assert ("Tee k&oopia" if where == "tree" else "Lisa rida") in shown[0]
    assert window.tree.current_node() == Node(NodeKind.DUTY, SectionId.DUTIES, 0)  # still the same
