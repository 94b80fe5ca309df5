"""Import an old job description from its text (extracted from a PDF or a Word file).

HR specialists start a new job description from last year's; most of those were not
made with this editor. ``parse_text`` (a text) and ``parse_lines`` (a Word file's lines,
with the breaks its author made) recognise the agency's layouts: the header, numbered
section headings in any case and wording, the ÜLDOSA rows, duties with their results,
rights and responsibilities, the requirements and competencies, the review clause and the
signatures. The source's own headings and intro lines are kept where they differ from the
defaults. Every guess and whatever could not be placed is in ``ImportResult.found``, with
its place in the document (``notes.py``): nothing of the source is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from ..model import (
    BulletSection,
    JobDescription,
    PostKind,
    SectionId,
)
from ..model.printing import INVISIBLE
from ..model.wording import RESULT_COLUMN, duty_columns, section_heading, wording
from ..preview.plain_text import to_text
from .duties import parse_duties
from .general import match_label, parse_general
from .lines import Growing, Line, paragraphs, read_lines
from .notes import NoteKind, Notes
from .requirements import parse_requirements
from .signatures import is_signature_start, parse_header, parse_signatures


@dataclass
class ImportResult:
    """The imported document and the notes on what needs a look (``found``: each with its
    kind, its place in the model and its text in Estonian and English)."""

    doc: JobDescription
    found: Notes = field(default_factory=Notes)

    @property
    def notes(self) -> list[str]:
        """The notes' Estonian texts, for a quick list."""
        return [note.message_et for note in self.found]


class Part(Enum):
    HEADER = "header"
    GENERAL = "general"
    PURPOSE = "purpose"
    DUTIES = "duties"
    RIGHTS = "rights"
    RESPONSIBILITIES = "responsibilities"
    RIGHTS_AND_RESPONSIBILITIES = "both"
    TOOLS = "tools"
    REQUIREMENTS = "requirements"
    REVIEW = "review"
    SIGNATURES = "signatures"


_W = r"[\w()/,-]+"
_HEADINGS: tuple[tuple[Part, re.Pattern[str]], ...] = tuple(
    (part, re.compile(pattern + r"\s*:?", re.IGNORECASE))
    for part, pattern in (
        (Part.GENERAL, r"üldosa|üldandmed|üldinfo"),
        (Part.PURPOSE, rf"(?:{_W}\s+)?eesmärk"),
        (Part.RIGHTS_AND_RESPONSIBILITIES, r"õigused,?\s+(?:ja|ning)\s+(?:vastutus|kohustused)"),
        (Part.RIGHTS, r"õigused"),
        (Part.RESPONSIBILITIES, r"vastutus"),
        (Part.TOOLS, r"töövahendid"),
        (Part.REQUIREMENTS, rf"(?:{_W}\s+){{0,4}}nõuded"),
        (Part.REVIEW, r"(?:ametijuhendi\s+)?(?:muutmine|ülevaatamine|muutmise\s+kord)"),
        (Part.DUTIES, rf"(?P<head>(?:{_W}\s+){{0,4}}{_W}ülesanded)"
                      r"(?:\s+(?P<col>(?:oodatavad\s+)?tulemused?))?"),
    )
)
_SECTION_NUMBER = re.compile(r"^(\d{1,2})\s*\.?\s+(?=\D)")
_SUBHEADINGS = {"õigused": Part.RIGHTS, "vastutus": Part.RESPONSIBILITIES}
_REVIEW_START = re.compile(r"^ametijuhend\s+vaadatakse\s+üle", re.IGNORECASE)
_GLYPH_OR_HYPHEN = re.compile("[-\u2022\u2023\u25aa\u25cf\u25e6\uf000-\uf8ff]")
_NUMBER_WORD = re.compile(r"^\d+(\.\d+)*$")
_NO_REVIEW = (Part.HEADER, Part.GENERAL, Part.PURPOSE, Part.REVIEW, Part.SIGNATURES)


@dataclass
class Block:
    part: Part
    heading: str = ""
    column: str = ""  # a result column's name printed beside the duties heading
    lines: list[Line] = field(default_factory=list)


def heading_of(text: str) -> Block | None:
    """A section heading line: numbered ("3. TÖÖÜLESANDED"), or unnumbered in capitals."""
    number = _SECTION_NUMBER.match(text)
    body = text[number.end():] if number else text
    if not number and (body.upper() != body or not any(c.isalpha() for c in body)):
        return None
    for part, pattern in _HEADINGS:
        match = pattern.fullmatch(body)
        if match:
            if part is Part.DUTIES:
                return Block(part, match.group("head"), match.group("col") or "")
            return Block(part, body.rstrip(":").rstrip())
    return None


def _opens_general(line: Line) -> bool:
    """A header line that is an ÜLDOSA row ("Teenistuskoht:" in the older layout, whose
    label | value table comes without a heading)."""
    found = None if line.bullet or line.blank else match_label(line.text)
    return found is not None and found[0] != "extra" and (
        bool(found[2]) or line.text.rstrip().endswith(":"))


def split_blocks(lines: list[Line]) -> list[Block]:
    """The lines grouped under the section headings, in the order of the source."""
    blocks = [Block(Part.HEADER)]
    joint = False  # inside "Õigused ja vastutus", whose sub-headings split it in two
    for line in lines:
        current, text = blocks[-1].part, line.text
        block = None
        if not line.bullet and current is not Part.SIGNATURES:
            block = heading_of(text)
            if block is not None:
                joint = block.part is Part.RIGHTS_AND_RESPONSIBILITIES
            elif joint and text.rstrip(":").strip().casefold() in _SUBHEADINGS:
                name = text.rstrip(":").strip()
                block = Block(_SUBHEADINGS[name.casefold()], name)
        if block is None and current not in _NO_REVIEW and _REVIEW_START.match(text):
            block = Block(Part.REVIEW)
        if block is None and current is Part.HEADER and _opens_general(line):
            block = Block(Part.GENERAL, lines=[line])  # its first row belongs to it
        if block is None and current not in (Part.HEADER, Part.SIGNATURES) and (
            not line.bullet and is_signature_start(text)
        ):
            block = Block(Part.SIGNATURES)
        if block is None:
            blocks[-1].lines.append(line)
        else:
            joint = joint and block.part in (Part.RIGHTS, Part.RESPONSIBILITIES,
                                             Part.RIGHTS_AND_RESPONSIBILITIES)
            blocks.append(block)
    return blocks


def _bullets(lines: list[Line], part: BulletSection, default_intro: str) -> None:
    """An intro line (whatever stands before the first bullet) and the bullets."""
    first = next((i for i, x in enumerate(lines) if x.bullet), None)
    if first is None:  # no bullets: one item per line ending in ; or . (or per paragraph)
        head: list[Line] = []
        body = [x for x in lines if not x.blank]
        if body and body[0].text.endswith(":"):
            head, body = [body[0]], body[1:]
        items: list[Growing] = []
        for line in body:
            if items and not items[-1].end().endswith((";", ".", "!", "?")) and not line.hard:
                items[-1].add(line.text)
            else:
                items.append(Growing(line.text))
    else:
        head, items = lines[:first], []
        for line in lines[first:]:
            if line.blank:
                continue
            if line.bullet or not items or line.hard:
                items.append(Growing(line.text))
            else:
                items[-1].add(line.text)
    intro = "\n".join(paragraphs(head))
    part.intro = None if intro == default_intro else intro
    part.items += [item for item in (g.value for g in items) if item]



def _guess_kind(blocks: list[Block], doc: JobDescription, notes: Notes) -> PostKind:
    header = " ".join(x.text for b in blocks if b.part is Part.HEADER for x in b.lines).casefold()
    if "kinnitatud" in header or "käskkirja" in header:
        return PostKind.AMETNIK
    if "töölepingu" in header:
        return PostKind.TOOTAJA
    text = " ".join(f"{b.heading} " + " ".join(x.text for x in b.lines) for b in blocks).casefold()
    tootaja = sum(text.count(w) for w in ("poolte allkirjad", "tööandja:", "töötajal on õigus",
                                         "omab õigust", "tööülesanded"))
    ametnik = sum(text.count(w) for w in ("ametnikul on õigus", "ametnik vastutab",
                                         "teenistusülesanded", "teenistuskoht", "teenistuja"))
    kind = PostKind.TOOTAJA if tootaja > ametnik else PostKind.AMETNIK
    label = "töötaja" if kind is PostKind.TOOTAJA else "ametnik"
    label_en = "employee" if kind is PostKind.TOOTAJA else "civil servant"
    notes.guess(("meta", "kind"),
                f"Päises ei olnud kinnitusplokki ega töölepingu lisa märget: ametikoha liik "
                f"({label}) on oletatud teksti järgi, kontrolli dokumendi andmetes.",
                f"The header had neither an approval block nor an employment contract annex "
                f"line: the kind of post ({label_en}) was guessed from the text; check it in "
                f"the document details.")
    return kind


_PLACE = {
    Part.PURPOSE: SectionId.PURPOSE,
    Part.RIGHTS: SectionId.RIGHTS,
    Part.RESPONSIBILITIES: SectionId.RESPONSIBILITIES,
    Part.TOOLS: SectionId.TOOLS,
    Part.REQUIREMENTS: SectionId.REQUIREMENTS,
    Part.REVIEW: SectionId.REVIEW,
    Part.GENERAL: SectionId.GENERAL,
    Part.DUTIES: SectionId.DUTIES,
}


def _fill(block: Block, doc: JobDescription, notes: Notes) -> None:
    part = block.part
    if part is Part.HEADER:
        parse_header(block.lines, doc, notes)
    elif part is Part.GENERAL:
        parse_general(block.lines, doc, notes)
    elif part is Part.PURPOSE:
        doc.purpose.paragraphs += paragraphs(block.lines)
    elif part is Part.DUTIES:
        parse_duties(block.lines, doc.duties, notes)
        if block.column:
            doc.duties.result_column = "" if block.column == RESULT_COLUMN else block.column
    elif part in (Part.RIGHTS, Part.RESPONSIBILITIES):
        intro = wording(doc.kind)
        default = intro.rights_intro if part is Part.RIGHTS else intro.responsibilities_intro
        _bullets(block.lines, getattr(doc, part.value), default)
    elif part is Part.RIGHTS_AND_RESPONSIBILITIES:
        _bullets(block.lines, doc.rights, wording(doc.kind).rights_intro)
        notes.guess(("rights",), f"Jaotis „{block.heading}” ilma alapealkirjadeta: kõik "
                    "punktid on õiguste all, vaata üle, mis kuulub vastutuse alla.",
                    f"The section “{block.heading}” has no sub-headings: all its points are "
                    "under the rights; check which belong under the responsibilities.")
    elif part is Part.TOOLS:
        doc.tools.text = "\n".join(paragraphs(block.lines))
    elif part is Part.REQUIREMENTS:
        parse_requirements(block.lines, doc.requirements, notes)
    elif part is Part.REVIEW:
        texts = paragraphs(block.lines)
        doc.review.text = "\n".join(texts) if texts else doc.review.text
    else:
        parse_signatures(block.lines, doc, notes)


def parse_text(text: str) -> ImportResult:
    """A job description from the text of an old one, with notes on what needs a look."""
    lines, dropped = read_lines(text)
    return parse_lines(lines, dropped)


def parse_lines(lines: list[Line], dropped: list[str] | None = None) -> ImportResult:
    """A job description from cleaned lines (a text's, or a Word file's with its breaks)."""
    notes = Notes()
    if dropped:
        listed = "; ".join(f"„{x}”" for x in dropped)
        notes.add(NoteKind.DROPPED, (), "Välja jäeti leheküljenumbrid ja lehe päise või jaluse "
                  f"read: {listed}.", f"Page numbers and page header or footer lines were left "
                  f"out: {listed}.")
    doc = JobDescription()
    if all(x.blank for x in lines):
        notes.add(NoteKind.INFO, (), "Tekst on tühi: loodi tühi ametijuhend.",
                  "The text is empty: an empty job description was made.")
        notes.insert(0, notes.pop())
        return ImportResult(doc, notes)
    blocks = split_blocks(lines)
    if len(blocks) == 1:
        doc.purpose.paragraphs = paragraphs(lines)
        notes.guess(("purpose",), "Tekstist ei leitud ametijuhendi jaotisi: kogu tekst on pandud "
                    "eesmärgi alla, kust saab selle õigetesse kohtadesse tõsta.",
                    "No sections of a job description were found in the text: all of it is "
                    "under the purpose, from where it can be moved to the right places.")
        blocks = []
    doc.meta.kind = _guess_kind(blocks, doc, notes) if blocks else doc.meta.kind
    seen: set[Part] = set()
    for block in blocks:
        if block.part is Part.RIGHTS_AND_RESPONSIBILITIES and all(x.blank for x in block.lines):
            notes.add(NoteKind.INFO, ("rights",),
                      f"Jaotis „{block.heading}” on jagatud kaheks: õigused ja vastutus.",
                      f"The section “{block.heading}” is split in two: rights and "
                      "responsibilities.")
            continue
        place = _PLACE.get(block.part)
        if block.part in seen and block.part not in (Part.HEADER, Part.SIGNATURES):
            name = block.heading or block.part.value
            notes.guess((place.value,) if place else (),
                        f"Jaotis „{name}” oli tekstis mitu korda; selle sisu on lisatud esimesele.",
                        f"The section “{name}” was in the text more than once; its content is "
                        "added to the first.")
        seen.add(block.part)
        _fill(block, doc, notes)
        if place is not None and block.heading:
            default = section_heading(JobDescription(meta=doc.meta), place)
            target = getattr(doc, place.value)
            if not target.heading:
                target.heading = "" if block.heading == default else block.heading
    if Part.RIGHTS_AND_RESPONSIBILITIES in seen:
        seen.add(Part.RIGHTS)
    for part, section in _PLACE.items():
        if section in (SectionId.GENERAL, SectionId.DUTIES, SectionId.PURPOSE):
            continue
        doc.set_included(section, part in seen)
    doc.set_included(SectionId.PURPOSE, Part.PURPOSE in seen or bool(doc.purpose.paragraphs))
    unplaced = unplaced_lines(lines, doc, notes)
    if unplaced:
        listed = "; ".join(f"„{x}”" for x in unplaced)
        notes.unplaced((), "Need read ei leidnud dokumendis kohta (kontrolli, kas midagi on "
                       f"puudu): {listed}.", "These lines found no place in the document "
                       f"(check whether something is missing): {listed}.")
    return ImportResult(doc, notes)


_WORD_EDGES = ".,;:!?()[]\"'„“”«»…|–—"


def words(text: str) -> Counter[str]:
    """The words of a text for the loss check: hyphens split, punctuation at the ends and
    numbers ("3.1", renumbered on import) left out, and the invisible control characters
    too (the document keeps them, but the printed text it is checked against does not)."""
    visible = INVISIBLE.sub("", text)
    found = (w.strip(_WORD_EDGES) for w in _GLYPH_OR_HYPHEN.sub(" ", visible).split())
    return Counter(w for w in found if w and not _NUMBER_WORD.match(w))


def unplaced_lines(lines: list[Line], doc: JobDescription, notes: Notes) -> list[str]:
    """Source lines holding a word that is neither in the document's text nor in a note:
    the safety net that keeps the importer from dropping anything silently."""
    printed = [to_text(doc), *duty_columns(doc), *(n.message_et for n in notes)]
    lost = words("\n".join(x.text for x in lines)) - words("\n".join(printed))
    if not lost:
        return []
    out: list[str] = []
    for line in lines:
        held = words(line.text)
        if any(lost[w] > 0 for w in held):
            out.append(line.text)
            lost -= held
    return out
