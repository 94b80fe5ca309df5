"""Reading one section's visible blocks back into the model, guided by the embedded copy.

Each reader takes what Word shows for a section and the embedded version of it, and gives
the section as the text says. Where the printed form of the embedded text equals what is
shown, the embedded text is kept exactly (it may hold characters the export had to map,
such as a carriage return printed as a line break), so an untouched file reads back equal.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TypeVar

from ..model import AdditionalCompetency, CompetencyGroup, Duty, LabelledRow, Language
from ..model.document import Requirements
from ..model.wording import language_sentence
from .text import xml_safe
from .word_blocks import Para

T = TypeVar("T")
LIST_ROLES = frozenset({"bullet", "sub_bullet"})
# A bullet typed by hand, as people do when Word's list formatting gets in the way.
_TYPED_BULLET = re.compile("^[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7*\\-–—][ \t\u00a0]+")
_ROW_NUMBER = re.compile(r"^1\.\d ")
PLAIN_ROLES = frozenset({"", "body", "cell", "label"})  # where a typed bullet means a bullet


def printed(text: str) -> str:
    """What the export makes of ``text`` (see docx/text.py): what Word shows of it."""
    return xml_safe(text)


def keep(old: str, shown: str) -> str:
    """The embedded text when Word shows exactly its printed form, else what is shown."""
    return old if printed(old) == shown else shown


def keep_items(old: Sequence[T], shown: Sequence[T], key: Callable[[T], object]) -> list[T]:
    """``shown`` with every item whose printed form an embedded item has replaced by that
    embedded item; positional pairs of a replaced run go through ``key``-less as shown."""
    old_keys = [key(item) for item in old]
    new_keys = [key(item) for item in shown]
    if old_keys == new_keys:
        return list(old)
    out: list[T] = []
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        out += old[i1:i2] if op == "equal" else shown[j1:j2]
    return out


def keep_texts(old: Sequence[str], shown: Sequence[str]) -> list[str]:
    """A list of texts; lists equal but for empty paragraphs keep the embedded one."""
    if [printed(t) for t in old if t] == [t for t in shown if t]:
        return list(old)
    return keep_items(old, shown, printed) if shown else []


def untyped(text: str, role: str = "") -> tuple[str, bool]:
    """``text`` without a bullet typed by hand in a plain paragraph, and whether there was
    one (in a list paragraph the mark is part of the text: the list has its own bullet)."""
    match = _TYPED_BULLET.match(text) if role in PLAIN_ROLES else None
    return (text[match.end():], True) if match else (text, False)


def cell_text(paras: Sequence[Para]) -> str:
    """A one-value cell: its non-empty paragraphs, one per line."""
    return "\n".join(p.text for p in paras if p.text)


def cell_items(paras: Sequence[Para], known: Collection[str] = ()) -> list[str]:
    """A list cell: each list paragraph (empty ones too) and each non-empty other one; a
    typed bullet is dropped unless the text is a ``known`` (printed, embedded) item."""
    return [p.text if p.text in known else untyped(p.text, p.role)[0]
            for p in paras if p.text or p.role in LIST_ROLES]


def known_texts(items: Iterable[str]) -> set[str]:
    return {printed(t) for t in items}


def row_label(text: str) -> str:
    """"1.1 Ametinimetus" -> "Ametinimetus": the number is Word's, not the user's."""
    return _ROW_NUMBER.sub("", text, count=1)


def read_duty_rows(rows: Sequence[Sequence[Sequence[Para]]], known: Collection[str]) -> list[Duty]:
    """Duties from table rows: the left cell's first paragraph is the duty, list or typed
    bullets its sub-items, another duty-styled paragraph a new duty (Word numbers it so);
    every paragraph of the other cells a result."""
    duties: list[Duty] = []
    for row in rows:
        left = row[0] if row else []
        current: Duty | None = None
        first: Duty | None = None
        for p in left:
            text, typed = untyped(p.text, p.role)
            typed = typed and p.text not in known
            if current is None:
                current = Duty(p.text) if not (typed or p.role == "sub_bullet") else Duty("", [text])
                first = current
                duties.append(current)
            elif p.role == "sub_bullet" or typed:
                current.sub_items.append(text)
            elif p.role == "duty":
                current = Duty(p.text)
                duties.append(current)
            elif p.text:
                current.text = f"{current.text}\n{p.text}" if current.text else p.text
        if first is None:
            first = Duty()
            duties.append(first)
        first.results = [r for cell in row[1:] for r in cell_items(cell, known)]
    return duties


def keep_duties(old: Sequence[Duty], shown: list[Duty]) -> list[Duty]:
    """Duties as shown; a duty paired with an embedded one keeps its exact texts."""
    def key(d: Duty) -> object:
        return (printed(d.text), tuple(map(printed, d.sub_items)), tuple(map(printed, d.results)))

    old_keys = [key(d) for d in old]
    new_keys = [(d.text, tuple(d.sub_items), tuple(d.results)) for d in shown]
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    out: list[Duty] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += old[i1:i2]
            continue
        for k in range(j2 - j1):
            new = shown[j1 + k]
            if op == "replace" and i1 + k < i2:
                was = old[i1 + k]
                new = Duty(keep(was.text, new.text), keep_texts(was.sub_items, new.sub_items),
                           keep_texts(was.results, new.results))
            out.append(new)
    return out


def additional_text(item: AdditionalCompetency) -> str:
    return ": ".join(p for p in (item.name, item.description) if p)


def _additional(text: str) -> AdditionalCompetency:
    name, sep, description = text.partition(": ")
    return AdditionalCompetency(name, description) if sep else AdditionalCompetency("", text)


def _groups(paras: Sequence[Para]) -> list[CompetencyGroup]:
    groups: list[CompetencyGroup] = []
    for p in paras:
        text, typed = untyped(p.text, p.role)
        if p.role in LIST_ROLES or typed:
            if not groups:
                groups.append(CompetencyGroup())
            groups[-1].behaviours.append(text)
        elif p.text:
            groups.append(CompetencyGroup(p.text[:-1] if p.text.endswith(":") else p.text))
    return groups


def _group_key(g: CompetencyGroup) -> object:
    return (printed(f"{g.name}:"), tuple(map(printed, g.behaviours)))


def _row_kinds(old: Requirements) -> list[str]:
    """What each printed row of the embedded requirements is, in order (docx/body.py)."""
    kinds = ["row"] * len(old.rows)
    if old.languages:
        kinds.insert(max(0, min(old.languages_index, len(kinds))), "languages")
    if old.competency_groups:
        kinds.append("competencies")
    if old.additional:
        kinds.append("additional")
    return kinds


def _kinds_by_label(old: Requirements, labels: list[str]) -> list[str]:
    """Rows added or deleted: the special rows are found by their labels."""
    special = {
        "languages": printed(old.languages_label) if old.languages else None,
        "competencies": printed(old.competencies_label) if old.competency_groups else None,
        "additional": printed(old.additional_label) if old.additional else None,
    }
    kinds: list[str] = []
    for label in labels:
        kind = next((k for k, v in special.items() if v is not None and v == label), "row")
        if kind != "row":
            special[kind] = None
        kinds.append(kind)
    return kinds


def read_requirement_rows(old: Requirements, rows: Sequence[Sequence[Sequence[Para]]]) -> Requirements:
    """The requirements table: the languages, competencies and additional rows where the
    embedded document has them (by position while the row count is unchanged, else by
    label); every other row is a free label | text row."""
    req = Requirements(old.included, old.heading, [], old.languages_label, old.languages_index, [],
                       old.competencies_label, [], old.additional_label, [])
    labels = [cell_text(row[0]) if row else "" for row in rows]
    kinds = _row_kinds(old)
    if len(kinds) != len(rows):
        kinds = _kinds_by_label(old, labels)
    for kind, label, row in zip(kinds, labels, rows, strict=True):
        paras = [p for cell in row[1:] for p in cell]
        if kind != "row":
            setattr(req, f"{kind}_label", keep(getattr(old, f"{kind}_label"), label))
        if kind == "languages":
            req.languages_index = len(req.rows)
            shown = [Language(wording=p.text) for p in paras if p.text]
            kept = keep_items(old.languages, shown, lambda x: printed(language_sentence(x)))
            req.languages = [_language_from(old.languages, k, x) for k, x in enumerate(kept)]
        elif kind == "competencies":
            req.competency_groups = keep_items(old.competency_groups, _groups(paras), _group_key)
        elif kind == "additional":
            known = known_texts(additional_text(a) for a in old.additional)
            shown_add = [_additional(t) for t in cell_items(paras, known)]
            req.additional = keep_items(old.additional, shown_add, lambda a: printed(additional_text(a)))
        else:
            req.rows.append(LabelledRow(label, cell_text(paras)))
    req.rows = keep_items(old.rows, req.rows, lambda r: (printed(r.label), printed(r.text)))
    if req.languages_index == max(0, min(old.languages_index, len(old.rows))):
        req.languages_index = old.languages_index  # printed at the same place
    return req


def _language_from(old: Sequence[Language], index: int, shown: Language) -> Language:
    """A changed sentence keeps the language, level and kind of the one it replaced."""
    if shown in old or shown.name:
        return shown
    base = old[index] if index < len(old) else Language()
    return Language(base.name, base.level, base.required, shown.wording)
