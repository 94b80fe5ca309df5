"""The product's temporary files: short names that fit any folder, and leftovers cleaned.

A temporary name built from the target's name fails where the target's name is already
near the file system's limit (255 bytes), so every temporary file is ``.~aj-<random>.tmp``
whatever it stands for. A save killed half-way leaves such a file behind; the next save
into that folder (or the start of the program, for its own folders) removes the ones that
are a few minutes old and that no running process holds: each writer keeps a lock on its
temporary file while it writes.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

PREFIX = ".~aj-"
SUFFIX = ".tmp"
LEFTOVER_AGE_S = 300  # older than any save still running
_RESCAN_S = 300  # a folder is looked through at most this often per process
_scanned: dict[Path, float] = {}

try:
    import fcntl
except ImportError:  # Windows: a file being written cannot be deleted there anyway
    fcntl = None  # type: ignore[assignment]


def make_temporary(folder: Path) -> tuple[int, Path]:
    """A new private (0600) temporary file in ``folder``, open and locked for writing."""
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=folder)
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks: age still guards
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd, Path(name)


def is_ours(name: str) -> bool:
    return name.startswith(PREFIX) and name.endswith(SUFFIX)


def clean_leftovers(folder: Path, *, now: float | None = None, force: bool = False) -> list[Path]:
    """Remove the product's old temporary files in ``folder``; never fails. Returns what
    was removed. Without ``force`` a folder is looked through once every few minutes."""
    moment = time.time() if now is None else now
    key = folder.absolute()
    if not force and moment - _scanned.get(key, -_RESCAN_S) < _RESCAN_S:
        return []
    _scanned[key] = moment
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if is_ours(e.name)]
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and moment - st.st_mtime > LEFTOVER_AGE_S and _unheld(path):
                path.unlink()
                removed.append(path)
    return removed


def _unheld(path: Path) -> bool:
    """No running process is writing it: its writer's lock is gone."""
    if fcntl is None:
        return True
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # closing releases the lock taken just now
    return True
