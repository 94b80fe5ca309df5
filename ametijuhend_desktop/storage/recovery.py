"""Autosave of unsaved changes to a recovery file, and recovery after a crash.

One recovery file per open document in ``<user data>/recovery/``, named by a hash of the
document's path (or an id for a document never saved), private to the user (0600) and
written atomically. The original .ajx is never touched. The file is a header line, one
line of JSON metadata (original path, title, autosave time, process, the disk state the
edits started from) and then the document as .ajx bytes:

    AMETIJUHEND-RECOVERY 1
    {"original": "/home/mari/jobs/peaspetsialist.ajx", "saved_at": "2026-...", ...}
    <?xml version="1.0" encoding="UTF-8"?><ametijuhend ...

A recovery file is input like any other: bounded, every field checked, the document read
by the safe .ajx reader; a broken one is listed with its problem so it can be discarded.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..ajx import MAX_BYTES, from_bytes, to_bytes
from ..errors import FileFormatError, UserError
from ..files.bounded import read_file, read_start
from ..files.user_folders import data_dir
from ..model import JobDescription
from .disk_state import DiskState
from .files import (
    path_key,
    pid_alive,
    private_dir,
    remove_quietly,
    write_private,
)

log = logging.getLogger(__name__)

MAGIC = b"AMETIJUHEND-RECOVERY 1\n"
SUFFIX = ".ajr"
MAX_HEADER_BYTES = 64 * 1024
MAX_FILE_BYTES = len(MAGIC) + MAX_HEADER_BYTES + MAX_BYTES
MAX_ENTRIES = 200
_NAME = re.compile(r"^(?:[0-9a-f]{24}|new-[0-9a-f]{16})\.ajr$")
_TMP_AGE_S = 3600


def _broken(path: Path, why_et: str, why_en: str) -> FileFormatError:
    return FileFormatError(f"taastefail on vigane: {why_et}", f"the recovery file is damaged: {why_en}",
                           path=path)


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    file: Path
    original: Path | None  # None: a document that was never saved
    title: str
    saved_at: dt.datetime | None
    pid: int = 0
    host: str = ""
    base: DiskState | None = None  # the file on disk the edits started from
    error: UserError | None = None  # the header could not be read; only discarding helps

    def is_live(self) -> bool:
        """Still being written by another running Ametijuhend on this machine."""
        return (self.host == socket.gethostname() and self.pid != os.getpid()
                and pid_alive(self.pid))


def _header(doc: JobDescription, original: Path | None, base: DiskState | None) -> bytes:
    value = {
        "original": os.path.abspath(original) if original else None,
        "title": doc.general.job_title[:200],
        "saved_at": dt.datetime.now(dt.UTC).isoformat(),
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "base": base.to_dict() if base else None,
    }
    line = json.dumps(value, ensure_ascii=True).encode("ascii")
    if len(line) >= MAX_HEADER_BYTES:  # an absurd path; keep the edits all the same
        value["original"] = None
        line = json.dumps(value, ensure_ascii=True).encode("ascii")
    return line + b"\n"


def _split(data: bytes, file: Path) -> tuple[dict[str, object], bytes]:
    if not data.startswith(MAGIC):
        raise _broken(file, "see ei ole Ametijuhendi taastefail.", "this is not an Ametijuhend recovery file.")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        raise _broken(file, "päis puudub või on liiga pikk.", "the header is missing or too long.")
    try:
        header = json.loads(data[len(MAGIC):end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _broken(file, "päis ei ole loetav.", "the header cannot be read.") from None
    if not isinstance(header, dict):
        raise _broken(file, "päis ei ole loetav.", "the header cannot be read.")
    return header, data[end + 1:]


def _entry(file: Path, header: dict[str, object]) -> RecoveryEntry:
    original, title = header.get("original"), header.get("title")
    saved_at: dt.datetime | None = None
    raw_time = header.get("saved_at")
    if isinstance(raw_time, str) and len(raw_time) < 64:
        try:
            saved_at = dt.datetime.fromisoformat(raw_time)
        except ValueError:
            saved_at = None
        if saved_at is not None and saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=dt.UTC)
    pid, host = header.get("pid"), header.get("host")
    return RecoveryEntry(
        key=file.name.removesuffix(SUFFIX),
        file=file,
        original=Path(original) if isinstance(original, str) and original and "\0" not in original else None,
        title="".join(c for c in title[:200] if c.isprintable()) if isinstance(title, str) else "",
        saved_at=saved_at,
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid < 2**31 else 0,
        host=host[:255] if isinstance(host, str) else "",
        base=DiskState.from_dict(header.get("base")),
    )


class RecoveryStore:
    """The recovery folder; ``base`` is the per-user data folder (a temporary one in tests)."""

    def __init__(self, base: Path | None = None) -> None:
        self.folder = (base if base is not None else data_dir()) / "recovery"

    @staticmethod
    def key_for(path: Path | None) -> str:
        """The key of a saved document (its path) or a fresh one for a new document."""
        return path_key(path) if path is not None else f"new-{uuid.uuid4().hex[:16]}"

    def file_for(self, key: str) -> Path:
        if not _NAME.match(key + SUFFIX):
            raise ValueError(f"not a recovery key: {key!r}")
        return self.folder / (key + SUFFIX)

    def save(self, key: str, doc: JobDescription, original: Path | None,
             base: DiskState | None = None) -> Path:
        """Autosave ``doc``; SaveError with a plain message if the folder cannot be written."""
        data = MAGIC + _header(doc, original, base) + to_bytes(doc)
        private_dir(self.folder)
        file = self.file_for(key)
        write_private(file, data)
        log.debug("recovery: autosaved %s", file)
        return file

    def discard(self, key: str) -> None:
        remove_quietly(self.file_for(key))

    def load(self, entry: RecoveryEntry) -> JobDescription:
        """The recovered document; FileFormatError (plain message) if the file is damaged."""
        log.info("recovery: opening %s", entry.file)
        return read_recovery_file(entry.file)[1]

    def list_recoverable(self, include_live: bool = False) -> list[RecoveryEntry]:
        """Documents left unsaved by a crash, newest first.

        Recovery files that another running Ametijuhend still writes are left out unless
        ``include_live``; damaged ones are listed with ``error`` set, so they can be discarded.
        """
        try:
            names = [p for p in self.folder.iterdir() if _NAME.match(p.name)]
        except OSError:
            return []
        self._remove_old_temporaries()
        entries: list[RecoveryEntry] = []
        for file in sorted(names, key=_mtime, reverse=True)[:MAX_ENTRIES]:
            try:
                head = read_start(file, len(MAGIC) + MAX_HEADER_BYTES).data
                header, _ = _split(head, file)
                entry = _entry(file, header)
            except FileFormatError as exc:
                entry = RecoveryEntry(file.name.removesuffix(SUFFIX), file, None, "",
                                      _mtime_utc(file), error=exc)
            except OSError:
                continue
            if include_live or not entry.is_live():
                entries.append(entry)
        return entries

    def _remove_old_temporaries(self) -> None:
        # Left by a crash in the middle of an autosave; never the one being written now.
        for tmp in self.folder.glob(".~*.tmp"):
            if time.time() - _mtime(tmp) > _TMP_AGE_S:
                remove_quietly(tmp)


def read_recovery_file(file: Path) -> tuple[RecoveryEntry, JobDescription]:
    """One recovery file, header and document; FileFormatError if it is damaged."""
    data = read_file(file, MAX_FILE_BYTES)
    header, body = _split(data, file)
    return _entry(file, header), from_bytes(body, file)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _mtime_utc(path: Path) -> dt.datetime | None:
    stamp = _mtime(path)
    return dt.datetime.fromtimestamp(stamp, dt.UTC) if stamp else None
