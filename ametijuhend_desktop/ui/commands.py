"""The undoable edits. Every change the window makes to the model is one of these.

The commands only know paths; the actual change and its announcement (tree rows, forms)
happen in :class:`~.editor.DocumentEditor`, so an undo refreshes exactly what a redo did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model.paths import ModelPath, resolve

if TYPE_CHECKING:
    from .editor import DocumentEditor


class _Command(QUndoCommand):
    """Announces on undo and on every redo but the first, so the window can show the spot."""

    def __init__(self, editor: DocumentEditor, path: ModelPath, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.path = path
        self._first = True

    def _reveal_after_redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.editor.revealRequested.emit(self.path)


class SetValue(_Command):
    """One field's new value; consecutive typing in the same field merges into one step."""

    ID = 1001

    def __init__(
        self, editor: DocumentEditor, path: ModelPath, value: Any, token: int | None = None
    ) -> None:
        super().__init__(editor, path, QCoreApplication.translate("Commands", "Muuda välja"))
        self.old = resolve(editor.doc, path)
        self.new = value
        self.token = token

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or self.token is None:
            return False
        if other.path != self.path or other.token != self.token:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.editor.apply_set(self.path, self.new)
        self._reveal_after_redo()

    def undo(self) -> None:
        self.editor.apply_set(self.path, self.old)
        self.editor.revealRequested.emit(self.path)


class InsertItem(_Command):
    def __init__(
        self, editor: DocumentEditor, list_path: ModelPath, index: int, value: Any, text: str = ""
    ) -> None:
        super().__init__(editor, (*list_path, index), text or QCoreApplication.translate("Commands", "Lisa"))
        self.list_path = list_path
        self.index = index
        self.value = value

    def redo(self) -> None:
        self.editor.apply_insert(self.list_path, self.index, self.value)
        self._reveal_after_redo()

    def undo(self) -> None:
        self.editor.apply_remove(self.list_path, self.index)
        self.editor.revealRequested.emit(self.list_path)


class RemoveItem(_Command):
    def __init__(self, editor: DocumentEditor, list_path: ModelPath, index: int) -> None:
        super().__init__(editor, (*list_path, index), QCoreApplication.translate("Commands", "Kustuta"))
        self.list_path = list_path
        self.index = index
        self.value: Any = None

    def redo(self) -> None:
        self.value = self.editor.apply_remove(self.list_path, self.index)
        self._reveal_after_redo()

    def undo(self) -> None:
        self.editor.apply_insert(self.list_path, self.index, self.value)
        self.editor.revealRequested.emit(self.path)


class MoveItem(_Command):
    def __init__(self, editor: DocumentEditor, list_path: ModelPath, source: int, target: int) -> None:
        super().__init__(editor, (*list_path, target), QCoreApplication.translate("Commands", "Liiguta"))
        self.list_path = list_path
        self.source = source
        self.target = target

    def redo(self) -> None:
        self.editor.apply_move(self.list_path, self.source, self.target)
        self._reveal_after_redo()

    def undo(self) -> None:
        self.editor.apply_move(self.list_path, self.target, self.source)
        self.editor.revealRequested.emit((*self.list_path, self.source))
