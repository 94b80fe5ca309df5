"""Spell check as the user meets it: a misspelled word typed into a field is underlined,
a right-click offers the right word (undoable) and "Lisa minu sõnastikku" keeps the word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit

from ametijuhend_desktop.model import Duty
from ametijuhend_desktop.model.paths import DUTIES
from ametijuhend_desktop.spelling.personal import FILE_NAME
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.settings import AppSettings
from ametijuhend_desktop.ui.spelling import spell_service
from ametijuhend_desktop.ui.spelling_paint import LineUnderliner

from .conftest import field, keys

pytestmark = pytest.mark.gui


@pytest.fixture
def speller_window(qtbot, tmp_path: Path):
    settings = AppSettings(tmp_path / "settings.ini", data_dir=tmp_path / "data")
    win = MainWindow(settings)
    doc = win.editor.doc
    doc.duties.items = [Duty(text="", results=[""])]
    win.editor.load(doc)
    win.resize(1200, 760)
    win.show()
    qtbot.waitActive(win)
    service = spell_service()
    qtbot.waitUntil(service.ready, timeout=30_000)
    if service.speller is None:
        pytest.skip("no Estonian speller installed")
    yield win
    win.editor.stack.setClean()
    win.close()
    win.deleteLater()


def _underlined(widget: QPlainTextEdit) -> list[str]:
    block = widget.document().firstBlock()
    found = []
    for r in block.layout().formats():
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            found.append(block.text()[r.start: r.start + r.length])
    return found


def _right_click_menu(qtbot, widget: QPlainTextEdit | QLineEdit, pos: QPoint,
                     choose: str) -> list[str]:
    """Right-click at ``pos``, note the menu's entries and pick ``choose``.

    Works whether the field shows its menu with exec() (list rows: blocking) or popup()."""
    seen: list[str] = []

    def pick() -> None:
        menu = next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMenu) and w.isVisible()), None)
        if menu is None:
            QTimer.singleShot(20, pick)
            return
        seen.extend(a.text() for a in menu.actions())
        action = next((a for a in menu.actions() if a.text() == choose), None)
        menu.close()
        if action is not None:
            action.trigger()

    QTimer.singleShot(20, pick)
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                     target.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen


def test_a_typo_typed_into_a_duty_is_underlined_and_a_suggestion_replaces_it(
        qtbot, speller_window: MainWindow) -> None:
    win = speller_window
    widget = field(win, (*DUTIES, 0, "text"))
    assert isinstance(widget, QPlainTextEdit)
    widget.setFocus()
    keys(widget, "Nõustab kliendte igapäevaselt")
    assert _underlined(widget) == ["kliendte"]

    cursor = widget.textCursor()
    cursor.setPosition(10)
    pos = widget.cursorRect(cursor).center()
    seen = _right_click_menu(qtbot, widget, pos, "kliente")
    assert seen[0] == "kliente" and "Lisa minu sõnastikku" in seen
    assert any("Kopeeri" in t or "Copy" in t for t in seen)  # the field's own menu is still there
    assert win.editor.doc.duties.items[0].text == "Nõustab kliente igapäevaselt"
    assert _underlined(widget) == []

    win.editor.stack.undo()  # the correction alone, not the typing before it
    assert win.editor.doc.duties.items[0].text == "Nõustab kliendte igapäevaselt"
    assert widget.toPlainText() == "Nõustab kliendte igapäevaselt"


def test_add_to_my_dictionary_persists_and_clears_the_underline(
        qtbot, speller_window: MainWindow, tmp_path: Path) -> None:
    win = speller_window
    widget = field(win, (*DUTIES, 0, "results", 0))
    assert isinstance(widget, QPlainTextEdit)
    widget.setFocus()
    keys(widget, "Koolitused on korraldatud Tartuvaldsalt")
    assert _underlined(widget) == ["Tartuvaldsalt"]
    cursor = widget.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.Left, n=3)
    _right_click_menu(qtbot, widget, widget.cursorRect(cursor).center(), "Lisa minu sõnastikku")
    assert _underlined(widget) == []
    saved = tmp_path / "data" / FILE_NAME
    assert saved.read_text(encoding="utf-8") == "Tartuvaldsalt\n"
    assert win.editor.doc.duties.items[0].results[0] == "Koolitused on korraldatud Tartuvaldsalt"


def test_a_one_line_field_underlines_too_and_names_are_left_alone(
        qtbot, speller_window: MainWindow) -> None:
    win = speller_window
    title = field(win, ("general", "unit"))
    assert isinstance(title, QLineEdit)
    title.setFocus()
    keys(title, "Ennetustalitsu")
    underliner = title.findChild(LineUnderliner)
    assert underliner is not None
    assert [w.text for w in underliner.words()] == ["Ennetustalitsu"]
    title.repaint()  # paints over the field without an error

    win.editor.doc.signatories[0].name = ""
    name = field(win, ("signatories", 0, "name"))
    assert isinstance(name, QLineEdit)
    name.setFocus()
    keys(name, "Kõpsmann Vääräinen")
    assert name.findChild(LineUnderliner).words() == []  # type: ignore[union-attr]

    seen = _right_click_menu(qtbot, title, QPoint(title.cursorRect().left() - 20, title.height() // 2),
                             "Ennetustalitus")
    assert "Ennetustalitus" in seen
    assert win.editor.doc.general.unit == "Ennetustalitus"
    assert title.text() == "Ennetustalitus"
