"""Atomic writes: a temporary file beside the target, flushed, fsynced, then renamed.

A crash or a full disk at any moment leaves either the old file or the new one,
never a mix, and never a stray temporary file when we get the chance to clean up. The
temporary name is short (``temporary.py``) so any name the file system allows saves, and
older leftovers of a killed save are removed at the next save into the folder.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..errors import SaveError
from .os_errors import os_reason
from .temporary import clean_leftovers, make_temporary


def os_error_reason(exc: OSError) -> tuple[str, str]:
    """What went wrong in a failed write, in plain Estonian and English."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "kirjutamiseks puudub luba", "permission denied"
    if exc.errno == errno.ENOENT:
        return "kausta pole olemas", "the folder does not exist"
    return os_reason(exc)


def make_folder(path: str | Path) -> Path:
    """The output folder of a batch, made if missing; SaveError in plain words if not."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        et, en = os_error_reason(exc)
        raise SaveError(f"kausta ei saanud luua ({et}).",
                        f"could not create the folder ({en}).", path=folder) from None
    return folder


def save_error(path: Path, exc: OSError) -> SaveError:
    et, en = os_error_reason(exc)
    try:
        existed = path.is_file()
    except OSError:
        existed = True  # cannot tell (the drive dropped): what was there is untouched
    if existed:
        after_et, after_en = "Fail kettal on muutmata.", "The file on disk is unchanged."
    else:
        after_et = "Midagi ei salvestatud; proovige salvestada mujale."
        after_en = "Nothing was saved; try saving somewhere else."
    return SaveError(f"faili ei saanud salvestada: {et}. {after_et}",
                     f"could not save the file: {en}. {after_en}", path=path)


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None], *,
                 private: bool = False) -> None:
    """Call ``write`` with a file object, then put the result in place of ``path``.

    ``private``: readable by the owner only (recovery files, backups), from the first
    byte on, since mkstemp makes the temporary file 0600.
    """
    target = Path(path)
    _check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = make_temporary(folder)
    except OSError as exc:
        raise save_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        # Keep the permissions the user gave the file; a new one gets the usual ones
        # (mkstemp makes it private to the owner).
        if not private:
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise save_error(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    clean_leftovers(folder)


def _check_target(target: Path) -> None:
    """Refuse what a rename would get past: a folder, or a file the user made read-only."""
    try:
        st = target.stat()
    except OSError:
        return
    if stat.S_ISDIR(st.st_mode):
        raise save_error(target, OSError(errno.EISDIR, "Is a directory"))
    if stat.S_ISREG(st.st_mode) and not st.st_mode & stat.S_IWUSR:
        raise SaveError(
            "faili ei saanud salvestada: fail on kirjutuskaitstud. Fail kettal on muutmata.",
            "could not save the file: the file is read-only. The file on disk is unchanged.",
            path=target,
        )


def atomic_write_bytes(path: str | Path, data: bytes, *, private: bool = False) -> None:
    def write(handle: BinaryIO) -> None:
        handle.write(data)

    atomic_write(path, write, private=private)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder for this."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
