"""The numbers and bullets Word draws in front of list paragraphs.

They are not in the paragraph's text: Word computes them from numbering.xml, through the
paragraph's own w:numPr or its style's. An old job description numbers its sections
("3.") and duties ("3.1") that way and marks results as bullets, so the importer needs the
labels back. Counters follow Word's rules closely enough for documents people write:
one counter per list and level, deeper levels restarting under a new parent.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from lxml import etree

from ..docx.text import w

BULLET, SUB_BULLET = "•", "–"


@dataclass(frozen=True)
class Level:
    fmt: str  # decimal, bullet, lowerLetter, …
    text: str  # "%1.%2"
    start: int


def _val(element: etree._Element | None, tag: str, default: str = "") -> str:
    child = element.find(w(tag)) if element is not None else None
    return child.get(w("val"), default) if child is not None else default


def _int(text: str, default: int = 0) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


class Numbering:
    """Labels for the list paragraphs of one document, taken in document order."""

    def __init__(self, document: Document) -> None:
        self.levels: dict[str, dict[int, Level]] = {}  # numId -> ilvl -> Level
        self.styles: dict[str, tuple[str, int]] = {}  # styleId -> (numId, ilvl)
        self.counters: dict[str, list[int]] = {}
        self.style_levels: dict[str, int] = {}  # styleId -> ilvl, from a level's w:pStyle
        self._read_numbering(document)
        self._read_styles(document)

    def _read_numbering(self, document: Document) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, Level]] = {}
        for node in root.iterchildren(w("abstractNum")):
            levels = {}
            for lvl in node.iterchildren(w("lvl")):
                ilvl = _int(lvl.get(w("ilvl"), "0"))
                levels[ilvl] = Level(_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText"),
                                     _int(_val(lvl, "start", "1"), 1))
                if _val(lvl, "pStyle"):
                    self.style_levels[_val(lvl, "pStyle")] = ilvl
            abstract[node.get(w("abstractNumId"), "")] = levels
        for num in root.iterchildren(w("num")):
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.iterchildren(w("lvlOverride")):
                ilvl = _int(override.get(w("ilvl"), "0"))
                start = _val(override, "startOverride")
                if ilvl in levels and start:
                    old = levels[ilvl]
                    levels[ilvl] = Level(old.fmt, old.text, _int(start, old.start))
            self.levels[num.get(w("numId"), "")] = levels

    def _read_styles(self, document: Document) -> None:
        try:
            styles = list(document.styles.element.iterchildren(w("style")))
        except (KeyError, NotImplementedError, AttributeError):
            return
        own: dict[str, etree._Element | None] = {}  # a style's own w:numPr
        based_on: dict[str, str] = {}
        for style in styles:
            style_id = style.get(w("styleId"), "")
            own[style_id] = style.find(f"{w('pPr')}/{w('numPr')}")
            based_on[style_id] = _val(style, "basedOn")
        for style_id in own:
            current, seen = style_id, set()
            while current in own and current not in seen:  # up the basedOn chain
                seen.add(current)
                num_pr = own[current]
                if num_pr is not None:
                    default = self.style_levels.get(style_id, 0)
                    ilvl = _int(_val(num_pr, "ilvl", str(default)), default)
                    self.styles[style_id] = (_val(num_pr, "numId"), ilvl)
                    break
                current = based_on[current]

    def label(self, p: etree._Element, style_id: str) -> str:
        """"3.1", "2.", a bullet glyph, or "" for a paragraph that is not in a list."""
        num_pr = p.find(f"{w('pPr')}/{w('numPr')}")
        num_id, ilvl = self.styles.get(style_id, ("", 0))
        if num_pr is not None:
            num_id = _val(num_pr, "numId", num_id)
            ilvl = _int(_val(num_pr, "ilvl", str(ilvl)), ilvl)
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        level = levels[ilvl]
        if level.fmt == "bullet":
            return BULLET if ilvl == 0 else SUB_BULLET
        if level.fmt == "none":
            return ""
        counters = self.counters.setdefault(num_id, [0] * 10)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else level.start
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        text = level.text
        for i in range(min(ilvl + 1, 9)):
            parent = levels.get(i, level)
            value = counters[i] or parent.start
            text = text.replace(f"%{i + 1}", _format(value, parent.fmt))
        return text
