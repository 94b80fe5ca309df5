"""Import whatever old job description the user points at: a Word, OpenDocument, RTF or
text file.

Decided by the content, not the name: Word 97-2003, OpenDocument and RTF files are turned
into .docx by LibreOffice (``convert``), a ZIP package is Word (``word``), anything else
must be text. Text is read as UTF-8 (or UTF-16 with its byte-order mark, as Notepad
saves "Unicode"); a .txt file that is not UTF-8 is read as Windows Baltic (cp1257), the
encoding of older Estonian Windows files, and the notes say so.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import FileFormatError
from .convert import OldFormat, converted, old_format
from .notes import ImportNote, NoteKind
from .parse import ImportResult, parse_text
from .word import OLE_SIGNATURE, read_bytes, read_word

IMPORT_SUFFIXES = (".docx", ".txt", ".doc", ".odt", ".rtf")
MAX_TEXT_BYTES = 5 * 1024 * 1024
CP1257_NOTE = ("Fail ei olnud UTF-8 kodeeringus: see on loetud Windowsi Balti kodeeringus "
               "(cp1257). Kontrolli, kas täpitähed (õ ä ö ü š ž) on õiged.")
CP1257_NOTE_EN = ("The file was not UTF-8 encoded: it was read as Windows Baltic (cp1257). "
                  "Check that the letters õ ä ö ü š ž are right.")


def _decode(data: bytes, source: Path) -> tuple[str, list[str]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise FileFormatError("see ei ole tekstifail ega Wordi dokument (.docx).",
                              "this is neither a text file nor a Word document (.docx).",
                              path=source)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        if source.suffix.casefold() == ".txt":
            return data.decode("cp1257", errors="replace"), [CP1257_NOTE]
        raise FileFormatError(
            "tekst ei ole UTF-8 kodeeringus: salvesta see uuesti UTF-8 tekstina või .txt-failina.",
            "the text is not UTF-8 encoded: save it again as UTF-8 text or as a .txt file.",
            path=source,
        ) from None


def _read_converted(source: Path, kind: OldFormat) -> ImportResult:
    """A .doc, .odt or .rtf file through a .docx copy that LibreOffice makes."""
    with converted(source, kind) as copy:
        result = read_word(copy)
    result.found.insert(0, ImportNote(
        NoteKind.INFO, (), f"{kind.label} fail on loetud LibreOffice'i tehtud .docx-koopiast: "
        "kontrolli loendeid ja tabeleid.", f"The {kind.label} file was read from a .docx copy "
        "made by LibreOffice: check the lists and tables."))
    return result


def import_file(path: str | Path) -> ImportResult:
    """An old job description from a .docx, .doc, .odt, .rtf or text file; FileFormatError
    if unreadable."""
    source = Path(path)
    data = read_bytes(source)
    kind = old_format(data)
    if kind is not None:
        return _read_converted(source, kind)
    if data.startswith((b"PK\x03\x04", OLE_SIGNATURE)):
        return read_word(source)
    if data.startswith(b"%PDF"):
        raise FileFormatError(
            "PDF-faili ei saa otse importida: ava see, kopeeri tekst ja salvesta .txt-failina "
            "(või salvesta Wordis .docx-failina).",
            "a PDF cannot be imported directly: open it, copy the text and save it as a .txt "
            "file (or save it as .docx in Word).",
            path=source,
        )
    if len(data) > MAX_TEXT_BYTES:
        raise FileFormatError("tekstifail on liiga suur (üle 5 MB).",
                              "the text file is too large (over 5 MB).", path=source)
    text, notes = _decode(data, source)
    result = parse_text(text)
    if notes:
        result.found.insert(0, ImportNote(NoteKind.INFO, (), CP1257_NOTE, CP1257_NOTE_EN))
    return result
