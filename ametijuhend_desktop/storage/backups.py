"""Earlier versions: each save keeps the version it replaces in the per-user data folder.

``<user data>/backups/<hash of the document's path>/<UTC time it was saved>.ajx``, private
to the user, the oldest pruned beyond ``keep`` (a setting, default 5). The time in the name
is when that version was written (the replaced file's modification time), which is what
"Restore earlier version" shows. A backup is read with the safe .ajx reader.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..ajx import MAX_BYTES, from_bytes
from ..errors import UserError
from ..files.bounded import read_file
from ..files.user_folders import data_dir
from ..model import JobDescription
from .files import (
    path_key,
    private_dir,
    remove_quietly,
    write_private,
)

DEFAULT_KEEP = 5
MAX_KEEP = 100
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6})Z(?:-(\d{1,3}))?\.ajx$")
_FORMAT = "%Y%m%dT%H%M%S.%f"


def clamp_keep(value: object) -> int:
    """The backup count from settings, which may hold anything: an int in 0..MAX_KEEP."""
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return DEFAULT_KEEP
    return max(0, min(MAX_KEEP, number))


@dataclass(frozen=True)
class Backup:
    file: Path
    saved_at: dt.datetime  # when this version was written (UTC)
    size: int


def _parse(file: Path) -> Backup | None:
    match = _NAME.match(file.name)
    if not match:
        return None
    try:
        when = dt.datetime.strptime(match.group(1), _FORMAT).replace(tzinfo=dt.UTC)
        size = file.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(file, when, size)


class BackupStore:
    def __init__(self, base: Path | None = None, keep: object = DEFAULT_KEEP) -> None:
        self.root = (base if base is not None else data_dir()) / "backups"
        self.keep = clamp_keep(keep)

    def folder_for(self, document: Path) -> Path:
        return self.root / path_key(document)

    def versions(self, document: Path) -> list[Backup]:
        """The backups of ``document``, newest first."""
        try:
            files = list(self.folder_for(document).iterdir())
        except OSError:
            return []
        found = [b for f in files if (b := _parse(f)) is not None]
        return sorted(found, key=lambda b: (b.saved_at, b.file.name), reverse=True)

    def keep_version(self, document: Path, data: bytes, written: dt.datetime) -> Backup | None:
        """Store ``data`` (the version being replaced, written at ``written``), then prune.

        Nothing is stored when backups are off or the newest backup has the same bytes.
        Raises SaveError if the backup folder cannot be written.
        """
        if self.keep == 0:
            return None
        existing = self.versions(document)
        if existing and _same(existing[0].file, data):
            return None
        folder = private_dir(self.folder_for(document))
        stamp = written.astimezone(dt.UTC).strftime(_FORMAT)
        target = folder / f"{stamp}Z.ajx"
        count = 1
        while target.exists() and count < 1000:
            target = folder / f"{stamp}Z-{count}.ajx"
            count += 1
        write_private(target, data)
        self.prune(document)
        return _parse(target)

    def prune(self, document: Path) -> None:
        for old in self.versions(document)[self.keep:]:
            remove_quietly(old.file)

    def open(self, backup: Backup) -> JobDescription:
        """The backup as a document (to open as new and unsaved); FileFormatError if damaged."""
        return from_bytes(read_file(backup.file, MAX_BYTES), backup.file)


def _same(file: Path, data: bytes) -> bool:
    try:
        if file.stat().st_size != len(data):
            return False
        return hashlib.sha256(read_file(file, len(data))).digest() == hashlib.sha256(data).digest()
    except (OSError, UserError):
        return False
