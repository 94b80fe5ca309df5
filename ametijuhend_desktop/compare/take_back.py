"""Taking back one change: the model edit that restores the old wording of one place.

The comparison window turns each ``Edit`` into the matching undoable command (set a
value, insert, remove or move a list item), so taking back is undone like any edit;
``apply_edit`` does the same to a plain document (tests, the command line). Paths here
are the model's own spelling, with the ``items`` step of the duties list.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from ..model import JobDescription, SectionId
from ..model.paths import ModelPath as Path
from ..model.paths import from_finding, resolve
from .changes import Change, ChangeKind

_SECTIONS = {s.value for s in SectionId}


@dataclass(frozen=True)
class SetValue:
    path: Path
    value: Any


@dataclass(frozen=True)
class InsertItem:
    list_path: Path
    index: int
    value: Any


@dataclass(frozen=True)
class RemoveItem:
    list_path: Path
    index: int


@dataclass(frozen=True)
class MoveItem:
    list_path: Path
    source: int
    target: int


Edit = SetValue | InsertItem | RemoveItem | MoveItem


def take_back(change: Change, old: JobDescription) -> Edit:
    """The edit of the new document that restores ``change`` to its ``old`` version."""
    path = from_finding(change.path)
    if len(change.path) == 1 and change.path[0] in _SECTIONS:  # a section switched on or off
        return SetValue((*path, "included"), change.kind is ChangeKind.DELETED)
    if change.kind is ChangeKind.ADDED:
        return RemoveItem(path[:-1], int(path[-1]))
    assert change.old_path is not None
    was = copy.deepcopy(resolve(old, from_finding(change.old_path)))
    if change.kind is ChangeKind.DELETED:
        return InsertItem(path[:-1], int(path[-1]), was)
    if change.kind is ChangeKind.MOVED:
        return MoveItem(path[:-1], int(path[-1]), int(change.old_path[-1]))
    return SetValue(path, was)


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
