"""The lines of an old job description's text, cleaned of what extraction adds.

Text from a PDF or a Word file comes with bullets in odd glyphs (▪ • and the Symbol
font's private-use characters), lines broken mid-sentence, words hyphenated at line ends,
page numbers and header lines repeated on every page. This module turns it into ``Line``
objects (text, bullet or not) and joins broken lines back; the importer decides what
each line means. Whatever is dropped here is named in the notes, never lost silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Bullet glyphs at the start of a line: typographic ones, the Symbol/Wingdings private-use
# characters Word's bullets come out as, and a dash or hyphen followed by a space.
BULLET_GLYPHS = "•▪●◦○■□◆◇►▸‣⁃∙·\u2043\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf0e0\uf02d"
DASH_BULLETS = "-–—"
_BULLET = re.compile(rf"^([{re.escape(BULLET_GLYPHS)}]|[{DASH_BULLETS}](?=\s)|[oO](?=\s\S))\s*")
_COLUMN_GAP = re.compile(r"[ \u00a0]{2,}|\t")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:lk|lehekülg|leht|page)\.?\s*)?\d{1,3}"
    r"(?:\s*(?:/|\(|of|-|–|\bst\b)\s*\d{1,3}\)?)?$",
    re.IGNORECASE,
)
TERMINAL = ".!?"
# Words after which a line-end hyphen is a cut compound ("sotsiaal-" / "ja haridus…").
_CONJUNCTIONS = frozenset({"ja", "või", "ning", "ega", "kui", "and", "or"})


@dataclass
class Line:
    """One cleaned line: ``bullet`` is the glyph it started with, "" for none.

    ``hard``: the author ended the line before (a Word paragraph or line break), so it is
    never joined to it as a wrapped line, as a PDF's lines are. ``wide``: it stood in a
    table row spanning all the columns (a closing note under a label | value table).
    """

    text: str
    bullet: str = ""
    cells: tuple[str, ...] = ()  # the text split where 2+ spaces or a tab stood (columns)
    hard: bool = False
    wide: bool = False

    @property
    def blank(self) -> bool:
        return not self.text and not self.bullet


def clean(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space; the ends trimmed."""
    return _SPACES.sub(" ", text).strip()


def split_bullet(raw: str, cleaned: str | None = None) -> Line:
    text = clean(raw) if cleaned is None else cleaned
    match = _BULLET.match(text)
    rest = text[match.end():] if match else text
    if match is None or (match.group(1) in DASH_BULLETS + "oO" and not rest):
        match = None  # "-" alone is a value ("Alluvad -"), not an empty bullet
        rest = text
    elif rest[:1] in BULLET_GLYPHS:
        rest = _PRIVATE_USE.sub("", rest).strip()
    raw_rest = raw.strip()
    if match:
        raw_rest = raw_rest[1:].strip() if raw_rest[:1] == match.group(1) else raw_rest
    cells = tuple(c for c in map(clean, _COLUMN_GAP.split(raw_rest)) if c)
    return Line(rest, match.group(1) if match else "", cells)


def is_dash(line: Line) -> bool:
    return bool(line.bullet) and line.bullet in DASH_BULLETS + "oO◦○–"


def join(before: str, after: str) -> str:
    """Two pieces of one broken text: a space between, or a line-end hyphen resolved."""
    if not before:
        return after
    if not after:
        return before
    if before.endswith("\u00ad"):
        return before[:-1] + after
    if len(before) > 1 and before.endswith("-") and before[-2].isalpha() and after[0].islower():
        first = after.split(" ", 1)[0].strip(",.;:")
        return f"{before} {after}" if first in _CONJUNCTIONS else before + after
    return f"{before} {after}"


class Growing:
    """One text built from many broken lines in linear time, joined as ``join`` would.

    ``join`` on the growing whole copies it at every line: 40,000 lines under one duty
    took seconds. ``join`` looks at the last two characters only, so those are all that is
    taken back from the pieces; ``value`` joins them once.
    """

    def __init__(self, first: str = "") -> None:
        self._parts = [first] if first else []  # never an empty piece

    def add(self, piece: str) -> None:
        """Go on with a wrapped line (a space between, or a line-end hyphen resolved)."""
        if not piece:
            return
        tail = ""
        while self._parts and len(tail) < 2:
            last = self._parts.pop()
            need = 2 - len(tail)
            tail = last[-need:] + tail
            if len(last) > need:
                self._parts.append(last[:-need])
                break
        self._parts.append(join(tail, piece))

    def add_line(self, piece: str) -> None:
        """Go on after a line break the author typed."""
        self._parts.append("\n" + piece)

    def end(self, size: int = 80) -> str:
        """The last ``size`` characters or more: enough to tell how the text ends."""
        taken: list[str] = []
        count = 0
        for part in reversed(self._parts):
            taken.append(part)
            count += len(part)
            if count >= size:
                break
        return "".join(reversed(taken))

    @property
    def value(self) -> str:
        return "".join(self._parts)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(tuple(TERMINAL))


def continues(before: str, after: str) -> bool:
    """Whether ``after`` (after a blank line) goes on with ``before`` rather than starting
    a new paragraph: the first did not end a sentence, or the second starts lowercase."""
    return not ends_sentence(before) or after[:1].islower()


def _page_edges(pages: list[list[str]]) -> set[str]:
    """Lines (cleaned) that open or close two or more pages: running headers and footers."""
    counts: Counter[str] = Counter()
    for page in pages:
        filled = [x for x in page if x]
        if filled:
            counts.update({filled[0], filled[-1]})
    return {text for text, n in counts.items() if n >= 2 and len(pages) >= 2}


def read_lines(text: str) -> tuple[list[Line], list[str]]:
    """The cleaned lines of ``text`` and what was dropped (page numbers, running headers)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\x0b\x85\u2028\u2029]", "\n", text).lstrip("\ufeff")
    pages = [page.split("\n") for page in text.split("\f")]
    cleaned_pages = [[clean(raw) for raw in page] for page in pages]  # once, not 5 times a line
    edges = _page_edges(cleaned_pages)
    lines: list[Line] = []
    dropped: list[str] = []
    for page, cleaned_page in zip(pages, cleaned_pages, strict=True):
        filled = [i for i, cleaned in enumerate(cleaned_page) if cleaned]
        edge_rows = {filled[0], filled[-1]} if filled and len(pages) > 1 else set()
        for i, (raw, cleaned) in enumerate(zip(page, cleaned_page, strict=True)):
            lone_number = bool(_PAGE_NUMBER.match(cleaned))
            if cleaned and (lone_number or (i in edge_rows and cleaned in edges)):
                dropped.append(cleaned)
                continue
            lines.append(split_bullet(raw, cleaned))
    return lines, dropped


def paragraphs(lines: list[Line]) -> list[str]:
    """Broken lines joined back into paragraphs (bullets and hard lines each start one)."""
    out: list[Growing] = []
    open_ = False  # the last paragraph may go on
    gap = False
    for line in lines:
        if line.blank:
            gap = True
            continue
        if line.bullet or line.hard or not out or not open_ or (
            gap and not continues(out[-1].end(), line.text)
        ):
            out.append(Growing(line.text))
        else:
            out[-1].add(line.text)
        open_ = True
        gap = False
    return [p for p in (g.value for g in out) if p]
