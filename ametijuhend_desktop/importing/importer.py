"""Import an old job description from a text file.

``opening.open_document`` decides by the content: a ZIP package is Word (``word``), a
PDF is refused with advice, other text comes here. Text is read as UTF-8 (or UTF-16
with its byte-order mark, as Notepad saves "Unicode"); a .txt file that is not UTF-8 is read as Windows Baltic (cp1257), the
encoding of older Estonian Windows files, and the notes say so.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import FileFormatError
from .parse import ImportResult, parse_text

IMPORT_SUFFIXES = (".docx", ".txt")
MAX_TEXT_BYTES = 5 * 1024 * 1024
CP1257_NOTE = ("Fail ei olnud UTF-8 kodeeringus: see on loetud Windowsi Balti kodeeringus "
               "(cp1257). Kontrolli, kas täpitähed (õ ä ö ü š ž) on õiged.")


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


def import_text(data: bytes, source: Path) -> ImportResult:
    """An old job description from the bytes of a text file (``opening.open_document``
    has ruled out Word, PDF and .ajx); FileFormatError if it is not text."""
    if len(data) > MAX_TEXT_BYTES:
        raise FileFormatError("tekstifail on liiga suur (üle 5 MB).",
                              "the text file is too large (over 5 MB).", path=source)
    text, notes = _decode(data, source)
    result = parse_text(text)
    result.notes[:0] = notes
    return result


def refuse_pdf(source: Path) -> FileFormatError:
    return FileFormatError(
        "PDF-faili ei saa otse importida: ava see, kopeeri tekst ja salvesta .txt-failina "
        "(või salvesta Wordis .docx-failina).",
        "a PDF cannot be imported directly: open it, copy the text and save it as a .txt "
        "file (or save it as .docx in Word).",
        path=source,
    )
