"""Edits of a document as plain values: set a value, insert, remove or move a list item.

The core says what to change (taking a change back, switching the kind of post); the
window turns each edit into the matching undoable command, and ``apply_edit`` makes it on
a plain document (the command line, tests). Paths are model paths (``model/paths.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .document import JobDescription
from .paths import ModelPath, resolve


@dataclass(frozen=True)
class SetValue:
    path: ModelPath
    value: Any


@dataclass(frozen=True)
class InsertItem:
    list_path: ModelPath
    index: int
    value: Any


@dataclass(frozen=True)
class RemoveItem:
    list_path: ModelPath
    index: int


@dataclass(frozen=True)
class MoveItem:
    list_path: ModelPath
    source: int
    target: int


Edit = SetValue | InsertItem | RemoveItem | MoveItem


def apply_edit(doc: JobDescription, edit: Edit) -> None:
    """Make ``edit`` on ``doc`` in place (the window does it through its undo stack)."""
    if isinstance(edit, SetValue):
        parent, last = resolve(doc, edit.path[:-1]), edit.path[-1]
        if isinstance(last, int):
            parent[last] = edit.value
        else:
            setattr(parent, last, edit.value)
        return
    items: list[Any] = resolve(doc, edit.list_path)
    if isinstance(edit, InsertItem):
        items.insert(min(edit.index, len(items)), edit.value)
    elif isinstance(edit, RemoveItem):
        del items[edit.index]
    else:
        items.insert(min(edit.target, len(items) - 1), items.pop(edit.source))
