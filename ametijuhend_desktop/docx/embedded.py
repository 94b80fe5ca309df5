"""Open a DOCX exported by Ametijuhend: the job description is in its custom XML part.

Word keeps custom XML parts when it saves, though it may renumber them, so every
customXml/itemN.xml is looked at and the one in the .ajx namespace is read with the .ajx
reader (which migrates older versions). ``read_docx`` gives the embedded data as the
editor exported it; ``read_docx_visible`` reads the visible text too (``visible``), which
is what people read and sign, with the embedded data as its map.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..ajx import MAX_BYTES, NS, from_bytes
from ..errors import FileFormatError
from ..model import JobDescription
from .package import ITEM_NAME, root_namespace

if TYPE_CHECKING:
    from .visible import VisibleReading

MAX_DOCX_BYTES = 100 * 1024 * 1024


def _error(path: Path, et: str, en: str) -> FileFormatError:
    return FileFormatError(et, en, path=path)


def embedded_ajx(data: bytes, source: Path) -> bytes:
    """The .ajx bytes inside a DOCX package; FileFormatError if there are none."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = [i for i in archive.infolist() if ITEM_NAME.match(i.filename)]
        for info in names:
            if info.file_size > MAX_BYTES:
                continue
            blob = archive.read(info)
            if root_namespace(blob) == NS:
                return blob
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise _error(source, "see ei ole Wordi dokument (.docx) või fail on vigane.",
                     "this is not a Word document (.docx), or the file is damaged.") from None
    raise _error(
        source,
        "selles Wordi failis ei ole ametijuhendi andmeid: avada saab ainult Ametijuhendist "
        "eksporditud faile.",
        "this Word file holds no job description data: only files exported by Ametijuhend "
        "can be opened.",
    )


def read_docx(path: str | Path) -> JobDescription:
    """The job description embedded in an exported DOCX (raises FileFormatError)."""
    source = Path(path)
    try:
        if source.stat().st_size > MAX_DOCX_BYTES:
            raise _error(source, "fail on liiga suur.", "the file is too large.")
        data = source.read_bytes()
    except FileNotFoundError:
        raise _error(source, "faili ei leitud.", "the file was not found.") from None
    except IsADirectoryError:
        raise _error(source, "see on kaust, mitte fail.", "it is a folder, not a file.") from None
    except PermissionError:
        raise _error(source, "faili lugemiseks puudub luba.", "permission denied.") from None
    except OSError as exc:
        raise _error(source, f"faili ei saanud lugeda ({exc.strerror}).",
                     f"the file could not be read ({exc.strerror}).") from None
    return from_bytes(embedded_ajx(data, source), source)


def read_docx_visible(path: str | Path) -> VisibleReading:
    """The exported DOCX as its visible text says, the embedded copy as the map.

    The embedded data is read first with all the checks of ``read_docx``; then the body
    text of the same file. ``reading.doc`` is what to open; ``compare_documents(
    reading.embedded, reading.doc)`` lists what was changed in Word.
    """
    from .visible import read_visible  # the body reader only when a DOCX comes in

    source = Path(path)
    embedded = read_docx(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _error(source, f"faili ei saanud lugeda ({exc.strerror}).",
                     f"the file could not be read ({exc.strerror}).") from None
    return read_visible(data, embedded, source)
