"""Which stretches of a text are words to check, and which of them to leave alone.

Kept apart from the engine so the window, the benchmark and the engine comparison split
text the same way. What is skipped was decided by measuring false alarms on the three
reference job descriptions (see docs/spellcheck.md): abbreviations in capitals (KOV, IT;
ÜLDOSA as a heading is still checked by being longer), the first half of a hyphen pair
("aja- ja tegevuskava"), and, where the field holds names of people, every capitalised
word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# Letters joined by hyphens or apostrophes form one word ("aja-", "e-post", "Mari-Liis");
# a hyphen at a word's end ("aja- ja") belongs to the shared part and is not part of it.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$|^\s*$")
MAX_ABBREVIATION = 5  # KOV, MTÜ, SKA, EELK: all-capital words this short are abbreviations


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str


def words(text: str) -> Iterator[Word]:
    for m in _WORD.finditer(text):
        yield Word(m.start(), m.end(), m.group())


def worth_checking(text: str, word: Word, names: bool = False) -> bool:
    """False for what a dictionary cannot judge: abbreviations, and names in name fields.

    ``names``: the field holds people's names (signatories, approver), so a capitalised
    word is a name and is never checked. Elsewhere a capitalised word mid-sentence is
    checked: the measurement showed that skipping them misses typos and saves no false
    alarm the dictionary gives on the references.
    """
    w = word.text
    if len(w) < 2:
        return False
    if w.isupper() and len(w) <= MAX_ABBREVIATION:
        return False
    if names and w[0].isupper():
        return False
    # "aja- ja tegevuskava", "Suhtlemis- ja": the first half of a pair is not a word
    return not (text[word.end: word.end + 1] == "-"
                and not text[word.end + 1: word.end + 2].strip())


def sentence_start(text: str, word: Word) -> bool:
    """Whether the word opens a sentence (or the field): capitalised there by rule."""
    return bool(_SENTENCE_END.search(text[: word.start]))


def as_checked(text: str, word: Word) -> str:
    """The form to ask the speller: a sentence's first word in lower case.

    A capitalised word may be a name, and the speller accepts unknown names; at the start
    of a sentence (or field) the capital is the rule's, so "Ametiniimetus" must be judged
    as "ametiniimetus". Measured: more planted typos caught, no new false alarm.
    """
    w = word.text
    if w[:1].isupper() and w[1:].islower() and sentence_start(text, word):
        return w.lower()
    return w


def misspelled(text: str, correct: Callable[[str], bool], names: bool = False) -> list[Word]:
    """The words of ``text`` the speller does not know, in order."""
    return [w for w in words(text)
            if worth_checking(text, w, names) and not correct(as_checked(text, w))]
