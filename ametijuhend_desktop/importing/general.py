"""ÜLDOSA of an old job description: label/value rows, in either of the agency's layouts.

The newer layout is a table whose labels stand in a row ("1.1 Ametinimetus 1.2
Struktuuriüksus") with the values under them; extracted as text, the values of the
columns run together on one line, so they are split again where a new cell plausibly
begins (a capitalised word outside parentheses after a word that does not end in a
comma). The older layout has one "Label value" row per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import JobDescription, LabelledRow
from ..model.wording import GENERAL_LABELS
from .lines import Line, join
from .notes import Notes

# Known labels (lower case) -> the field they fill; "extra" rows are kept as they are.
LABELS: dict[str, str] = {
    "ametinimetus": "job_title",
    "ametikoha nimetus": "job_title",
    "ametikoht": "job_title",
    "teenistuskoha nimetus": "job_title",
    "teenistuskoht": "job_title",
    "töökoha nimetus": "job_title",
    "töökoht": "job_title",
    "struktuuriüksus": "unit",
    "vahetu juht": "manager",
    "vahetu ülem": "manager",
    "kes asendab": "substituted_by",
    "teenistuja asendaja": "substituted_by",
    "töötaja asendaja": "substituted_by",
    "asendaja": "substituted_by",
    "keda asendab": "substitutes",
    "teenistuja asendab": "substitutes",
    "töötaja asendab": "substitutes",
    "asendab": "substitutes",
    "teenistuskoha eesmärk": "purpose",
    "ametikoha eesmärk": "purpose",
    "töökoha eesmärk": "purpose",
    "eesmärk": "purpose",
    "alluvad": "extra",
    "ametikoha grupp": "extra",
    "teenistuskoha grupp": "extra",
    "palgagrupp": "extra",
    "palgaaste": "extra",
    "riigisaladus": "extra",
    "riigikaitse": "extra",
    "töökoha asukoht": "extra",
    "tööaeg": "extra",
}
_BY_LENGTH = sorted(LABELS, key=len, reverse=True)
_ROW_NUMBER = re.compile(r"^1\.\d{1,2}\.?\s+")
_COLUMN_LABEL = re.compile(r"1\.\d{1,2}\.?\s+(.+?)(?=\s+1\.\d{1,2}\.?\s|$)")
LIST_FIELDS = ("substituted_by", "substitutes")
_SCALAR_FIELDS = ("job_title", "unit", "manager")


@dataclass
class Row:
    kind: str
    label: str
    lines: list[str] = field(default_factory=list)
    hard: bool = False  # its lines were broken by the author (a Word cell): kept apart

    def value(self) -> str:
        return "\n".join(self.lines) if self.hard else _joined(self.lines)


def _unplaced(notes: Notes, text: str) -> None:
    notes.unplaced(("general",), f"Üldosas jäi paigutamata rida: „{text}”.",
                   f"A line of the general part was not placed: “{text}”.")


def match_label(text: str) -> tuple[str, str, str] | None:
    """(field, label as written, the rest of the line) for a line opening with a label."""
    body = _ROW_NUMBER.sub("", text)
    numbered = body != text
    folded = body.casefold()
    for label in _BY_LENGTH:
        if folded.startswith(label) and (len(body) == len(label) or not body[len(label)].isalnum()):
            rest = body[len(label):].lstrip()
            rest = rest[1:].lstrip() if rest.startswith(":") else rest
            return LABELS[label], body[: len(label)], rest
    if numbered:  # "1.6 Something new": an own row
        label, _, rest = body.partition(":")
        return "extra", label.strip(), rest.strip()
    return None


def _split_list(text: str) -> list[str]:
    """"A, B (x, y), C" -> ["A", "B (x, y)", "C"]: commas, semicolons and line breaks
    outside brackets."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char in ",;\n" and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [item for item in items if item]


def _cell_starts(words: list[str]) -> list[int]:
    """Word positions where a new table cell plausibly begins."""
    starts, depth = [], 0
    for i, word in enumerate(words):
        after = words[i - 1] if i else ","
        if depth == 0 and word[:1].isupper() and not after.endswith((",", "-")) and (
            after.casefold() not in {"ja", "või", "ning", "ning/või", "ja/või"}
        ):
            starts.append(i)
        depth += word.count("(") - word.count(")")
        depth = max(depth, 0)
    return starts


def split_cells(lines: list[Line], count: int) -> list[str]:
    """The values of ``count`` table columns that text extraction ran together."""
    chunks: list[str] = []
    gap = True
    for line in lines:
        if line.blank:
            gap = True
            continue
        pieces = list(line.cells) or [line.text]
        for i, piece in enumerate(pieces):
            glued = chunks and i == 0 and (piece[:1].islower() or chunks[-1].endswith((",", "-")))
            if glued and (not gap or chunks[-1].endswith((",", "-"))):
                chunks[-1] = join(chunks[-1], piece)
            else:
                chunks.append(piece)
        gap = False
    while 0 < len(chunks) < count:
        for at, chunk in enumerate(chunks):
            words = chunk.split(" ")
            starts = _cell_starts(words)
            if starts:
                chunks[at: at + 1] = [" ".join(words[: starts[0]]), " ".join(words[starts[0]:])]
                break
        else:
            break
    if len(chunks) > count:
        chunks[count - 1:] = [" ".join(chunks[count - 1:])]
    return chunks + [""] * (count - len(chunks))


def _rows_in_columns(lines: list[Line], notes: Notes) -> list[Row]:
    rows: list[Row] = []
    current: list[Row] = []
    values: list[Line] = []

    def flush() -> None:
        for row, value in zip(current, split_cells(values, len(current)), strict=True):
            row.lines = [value] if value else []
        rows.extend(current)

    for line in lines:
        labels = _COLUMN_LABEL.findall(line.text) if _ROW_NUMBER.match(line.text) else []
        if labels:
            flush()
            current = []
            for label in labels:
                found = match_label(f"1.1 {label}")
                kind, text = (found[0], found[1]) if found and not found[2] else ("extra", label)
                current.append(Row(kind, text))
            values = []
        elif current:
            values.append(line)
        elif not line.blank:
            _unplaced(notes, line.text)
    flush()
    if rows:
        notes.guess(("general",), "Üldosa tabeli veerud on tekstist eraldatud oletuse järgi: "
                    "kontrolli ametinimetust, struktuuriüksust, vahetut juhti ja asendajaid.",
                    "The columns of the general part's table were told apart by a guess: check "
                    "the job title, the unit, the manager and the substitutes.")
    return rows


def _rows_one_per_line(lines: list[Line], notes: Notes) -> list[Row]:
    rows: list[Row] = []
    for line in lines:
        found = None if line.blank or line.bullet else match_label(line.text)
        if found:
            rows.append(Row(found[0], found[1], [found[2]] if found[2] else [], line.hard))
        elif line.blank:
            continue
        elif rows:
            rows[-1].lines.append(line.text)
            rows[-1].hard |= line.hard
        else:
            _unplaced(notes, line.text)
    return rows


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text = join(text, part)
    return text


def parse_general(lines: list[Line], doc: JobDescription, notes: Notes) -> None:
    """Fill ``doc.general`` (and the purpose, if it is an ÜLDOSA row) from the lines."""
    columns = any(len(_COLUMN_LABEL.findall(x.text)) > 1 and _ROW_NUMBER.match(x.text)
                  for x in lines)
    rows = _rows_in_columns(lines, notes) if columns else _rows_one_per_line(lines, notes)
    g, filled = doc.general, set()
    for row in rows:
        kind = row.kind
        if kind in filled or kind == "extra":
            g.extra_rows.append(LabelledRow(row.label, row.value()))
            continue
        if kind == "purpose":
            doc.purpose.heading = doc.purpose.heading or row.label
            doc.purpose.paragraphs += row.lines if row.hard else [_joined(row.lines)]
            filled.add(kind)
            continue
        filled.add(kind)
        if row.label != GENERAL_LABELS[kind]:
            setattr(g.labels, kind, row.label)
        if kind in LIST_FIELDS:
            setattr(g, kind, _split_list(row.value()))
        elif kind == "job_title" and len(row.lines) > 1 and not row.hard:
            # A further line under the title that starts anew is a row of its own (the
            # funding line 'ESF TAT "…"' under "Teenistuskoht" in the older layout).
            first, rest = row.lines[0], row.lines[1:]
            while rest and rest[0][:1].islower():
                first = join(first, rest.pop(0))
            g.job_title = first
            if rest:
                g.extra_rows.append(LabelledRow(row.label, _joined(rest)))
        else:
            setattr(g, kind, row.value())
