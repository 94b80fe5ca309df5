"""Matching the positions one document names against the titles of the others.

The agency writes a position in the nominative where it is the subject ("1.3 Vahetu juht:
Teenuse juht") and often in the partitive after "asendab" ("Talitusejuhatajat",
"teenuse juhti"). Only the last word of a name inflects ("teenuse juhti": "teenuse" stays),
so two names are the same position when all words but the last are equal and the last
words share a stem under the partitive endings (-t, -d, -i, -a, -u, -e and -it, -at, …; nõunik → nõunikku).
Case and runs of spaces do not matter; a parenthesised specification ("Peaspetsialist
(ennetusteenus)") must agree. A name written together that the title writes apart
("Teenusejuht" / "Teenuse juht") is a different spelling: it is suggested, not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[.,;:!?\"„“”'«»]")
_ENDINGS = ("it", "at", "ut", "et", "id", "t", "d", "i", "a", "u", "e")


def normalise(name: str) -> str:
    """Casefolded, punctuation dropped, single spaces."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", name.casefold())).strip()


def stems(word: str) -> set[str]:
    found = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            found.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouõäöü":
                found.add(stem[:-1])  # nõunik → nõunikku: the partitive doubles a consonant
    return found


def split_name(name: str) -> tuple[str, str, str]:
    """(words before the last, last word, parenthesised part) of a normalised name."""
    spec = ""
    if "(" in name:
        name, _, spec = name.partition("(")
        spec = spec.rstrip(") ").strip()
    words = name.split()
    if not words:
        return "", "", spec
    return " ".join(words[:-1]), words[-1], spec


def same_position(a: str, b: str) -> bool:
    """Whether two names are the same position, across nominative and partitive."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    head_a, last_a, spec_a = split_name(na)
    head_b, last_b, spec_b = split_name(nb)
    if head_a != head_b or spec_a != spec_b or not last_a or not last_b:
        return False
    return bool(stems(last_a) & stems(last_b))


def split_names(names: Iterable[str]) -> list[str]:
    """The positions of a 1.4/1.5 list; an entry "A, B ja C" names three."""
    out: list[str] = []
    for entry in names:
        for part in re.split(r",|;|\s+ja\s+|\s+või\s+", entry):
            part = part.strip(" .\t")
            if part:
                out.append(part)
    return out


class Suggester:
    """The existing title most like a name that matches none (spacing ignored)."""

    def __init__(self, titles: Iterable[str]) -> None:
        self._by_key: dict[str, str] = {}
        for title in titles:
            self._by_key.setdefault(normalise(title).replace(" ", ""), title)
        self._keys = list(self._by_key)
        self._memo: dict[str, str | None] = {}

    def __call__(self, name: str) -> str | None:
        if name not in self._memo:
            key = normalise(name).replace(" ", "")
            match = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=85)
            self._memo[name] = self._by_key[match[0]] if match else None
        return self._memo[name]

