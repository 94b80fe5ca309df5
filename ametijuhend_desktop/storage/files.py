"""Small file helpers shared by the storage modules: the per-user folder, private atomic
writes and whether a process is still alive.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

from ..files.atomic import atomic_write_bytes, save_error


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by the user; SaveError if impossible."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        raise save_error(path, exc) from exc
    return path


def path_key(path: Path) -> str:
    """A stable, file-name-safe key for a document's path (its absolute form, hashed)."""
    absolute = os.path.normcase(os.path.abspath(path))
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600; SaveError with a plain message.

    The document is never readable by others, not even for a moment.
    """
    atomic_write_bytes(path, data, private=True)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (True when unsure)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks; never sends anything
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process stays a zombie until its parent reaps it: it runs no more."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read(4096)
    except OSError:
        return False  # no /proc (macOS) or gone meanwhile: os.kill already said it exists
    state = stat[stat.rfind(b")") + 2 : stat.rfind(b")") + 3]
    return state in (b"Z", b"X")


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill on Windows would terminate the process, so ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
