"""An editor for a list in the model: bullets, rows of a table, groups with their items.

Rows are rebuilt when the list changes shape (insert, delete, move); a keystroke only
updates its own field. The item actions (add, duplicate, delete, up, down) act on the row
holding the focus and are reachable from the small buttons, the row's context menu and
the window's toolbar and keyboard shortcuts (through ``ops()``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...library.snippets import Category
from ...model.paths import ModelPath, resolve, starts_with
from ..editor import DocumentEditor
from ..icons import icon
from ..item_ops import ItemAction, ListOps
from ..snippet_menu import snippet_button
from .fields import Binding, combo_field, line_field, text_field
from .row_keys import RowKeys


@dataclass
class Column:
    """One field of a row: ``attr`` None means the item itself is the text."""

    attr: str | None = None
    kind: str = "text"  # "text", "line", "combo", "list"
    placeholder: str = ""
    choices: Sequence[tuple[str, Any]] = ()
    completions: Callable[[], Sequence[str]] | None = None
    stretch: int = 1
    nested: ListSpec | None = None  # kind "list": the items of this row
    own_line: bool = False  # under the row's other fields, full width (a long sentence)


@dataclass
class ListSpec:
    title: str
    make_item: Callable[[], Any]
    columns: list[Column] = field(default_factory=lambda: [Column()])
    marker: str = "•"  # "#": numbered rows
    min_items: int = 0
    snippets: Category | None = None  # a "Standardtekstid" button for this kind of text


class ListEditor(QWidget):
    def __init__(self, editor: DocumentEditor, list_path: ModelPath, spec: ListSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.list_path = list_path
        self.spec = spec
        self.current: int | None = None
        self.row_key: tuple[int, str | None] = (0, None)  # where a nested list sits in its row
        self.bindings: list[Binding] = []
        self.nested: list[ListEditor] = []
        self._row_widgets: list[QWidget] = []
        self._first_fields: list[QWidget] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        header = QHBoxLayout()
        self.title = QLabel(f"<b>{spec.title}</b>")
        header.addWidget(self.title)
        header.addStretch(1)
        self.snippets: QToolButton | None = None
        if spec.snippets is not None and editor.snippets is not None:
            self.snippets = snippet_button(editor.snippets, spec.snippets, self._current_text,
                                           self._insert_text, self)
            header.addWidget(self.snippets)
        self.buttons: dict[ItemAction, QToolButton] = {}
        for key, name, tip in (
            (ItemAction.ADD, "add", self.tr("Lisa uus rida (Insert)")),
            (ItemAction.DUPLICATE, "duplicate", self.tr("Tee koopia (Ctrl+D)")),
            (ItemAction.REMOVE, "delete", self.tr("Kustuta rida (Ctrl+Shift+Delete)")),
            (ItemAction.UP, "up", self.tr("Liiguta üles (Ctrl+Üles)")),
            (ItemAction.DOWN, "down", self.tr("Liiguta alla (Ctrl+Alla)")),
        ):
            button = QToolButton()
            button.setIcon(icon(name))
            button.setIconSize(QSize(16, 16))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, k=key: self.act(k))
            header.addWidget(button)
            self.buttons[key] = button
        outer.addLayout(header)
        self.rows = QGridLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setHorizontalSpacing(6)
        self.rows.setVerticalSpacing(3)
        outer.addLayout(self.rows)
        self.empty = QLabel()
        self._show_empty_hint(False)
        outer.addWidget(self.empty)
        self.rebuild()

    def _show_empty_hint(self, focused: bool) -> None:
        """An empty list can hold the focus (for Insert); it says so, or Tab seems lost."""
        self.empty.setEnabled(focused)
        self.empty.setText(self.tr("Loetelu on tühi. Vajuta Insert, et lisada rida.") if focused
                           else self.tr("Loetelu on tühi. Lisa rida nupuga +."))
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_empty_hint(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_empty_hint(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)

    # -- item actions -----------------------------------------------------------------

    def ops(self) -> ListOps:
        caret = self._caret()
        return ListOps(self.editor, self.list_path, self.current, self.spec.make_item,
                       lambda index: self.focus_row(index, caret), self.spec.min_items)

    def _caret(self) -> tuple[str, int] | None:
        """Text and cursor position of the focused row field: a row moved with Ctrl+Up
        keeps its cursor where the user was typing, as in Word."""
        widget = self.focusWidget()
        if isinstance(widget, QPlainTextEdit) and widget in self._first_fields:
            return widget.toPlainText(), widget.textCursor().position()
        if isinstance(widget, QLineEdit) and widget in self._first_fields:
            return widget.text(), widget.cursorPosition()
        return None

    def act(self, action: ItemAction) -> None:
        self.ops().run(action)

    def _current_text(self) -> str:
        items = self.items()
        if self.current is not None and 0 <= self.current < len(items):
            value = items[self.current]
            return value if isinstance(value, str) else ""
        return ""

    def _insert_text(self, text: str) -> None:
        """A standard text as a new row after the current one (an empty current row is
        filled instead, as a user starting a new list expects)."""
        items = self.items()
        if self._current_text() == "" and self.current is not None and self.current < len(items):
            self.editor.set_value((*self.list_path, self.current), text)
            self.focus_row(self.current)
            return
        index = self.current + 1 if self.current is not None else len(items)
        self.editor.insert(self.list_path, index, text)
        self.focus_row(index)

    def _update_buttons(self) -> None:
        for key, allowed in self.ops().can().items():
            self.buttons[key].setEnabled(allowed)

    def _set_current(self, index: int) -> None:
        self.current = index
        self._update_buttons()

    def focus_row(self, index: int, caret: tuple[str, int] | None = None) -> None:
        if 0 <= index < len(self._first_fields):
            self.current = index
            widget = self._first_fields[index]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QPlainTextEdit):
                if caret is not None and widget.toPlainText() == caret[0]:
                    cursor = widget.textCursor()
                    cursor.setPosition(caret[1])
                    widget.setTextCursor(cursor)
            elif isinstance(widget, QLineEdit) and caret is not None and widget.text() == caret[0]:
                widget.setCursorPosition(caret[1])
            self._update_buttons()

    # -- building ---------------------------------------------------------------------

    def items(self) -> list[Any]:
        items: list[Any] = resolve(self.editor.doc, self.list_path)
        return items

    def set_list_path(self, list_path: ModelPath) -> None:
        """Show another list of the same shape (the duty form moving to another duty)."""
        if list_path != self.list_path:
            self.list_path = list_path
            self.current = None
        self.refresh()

    def rebuild(self) -> None:
        for widget in self._row_widgets:
            widget.hide()
            widget.deleteLater()
        self._row_widgets, self.bindings, self.nested, self._first_fields = [], [], [], []
        items = self.items()
        for i in range(len(items)):
            self._add_row(i)
        self.empty.setVisible(not items)
        # An empty list still takes the focus, so Insert can add its first row.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if items else Qt.FocusPolicy.StrongFocus)
        if self.current is not None and self.current >= len(items):
            self.current = len(items) - 1 if items else None
        self._update_buttons()

    def refresh(self) -> None:
        """Show the model again: new values in the same rows, or new rows if the count differs."""
        if len(self._first_fields) != len(self.items()):
            self.rebuild()
            return
        for binding in self.bindings:
            row, attr = binding.row_key
            binding.rebind((*self.list_path, row) + ((attr,) if attr else ()))
        for child in self.nested:
            row, attr = child.row_key
            child.set_list_path((*self.list_path, row, attr or ""))

    def _add_row(self, i: int) -> None:
        marker = QLabel(f"{i + 1}." if self.spec.marker == "#" else self.spec.marker)
        marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        marker.setContentsMargins(0, 4, 0, 0)
        self.rows.addWidget(marker, i, 0)
        self._row_widgets.append(marker)
        nested = [c for c in self.spec.columns if c.kind == "list"]
        flat = [c for c in self.spec.columns if c.kind != "list" and not c.own_line]
        below = [c for c in self.spec.columns if c.own_line]
        holder = QWidget()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        if nested or below:
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 6)
            box.addLayout(line)
        else:
            holder.setLayout(line)
        first: QWidget | None = None
        for column in flat:
            widget = self._field(i, column)
            line.addWidget(widget, column.stretch, Qt.AlignmentFlag.AlignTop)
            if first is None and column.kind in ("text", "line"):
                RowKeys(self, i, widget)  # Enter, Shift+Enter, Backspace, paste as in Word
            first = first or widget
        for column in below:
            box.addWidget(self._field(i, column))
        for column in nested:
            assert column.nested is not None and column.attr is not None
            child = ListEditor(self.editor, (*self.list_path, i, column.attr), column.nested)
            child.row_key = (i, column.attr)
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.NoFrame)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(18, 0, 0, 0)
            inner.addWidget(child)
            box.addWidget(frame)
            self.nested.append(child)
        self.rows.addWidget(holder, i, 1)
        self._row_widgets.append(holder)
        self._first_fields.append(first or holder)

    def text_attr(self) -> str | Literal[False] | None:
        """Where a row's text is: the item itself (None), an attribute of it, or nowhere
        (False: the first field is a choice, so Enter and pastes are left alone)."""
        flat = [c for c in self.spec.columns if c.kind != "list"]
        if not flat or flat[0].kind not in ("text", "line"):
            return False
        return flat[0].attr

    def first_field(self, index: int) -> QWidget:
        return self._first_fields[index]

    def _field(self, i: int, column: Column) -> QWidget:
        path: ModelPath = (*self.list_path, i) + ((column.attr,) if column.attr else ())
        widget: QWidget
        if column.kind == "line":
            widget, binding = line_field(self.editor, path, column.placeholder, column.completions)
            if column.stretch == 1 and len(self.spec.columns) > 2:  # a name beside choices
                widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("prantsuse") + 16)
        elif column.kind == "combo":
            widget, binding = combo_field(self.editor, path, column.choices)
        else:
            widget, binding = text_field(self.editor, path, column.placeholder)
            if column is self.spec.columns[0]:  # not a row's second field: only its text goes
                widget.emptyBackspace.connect(lambda: self._remove_empty(i))
        binding.row_key = (i, column.attr)
        binding.focused.connect(lambda _p, row=i: self._set_current(row))
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(
            lambda pos, w=widget, row=i: self._context_menu(w, row, pos))
        self.bindings.append(binding)
        return widget

    def _remove_empty(self, i: int) -> None:
        self._set_current(i)
        if len(self.items()) > max(self.spec.min_items, 1):
            self.act(ItemAction.REMOVE)

    def _context_menu(self, widget: QWidget, row: int, pos: QPoint) -> None:
        menu = self.row_menu(widget, row)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()

    def row_menu(self, widget: QWidget, row: int) -> QMenu:
        """The row's context menu (right click, or Shift+F10 / the menu key while typing)."""
        self._set_current(row)
        menu = QMenu(widget)
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            standard = widget.createStandardContextMenu()
            keys = widget.findChild(RowKeys)
            for action in standard.actions():
                if action.objectName() == "edit-paste" and keys is not None:
                    action.triggered.disconnect()  # a pasted list splits into rows
                    action.triggered.connect(lambda _c=False, k=keys, w=widget: k.paste(
                        QApplication.clipboard().text()) or w.paste())
                if action.objectName() not in ("edit-undo", "edit-redo"):
                    menu.addAction(action)
            menu.addSeparator()
        labels = {ItemAction.ADD: self.tr("Lisa rida"),
                  ItemAction.DUPLICATE: self.tr("Tee koopia"),
                  ItemAction.REMOVE: self.tr("Kustuta rida"),
                  ItemAction.UP: self.tr("Liiguta üles"),
                  ItemAction.DOWN: self.tr("Liiguta alla")}
        for key, allowed in self.ops().can().items():
            action = menu.addAction(labels[key])
            action.setEnabled(allowed)
            action.triggered.connect(lambda _c=False, k=key: self.act(k))
        if self.snippets is not None and self.snippets.menu() is not None:
            # The book button takes no focus; from the keyboard the texts are here.
            menu.addSeparator()
            menu.addMenu(self.snippets.menu())
        return menu

    # -- following the model ----------------------------------------------------------

    def value_changed(self, path: ModelPath) -> None:
        if not starts_with(path, self.list_path):
            return
        for binding in self.bindings:
            if binding.path == path:
                binding.refresh()
        for child in self.nested:
            child.value_changed(path)

    def list_changed(self, list_path: ModelPath) -> bool:
        """Rebuild if it is this list (or one inside it); True when handled."""
        if list_path == self.list_path:
            focused = self.current
            had_focus = self.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
            self.refresh()  # a move keeps the rows: only their values change
            if had_focus and focused is not None:
                self.focus_row(min(focused, len(self.items()) - 1))
            return True
        return any(child.list_changed(list_path) for child in self.nested)

    def widget_for(self, path: ModelPath) -> QWidget | None:
        """The field showing ``path`` or the nearest thing to it, for the findings panel."""
        for child in self.nested:
            if starts_with(path, child.list_path):
                return child.widget_for(path)
        for binding in self.bindings:
            if binding.path == path:
                return binding.widget
        for binding in self.bindings:
            if starts_with(binding.path, path) or starts_with(path, binding.path):
                return binding.widget
        return self._first_fields[0] if self._first_fields else self
