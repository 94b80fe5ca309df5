"""The .ajx file format: the job description as one UTF-8 XML file.

The writer produces the newest version only, deterministically and atomically; the
reader accepts every older version and refuses a newer one with a clear message.
"""

from __future__ import annotations

from pathlib import Path

from ..files.atomic import atomic_write_bytes
from ..model import JobDescription
from .limits import check_fits
from .names import CURRENT_VERSION, MEDIA_TYPE, NS
from .reader import MAX_BYTES, from_bytes, read_file
from .writer import to_bytes

SUFFIX = ".ajx"


def write_file(doc: JobDescription, path: str | Path) -> None:
    """Save atomically: the file on disk is the old version or the new one, never a mix;
    a document the reader would refuse is refused here, before anything is written."""
    atomic_write_bytes(path, check_fits(to_bytes(doc), path))


__all__ = [
    "CURRENT_VERSION",
    "MAX_BYTES",
    "MEDIA_TYPE",
    "NS",
    "SUFFIX",
    "check_fits",
    "from_bytes",
    "read_file",
    "to_bytes",
    "write_file",
]
