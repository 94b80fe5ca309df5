"""Taking back one change: the model edit that restores the old wording of one place.

The edit is one of the model's plain edits (``model/edits.py``): the comparison window
turns it into the matching undoable command, so taking back is undone like any edit.
Paths here are the model's own spelling, with the ``items`` step of the duties list.
"""

from __future__ import annotations

import copy

from ..model import JobDescription, SectionId
from ..model.edits import Edit, InsertItem, MoveItem, RemoveItem, SetValue
from ..model.paths import from_finding, resolve
from .changes import Change, ChangeKind

_SECTIONS = {s.value for s in SectionId}


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
