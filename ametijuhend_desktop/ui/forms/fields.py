"""Widgets bound to one path of the model.

A field shows the value at its path and turns each user edit into one ``set_value`` call;
keystrokes between focusing a field and leaving it share a merge token, so a burst of
typing is one undo step. ``refresh`` re-reads the model (after undo, or another edit)
and leaves the cursor alone when the text is already right.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...model.pasted import without_breaks
from ...model.paths import ModelPath, resolve
from ..editor import DocumentEditor
from ..item_ops import is_window_key
from ..spelling import attach_spelling
from .completion import attach_completer, fill
from .date_field import OptionalDateEdit

_tokens = itertools.count(1)


class Binding(QObject):
    """The link between one widget and one path; forms keep a list of these."""

    focused = Signal(object)  # the path, when the widget gets the focus

    def __init__(self, editor: DocumentEditor, path: ModelPath, widget: QWidget,
                 read: Callable[[], Any], write: Callable[[Any], None]) -> None:
        super().__init__(widget)
        self.editor = editor
        self.path = path
        self.widget = widget
        self._read = read  # the widget's value
        self._write = write  # show a model value in the widget
        self._token: int | None = None
        self._updating = False
        self.row_key: tuple[int, str | None] = (0, None)  # row and attribute in a list editor
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_window_key(event):  # type: ignore[arg-type]
            return True  # not accepted: the window's undo / item shortcut gets the key
        if event.type() == QEvent.Type.FocusIn:
            self._token = next(_tokens)
            self.focused.emit(self.path)
        return False

    def edited(self) -> None:
        """The user changed the widget: record it (merged with the same focus session)."""
        if self._updating:
            return
        if self._token is None:
            self._token = next(_tokens)
        self.editor.set_value(self.path, self._read(), self._token)

    def refresh(self) -> None:
        value = resolve(self.editor.doc, self.path)
        if value == self._read():
            return
        self._updating = True
        try:
            self._write(value)
        finally:
            self._updating = False

    def rebind(self, path: ModelPath) -> None:
        self.path = path
        self._token = None
        self.refresh()


def line_field(editor: DocumentEditor, path: ModelPath, placeholder: str = "",
               completions: Callable[[], Sequence[str]] | None = None) -> tuple[QLineEdit, Binding]:
    widget = QLineEdit()
    widget.setPlaceholderText(placeholder)

    def write(value: Any) -> None:
        pos = widget.cursorPosition()
        widget.setText(value)
        widget.setCursorPosition(min(pos, len(value)))

    binding = Binding(editor, path, widget, widget.text, write)

    def edited(text: str) -> None:
        flat = without_breaks(text)  # a pasted line break would print, unseen here
        if flat != text:
            pos = widget.cursorPosition() - (len(text) - len(flat))
            widget.setText(flat)
            widget.setCursorPosition(max(pos, 0))
        binding.edited()

    widget.textEdited.connect(edited)
    if completions is not None:
        completer = attach_completer(widget, completions, binding.edited)
        binding.focused.connect(lambda _path: fill(completer, widget.text(), completions()))
    attach_spelling(widget, binding)
    binding.refresh()
    return widget, binding


class AutoTextEdit(QPlainTextEdit):
    """Word-wrapped multi-line text that grows with its content instead of scrolling."""

    emptyBackspace = Signal()

    def __init__(self, min_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        # Takes a paste first (a duty with its "sh:" items); True when it dealt with it.
        self.paste_filter: Callable[[str], bool] | None = None
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit_width(self) -> None:
        """Wide enough for the longest word (up to a limit): "Arvutikasutamise oskus"
        wraps between its words, not inside one, when the window is narrow."""
        words = self.toPlainText().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        frame = int(2 * self.document().documentMargin()) + 2 * self.frameWidth() + 4
        width = min(widest, self.fontMetrics().averageCharWidth() * 32) + frame
        if width != self.minimumWidth():
            self.setMinimumWidth(width)

    def _fit(self) -> None:
        self._fit_width()
        lines = max(int(self.document().documentLayout().documentSize().height()),
                    self._min_lines)
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing()
                  + int(2 * self.document().documentMargin())
                  + margins.top() + margins.bottom() + 2)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
                and not self.toPlainText() and not event.modifiers()):
            self.emptyBackspace.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.paste_filter is not None and source.hasText() and self.paste_filter(source.text()):
            return
        super().insertFromMimeData(source)


def text_field(editor: DocumentEditor, path: ModelPath, placeholder: str = "",
               min_lines: int = 1) -> tuple[AutoTextEdit, Binding]:
    widget = AutoTextEdit(min_lines)
    widget.setPlaceholderText(placeholder)

    def write(value: Any) -> None:
        cursor = widget.textCursor()
        pos = cursor.position()
        widget.setPlainText(value)
        cursor = widget.textCursor()
        cursor.setPosition(min(pos, len(value)))
        widget.setTextCursor(cursor)

    binding = Binding(editor, path, widget, widget.toPlainText, write)
    widget.textChanged.connect(binding.edited)
    attach_spelling(widget, binding)
    binding.refresh()
    return widget, binding


def check_field(editor: DocumentEditor, path: ModelPath, text: str) -> tuple[QCheckBox, Binding]:
    widget = QCheckBox(text)
    binding = Binding(editor, path, widget, widget.isChecked, widget.setChecked)
    widget.toggled.connect(lambda _on: binding.edited())
    binding.refresh()
    return widget, binding


def combo_field(editor: DocumentEditor, path: ModelPath,
                choices: Sequence[tuple[str, Any]]) -> tuple[QComboBox, Binding]:
    """A fixed choice: ``choices`` are (shown text, model value)."""
    widget = QComboBox()
    values = [value for _text, value in choices]  # kept here: Qt would turn enums into str
    for text, _value in choices:
        widget.addItem(text)

    def read() -> Any:
        return values[widget.currentIndex()] if widget.currentIndex() >= 0 else None

    def write(value: Any) -> None:
        widget.setCurrentIndex(values.index(value) if value in values else 0)

    binding = Binding(editor, path, widget, read, write)
    widget.activated.connect(lambda _i: binding.edited())
    binding.refresh()
    return widget, binding


def date_field(editor: DocumentEditor, path: ModelPath) -> tuple[OptionalDateEdit, Binding]:
    widget = OptionalDateEdit()
    binding = Binding(editor, path, widget.edit, widget.value, widget.set_value)
    widget.changed.connect(binding.edited)
    binding.refresh()
    return widget, binding
