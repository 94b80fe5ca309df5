"""The caps the reader puts on an .ajx file, and the one check every writer runs.

The reader refuses a file over these caps (it bounds memory and time for a hostile file);
a writer that wrote past them would make a file the product cannot open again, so a save,
an import and an export refuse such a document first, with the same words.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import FileFormatError

# A real job description is tens of kilobytes; 2,000 duties are about 1 MB.
MAX_BYTES = 32 * 1024 * 1024
# Tags, counted as "<": 2,000 duties with 5 results each are about 32,000. The cap bounds
# the parsed tree's memory (a 31 MB file of empty elements would need some 450 MB).
MAX_TAGS = 600_000


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def check_fits(data: bytes, source: str | Path | None = None) -> bytes:
    """``data`` (a document's .ajx bytes) if the reader will take it back; else a plain
    refusal naming the size against the cap."""
    tags = data.count(b"<")
    if tags > MAX_TAGS:
        raise FileFormatError(
            f"dokument on liiga suur, et seda ametijuhendi failina hoida: {_number(tags)} "
            f"elementi, lubatud on {_number(MAX_TAGS)}. Tavaline ametijuhend on sellest "
            "sadu kordi väiksem; jaga tekst osadeks.",
            f"the document is too large to keep as a job description file: {_number(tags)} "
            f"elements, {_number(MAX_TAGS)} are allowed. An ordinary job description is "
            "hundreds of times smaller; split the text into parts.", path=source)
    if len(data) > MAX_BYTES:
        megabytes = len(data) / 1024 / 1024
        raise FileFormatError(
            f"dokument on liiga suur, et seda ametijuhendi failina hoida: {megabytes:.0f} MB, "
            f"lubatud on {MAX_BYTES // 1024 // 1024} MB. Jaga tekst osadeks.",
            f"the document is too large to keep as a job description file: {megabytes:.0f} MB, "
            f"{MAX_BYTES // 1024 // 1024} MB are allowed. Split the text into parts.",
            path=source)
    return data
