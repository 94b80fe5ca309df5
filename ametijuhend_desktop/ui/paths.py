"""Paths into the model: the one way the window names a field.

A path is a tuple of attribute names and list indexes from the document root, e.g.
("general", "job_title") or ("duties", "items", 2, "results", 0). Commands, forms and the
findings panel all speak in paths, so none of them needs to know the others' widgets.
Validation uses a slightly shorter spelling for duties; ``from_finding`` translates.
"""

from __future__ import annotations

from typing import Any

from ..model import JobDescription

Path = tuple[str | int, ...]

DUTIES: Path = ("duties", "items")


def resolve(doc: JobDescription, path: Path) -> Any:
    """The object at ``path``."""
    obj: Any = doc
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def assign(doc: JobDescription, path: Path, value: Any) -> None:
    """Put ``value`` at ``path`` (an attribute or a list element)."""
    parent = resolve(doc, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        parent[last] = value
    else:
        setattr(parent, last, value)


def from_finding(path: tuple[str | int, ...]) -> Path:
    """Validation writes ("duties", 2, "text"); the model has ("duties", "items", 2, "text")."""
    if len(path) >= 2 and path[0] == "duties" and isinstance(path[1], int):
        return (*DUTIES, *path[1:])
    return tuple(path)


def duty_index(path: Path) -> int | None:
    """The duty a path points into, if any."""
    if len(path) >= 3 and path[:2] == DUTIES and isinstance(path[2], int):
        return path[2]
    return None


def starts_with(path: Path, prefix: Path) -> bool:
    return path[: len(prefix)] == prefix
