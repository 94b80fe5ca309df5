"""The open document, its undo stack and the only place the window changes the model.

Forms call ``set_value``/``insert``/``remove``/``move``; each becomes one QUndoCommand.
The commands call the ``apply_*`` primitives, which change the model, keep the tree model's
rows in step (begin/end brackets) and announce the change with a path, so every view can
refresh just what it shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ..library.snippets import SnippetStore
from ..model import JobDescription, PostKind, edits
from ..model.kind_switch import kind_switch
from ..model.paths import ModelPath, resolve
from .commands import InsertItem, MoveItem, RemoveItem, SetValue
from .tree_model import DocumentTreeModel


class DocumentEditor(QObject):
    valueChanged = Signal(object)  # path of the field
    listChanged = Signal(object)  # path of the list that gained, lost or reordered items
    documentReplaced = Signal()
    revealRequested = Signal(object)  # undo/redo: show the user where it happened

    def __init__(self, doc: JobDescription, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = QUndoStack(self)
        self.snippets: SnippetStore | None = None  # the user's standard texts, set by the window
        self.read_only = False  # "ainult lugemiseks": every change below is refused
        self.tree = DocumentTreeModel(self, self)

    # -- what forms call --------------------------------------------------------------

    def set_value(self, path: ModelPath, value: Any, token: int | None = None) -> None:
        """Change one field; ``token`` groups consecutive keystrokes into one undo step."""
        if self.read_only or resolve(self.doc, path) == value:
            return
        self.stack.push(SetValue(self, path, value, token))

    def insert(self, list_path: ModelPath, index: int, value: Any) -> None:
        if not self.read_only:
            self.stack.push(InsertItem(self, list_path, index, value))

    def remove(self, list_path: ModelPath, index: int) -> None:
        if not self.read_only:
            self.stack.push(RemoveItem(self, list_path, index))

    def move(self, list_path: ModelPath, source: int, target: int) -> None:
        size = len(resolve(self.doc, list_path))
        if self.read_only or source == target or not (0 <= source < size and 0 <= target < size):
            return
        self.stack.push(MoveItem(self, list_path, source, target))

    @contextmanager
    def one_step(self, text: str) -> Iterator[None]:
        """Several changes the user made with one gesture (a paste, Enter splitting an
        item, switching the kind of post): one undo step."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    def switch_kind(self, kind: PostKind) -> None:
        """Ametnik ↔ töötaja with what follows from it (model/kind_switch.py), one step."""
        steps = kind_switch(self.doc, kind)
        if not steps or self.read_only:
            return
        with self.one_step(QCoreApplication.translate("Commands", "Muuda ametikoha liiki")):
            for edit in steps:
                self.apply(edit)

    def apply(self, edit: edits.Edit) -> None:
        """A plain model edit (model/edits.py) as the matching undoable command; an
        index past the end of its list stands for the end, as in ``apply_edit``."""
        if isinstance(edit, edits.SetValue):
            self.set_value(edit.path, edit.value)
            return
        size = len(resolve(self.doc, edit.list_path))
        if isinstance(edit, edits.InsertItem):
            self.insert(edit.list_path, min(edit.index, size), edit.value)
        elif isinstance(edit, edits.RemoveItem):
            self.remove(edit.list_path, edit.index)
        else:
            self.move(edit.list_path, edit.source, min(edit.target, size - 1))

    def load(self, doc: JobDescription) -> None:
        """Replace the whole document (File ▸ New/Open): no undo across documents."""
        self.tree.beginResetModel()
        self.doc = doc
        self.stack.clear()
        self.tree.endResetModel()
        self.stack.setClean()
        self.documentReplaced.emit()

    # -- what commands call -----------------------------------------------------------

    def apply_set(self, path: ModelPath, value: Any) -> None:
        parent = resolve(self.doc, path[:-1])
        last = path[-1]
        if isinstance(last, int):
            parent[last] = value
        else:
            setattr(parent, last, value)
        self.tree.value_changed(path)
        self.valueChanged.emit(path)

    def apply_insert(self, list_path: ModelPath, index: int, value: Any) -> None:
        items = resolve(self.doc, list_path)
        with self.tree.inserting(list_path, index):
            items.insert(index, value)
        self.listChanged.emit(list_path)

    def apply_remove(self, list_path: ModelPath, index: int) -> Any:
        items = resolve(self.doc, list_path)
        with self.tree.removing(list_path, index):
            value = items.pop(index)
        self.listChanged.emit(list_path)
        return value

    def apply_move(self, list_path: ModelPath, source: int, target: int) -> None:
        items = resolve(self.doc, list_path)
        with self.tree.moving(list_path, source, target):
            items.insert(target, items.pop(source))
        self.listChanged.emit(list_path)
