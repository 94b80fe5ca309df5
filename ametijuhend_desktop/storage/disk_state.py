"""What the file on disk looked like when we last read or wrote it.

Before a save, the file is compared with that memory: if another user or a sync client
changed (or removed) it meanwhile, the save stops with ChangedOnDiskError and the window
asks. The content hash decides; size and time only tell us when to look closer, so a sync
client that rewrites the same bytes does not cause a false alarm.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..ajx.reader import MAX_BYTES
from ..errors import UserError
from ..files.bounded import read_file_stat


@dataclass(frozen=True)
class DiskState:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result) -> DiskState:
        return cls(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def to_dict(self) -> dict[str, object]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, value: object) -> DiskState | None:
        """From untrusted JSON: None unless every field has the right type."""
        if not isinstance(value, dict):
            return None
        size, mtime, digest = value.get("size"), value.get("mtime_ns"), value.get("sha256")
        if (isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str)
                and len(digest) == 64 and not isinstance(size, bool)):
            return cls(size, mtime, digest)
        return None


class Change(Enum):
    MODIFIED = "modified"  # different content
    DELETED = "deleted"  # gone (removed, renamed, or the share is not reachable)
    CREATED = "created"  # a new document's target appeared meanwhile


class ChangedOnDiskError(UserError):
    """The file changed since it was read; saving now would overwrite someone's work."""

    def __init__(self, path: Path, change: Change) -> None:
        if change is Change.DELETED:
            et = "fail on vahepeal kettalt kustutatud või teisaldatud."
            en = "the file has been deleted or moved since it was opened."
        else:
            et = ("faili on vahepeal muudetud väljaspool seda akent (teine kasutaja või "
                  "sünkroonimisprogramm).")
            en = ("the file has been changed outside this window since it was opened "
                  "(another user or a sync program).")
        super().__init__(et, en, path=path)
        self.change = change


def snapshot(path: Path) -> DiskState | None:
    """The file's state now; None if there is no file."""
    try:
        path.stat()
    except FileNotFoundError:
        return None
    read = read_file_stat(path, MAX_BYTES)
    return DiskState.of(read.data, read.stat)


def changed_since(path: Path, known: DiskState | None) -> Change | None:
    """How the file differs from ``known`` (None: same content, or both absent)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None if known is None else Change.DELETED
    if known is None:
        return Change.CREATED
    if stat.st_size != known.size:
        return Change.MODIFIED
    now = snapshot(path)
    if now is None:
        return Change.DELETED
    return None if now.sha256 == known.sha256 else Change.MODIFIED


def check_unchanged(path: Path, known: DiskState | None) -> None:
    """Raise ChangedOnDiskError if ``path`` no longer is what we read or wrote."""
    change = changed_since(path, known)
    if change is not None:
        raise ChangedOnDiskError(path, change)
