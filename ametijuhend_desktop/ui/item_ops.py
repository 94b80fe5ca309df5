"""Add, duplicate, delete and move for whichever list the user is working in.

The toolbar, the context menus and the keyboard all act on "the current list": the list
editor holding the focus, or the duties when the tree has it. Each of those hands the
window a :class:`ListOps`, so the five actions are written once.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from ..model.paths import ModelPath, resolve
from .editor import DocumentEditor

ADD_KEY = QKeySequence(Qt.Key.Key_Insert)
DUPLICATE_KEY = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_D))
REMOVE_KEYS = (
    QKeySequence(Qt.Key.Key_Delete),
    QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Delete)),
)
UP_KEY = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Up))
DOWN_KEY = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Down))
# Redo as in Word and LibreOffice on every system (Qt's Linux default is Ctrl+Shift+Z only).
REDO_KEY = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y))
# Export to Word; on X11 a text field takes Ctrl+E as "end of line" unless told otherwise.
EXPORT_KEY = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E))
# Keys a text field would otherwise keep for itself; the window's actions get them instead.
_WINDOW_KEYS = (ADD_KEY, DUPLICATE_KEY, REMOVE_KEYS[1], UP_KEY, DOWN_KEY, REDO_KEY, EXPORT_KEY)


def is_window_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in _WINDOW_KEYS)


class ItemAction(Enum):
    """The five things the user can do to an item of a list, in menu order."""

    ADD = "add"
    DUPLICATE = "duplicate"
    REMOVE = "remove"
    UP = "up"
    DOWN = "down"


@dataclass
class ListOps:
    """The five item actions on ``list_path`` around ``current`` (None: nothing chosen)."""

    editor: DocumentEditor
    list_path: ModelPath
    current: int | None
    make_item: Callable[[], Any]
    show: Callable[[int], None]  # select/focus an item after the change
    min_items: int = 0

    def _size(self) -> int:
        return len(resolve(self.editor.doc, self.list_path))

    def _valid(self) -> bool:
        return self.current is not None and 0 <= self.current < self._size()

    def can(self) -> dict[ItemAction, bool]:
        size, cur = self._size(), self.current
        ok = self._valid()
        return {
            ItemAction.ADD: True,
            ItemAction.DUPLICATE: ok,
            ItemAction.REMOVE: ok and size > self.min_items,
            ItemAction.UP: ok and cur is not None and cur > 0,
            ItemAction.DOWN: ok and cur is not None and cur < size - 1,
        }

    def run(self, action: ItemAction) -> bool:
        """Do ``action`` if it is possible here; True if it was."""
        if not self.can()[action]:
            return False
        {
            ItemAction.ADD: self.add,
            ItemAction.DUPLICATE: self.duplicate,
            ItemAction.REMOVE: self.remove,
            ItemAction.UP: lambda: self.move(-1),
            ItemAction.DOWN: lambda: self.move(1),
        }[action]()
        return True

    def add(self) -> None:
        index = self.current + 1 if self._valid() and self.current is not None else self._size()
        self.editor.insert(self.list_path, index, self.make_item())
        self.show(index)

    def duplicate(self) -> None:
        if self._valid() and self.current is not None:
            value = copy.deepcopy(resolve(self.editor.doc, self.list_path)[self.current])
            self.editor.insert(self.list_path, self.current + 1, value)
            self.show(self.current + 1)

    def remove(self) -> None:
        if self.can()[ItemAction.REMOVE] and self.current is not None:
            self.editor.remove(self.list_path, self.current)
            size = self._size()
            if size:
                self.show(min(self.current, size - 1))

    def move(self, delta: int) -> None:
        if self._valid() and self.current is not None:
            target = self.current + delta
            if 0 <= target < self._size():
                self.editor.move(self.list_path, self.current, target)
                self.show(target)
