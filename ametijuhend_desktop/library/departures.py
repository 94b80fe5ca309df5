"""Where a document departs from the agency's standard texts.

Rights, responsibilities and the standard competency groups repeat word for word from
document to document; a reviewer wants to see at a glance what this one changed. The
comparison ignores case, spacing and the final punctuation, which vary without meaning
("…jne;" at the end of one list is "…jne." in another).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from ..model import JobDescription
from .standard_texts import STANDARD_COMPETENCIES, STANDARD_RESPONSIBILITIES, STANDARD_RIGHTS

Path = tuple[str | int, ...]


class Change(StrEnum):
    CHANGED = "changed"  # an item of the standard, reworded
    ADDED = "added"  # an item the standard does not have
    MISSING = "missing"  # an item of the standard left out


@dataclass(frozen=True)
class Departure:
    change: Change
    path: Path  # the item in the document; for MISSING, the list it is missing from
    standard: str  # the standard's text ("" for ADDED)
    text: str  # the document's text ("" for MISSING)

    def message(self, lang: str = "et") -> str:
        if self.change is Change.CHANGED:
            return ("Erineb standardtekstist: „{}”" if lang == "et"
                    else "Differs from the standard text: “{}”").format(self.standard)
        if self.change is Change.ADDED:
            return "Standardtekstis seda punkti pole." if lang == "et" else "Not in the standard text."
        return ("Standardtekstist puudub: „{}”" if lang == "et"
                else "Missing from the standard text: “{}”").format(self.standard)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".;,: ")


def compare_items(items: list[str], standard: tuple[str, ...], path: Path) -> list[Departure]:
    """Align the document's items with the standard's and name every difference."""
    ours = [_key(t) for t in items]
    theirs = [_key(t) for t in standard]
    found: list[Departure] = []
    matcher = difflib.SequenceMatcher(a=theirs, b=ours, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(a2 - a1, b2 - b1) if op == "replace" else 0
        for k in range(paired):
            found.append(Departure(Change.CHANGED, (*path, b1 + k), standard[a1 + k], items[b1 + k]))
        for j in range(b1 + paired, b2):
            found.append(Departure(Change.ADDED, (*path, j), "", items[j]))
        for i in range(a1 + paired, a2):
            found.append(Departure(Change.MISSING, path, standard[i], ""))
    return found


def departures(doc: JobDescription) -> list[Departure]:
    """Every departure from the standard rights, responsibilities and competencies."""
    found: list[Departure] = []
    if doc.rights.included:
        found += compare_items(doc.rights.items, STANDARD_RIGHTS, ("rights", "items"))
    if doc.responsibilities.included:
        found += compare_items(
            doc.responsibilities.items, STANDARD_RESPONSIBILITIES, ("responsibilities", "items")
        )
    if doc.requirements.included:
        standard = {_key(name): behaviours for name, behaviours in STANDARD_COMPETENCIES}
        for i, group in enumerate(doc.requirements.competency_groups):
            behaviours = standard.get(_key(group.name))
            if behaviours is not None:
                path: Path = ("requirements", "competency_groups", i, "behaviours")
                found += compare_items(group.behaviours, behaviours, path)
    return found
