"""Import an old job description from a Word file that this editor did not make.

The body is walked in document order (paragraphs, tables row by row, nested tables and
content controls), and turned into the text lines ``text_import.parse_text`` reads: Word's
list numbers and bullets are written in front of their paragraphs, a heading without a
number gets one, the duties table becomes "3.1 duty" lines with the results as bullets,
and a two-column row "label | value" becomes "label:" over its value. A DOCX exported by
this editor carries its data in a custom XML part: that is the map, and its visible text
(which may have been edited in Word) is what is imported, the differences in the notes.

The file is checked before anything is unpacked: its size, that it is a ZIP at all, what
its parts would take unpacked (a small file can unpack to gigabytes), and encryption.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree

from ..ajx import MAX_BYTES, NS, from_bytes
from ..docx.package import ITEM_NAME, root_namespace
from ..docx.text import paragraph_text, w
from ..docx.visible import read_visible
from ..errors import FileFormatError
from .parse import ImportResult, parse_text
from .word_numbering import BULLET, SUB_BULLET, Numbering

MAX_WORD_BYTES = 50 * 1024 * 1024  # the file on disk
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all its parts unpacked
MAX_PART_RATIO = 200  # unpacked / packed for one large part: more is a zip bomb
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLE = re.compile(r"^(heading|pealkiri|título|titre|überschrift)\s*\d|jaotis",
                            re.IGNORECASE)
_NUMBERED = re.compile(r"^\d{1,2}(\.\d{1,4})*\.?\s")
_DUTY_NUMBER = re.compile(r"^\d{1,2}\.\d{1,4}\.?\s")
_SECTION_NUMBER = re.compile(r"^(\d{1,2})\.?\s")
_GLYPH_START = re.compile("^[•▪●◦○■–\\-\uf0b7\uf0a7\uf0a8]\\s")


def _error(path: Path, et: str, en: str) -> FileFormatError:
    return FileFormatError(et, en, path=path)


def _not_word(path: Path) -> FileFormatError:
    return _error(path, "see ei ole Wordi dokument (.docx) või fail on vigane.",
                  "this is not a Word document (.docx), or the file is damaged.")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, with a plain message for a missing, locked or oversized file."""
    try:
        if path.stat().st_size > MAX_WORD_BYTES:
            raise _error(path, "fail on liiga suur (üle 50 MB).", "the file is too large (over 50 MB).")
        return path.read_bytes()
    except FileNotFoundError:
        raise _error(path, "faili ei leitud.", "the file was not found.") from None
    except IsADirectoryError:
        raise _error(path, "see on kaust, mitte fail.", "it is a folder, not a file.") from None
    except PermissionError:
        raise _error(path, "faili lugemiseks puudub luba.", "permission denied.") from None
    except OSError as exc:
        raise _error(path, f"faili ei saanud lugeda ({exc.strerror}).",
                     f"the file could not be read ({exc.strerror}).") from None


def _checked_zip(data: bytes, path: Path) -> zipfile.ZipFile:
    """The package, refused when encrypted, a zip bomb, or without a document part."""
    if data.startswith(OLE_SIGNATURE):
        raise _error(path, "see on parooliga kaitstud või vana Wordi vormingus (.doc) fail: "
                     "ava see Wordis ja salvesta .docx-failina ilma paroolita.",
                     "this file is password-protected or in the old Word format (.doc): open "
                     "it in Word and save it as .docx without a password.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise _not_word(path) from None
    if any(info.flag_bits & 0x1 for info in infos):
        raise _error(path, "fail on parooliga kaitstud.", "the file is password-protected.")
    total = sum(info.file_size for info in infos)
    bomb = any(info.file_size > 1024 * 1024
               and info.file_size > MAX_PART_RATIO * max(info.compress_size, 1) for info in infos)
    if total > MAX_UNPACKED_BYTES or bomb or len(infos) > 10_000:
        raise _error(path, "fail on lahtipakituna liiga suur või vigane.",
                     "the file is too large when unpacked, or damaged.")
    if "word/document.xml" not in {info.filename for info in infos}:
        raise _not_word(path)
    return archive


def _embedded(archive: zipfile.ZipFile) -> bytes | None:
    for info in archive.infolist():
        if ITEM_NAME.match(info.filename) and info.file_size <= MAX_BYTES:
            blob = archive.read(info)
            if root_namespace(blob) == NS:
                return blob
    return None


_WRAPPERS = (w("sdt"), w("sdtContent"), w("customXml"), w("smartTag"))
_GENERAL_LABEL = re.compile(r"^1\.\d{1,2}\.?\s+\S")
_COLUMN_HEADER = re.compile(r"^(?:oodatav(?:ad)?\s+)?tulemus(?:ed)?:?$", re.IGNORECASE)


def _children(parent: etree._Element, tags: tuple[str, ...]) -> list[etree._Element]:
    """Children with one of ``tags``, looking through content controls and the like."""
    found: list[etree._Element] = []
    for child in parent:
        if child.tag in tags:
            found.append(child)
        elif child.tag in _WRAPPERS:
            found += _children(child, tags)
    return found


class _Walker:
    """The body of a Word document as text lines, in document order."""

    def __init__(self, document: Document) -> None:
        self.numbering = Numbering(document)
        self.style_names = {s.style_id: s.name or "" for s in document.styles}
        self.lines: list[str] = []
        self.section = 0  # the number of the last section heading, for unnumbered duties
        self.duty = 0

    def paragraph(self, p: etree._Element) -> list[str]:
        style_id = ""
        pstyle = p.find(f"{w('pPr')}/{w('pStyle')}")
        if pstyle is not None:
            style_id = pstyle.get(w("val"), "")
        label = self.numbering.label(p, style_id)
        text = paragraph_text(p).replace("\u00ad", "").strip()
        if not text:
            return [""]
        first, *rest = text.split("\n")
        name = self.style_names.get(style_id, style_id)
        if label in (BULLET, SUB_BULLET):
            first = first if _GLYPH_START.match(first) else f"{label} {first}"
        elif label:
            first = first if first.startswith(label.rstrip(".")) else f"{label} {first}"
        elif _HEADING_STYLE.search(name) and not _NUMBERED.match(first):
            first = f"{self.section + 1}. {first}"
        heading = _SECTION_NUMBER.match(first)
        if heading and not _DUTY_NUMBER.match(first) and (label or _HEADING_STYLE.search(name)):
            self.section, self.duty = int(heading.group(1)), 0
        return [first, *rest]

    def cell(self, tc: etree._Element) -> list[str]:
        out: list[str] = []
        for child in _children(tc, (w("p"), w("tbl"))):
            out += self.paragraph(child) if child.tag == w("p") else self.table_lines(child)
        return [line for line in out if line.strip()]

    def table_lines(self, tbl: etree._Element) -> list[str]:
        """A table's rows: ÜLDOSA label rows, the duties, label | value rows, or as is."""
        rows = [[self.cell(tc) for tc in _children(tr, (w("tc"),))]
                for tr in _children(tbl, (w("tr"),))]
        out: list[str] = []
        duties = False
        index = 0
        while index < len(rows):
            row = rows[index]
            index += 1
            filled = [cell for cell in row if cell]
            left = row[0] if row else []
            if filled and index < len(rows) and all(
                len(c) == 1 and _GENERAL_LABEL.match(c[0]) for c in filled
            ):
                for label, value in zip(row, rows[index], strict=False):
                    if label:
                        glue = ", " if "asend" in label[0].casefold() else " "
                        out.append(f"{label[0].rstrip(':')}: {glue.join(value)}".rstrip())
                out.append("")
                index += 1
            elif len(filled) == 2 and len(left) == 1 and len(row[-1]) == 1 and _COLUMN_HEADER.search(
                row[-1][0]
            ):
                out += [f"{left[0]} {row[-1][0]}", ""]
                duties = True
            elif len(row) >= 2 and left and (duties or _DUTY_NUMBER.match(left[0])):
                out += self._duty(row)
            elif len(row) == 2 and len(left) == 1 and row[1] and len(left[0].split()) <= 6 \
                    and not _NUMBERED.match(left[0]) and not _GLYPH_START.match(left[0]):
                out += [left[0] if left[0].endswith(":") else left[0] + ":", *row[1], ""]
            else:
                for cell in row:
                    out += [*cell, ""]
        return out

    def _duty(self, row: list[list[str]]) -> list[str]:
        """"3.1 duty", its sub-items as dashes, the results (right cell) as bullets."""
        left, right = row[0], [line for cell in row[1:] for line in cell]
        self.duty += 1
        first = left[0]
        if not _DUTY_NUMBER.match(first):
            first = f"{self.section or 3}.{self.duty} {first}"
        out = [first]
        for line in left[1:]:
            out.append(f"{SUB_BULLET} {line[1:].lstrip()}" if _GLYPH_START.match(line) else line)
        for line in right:
            out.append(line if _GLYPH_START.match(line) else f"{BULLET} {line}")
        return [*out, ""]

    def body(self, document: Document) -> list[str]:
        for child in _children(document.element.body, (w("p"), w("tbl"))):
            if child.tag == w("p"):
                self.lines += self.paragraph(child)
            else:
                self.lines += [*self.table_lines(child), ""]
        return self.lines


def _page_header(document: Document) -> etree._Element | None:
    """The first page's header part, where an approval block ("KINNITATUD …") may stand."""
    try:
        section = document.sections[0]
        header = section.first_page_header if section.different_first_page_header_footer \
            else section.header
        return None if header.is_linked_to_previous else header._element
    except (IndexError, KeyError, ValueError, AttributeError, NotImplementedError):
        return None


def word_lines(document: Document) -> list[str]:
    """The first page's header and the body of a Word document as the lines
    ``parse_text`` reads (footers hold page numbers, not content)."""
    walker = _Walker(document)
    header = _page_header(document)
    if header is not None:
        for child in _children(header, (w("p"), w("tbl"))):
            walker.lines += walker.paragraph(child) if child.tag == w("p") \
                else walker.table_lines(child)
    return walker.body(document)


def read_word(path: str | Path) -> ImportResult:
    """An old job description from a .docx; raises FileFormatError for a bad file."""
    source = Path(path)
    data = read_bytes(source)
    archive = _checked_zip(data, source)
    try:
        embedded = _embedded(archive)
        if embedded is not None:  # our own export: its visible text wins (docx/visible.py)
            reading = read_visible(data, from_bytes(embedded, source), source)
            return ImportResult(reading.doc, reading.summary("et"))
        document = docx.Document(io.BytesIO(data))
        lines = word_lines(document)
    except FileFormatError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, etree.LxmlError,
            NotImplementedError, AttributeError):
        raise _not_word(source) from None
    return parse_text("\n".join(lines))
