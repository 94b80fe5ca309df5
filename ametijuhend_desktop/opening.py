"""The one door: every document the product reads comes in through ``open_document``.

The command line and the window both call it, so the same file gives the same document
(or the same message) everywhere. What the file is, is decided by its bytes, not its
name: a ZIP package is a Word file (ours when it carries our data part, else a foreign
one to import), XML is an .ajx file, and other text is an old job description to import;
only for text that is none of these does the name decide whether it was meant as .ajx
(or .docx).
The bytes are read once, through the bounded reader, and the DiskState remembered from
those very bytes, so the save-conflict check compares against what was really opened.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from . import ajx
from .files.bounded import read_file_stat, refusal_for, too_large
from .importing.convert import old_format
from .importing.notes import ImportNote, NoteKind
from .model import JobDescription
from .storage.disk_state import DiskState

if TYPE_CHECKING:
    from .compare import Change
    from .importing.parse import ImportResult

# The largest file any of the readers below takes (a Word file with pictures).
MAX_OPEN_BYTES = 50 * 1024 * 1024
MAX_NOTES = 20  # shown one by one; the rest are counted
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
         codecs.BOM_UTF16_BE)


class Source(Enum):
    """What kind of file a document came from."""

    AJX = "ajx"  # our own format: opens as the file it is
    OUR_DOCX = "our-docx"  # a Word file we exported: its embedded data, as a new document
    FOREIGN_WORD = "foreign-word"  # an old Word job description, imported as a new document
    TEXT = "text"  # an old job description as plain text, imported as a new document


# What the user must be told about an opened document: in both languages, of a kind
# (a guess, a line that found no place, how the file was read), and where in it.
Note = ImportNote


@dataclass(frozen=True)
class Opened:
    """An opened document, where it came from, what to tell, and the bytes' state."""

    doc: JobDescription
    source: Source
    notes: tuple[Note, ...]
    state: DiskState
    embedded: JobDescription | None = None  # our export: the data it carries, as exported

    def changes(self) -> list[Change]:
        """What was changed in Word since the export (empty for any other file)."""
        if self.embedded is None:
            return []
        from .compare import compare_documents

        return compare_documents(self.embedded, self.doc)


def _note(note: str | Note) -> Note:
    return Note(NoteKind.INFO, (), note, note) if isinstance(note, str) else note


def bounded_notes(notes: Sequence[str | Note], limit: int = MAX_NOTES) -> tuple[Note, ...]:
    """The first ``limit`` notes, then one that counts the rest: an import can guess at
    millions of lines, and a person reads a few dozen."""
    shown = tuple(_note(n) for n in notes[:limit])
    rest = len(notes) - limit
    if rest <= 0:
        return shown
    return (*shown, Note(NoteKind.INFO, (), f"… ja veel {rest:,}".replace(",", " "),
                         f"… and {rest:,} more"))


def _looks_like_xml(data: bytes) -> bool:
    head = data[:1024]
    for bom in _BOMS:
        head = head.removeprefix(bom)
    return head.replace(b"\x00", b"").lstrip().startswith(b"<")


def open_document(path: str | Path) -> Opened:
    """The document in ``path``; a UserError with a plain message if it cannot be read."""
    source = Path(path)
    read = read_file_stat(source, MAX_OPEN_BYTES)
    data, state = read.data, DiskState.of(read.data, read.stat)
    old = old_format(data)
    if old is not None:  # .doc, .odt, .rtf: through a .docx copy LibreOffice makes
        from .importing.importer import import_converted

        return _imported(import_converted(source, old), Source.FOREIGN_WORD, source, state)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")) or data.startswith(b"\xd0\xcf\x11\xe0"):
        return _open_word(data, source, state)
    if data.startswith(b"%PDF"):
        from .importing.importer import refuse_pdf

        raise refuse_pdf(source)
    suffix = source.suffix.casefold()
    if suffix == ".docx" and not _looks_like_xml(data):
        from .importing.word import word_archive

        word_archive(data, source)  # not a ZIP: says so in Word's words
    if _looks_like_xml(data) or suffix == ajx.SUFFIX or not data.strip():
        if len(data) > ajx.MAX_BYTES:
            raise too_large(len(data), ajx.MAX_BYTES, refusal_for(source))
        return Opened(ajx.from_bytes(data, source), Source.AJX, (), state)
    from .importing.importer import import_text

    return _imported(import_text(data, source), Source.TEXT, source, state)


def _open_word(data: bytes, source: Path, state: DiskState) -> Opened:
    """Ours when it carries our data part, else foreign. Ours opens as its visible text
    (what people read, correct and sign), the embedded data as the map of its structure
    and the source of what the text does not carry; the notes say how many places differ."""
    from .docx.embedded import embedded_ajx  # python-docx only when a Word file comes in
    from .importing.word import import_word, word_archive

    archive = word_archive(data, source)
    embedded = embedded_ajx(archive)
    if embedded is not None:
        from .docx.visible import read_visible

        reading = read_visible(data, ajx.from_bytes(embedded, source), source)
        notes: list[Note] = []
        if reading.changes:
            notes.append(Note(NoteKind.INFO, (), *(reading.summary(lang)[0] for lang in ("et", "en"))))
        notes += [Note(NoteKind.GUESS, tuple(n.path), n.message("et"), n.message("en"))
                  for n in reading.notes]
        return Opened(reading.doc, Source.OUR_DOCX, bounded_notes(notes), state,
                      embedded=reading.embedded)
    return _imported(import_word(archive, source), Source.FOREIGN_WORD, source, state)


def _imported(result: ImportResult, kind: Source, source: Path, state: DiskState) -> Opened:
    """An import the reader could not take back once saved is refused now, before the
    user works on it (a Word file of 100,000 one-word bullets makes 800,000 elements)."""
    ajx.check_fits(ajx.to_bytes(result.doc), source)
    return Opened(result.doc, kind, bounded_notes(result.found), state)
