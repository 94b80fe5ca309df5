"""Paths into the model: the one way every part of the product names a place in a document.

A path is a tuple of attribute names and list indexes from the document root, e.g.
("general", "job_title") or ("duties", "items", 2, "results", 0). Validation, the location
words of a finding, the window's undo commands, forms and tree all speak in paths, so none
of them needs to know the others' objects or widgets.

Validation names a duty as a reader numbers it, ("duties", 2, "text"), without the
``items`` step of the model; ``from_finding`` turns that into the model's spelling.
"""

from __future__ import annotations

from typing import Any, TypeAlias

ModelPath: TypeAlias = tuple[str | int, ...]

DUTIES: ModelPath = ("duties", "items")


def resolve(root: Any, path: ModelPath) -> Any:
    """The object at ``path`` below ``root`` (usually the JobDescription)."""
    obj: Any = root
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def assign(root: Any, path: ModelPath, value: Any) -> None:
    """Put ``value`` at ``path`` (an attribute or a list element); the window does this
    through undo commands, bulk changes across files directly."""
    parent = resolve(root, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        parent[last] = value
    else:
        setattr(parent, last, value)


def from_finding(path: ModelPath) -> ModelPath:
    """Validation writes ("duties", 2, "text"); the model has ("duties", "items", 2, "text")."""
    if len(path) >= 2 and path[0] == "duties" and isinstance(path[1], int):
        return (*DUTIES, *path[1:])
    return tuple(path)


def duty_index(path: ModelPath) -> int | None:
    """The duty a model path points into, if any."""
    if len(path) >= 3 and path[:2] == DUTIES and isinstance(path[2], int):
        return path[2]
    return None


def starts_with(path: ModelPath, prefix: ModelPath) -> bool:
    return path[: len(prefix)] == prefix
