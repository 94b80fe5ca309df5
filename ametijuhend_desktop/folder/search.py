"""Search the text of every document in a set: which ones mention "järelhooldus"?

Matching is on casefolded text, so "Järelhooldus" and "JÄRELHOOLDUS" are found alike and
Estonian letters are told apart (õ is not o). The text is the document as it reads (the
plain-text rendering), so a hit can be shown in its line.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .summary import Summary

MAX_LINES = 3  # lines shown per document


@dataclass(frozen=True)
class Hit:
    summary: Summary
    count: int
    words: tuple[str, ...]

    @functools.cached_property
    def lines(self) -> tuple[str, ...]:
        """The first lines that hold a word, casefolded (found when shown, not before)."""
        return tuple(line.strip() for line in self.summary.text.splitlines()
                     if any(w in line for w in self.words))[:MAX_LINES]


def search(summaries: list[Summary], query: str) -> list[Hit]:
    """Documents whose text holds every word of ``query``, most mentions first."""
    words = query.casefold().split()
    if not words:
        return []
    hits: list[Hit] = []
    for s in summaries:
        text = s.text
        if not text or not all(w in text for w in words):
            continue
        hits.append(Hit(s, sum(text.count(w) for w in words), tuple(words)))
    hits.sort(key=lambda h: -h.count)
    return hits
