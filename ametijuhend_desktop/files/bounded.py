"""The one bounded reader: every user file and every zip member the product reads.

A file the user points at may be a folder, a pipe, a device, a file that grows while it
is read, or a small zip that unpacks to gigabytes. Here it is opened without blocking,
only a regular file is read, never more than the caller's limit, and a zip member is
unpacked in slices that stop at the cap. Whatever goes wrong becomes one UserError in
Estonian and English, so no caller has to know zipfile's or the kernel's exceptions.
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from ..errors import FileFormatError, UserError
from .os_errors import os_reason

# (et, en) -> the error to raise: the template raises its own kind, with its own prefix.
Refusal = Callable[[str, str], UserError]
_CHUNK = 1 << 20
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


def refusal_for(path: str | Path) -> Refusal:
    """The default refusal: a FileFormatError naming ``path``."""
    return lambda et, en: FileFormatError(et, en, path=path)


def _mb(size: int) -> str:
    return f"{max(size, 1) // (1024 * 1024) or '<1'}"


def too_large(size: int | None, limit: int, refuse: Refusal) -> UserError:
    """The one "too large" message; ``size`` when it is known."""
    cap = _mb(limit)
    if size is None:
        return refuse(f"fail on liiga suur (lubatud kuni {cap} MB).",
                      f"the file is too large (at most {cap} MB is allowed).")
    return refuse(f"fail on liiga suur ({_mb(size)} MB; lubatud kuni {cap} MB).",
                  f"the file is too large ({_mb(size)} MB; at most {cap} MB is allowed).")


def _os_refusal(exc: OSError, refuse: Refusal) -> UserError:
    if isinstance(exc, FileNotFoundError):
        return refuse("faili ei leitud.", "the file was not found.")
    if isinstance(exc, IsADirectoryError):
        return refuse("see on kaust, mitte fail.", "this is a folder, not a file.")
    if isinstance(exc, PermissionError):
        return refuse("faili lugemiseks puudub luba.", "you have no permission to read the file.")
    et, en = os_reason(exc)
    return refuse(f"faili ei saanud lugeda ({et}).", f"the file could not be read ({en}).")


@dataclass(frozen=True)
class FileBytes:
    """What was read, and the file's status from the same open handle (for DiskState)."""

    data: bytes
    stat: os.stat_result


def read_file_stat(path: str | Path, limit: int, refuse: Refusal | None = None, *,
                   head: bool = False) -> FileBytes:
    """At most ``limit`` bytes of the regular file ``path``, with its status; a larger
    file is refused, or with ``head`` its first ``limit`` bytes are the answer.

    Opened with O_NONBLOCK, so a pipe or a device never blocks; ``fstat`` on that very
    handle decides whether it is a regular file; the read stops one byte past the limit,
    because a growing or lying file may hold more than its size said.
    """
    path = Path(path)
    refuse = refuse or refusal_for(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except ValueError:  # a NUL in the name: no file system allows one
        raise refuse("failinimes on keelatud märk.", "the file name has a forbidden character.") from None
    except OSError as exc:
        if isinstance(exc, PermissionError) and path.is_dir():  # Windows opens no folders
            raise refuse("see on kaust, mitte fail.", "this is a folder, not a file.") from None
        raise _os_refusal(exc, refuse) from None
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise refuse("see on kaust, mitte fail.", "this is a folder, not a file.")
        if not stat.S_ISREG(status.st_mode):
            raise refuse("see ei ole tavaline fail (vaid seade, toru või sokkel).",
                         "this is not an ordinary file (it is a device, a pipe or a socket).")
        if status.st_size > limit and not head:
            raise too_large(status.st_size, limit, refuse)
        chunks: list[bytes] = []
        total = 0
        want = limit if head else limit + 1
        step = max(_CHUNK, status.st_size + 1)  # a regular file in one read: no copy to join
        while total < want:
            chunk = os.read(fd, min(step, want - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _os_refusal(exc, refuse) from None
    finally:
        os.close(fd)
    if total > limit:
        raise too_large(None, limit, refuse)
    return FileBytes(b"".join(chunks), status)


def read_file(path: str | Path, limit: int, refuse: Refusal | None = None) -> bytes:
    """At most ``limit`` bytes of the regular file ``path`` (see ``read_file_stat``)."""
    return read_file_stat(path, limit, refuse).data


def read_start(path: str | Path, size: int) -> FileBytes:
    """The first ``size`` bytes of a regular file (a header, a lock's owner)."""
    return read_file_stat(path, size, head=True)


# --- zip members ------------------------------------------------------------------------


@dataclass(frozen=True)
class ZipLimits:
    """What one archive may hold: a small file can claim to unpack to gigabytes."""

    max_members: int = 5000
    max_total: int = 128 * 1024 * 1024  # all members unpacked
    max_member: int = 32 * 1024 * 1024  # one member unpacked
    max_ratio: int = 100  # unpacked / packed, for members over 1 MB


def damaged_zip(refuse: Refusal) -> UserError:
    """The one message for every way a zip package can be broken or unreadable."""
    return refuse("fail on vigane: selle ZIP-paketi osi ei saa lahti pakkida (fail on rikutud, "
                  "parooliga kaitstud või tundmatul viisil pakitud).",
                  "the file is damaged: the parts of its ZIP package cannot be unpacked (the "
                  "file is corrupt, password-protected or packed in an unknown way).")


# What a damaged zip raises when a member is read (bad deflate data, encryption, Deflate64).
ZIP_FAULTS = (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError,
               ValueError, OSError, KeyError)


class BoundedZip:
    """A zip package read from bytes, whose members come out only within the limits."""

    def __init__(self, data: bytes, refuse: Refusal, limits: ZipLimits | None = None,
                 not_zip: Refusal | None = None) -> None:
        self.data = data
        self.refuse = refuse
        self.limits = limits or ZipLimits()
        try:
            self.archive = zipfile.ZipFile(BytesIO(data))
            self.infos = self.archive.infolist()
        except ZIP_FAULTS:
            raise (not_zip or refuse)("see ei ole ZIP-pakett (Wordi dokument) või fail on "
                                      "rikutud.", "this is not a ZIP package (a Word document), "
                                      "or the file is damaged.") from None
        self._check_declared()
        self._unpacked = 0

    def _check_declared(self) -> None:
        limits = self.limits
        if len(self.infos) > limits.max_members:
            raise self.refuse(f"ZIP-paketis on liiga palju osi ({len(self.infos)}).",
                              f"the ZIP package has too many parts ({len(self.infos)}).")
        for info in self.infos:
            if info.flag_bits & 0x1:
                raise self.refuse("fail on parooliga kaitstud.", "the file is password-protected.")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise damaged_zip(self.refuse)
            bomb = (info.file_size > 1024 * 1024
                    and info.file_size > limits.max_ratio * max(info.compress_size, 1))
            if bomb or info.file_size > limits.max_member:
                raise self._too_large()
        if sum(info.file_size for info in self.infos) > limits.max_total:
            raise self._too_large()

    def _too_large(self) -> UserError:
        return self.refuse("fail on lahtipakituna liiga suur.", "the file is too large unpacked.")

    def names(self) -> list[str]:
        return [info.filename for info in self.infos]

    def read(self, member: str | zipfile.ZipInfo, limit: int | None = None) -> bytes:
        """One member's bytes, unpacked in slices that stop at the cap."""
        cap = min(limit if limit is not None else self.limits.max_member, self.limits.max_member)
        chunks: list[bytes] = []
        size = 0
        try:
            with self.archive.open(member) as handle:
                while chunk := handle.read(min(_CHUNK, cap + 1 - size) or 1):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > cap:
                        raise self._too_large()
        except UserError:
            raise
        except ZIP_FAULTS:
            raise damaged_zip(self.refuse) from None
        self._unpacked += size
        if self._unpacked > self.limits.max_total:
            raise self._too_large()
        return b"".join(chunks)

    def read_all(self, check: Callable[[str, bytes], None] | None = None) -> None:
        """Unpack every member once (each ``check``ed), so a later reader of the same bytes
        (python-docx) meets no corrupt stream and no surprise."""
        for info in self.infos:
            blob = self.read(info)
            if check is not None:
                check(info.filename, blob)
