"""Standard texts from the list's button: inserted with a click, own variants kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMenu, QToolButton

from ametijuhend_desktop.library.snippets import FILE_NAME
from ametijuhend_desktop.library.standard_texts import STANDARD_RIGHTS
from ametijuhend_desktop.ui.forms.list_editor import ListEditor
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.settings import AppSettings

from .conftest import field, type_into

pytestmark = pytest.mark.gui
RESULTS = ("duties", "items", 0, "results")


def _menu(window: MainWindow, list_path: tuple[str | int, ...]) -> tuple[ListEditor, QMenu]:
    field(window, list_path)  # show the form holding the list
    editor = next(e for form in window.forms.values() for e in form.lists
                  if e.list_path == list_path)
    button = next(b for b in editor.findChildren(QToolButton) if b.menu() is not None)
    menu = button.menu()
    menu.aboutToShow.emit()
    return editor, menu


def _action(menu: QMenu, starts: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text().startswith(starts))


def test_insert_a_standard_right_and_undo_it(qtbot, window: MainWindow) -> None:
    window.editor.doc.rights.items.clear()
    window.form(Page.RIGHTS).refresh_all()
    _editor, menu = _menu(window, ("rights", "items"))
    _action(menu, STANDARD_RIGHTS[3][:40]).trigger()
    assert window.editor.doc.rights.items == [STANDARD_RIGHTS[3]]
    window.editor.stack.undo()
    assert window.editor.doc.rights.items == []


def test_an_own_result_is_kept_for_the_next_session(qtbot, window: MainWindow,
                                                     settings: AppSettings) -> None:
    type_into(qtbot, window, (*RESULTS, 0), "Aruanne on esitatud tähtaegselt.")
    editor, menu = _menu(window, RESULTS)
    editor.focus_row(0)
    menu.aboutToShow.emit()
    _action(menu, "Jäta praegune rida meelde").trigger()
    assert (settings.data_dir / FILE_NAME).is_file()  # type: ignore[operator]

    later = MainWindow(settings)
    qtbot.addWidget(later)
    other_editor, other_menu = _menu(later, RESULTS)
    other_editor.focus_row(0)  # the new document's empty first result is filled in
    _action(other_menu, "Aruanne on esitatud tähtaegselt. (oma)").trigger()
    assert later.editor.doc.duties.items[0].results == ["Aruanne on esitatud tähtaegselt."]
    later.editor.stack.setClean()


def test_a_damaged_file_of_own_texts_is_named_and_left_alone(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.data_dir is not None
    settings.data_dir.mkdir(parents=True)
    damaged = settings.data_dir / FILE_NAME
    damaged.write_bytes(b'{"snippets": [')
    window = MainWindow(settings)
    qtbot.addWidget(window)
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any("standardtekstide fail on vigane" in text for text in labels)
    assert window.editor.snippets is None
    assert damaged.read_bytes() == b'{"snippets": ['


def test_standard_texts_are_in_the_rows_context_menu_for_the_keyboard(qtbot,
                                                                      window: MainWindow) -> None:
    editor, _button_menu = _menu(window, ("rights", "items"))
    row = field(window, ("rights", "items", 0))
    menu = editor.row_menu(row, 0)
    texts = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert isinstance(texts, QMenu) and texts.title() == "&Standardtekstid"
    texts.aboutToShow.emit()
    _action(texts, STANDARD_RIGHTS[3][:40]).trigger()
    assert window.editor.doc.rights.items[1] == STANDARD_RIGHTS[3]  # after the current row
