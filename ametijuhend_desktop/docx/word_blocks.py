"""The body of a Word file as a reader sees it: paragraphs and tables of visible text.

Word and LibreOffice write the same words in many shapes: text split over runs, spelling
and bookmark marks, fields (only the result is shown), smart tags, hyperlinks, content
controls, tracked changes and comments. This flattens all of that into ``Para`` and
``Table`` blocks with the paragraph's style role, reading tracked changes as if accepted
(insertions kept, deletions skipped) and remembering that there were any, and which
comments point at which paragraph.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

from .template import PARAGRAPH_STYLES, TABLE_STYLES
from .text import w

_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Containers whose children are read as if they stood in the container's place.
_WRAPPERS = frozenset({w("sdt"), w("sdtContent"), w("customXml"), w("smartTag"), w("ins"),
                       w("moveTo"), w("hyperlink"), w("fldSimple"), w("dir"), w("bdo")})
_DELETED = frozenset({w("del"), w("moveFrom")})
_SKIPPED = frozenset({w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("instrText"),
                      w("delText"), w("txbxContent"), _MC_FALLBACK, w("footnoteReference")})
_CHARS = {w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("softHyphen"): "\u00ad",
          w("noBreakHyphen"): "\u2011"}
_TRACKED = (w("ins"), w("del"), w("moveFrom"), w("moveTo"))


@dataclass
class Para:
    """One paragraph: its style role ("" for a style we did not write) and its text."""

    role: str
    text: str
    comments: list[str] = field(default_factory=list)  # ids of comments pointing here


@dataclass
class Table:
    role: str  # "table", "signatures" or ""
    rows: list[list[list[Para]]]  # rows of cells of paragraphs


Block = Para | Table


@dataclass
class WordBody:
    blocks: list[Block]
    comments: dict[str, str]  # comment id -> its text
    tracked_changes: bool  # there were unaccepted insertions or deletions


def _style_roles(styles_xml: bytes | None) -> dict[str, str]:
    """Style id -> role, found by the style names we export with (ids may be renamed)."""
    if not styles_xml:
        return {}
    by_name = {name: role for role, name in {**PARAGRAPH_STYLES, **TABLE_STYLES}.items()}
    roles: dict[str, str] = {}
    root = etree.fromstring(styles_xml, _SAFE_PARSER)
    for style in root.iterchildren(w("style")):
        name = style.find(w("name"))
        role = by_name.get(name.get(w("val"), "") if name is not None else "")
        if role:
            roles[style.get(w("styleId"), "")] = role
    return roles


def _run_text(el: etree._Element, out: list[str], comments: list[str]) -> None:
    """Append the visible text under ``el``, in document order."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED or tag in _DELETED:
            continue
        if tag == w("t"):
            out.append(child.text or "")
        elif tag in _CHARS:
            if tag != w("br") or child.get(w("type")) in (None, "textWrapping"):
                out.append(_CHARS[tag])
        elif tag in (w("commentRangeStart"), w("commentReference")):
            cid = child.get(w("id"), "")
            if cid not in comments:
                comments.append(cid)
        elif tag == w("sym"):
            out.append(chr(int(child.get(w("char"), "FFFD"), 16) & 0xFFFF or 0xFFFD))
        else:
            _run_text(child, out, comments)  # runs, wrappers, fields, hyperlinks, ins …


class _Reader:
    def __init__(self, roles: Mapping[str, str]) -> None:
        self.roles = roles

    def para(self, p: etree._Element) -> Para:
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        out: list[str] = []
        comments: list[str] = []
        _run_text(p, out, comments)
        role = self.roles.get(style.get(w("val"), "") if style is not None else "", "")
        return Para(role, "".join(out), comments)

    def blocks(self, parent: etree._Element) -> list[Block]:
        """Paragraphs and tables under ``parent``; a paragraph whose mark was deleted in
        tracked changes joins the next one, as accepting the change would do."""
        found: list[Block] = []
        joined: Para | None = None
        for el in _content(parent):
            if el.tag == w("tbl"):
                found.append(self.table(el))
                continue
            para = self.para(el)
            if joined is not None:
                para = Para(para.role or joined.role, joined.text + para.text,
                            joined.comments + para.comments)
                joined = None
            if el.find(f"{w('pPr')}/{w('rPr')}/{w('del')}") is not None:
                joined = para
                continue
            found.append(para)
        if joined is not None and joined.text:
            found.append(joined)
        return found

    def table(self, tbl: etree._Element) -> Table:
        style = tbl.find(f"{w('tblPr')}/{w('tblStyle')}")
        rows: list[list[list[Para]]] = []
        for tr in _children(tbl, w("tr")):
            if tr.find(f"{w('trPr')}/{w('del')}") is not None:
                continue  # a row deleted with tracked changes on
            cells = []
            for tc in _children(tr, w("tc")):
                cells.append([b for b in flat_paragraphs(self.blocks(tc))])
            rows.append(cells)
        return Table(self.roles.get(style.get(w("val"), "") if style is not None else "", ""), rows)


def flat_paragraphs(blocks: list[Block]) -> Iterator[Para]:
    """A table nested in a cell is read as its paragraphs, row by row."""
    for block in blocks:
        if isinstance(block, Para):
            yield block
        else:
            for row in block.rows:
                for cell in row:
                    yield from cell


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _content(parent: etree._Element) -> Iterator[etree._Element]:
    for child in parent:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _content(child)


def _comments(blob: bytes | None) -> dict[str, str]:
    if not blob:
        return {}
    root = etree.fromstring(blob, _SAFE_PARSER)
    found: dict[str, str] = {}
    for comment in root.iterchildren(w("comment")):
        texts: list[str] = []
        for p in comment.iter(w("p")):
            out: list[str] = []
            _run_text(p, out, [])
            texts.append("".join(out))
        author = comment.get(w("author"), "")
        text = " ".join(t for t in texts if t)
        found[comment.get(w("id"), "")] = f"{author}: {text}" if author else text
    return found


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return archive.read(name)
    except KeyError:
        return None


def read_word_body(archive: zipfile.ZipFile) -> WordBody:
    """The body of ``word/document.xml`` as blocks (raises KeyError or XMLSyntaxError)."""
    root = etree.fromstring(archive.read("word/document.xml"), _SAFE_PARSER)
    body = root.find(w("body"))
    if body is None:
        return WordBody([], {}, False)
    reader = _Reader(_style_roles(_part(archive, "word/styles.xml")))
    tracked = next(body.iter(*_TRACKED), None) is not None
    return WordBody(reader.blocks(body), _comments(_part(archive, "word/comments.xml")), tracked)
