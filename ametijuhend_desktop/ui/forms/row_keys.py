"""Keys and pastes in a list's rows, as in Word's bulleted lists.

Enter ends the item and starts the next (the text after the cursor goes with it),
Shift+Enter is a line break inside the item, Backspace in an empty item removes it and
goes back to the one before, and a pasted list becomes one item a line, marks
removed. Each of these is one undo step.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from ...model.pasted import pasted_lines

if TYPE_CHECKING:
    from .list_editor import ListEditor

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _cursor_split(widget: QWidget) -> tuple[str, str] | None:
    """The field's text before and after the cursor (a selection is left out)."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if widget.hasSelectedText():
            start = widget.selectionStart()
            return text[:start], text[start + len(widget.selectedText()):]
        return text[:widget.cursorPosition()], text[widget.cursorPosition():]
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        cursor = widget.textCursor()
        return text[:cursor.selectionStart()], text[cursor.selectionEnd():]
    return None


class RowKeys(QObject):
    """Installed on the first field of each row of a list editor."""

    def __init__(self, owner: ListEditor, row: int, widget: QWidget) -> None:
        super().__init__(widget)
        self.owner = owner
        self.row = row
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ENTER and mods == Qt.KeyboardModifier.ShiftModifier:
            if isinstance(self.widget, QPlainTextEdit):
                self.widget.insertPlainText("\n")  # a line break inside the item
            return True
        if event.key() in _ENTER and mods == Qt.KeyboardModifier.NoModifier:
            return self.splice(["", ""], QCoreApplication.translate("RowKeys", "Uus punkt"))
        if event.key() == Qt.Key.Key_Backspace and mods == Qt.KeyboardModifier.NoModifier:
            return self.remove_if_empty()
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste(QApplication.clipboard().text())
        return False

    def paste(self, text: str) -> bool:
        """Several lines pasted: one item each; False lets the field paste as usual."""
        lines = [line.text for line in pasted_lines(text)]
        if len(lines) < 2:
            return False
        return self.splice(lines, QCoreApplication.translate("RowKeys", "Kleebi loetelu"))

    def splice(self, pieces: list[str], undo_text: str) -> bool:
        """Put ``pieces`` at the cursor: the first ends this item, the last starts the
        item the rest of this one goes into, the ones between are items of their own."""
        owner, attr = self.owner, self.owner.text_attr()
        split = _cursor_split(self.widget)
        if split is None or attr is False:
            return False
        before, after = split
        texts = [before + pieces[0], *pieces[1:-1], pieces[-1] + after]
        path = (*owner.list_path, self.row) + ((attr,) if attr else ())
        editor = owner.editor
        with editor.one_step(undo_text):
            editor.set_value(path, texts[0])
            for offset, text in enumerate(texts[1:], 1):
                editor.insert(owner.list_path, self.row + offset, self._item(text))
        last = self.row + len(texts) - 1
        owner.focus_row(last, (texts[-1], len(pieces[-1])))
        return True

    def _item(self, text: str) -> Any:
        attr = self.owner.text_attr()
        item = self.owner.spec.make_item()
        if not attr:
            return text
        return dataclasses.replace(item, **{attr: text})

    def remove_if_empty(self) -> bool:
        w = self.widget
        text = w.text() if isinstance(w, QLineEdit) else (
            w.toPlainText() if isinstance(w, QPlainTextEdit) else None)
        if text != "":
            return False  # Backspace deletes the selection or a letter, as usual
        owner = self.owner
        if len(owner.items()) <= max(owner.spec.min_items, 1):
            return False
        row = self.row
        owner.editor.remove(owner.list_path, row)
        previous = max(row - 1, 0)
        field = owner.first_field(previous)
        shown = field.text() if isinstance(field, QLineEdit) else (
            field.toPlainText() if isinstance(field, QPlainTextEdit) else "")
        owner.focus_row(previous, (shown, len(shown)))
        return True
