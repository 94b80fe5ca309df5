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
from .notes import Notes

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
_NAMES = (r"eesti|inglise|vene|soome|saksa|prantsuse|läti|leedu|rootsi|hispaania|itaalia|"
          r"ukraina|norra|taani|poola|hiina|jaapani|viipe")
# "Inglise või vene keele": alternatives (or a list) of languages at one level are one entry.
_LANGUAGE = re.compile(
    rf"\b((?:{_NAMES})(?:\s*(?:,|või|ja|ning|ja/või)\s*(?:{_NAMES}))*)\s+kee(?:le|lt|l)\b",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"\b([ABC][12])\b")
_ADVANTAGE = re.compile(r"kasuks|eelis|soovitav", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÕÄÖÜŠŽ])")
_NAME_SENTENCE = re.compile(r"^(?P<name>[A-ZÕÄÖÜŠŽ][^.!?:]*)\.\s+(?P<rest>[A-ZÕÄÖÜŠŽ].*)$", re.DOTALL)
MAX_NAME_WORDS = 5  # "Name. Description": a longer first sentence is a description
# A line opening an additional competency ("Name. …" or "Name: …", a short name): in a
# PDF's text, where the lines of one item and the items look alike, it starts a new item.
_NAMED_ITEM = re.compile(rf"^[A-ZÕÄÖÜŠŽ][^.!?:\s]*(?:\s+[^.!?:\s]+){{0,{MAX_NAME_WORDS - 1}}}"
                         r"[.:]\s+[A-ZÕÄÖÜŠŽ]")


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


def _sentences(lines: list[Line]) -> list[tuple[str, str]]:
    """(the sentence naming a language, its wording with the sentences after it that name
    none, such as "Kasuks tuleb rahvusvahelise töö kogemus.")."""
    units: list[str] = []
    for line in lines:
        if line.blank:
            continue
        if units and not _LANGUAGE.search(line.text) and not line.hard:
            units[-1] = join(units[-1], line.text)
        else:
            units.append(line.text)
    out: list[tuple[str, str]] = []
    for unit in units:
        for piece in _SENTENCE_END.split(unit):
            if out and not _LANGUAGE.search(piece):
                out[-1] = (out[-1][0], f"{out[-1][1]} {piece}")
            else:
                out.append((piece, piece))
    return out


def parse_languages(lines: list[Line], notes: Notes | None = None) -> list[Language] | None:
    """One Language per sentence naming one, or None when the text is not a list of
    languages (a sentence names no language, or neither a level nor an advantage)."""
    languages: list[Language] = []
    guesses = Notes()  # kept only when the text is a list of languages after all
    for core, sentence in _sentences(lines):
        name, levels = _LANGUAGE.search(core), _LEVEL.findall(core)
        advantage = bool(_ADVANTAGE.search(core))
        if name is None or not (levels or advantage):
            return None
        language = Language(" ".join(name.group(1).lower().split()),
                            Cefr(levels[0]) if levels else Cefr.B2,
                            not (advantage and len(set(levels)) <= 1))
        if language_sentence(language) != sentence:
            language.wording = sentence
        if not levels:
            guesses.guess(("requirements", "languages", len(languages)),
                        f"Keele „{language.name}” tase ei olnud kirjas: märgitud on "
                        f"{Cefr.B2.value}, kontrolli.",
                        f"No level was given for the language “{language.name}”: "
                        f"{Cefr.B2.value} is set; check it.")
        languages.append(language)
    if notes is not None:
        notes += guesses
    return languages or None


def _items(lines: list[Line], opens: re.Pattern[str] | None = None) -> list[str]:
    """Bullets, a line without a bullet going on with the one before; a bullet that starts
    in lower case after an unfinished one is the same item split by a page or a column.
    ``opens``: the shape of a line that starts an item after a finished one, bullet or not."""
    items: list[str] = []
    for line in lines:
        if line.blank:
            continue
        unfinished = items and not ends_sentence(items[-1]) and not items[-1].endswith((";", ":"))
        starts = bool(opens and not unfinished and opens.match(line.text))
        if (line.bullet and not (unfinished and line.text[:1].islower())) or not items or (
            line.hard or starts
        ):
            items.append(line.text)
        else:
            items[-1] = join(items[-1], line.text)
    return items


def _groups(lines: list[Line], notes: Notes) -> list[CompetencyGroup]:
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
        notes.guess(("requirements", "competency_groups", 0, "name"),
                    "Kompetentside alguses oli tekst ilma rühma nimeta: see on nimetu rühm.",
                    "The competencies began with text without a group name: it is a group "
                    "without a name.")
    return groups


def _additional(lines: list[Line], notes: Notes) -> list[AdditionalCompetency]:
    """"Name: description" items; "Name. Description…" when the first sentence is short
    enough to be a name (a guess, noted); otherwise a description without a name."""
    out = []
    for item in _items(lines, _NAMED_ITEM):
        name, colon, description = item.partition(":")
        sentence = _NAME_SENTENCE.match(item)
        if colon and 0 < len(name.split()) <= 12:
            out.append(AdditionalCompetency(name.strip(), description.strip()))
        elif sentence and len(sentence.group("name").split()) <= MAX_NAME_WORDS:
            name = sentence.group("name").strip()
            notes.guess(("requirements", "additional", len(out), "name"),
                        f"Täiendava kompetentsi nimeks on võetud selle esimene lause „{name}”.",
                        f"The first sentence “{name}” of an additional competency is taken as "
                        "its name.")
            out.append(AdditionalCompetency(name, sentence.group("rest").strip()))
        else:
            out.append(AdditionalCompetency("", item))
    return out


def _closing(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """The additional competencies' lines, and a closing paragraph after a gap that is not
    in their "Name. …" shape while they are (a note under the table, in a PDF's text)."""
    filled = [i for i, x in enumerate(body) if not x.blank]
    gaps = [i for i in range(1, len(filled)) if filled[i] - filled[i - 1] > 1]
    if not gaps:
        return body, []
    cut = filled[gaps[-1]]
    head, tail = body[:cut], body[cut:]
    named = [x for x in head if not x.blank and _NAMED_ITEM.match(x.text)]
    if named and not tail[0].bullet and not tail[0].wide and not _NAMED_ITEM.match(tail[0].text):
        return head, tail
    return body, []


def parse_requirements(lines: list[Line], req: Requirements, notes: Notes) -> None:
    """Fill the rows, languages and competencies of ``req`` from the section's lines."""
    blocks: list[tuple[str, list[Line]]] = []
    seen_competencies = False
    for line in lines:
        found = None if line.bullet or line.blank else _label(line.text, not seen_competencies)
        if line.wide and line.text:  # a row across the whole table: a row of its own
            if not (blocks and blocks[-1][0] == "" and blocks[-1][1][-1].wide):
                blocks.append(("", []))
            blocks[-1][1].append(line)
        elif found:
            seen_competencies |= _kind(found[0]) in ("competencies", "additional")
            blocks.append((found[0], [Line(found[1])] if found[1] else []))
        elif blocks:
            blocks[-1][1].append(line)
        elif not line.blank:
            notes.guess(("requirements", "rows", 0), f"Nõuete alguses jäi paigutamata rida: "
                        f"„{line.text}”; see on rida „Muu”.", "A line at the start of the "
                        f"requirements was not placed: “{line.text}”; it is the row “Muu”.")
            blocks.append(("Muu", [line]))
    _fill(_split_closing(blocks), req, notes)


def _split_closing(blocks: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    out: list[tuple[str, list[Line]]] = []
    for label, body in blocks:
        closing: list[Line] = []
        if _kind(label) == "additional":
            body, closing = _closing(body)
        out += [(label, body), ("", closing)] if closing else [(label, body)]
    return out


def _fill(blocks: list[tuple[str, list[Line]]], req: Requirements, notes: Notes) -> None:
    for label, body in blocks:
        kind = _kind(label)
        if kind == "languages" and not req.languages:
            languages = parse_languages(body, notes)
            if languages is not None:
                req.languages_label, req.languages_index = label, len(req.rows)
                req.languages = languages
                continue
        if kind == "competencies" and not req.competency_groups:
            req.competencies_label = label
            req.competency_groups = _groups(body, notes)
        elif kind == "additional" and not req.additional:
            req.additional_label = label
            req.additional = _additional(body, notes)
        else:
            if not label:
                notes.guess(("requirements", "rows", len(req.rows)),
                            "Nõuete tabeli laiune rida või lõik pärast kompetentse on eraldi nõue "
                            "ilma nimetuseta: kontrolli, kuhu see kuulub.",
                            "A row across the requirements table, or a paragraph after the "
                            "competencies, is a requirement of its own without a label: check "
                            "where it belongs.")
            req.rows.append(LabelledRow(label, "\n".join(paragraphs(body))))
