"""Open whatever job-description file the user points at: .ajx, or a DOCX we exported.

Decided by the file's first bytes, not its name: a DOCX renamed to .ajx still opens.
"""

from __future__ import annotations

from pathlib import Path

from .ajx import read_file
from .model import JobDescription

OPEN_SUFFIXES = (".ajx", ".docx")


def is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False  # let the reader give the clear message


def read_document(path: str | Path) -> JobDescription:
    """The job description in ``path``; FileFormatError with a plain message otherwise."""
    source = Path(path)
    if source.is_file() and is_zip(source):
        from .docx.embedded import read_docx_visible  # only when a DOCX comes in

        return read_docx_visible(source).doc  # the text people read and sign wins
    return read_file(source)
