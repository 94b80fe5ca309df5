"""AMETIKOHALE ESITATAVAD NÕUDED of an old job description: labelled rows, languages and
competencies.

Rows start at a known label (Haridus, Töökogemus, Keeleoskus, …), alone on its line or
followed by the value; before the competencies a short line ending in ":" is a label of
its own too. Keeleoskus becomes Language entries when every sentence names a language
and a CEFR level; otherwise it stays a row as written, so nothing is lost.
"""

from __future__ import annotations

import re

from ..model import (
    AdditionalCompetency,
    Cefr,
    CompetencyGroup,
    LabelledRow,
    Language,
    Requirements,
)
from ..model.wording import language_sentence
from .lines import Line, ends_sentence, join, paragraphs

_KNOWN = (
    "täiendavad kompetentsid, isikuomadused ja teadmised",
    "täiendavad kompetentsid",
    "tööks vajalikud kompetentsid",
    "vajalikud kompetentsid",
    "kompetentsid",
    "erialane töökogemus",
    "töökogemus",
    "haridus",
    "keeleoskus",
    "keelteoskus",
    "arvutikasutamise oskus",
    "arvutioskus",
    "teadmised ja oskused",
    "teadmised",
    "oskused",
    "isikuomadused",
    "lisanõuded",
    "muud nõuded",
    "juhtimiskogemus",
)
_LANGUAGE = re.compile(
    r"\b(eesti|inglise|vene|soome|saksa|prantsuse|läti|leedu|rootsi|hispaania|itaalia|"
    r"ukraina|norra|taani|poola|hiina|jaapani|viipe)\s+kee(?:le|lt|l)\b",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"\b([ABC][12])\b")
_ADVANTAGE = re.compile(r"kasuks|eelis|soovitav", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÕÄÖÜŠŽ])")


def _label(text: str, before_competencies: bool) -> tuple[str, str] | None:
    """(label as written, rest of the line) when the line opens a requirement row."""
    folded = text.casefold()
    for label in _KNOWN:
        end = len(label)
        if folded.startswith(label) and (len(text) == end or not text[end].isalnum()):
            rest = text[end:].lstrip()
            return text[:end], (rest[1:] if rest.startswith(":") else rest).strip()
    if not before_competencies:
        return None
    if text.endswith(":") and 0 < len(text.split()) <= 5:
        return text[:-1].rstrip(), ""
    label, colon, rest = text.partition(":")
    short = 0 < len(label.split()) <= 3 and label[:1].isupper() and not any(
        c.isdigit() for c in label)
    if colon and rest.strip() and short and "keel" not in label.casefold():
        return label.strip(), rest.strip()
    return None


def _kind(label: str) -> str:
    folded = label.casefold()
    if "keel" in folded:
        return "languages"
    if folded.startswith("täiendavad"):
        return "additional"
    return "competencies" if "kompetents" in folded else "row"


def parse_languages(lines: list[Line]) -> list[Language] | None:
    """One Language per sentence, or None when a sentence names no language or level."""
    units: list[str] = []
    for text in (x.text for x in lines if not x.blank):
        if units and not _LANGUAGE.search(text):
            units[-1] = join(units[-1], text)
        else:
            units.append(text)
    sentences: list[str] = []
    for unit in units:
        for piece in _SENTENCE_END.split(unit):
            if sentences and not _LANGUAGE.search(piece) and sentences[-1] in unit:
                sentences[-1] = f"{sentences[-1]} {piece}"
            else:
                sentences.append(piece)
    languages: list[Language] = []
    for sentence in sentences:
        name, levels = _LANGUAGE.search(sentence), _LEVEL.findall(sentence)
        if name is None or not levels:
            return None
        required = not (_ADVANTAGE.search(sentence) and len(set(levels)) == 1)
        language = Language(name.group(1).lower(), Cefr(levels[0]), required)
        if language_sentence(language) != sentence:
            language.wording = sentence
        languages.append(language)
    return languages or None


def _items(lines: list[Line]) -> list[str]:
    """Bullets, a line without a bullet going on with the one before; a bullet that starts
    in lower case after an unfinished one is the same item split by a page or a column."""
    items: list[str] = []
    for line in lines:
        if line.blank:
            continue
        unfinished = items and not ends_sentence(items[-1]) and not items[-1].endswith((";", ":"))
        if (line.bullet and not (unfinished and line.text[:1].islower())) or not items:
            items.append(line.text)
        else:
            items[-1] = join(items[-1], line.text)
    return items


def _groups(lines: list[Line], notes: list[str]) -> list[CompetencyGroup]:
    groups: list[CompetencyGroup] = []
    pending: list[Line] = []

    def flush() -> None:
        if any(not x.blank for x in pending):
            if not groups:
                groups.append(CompetencyGroup(""))
            groups[-1].behaviours += _items(pending)
        pending.clear()

    for line in lines:
        text = line.text
        opens = not line.bullet and text.endswith(":") and len(text.split()) <= 6
        if opens and not (pending and pending[-1].text and not pending[-1].bullet
                          and not ends_sentence(pending[-1].text)):
            flush()
            groups.append(CompetencyGroup(text[:-1].rstrip()))
        else:
            pending.append(line)
    flush()
    if groups and not groups[0].name:
        notes.append("Kompetentside alguses oli tekst ilma rühma nimeta: see on nimetu rühm.")
    return groups


def _additional(lines: list[Line]) -> list[AdditionalCompetency]:
    out = []
    for item in _items(lines):
        name, colon, description = item.partition(":")
        if colon and 0 < len(name.split()) <= 12:
            out.append(AdditionalCompetency(name.strip(), description.strip()))
        else:
            out.append(AdditionalCompetency("", item))
    return out


def parse_requirements(lines: list[Line], req: Requirements, notes: list[str]) -> None:
    """Fill the rows, languages and competencies of ``req`` from the section's lines."""
    blocks: list[tuple[str, list[Line]]] = []
    seen_competencies = False
    for line in lines:
        found = None if line.bullet or line.blank else _label(line.text, not seen_competencies)
        if found:
            seen_competencies |= _kind(found[0]) in ("competencies", "additional")
            blocks.append((found[0], [Line(found[1])] if found[1] else []))
        elif blocks:
            blocks[-1][1].append(line)
        elif not line.blank:
            notes.append(f"Nõuete alguses jäi paigutamata rida: „{line.text}”; see on rida "
                         "„Muu”.")
            blocks.append(("Muu", [line]))
    for label, body in blocks:
        kind = _kind(label)
        if kind == "languages" and not req.languages:
            languages = parse_languages(body)
            if languages is not None:
                req.languages_label, req.languages_index = label, len(req.rows)
                req.languages = languages
                continue
        if kind == "competencies" and not req.competency_groups:
            req.competencies_label = label
            req.competency_groups = _groups(body, notes)
        elif kind == "additional" and not req.additional:
            req.additional_label = label
            req.additional = _additional(body)
        else:
            req.rows.append(LabelledRow(label, "\n".join(paragraphs(body))))
