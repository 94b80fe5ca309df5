"""Word 97-2003 (.doc), OpenDocument (.odt) and RTF files, turned into .docx by LibreOffice.

Agencies keep many job descriptions in these older formats. Rather than read three more
formats badly, the importer lets LibreOffice (when installed) save a .docx copy and reads
that. LibreOffice runs headless, on a copy of the file in a private temporary folder, with
a profile of the product's own (``files.libreoffice``: macros off), so the user's
LibreOffice settings and open windows are untouched; a time limit stops a file that makes
it hang. The user's file is only read.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

from ..errors import FileFormatError
from ..files import libreoffice
from ..files.libreoffice import Outcome, find_soffice
from ..files.os_errors import os_reason

TIME_LIMIT_S = 90.0  # a large .doc converts in a few seconds; a first start takes longer
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF_TEXT = b"application/vnd.oasis.opendocument.text"


class OldFormat(Enum):
    """A format read through LibreOffice: its usual suffix and its name for the user."""

    DOC = (".doc", "Word 97-2003 (.doc)")
    ODT = (".odt", "OpenDocument (.odt)")
    RTF = (".rtf", "RTF (.rtf)")

    @property
    def suffix(self) -> str:
        return self.value[0]

    @property
    def label(self) -> str:
        return self.value[1]


def old_format(data: bytes) -> OldFormat | None:
    """The format by the file's first bytes (names lie: "vana.doc" is often a .docx).

    An OLE file may also be a password-protected .docx: LibreOffice then fails and the
    message says the file may be protected."""
    if data.startswith(OLE_SIGNATURE):
        return OldFormat.DOC
    if data.startswith(b"{\\rtf"):
        return OldFormat.RTF
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype" and (
        data[38:38 + len(_ODF_TEXT)] == _ODF_TEXT
    ):
        return OldFormat.ODT
    return None


def _missing(path: Path, kind: OldFormat) -> FileFormatError:
    return FileFormatError(
        f"{kind.label} faili lugemiseks on vaja LibreOffice'it: paigalda LibreOffice "
        "(libreoffice.org) või ava fail Wordis ja salvesta .docx-failina.",
        f"reading a {kind.label} file needs LibreOffice: install LibreOffice "
        "(libreoffice.org), or open the file in Word and save it as .docx.",
        path=path,
    )


@contextlib.contextmanager
def converted(path: Path, kind: OldFormat, time_limit: float = TIME_LIMIT_S) -> Iterator[Path]:
    """A .docx copy of ``path``, made by LibreOffice, alive while the context lasts."""
    soffice = find_soffice()
    if soffice is None:
        raise _missing(path, kind)
    with tempfile.TemporaryDirectory(prefix="ametijuhend-import-") as folder:
        root = Path(folder)
        source = root / "in" / f"document{kind.suffix}"
        source.parent.mkdir()
        shutil.copyfile(path, source)
        out = root / "out"
        result = out / "document.docx"
        try:
            outcome = libreoffice.convert(soffice, source, "docx:MS Word 2007 XML", result,
                                          time_limit)
        except OSError as exc:
            et, en = os_reason(exc)
            raise FileFormatError(f"LibreOffice'it ei saanud käivitada ({et}).",
                                  f"LibreOffice could not be started ({en}).",
                                  path=path) from None
        if outcome is Outcome.TIMED_OUT:
            raise FileFormatError(
                f"LibreOffice ei saanud faili {time_limit:.0f} sekundiga teisendada: ava see "
                "Wordis või LibreOffice'is ja salvesta .docx-failina.",
                f"LibreOffice could not convert the file within {time_limit:.0f} seconds: open "
                "it in Word or LibreOffice and save it as .docx.",
                path=path,
            )
        if outcome is not Outcome.MADE:
            raise FileFormatError(
                "LibreOffice ei saanud faili teisendada: see võib olla vigane või parooliga "
                "kaitstud. Ava see Wordis ja salvesta .docx-failina ilma paroolita.",
                "LibreOffice could not convert the file: it may be damaged or "
                "password-protected. Open it in Word and save it as .docx without a password.",
                path=path,
            )
        yield result
