"""What changed between two versions of a job description, place by place.

Every section is compared as the reader sees it (printed headings and intros, the
generated language sentences), list items are paired by content (``matching``), so a
duty moved or renumbered is reported once as moved, not as deleted and added. Each change
carries its model path, the path of the old place, its name in the document in Estonian
and English, and the old and new wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..model import JobDescription, SectionId
from ..model.document import SECTION_ORDER, Duty
from ..model.locations import describe
from ..model.paths import ModelPath as Path
from ..model.wording import (
    ROLE_LABELS,
    bullet_intro,
    duty_columns,
    general_labels,
    language_sentence,
    section_heading,
)
from .matching import match_items
from .words import Segment, word_changes


class ChangeKind(StrEnum):
    CHANGED = "changed"
    ADDED = "added"
    DELETED = "deleted"
    MOVED = "moved"


_VERBS = {
    "et": {ChangeKind.CHANGED: "muudetud", ChangeKind.ADDED: "lisatud",
           ChangeKind.DELETED: "kustutatud", ChangeKind.MOVED: "teisaldatud"},
    "en": {ChangeKind.CHANGED: "changed", ChangeKind.ADDED: "added",
           ChangeKind.DELETED: "deleted", ChangeKind.MOVED: "moved"},
}


@dataclass(frozen=True)
class Change:
    """One changed place. ``path`` is in the new document (for a deleted item: where it
    would go back); ``old_path`` is the place in the old document, if any. Paths are
    spelled as validation spells them: ("duties", 2, "results", 0)."""

    kind: ChangeKind
    path: Path
    old_path: Path | None
    place_et: str
    place_en: str
    old: str
    new: str

    def place(self, lang: str = "et") -> str:
        return self.place_en if lang == "en" else self.place_et

    def message(self, lang: str = "et") -> str:
        """"3.4 tulemus 2 muudetud", "3.2 → 3.5 teisaldatud"."""
        return f"{self.place(lang)} {_VERBS['en' if lang == 'en' else 'et'][self.kind]}"

    @property
    def words(self) -> list[Segment]:
        return word_changes(self.old, self.new)


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


class _Comparer:
    def __init__(self, old: JobDescription, new: JobDescription) -> None:
        self.old, self.new = old, new
        self.out: list[Change] = []

    def add(self, kind: ChangeKind, path: Path, old_path: Path | None, old: str, new: str) -> None:
        doc, where = (self.old, old_path) if kind is ChangeKind.DELETED and old_path else (self.new, path)
        et, en = describe(doc, _named(where), "et"), describe(doc, _named(where), "en")
        if kind is ChangeKind.MOVED and old_path is not None and old_path != path:
            et = f"{describe(self.old, _named(old_path), 'et')} → {et}"
            en = f"{describe(self.old, _named(old_path), 'en')} → {en}"
        self.out.append(Change(kind, path, old_path, et, en, old, new))

    def text(self, path: Path, old: str, new: str) -> None:
        if old != new:
            self.add(ChangeKind.CHANGED, path, path, old, new)

    def items(self, path: Path, old: Sequence[str], new: Sequence[str], old_path: Path | None = None) -> None:
        """A list: pairs by content; moved, changed, added and deleted items."""
        if list(old) == list(new):
            return
        old_path = old_path or path
        m = match_items(old, new)
        for i, j in m.pairs:
            if (i, j) in m.moved:
                self.add(ChangeKind.MOVED, (*path, j), (*old_path, i), old[i], new[j])
            if old[i] != new[j]:
                self.add(ChangeKind.CHANGED, (*path, j), (*old_path, i), old[i], new[j])
        for j in m.added:
            self.add(ChangeKind.ADDED, (*path, j), None, "", new[j])
        for i in m.deleted:
            self.add(ChangeKind.DELETED, (*path, _put_back(m.pairs, i)), (*old_path, i), old[i], "")

    # -- sections ----------------------------------------------------------------------

    def run(self) -> list[Change]:
        self.meta()
        for section in SECTION_ORDER:
            o, n = self.old.is_included(section), self.new.is_included(section)
            path: Path = (section.value,)
            if o and not n:
                self.add(ChangeKind.DELETED, path, path, section_heading(self.old, section), "")
            elif n and not o:
                self.add(ChangeKind.ADDED, path, None, "", section_heading(self.new, section))
            elif o:
                self.text((section.value, "heading"), section_heading(self.old, section),
                          section_heading(self.new, section))
                getattr(self, f"_{section.value}")()
        self.items(("signatories",), _signatories(self.old), _signatories(self.new))
        return self.out

    def meta(self) -> None:
        for doc_path, get in _META:
            self.text(doc_path, get(self.old), get(self.new))

    def _general(self) -> None:
        go, gn = self.old.general, self.new.general
        lo, ln = general_labels(self.old), general_labels(self.new)
        for key in ("job_title", "unit", "manager"):
            self.text(("general", key), getattr(go, key), getattr(gn, key))
        for key in ("substituted_by", "substitutes"):
            self.items(("general", key), getattr(go, key), getattr(gn, key))
        for key in lo:
            self.text(("general", "labels", key), lo[key], ln[key])
        self.items(("general", "extra_rows"), [_row(r.label, r.text) for r in go.extra_rows],
                   [_row(r.label, r.text) for r in gn.extra_rows])

    def _purpose(self) -> None:
        self.items(("purpose", "paragraphs"), self.old.purpose.paragraphs, self.new.purpose.paragraphs)

    def _duties(self) -> None:
        co, cn = duty_columns(self.old), duty_columns(self.new)
        self.text(("duties", "duty_column"), co[0], cn[0])
        self.text(("duties", "result_column"), co[1], cn[1])
        old, new = self.old.duties.items, self.new.duties.items
        m = match_items([_duty_key(d) for d in old], [_duty_key(d) for d in new])
        for i, j in m.pairs:
            a, b = old[i], new[j]
            if (i, j) in m.moved:
                self.add(ChangeKind.MOVED, ("duties", j), ("duties", i), a.text, b.text)
            if a == b:
                continue
            self.text(("duties", j, "text"), a.text, b.text)
            self.items(("duties", j, "sub_items"), a.sub_items, b.sub_items, ("duties", i, "sub_items"))
            self.items(("duties", j, "results"), a.results, b.results, ("duties", i, "results"))
        for j in m.added:
            self.add(ChangeKind.ADDED, ("duties", j), None, "", _duty_text(new[j]))
        for i in m.deleted:
            self.add(ChangeKind.DELETED, ("duties", _put_back(m.pairs, i)), ("duties", i), _duty_text(old[i]), "")

    def _bullets(self, section: SectionId) -> None:
        self.text((section.value, "intro"), bullet_intro(self.old, section), bullet_intro(self.new, section))
        self.items((section.value, "items"), getattr(self.old, section.value).items,
                   getattr(self.new, section.value).items)

    def _rights(self) -> None:
        self._bullets(SectionId.RIGHTS)

    def _responsibilities(self) -> None:
        self._bullets(SectionId.RESPONSIBILITIES)

    def _tools(self) -> None:
        self.text(("tools", "text"), self.old.tools.text, self.new.tools.text)

    def _review(self) -> None:
        self.text(("review", "text"), self.old.review.text, self.new.review.text)

    def _requirements(self) -> None:
        ro, rn = self.old.requirements, self.new.requirements
        for key in ("languages_label", "competencies_label", "additional_label"):
            self.text(("requirements", key), getattr(ro, key), getattr(rn, key))
        self.items(("requirements", "rows"), [_row(r.label, r.text) for r in ro.rows],
                   [_row(r.label, r.text) for r in rn.rows])
        self.items(("requirements", "languages"), [language_sentence(x) for x in ro.languages],
                   [language_sentence(x) for x in rn.languages])
        self.items(("requirements", "competency_groups"), [_group(g.name, g.behaviours) for g in ro.competency_groups],
                   [_group(g.name, g.behaviours) for g in rn.competency_groups])
        self.items(("requirements", "additional"), [_row(a.name, a.description) for a in ro.additional],
                   [_row(a.name, a.description) for a in rn.additional])


def _put_back(pairs: Sequence[tuple[int, int]], i: int) -> int:
    """Where old item ``i`` would go back in the new list: after the new place of the
    last item that stood before it."""
    return max((j + 1 for a, j in pairs if a < i), default=0)


def _named(path: Path) -> Path:
    """A duty's text is named as the duty itself: "3.4", not "3.4 tekst"."""
    return path[:-1] if len(path) == 3 and path[0] == "duties" and path[2] == "text" else path


def _row(label: str, text: str) -> str:
    return f"{label}: {text}" if label else text


def _group(name: str, behaviours: list[str]) -> str:
    return "\n".join([f"{name}:", *(f"• {b}" for b in behaviours)])


def _duty_text(d: Duty) -> str:
    return "\n".join([d.text, *(f"– {s}" for s in d.sub_items), *(f"• {r}" for r in d.results)])


def _duty_key(d: Duty) -> str:
    return "\x1f".join([d.text, *d.sub_items, "\x1e", *d.results])


def _signatories(doc: JobDescription) -> list[str]:
    return [", ".join(p for p in (ROLE_LABELS[s.role], s.name, s.position) if p) for s in doc.signatories]


def _approval(key: str) -> Callable[[JobDescription], str]:
    return lambda d: str(getattr(d.meta.approval, key))


_META: list[tuple[Path, Callable[[JobDescription], str]]] = [
    (("meta", "kind"), lambda d: d.meta.kind.value),
    (("meta", "organisation"), lambda d: d.meta.organisation),
    (("meta", "approval", "approver"), _approval("approver")),
    (("meta", "approval", "date"), lambda d: _date(d.meta.approval.date)),
    (("meta", "approval", "directive_number"), _approval("directive_number")),
    (("meta", "approval", "annex"), _approval("annex")),
    (("meta", "version"), lambda d: d.meta.version),
    (("meta", "effective_date"), lambda d: _date(d.meta.effective_date)),
    (("meta", "last_review"), lambda d: _date(d.meta.last_review)),
    (("meta", "author"), lambda d: d.meta.author),
]


def compare_documents(old: JobDescription, new: JobDescription) -> list[Change]:
    """Every changed place from ``old`` to ``new``, in document order; empty when equal."""
    if old == new:
        return []
    return _Comparer(old, new).run()
