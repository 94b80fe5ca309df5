"""Saving a document safely: the one pipeline both Save and Save As go through.

1. serialise first, so a model problem never leaves anything half-done;
2. compare the file with what we read or last wrote (ChangedOnDiskError: the window asks);
3. keep the version being replaced as a backup (a failing backup is a warning, not a
   reason to lose the user's save);
4. write atomically (SaveError with a plain message; the old file stays whole);
5. remember the new disk state for the next save.

Steps 2 to 4 run with the folder locked against other saves (an OS lock, released by the
system if the process dies), so two programs saving one file a moment apart cannot both
pass the check: the second waits, then finds the file changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..ajx import MAX_BYTES, check_fits, to_bytes
from ..errors import FileFormatError, SaveError, UserError
from ..files.atomic import atomic_write_bytes, os_error_reason, save_error
from ..files.bounded import read_file
from ..model import JobDescription
from .backups import Backup, BackupStore
from .disk_state import DiskState, check_unchanged

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the check alone guards there
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
WAIT_S = 10.0  # a save holds the folder for milliseconds; longer means something is stuck


@dataclass(frozen=True)
class SaveResult:
    state: DiskState  # what is on disk now; pass it to the next save
    backup: Backup | None = None  # the previous version, kept
    warning: UserError | None = None  # saved, but the backup could not be made


def save_document(
    doc: JobDescription,
    path: str | Path,
    known: DiskState | None,
    *,
    backups: BackupStore | None = None,
    overwrite: bool = False,
) -> SaveResult:
    """Save ``doc`` to ``path``; ``known`` is the state when it was read (None: a new file).

    Raises ChangedOnDiskError if the file changed since (unless ``overwrite``, which the
    window passes once the user has said so) and SaveError if writing failed; in both
    cases the file on disk is untouched.
    """
    target = Path(path)
    try:
        data = check_fits(to_bytes(doc), target)
        with _saving_in(target.parent if str(target.parent) else Path(".")):
            if not overwrite:
                check_unchanged(target, known)
            backup, warning = _backup(target, backups)
            atomic_write_bytes(target, data)
            stat = target.stat()
    except OSError as exc:
        log.warning("save failed: %s: %s", target, exc.strerror)
        raise save_error(target, exc) from exc
    except FileFormatError as exc:  # too large to read back, or the file on disk unreadable
        raise SaveError(f"faili ei saanud salvestada: {exc.et} Fail kettal on muutmata.",
                        f"could not save the file: {exc.en} The file on disk is unchanged.",
                        path=target) from exc
    log.info("save: %s, %d bytes%s", target, len(data), ", backup kept" if backup else "")
    return SaveResult(DiskState.of(data, stat), backup, warning)


@contextlib.contextmanager
def _saving_in(folder: Path) -> Iterator[None]:
    """Hold ``folder`` against other saves; where locks are not possible (the folder
    cannot be opened, the file system has none), go on unguarded as before."""
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # a missing folder: the write reports it
        return
    try:
        deadline = time.monotonic() + WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise SaveError(
                        "faili ei saanud salvestada: teine programm salvestab samal ajal samasse "
                        "kausta. Fail kettal on muutmata; proovige uuesti.",
                        "could not save the file: another program is saving into the same "
                        "folder. The file on disk is unchanged; try again.", path=folder) from None
                time.sleep(0.005)
            except OSError:
                break  # no locks on this file system
        yield
    finally:
        os.close(fd)  # releases the lock


def _backup(target: Path, backups: BackupStore | None) -> tuple[Backup | None, UserError | None]:
    if backups is None or backups.keep == 0:
        return None, None
    try:
        stat = target.stat()
    except FileNotFoundError:
        return None, None  # a new file: nothing to keep
    try:
        previous = read_file(target, MAX_BYTES)
        written = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
        return backups.keep_version(target, previous, written), None
    except (UserError, OSError) as exc:
        cause = exc if isinstance(exc, OSError) else exc.__cause__
        if isinstance(cause, OSError):
            reason, reason_en = os_error_reason(cause)
        else:
            reason, reason_en = getattr(exc, "et", str(exc)), getattr(exc, "en", str(exc))
        return None, SaveError(
            f"eelmist versiooni ei saanud varukoopiaks hoida ({reason}).",
            f"the previous version could not be kept as a backup ({reason_en}).",
            path=target,
        )
