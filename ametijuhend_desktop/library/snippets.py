"""Standard texts to insert with a click: the agency's, and the user's own variants.

The user's variants live in one JSON file in the per-user data folder. It is input like
any other: bounded in size, checked in shape, and a damaged file gives a clear message
and an empty list of own variants rather than a crash; it is written atomically.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..errors import FileFormatError
from ..files.atomic import atomic_write_bytes
from ..files.bounded import read_file
from .standard_texts import STANDARD_COMPETENCIES, STANDARD_RESPONSIBILITIES, STANDARD_RIGHTS

MAX_BYTES = 2 * 1024 * 1024
FILE_NAME = "standardtekstid.json"


class Category(StrEnum):
    RIGHTS = "rights"
    RESPONSIBILITIES = "responsibilities"
    DUTY = "duty"
    RESULT = "result"
    BEHAVIOUR = "behaviour"
    REQUIREMENT = "requirement"


@dataclass(frozen=True)
class Snippet:
    category: Category
    text: str
    own: bool = False  # the user's own variant, not the agency's


def agency_snippets() -> list[Snippet]:
    found = [Snippet(Category.RIGHTS, t) for t in STANDARD_RIGHTS]
    found += [Snippet(Category.RESPONSIBILITIES, t) for t in STANDARD_RESPONSIBILITIES]
    for _name, behaviours in STANDARD_COMPETENCIES:
        found += [Snippet(Category.BEHAVIOUR, t) for t in behaviours]
    return found


@dataclass
class SnippetStore:
    """The agency's snippets plus the user's own, which can be added and removed."""

    path: Path
    own: list[Snippet] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> SnippetStore:
        """Read the user's variants; a missing file is an empty list, a bad one an error."""
        store = cls(Path(path))
        if not store.path.exists():
            return store
        store.own = _parse(store.path)
        return store

    def snippets(self, category: Category) -> list[Snippet]:
        return [s for s in agency_snippets() + self.own if s.category is category]

    def add(self, category: Category, text: str) -> bool:
        """Keep ``text`` as an own variant; False if it is already there or empty."""
        if not text.strip() or any(s.text == text for s in self.snippets(category)):
            return False
        self.own.append(Snippet(category, text, own=True))
        return True

    def remove(self, snippet: Snippet) -> None:
        self.own = [s for s in self.own if s != snippet]

    def save(self) -> None:
        payload = {"version": 1, "snippets": [
            {"category": s.category.value, "text": s.text} for s in self.own
        ]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        atomic_write_bytes(self.path, data)


def _bad(path: Path, why_et: str, why_en: str) -> FileFormatError:
    return FileFormatError(f"standardtekstide fail on vigane ({why_et}).",
                           f"the file of standard texts is damaged ({why_en}).", path=path)


def _parse(path: Path) -> list[Snippet]:
    raw = read_file(path, MAX_BYTES, lambda et, en: _bad(path, et.rstrip("."), en.rstrip(".")))
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _bad(path, "ei ole korrektne JSON", f"not valid JSON: {exc}") from None
    items = payload.get("snippets") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise _bad(path, "loetelu puudub", "no list of texts")
    categories = {c.value: c for c in Category}
    found: list[Snippet] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        category, text = categories.get(str(item.get("category"))), item.get("text")
        if category is not None and isinstance(text, str) and text.strip():
            found.append(Snippet(category, text, own=True))
    return found
