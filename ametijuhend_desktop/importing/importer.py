"""Import an old job description from a text file, or from a Word 97-2003, OpenDocument
or RTF file through a .docx copy that LibreOffice makes.

``opening.open_document`` decides by the content: a ZIP package is Word (``word``), an
old format is converted (``convert``), a PDF is refused with advice, other text comes here.
Text is read as UTF-8 (or UTF-16 with its byte-order mark, as Notepad saves "Unicode");
a .txt file that is not UTF-8 is read as Windows Baltic (cp1257), the encoding of older
Estonian Windows files, and the notes say so.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import FileFormatError
from .convert import OldFormat, converted
from .notes import ImportNote, NoteKind
from .parse import ImportResult, parse_text
from .word import read_word

IMPORT_SUFFIXES = (".docx", ".txt", ".doc", ".odt", ".rtf")
# The longest published job description is 10 KB of text; half a megabyte is fifty of them
# and still parses in about a second (the parser is linear, but Python's, 2 s a megabyte).
MAX_TEXT_BYTES = 512 * 1024
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


def import_converted(source: Path, kind: OldFormat) -> ImportResult:
    """A .doc, .odt or .rtf file through a .docx copy that LibreOffice makes."""
    with converted(source, kind) as copy:
        result = read_word(copy)
    result.found.insert(0, ImportNote(
        NoteKind.INFO, (), f"{kind.label} fail on loetud LibreOffice'i tehtud .docx-koopiast: "
        "kontrolli loendeid ja tabeleid.", f"The {kind.label} file was read from a .docx copy "
        "made by LibreOffice: check the lists and tables."))
    return result


def import_text(data: bytes, source: Path) -> ImportResult:
    """An old job description from the bytes of a text file (``opening.open_document``
    has ruled out Word, PDF and .ajx); FileFormatError if it is not text."""
    if len(data) > MAX_TEXT_BYTES:
        raise FileFormatError(
            "tekstifail on liiga suur (üle 512 KB); ametijuhendi tekst on tavaliselt "
            "alla 20 KB. Kas see on õige fail?",
            "the text file is too large (over 512 KB); a job description's text is usually "
            "under 20 KB. Is this the right file?", path=source)
    text, notes = _decode(data, source)
    result = parse_text(text)
    if notes:
        result.found.insert(0, ImportNote(NoteKind.INFO, (), CP1257_NOTE, CP1257_NOTE_EN))
    return result


def refuse_pdf(source: Path) -> FileFormatError:
    return FileFormatError(
        "PDF-faili ei saa otse importida: ava see, kopeeri tekst ja salvesta .txt-failina "
        "(või salvesta Wordis .docx-failina).",
        "a PDF cannot be imported directly: open it, copy the text and save it as a .txt "
        "file (or save it as .docx in Word).",
        path=source,
    )
