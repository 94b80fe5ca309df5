"""Word-level marking of what changed inside one place: old and new tokens.

Tokens are words, runs of spaces and single punctuation marks, so a changed comma is
marked as a comma and a changed word as the whole word, never half of it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


class SegmentKind(StrEnum):
    SAME = "same"
    REMOVED = "removed"  # in the old wording only
    ADDED = "added"  # in the new wording only


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_changes(old: str, new: str) -> list[Segment]:
    """The two wordings as one run of same, removed and added pieces, in reading order."""
    a, b = tokens(old), tokens(new)
    out: list[Segment] = []

    def add(kind: SegmentKind, parts: list[str]) -> None:
        if not parts:
            return
        text = "".join(parts)
        if out and out[-1].kind is kind:
            out[-1] = Segment(kind, out[-1].text + text)
        else:
            out.append(Segment(kind, text))

    matcher = difflib.SequenceMatcher(str.isspace, a, b, autojunk=False)  # align on words
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add(SegmentKind.SAME, a[i1:i2])
        else:
            add(SegmentKind.REMOVED, a[i1:i2])
            add(SegmentKind.ADDED, b[j1:j2])
    return out
