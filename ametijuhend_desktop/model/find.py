"""Find and replace over one open document: every text field and list item, by model path.

Not to be confused with ``folder/search.py``, which searches across many files. Here the
result is a list of matches (path, start, end) the window can list by place and jump to,
and a replacement is a list of (path, new text) edits the window applies as one undo step.

Case folding keeps offsets: Python's case-insensitive matching folds letter by letter
(Õ/õ, Š/š, Ä/ä), so a match's start and end are positions in the original text, and an
Estonian letter never equals its plain twin (õ ≠ o, ä ≠ a).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .document import JobDescription
from .locations import describe
from .paths import DUTIES, ModelPath, resolve


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_words: bool = False


@dataclass(frozen=True)
class Match:
    """``text[start:end]`` of the field at ``path`` matched."""

    path: ModelPath
    start: int
    end: int


Edit = tuple[ModelPath, str]


def text_fields(doc: JobDescription) -> Iterator[tuple[ModelPath, str]]:
    """Every text the user can type, in document order, with its exact model path.

    Walks the dataclasses rather than listing fields by hand, so a field added to the
    model is searched without anyone remembering to add it here. Choices stored as enums
    (kind, level, role) are not text the user typed and are skipped.
    """
    yield from _walk(doc, ())


def _walk(obj: Any, path: ModelPath) -> Iterator[tuple[ModelPath, str]]:
    if isinstance(obj, Enum):
        return
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _walk(item, (*path, i))
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _walk(getattr(obj, f.name), (*path, f.name))


def pattern(needle: str, options: FindOptions) -> re.Pattern[str] | None:
    """The compiled search, or None for an empty needle (nothing to find)."""
    if not needle:
        return None
    body = re.escape(needle)
    if options.whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if options.match_case else re.IGNORECASE)


def find_all(doc: JobDescription, needle: str, options: FindOptions = FindOptions()) -> list[Match]:
    """All matches in document order; overlapping ones are not counted twice."""
    compiled = pattern(needle, options)
    if compiled is None:
        return []
    return [Match(path, m.start(), m.end())
            for path, text in text_fields(doc)
            for m in compiled.finditer(text)]


def replace_one(doc: JobDescription, match: Match, replacement: str) -> Edit:
    """The field's new text with just this match replaced."""
    text: str = resolve(doc, match.path)
    return match.path, text[: match.start] + replacement + text[match.end:]


def replace_all(doc: JobDescription, needle: str, replacement: str,
                options: FindOptions = FindOptions()) -> list[Edit]:
    """One edit per field that changes; the replacement is taken literally (no ``\\1``)."""
    compiled = pattern(needle, options)
    if compiled is None:
        return []
    edits: list[Edit] = []
    for path, text in text_fields(doc):
        new, count = compiled.subn(lambda _m: replacement, text)
        if count and new != text:
            edits.append((path, new))
    return edits


def place(doc: JobDescription, path: ModelPath, lang: str = "et") -> str:
    """Where a match is, as the reader numbers it: "3.4 tulemus 2"."""
    if path[: len(DUTIES)] == DUTIES:
        path = ("duties", *path[len(DUTIES):])  # the reader's spelling, without "items"
    return describe(doc, path, lang)


def next_index(doc: JobDescription, matches: list[Match], after: Match | None) -> int:
    """Where Enter goes from ``after``: the first match beyond it in document order,
    wrapping to the top; -1 when there is none. ``after`` need not be in ``matches``
    (it may just have been replaced)."""
    if not matches:
        return -1
    if after is None:
        return 0
    order = {path: i for i, (path, _text) in enumerate(text_fields(doc))}
    here = (order.get(after.path, -1), after.start)
    for i, m in enumerate(matches):
        if (order.get(m.path, -1), m.start) > here:
            return i
    return 0
