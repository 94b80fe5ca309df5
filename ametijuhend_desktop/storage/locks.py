"""A lock file beside the open document, so colleagues on a shared drive see who has it.

Named like LibreOffice's: ``.~lock.NAME#`` in the document's folder. It is a plain file made
with O_CREAT|O_EXCL, which works on network shares where OS-level locks do not. It holds one
line of JSON naming the user, machine, process and time. A lock whose process is gone on
this same machine is stale (a crash) and is replaced; a lock from another machine is never
judged stale, because we cannot see its processes: the user decides ("open anyway").
A lock file is input from others, so it is read bounded and every field is checked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import socket
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileFormatError, UserError
from ..files.bounded import read_start
from ..files.os_errors import os_reason
from ..files.temporary import clean_leftovers
from .files import pid_alive

log = logging.getLogger(__name__)

PREFIX = ".~lock."
MAX_LOCK_BYTES = 4096
_FIELD_CHARS = 200


def lock_path(path: Path) -> Path:
    return path.parent / f"{PREFIX}{path.name}#"


def _clean(value: object) -> str:
    """A field from someone else's file, safe to show: a short string, no control chars."""
    text = value if isinstance(value, str) else ""
    return "".join(c for c in text[:_FIELD_CHARS] if c.isprintable())


def _me() -> tuple[str, str]:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "?"
    return user, socket.gethostname()


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    time: dt.datetime | None
    token: str = ""

    @classmethod
    def current(cls) -> LockOwner:
        user, host = _me()
        return cls(user, host, os.getpid(), dt.datetime.now(dt.UTC), uuid.uuid4().hex)

    def to_bytes(self) -> bytes:
        value = {
            "app": "ametijuhend", "user": self.user, "host": self.host, "pid": self.pid,
            "time": self.time.isoformat() if self.time else None, "token": self.token,
        }
        return json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def parse(cls, data: bytes, fallback_time: dt.datetime | None) -> LockOwner:
        """Whatever is in the file: unreadable content gives an unknown owner, not an error."""
        try:
            value = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            return cls("?", "?", 0, fallback_time)
        pid = value.get("pid")
        when: dt.datetime | None = fallback_time
        with contextlib.suppress(TypeError, ValueError):
            when = dt.datetime.fromisoformat(value.get("time"))  # type: ignore[arg-type]
            if when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
        return cls(
            _clean(value.get("user")) or "?",
            _clean(value.get("host")) or "?",
            pid if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid < 2**31 else 0,
            when,
            _clean(value.get("token")),
        )

    def on_this_machine(self) -> bool:
        return self.host == socket.gethostname()

    def is_this_process(self) -> bool:
        return self.on_this_machine() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Left behind by a process that no longer runs on this machine."""
        return self.on_this_machine() and self.pid != os.getpid() and not pid_alive(self.pid)

    def describe(self, lang: str = "et") -> str:
        """"Mari Maasikas (arvuti PC-17), 23.11.2026 16:05" for a message."""
        when = self.time.astimezone().strftime("%d.%m.%Y %H:%M") if self.time else "?"
        machine = "computer" if lang == "en" else "arvuti"
        return f"{self.user} ({machine} {self.host}), {when}"


class LockedError(UserError):
    """Someone else has the file open; the window offers read-only or open anyway."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        if owner.user == owner.host == "?":  # garbage, a pipe, a link to nowhere
            et = (f"faili kõrval on lukustusfail „{lock_path(path).name}”, kuid sellest ei "
                  "selgu, kes faili kasutab (see võib olla seiskunud programmi jääk).")
            en = (f"there is a lock file “{lock_path(path).name}” beside the file, but it does "
                  "not say who is using the file (it may be left by a program that stopped).")
        else:
            et = f"faili on avanud {owner.describe('et')}."
            en = f"the file is open by {owner.describe('en')}."
        super().__init__(et, en, path=path)
        self.owner = owner


@dataclass
class FileLock:
    """Our hold on a document; ``held`` is False where no lock could be made (read-only share)."""

    document: Path
    owner: LockOwner
    held: bool
    problem: str = field(default="")

    @property
    def file(self) -> Path:
        return lock_path(self.document)

    def release(self) -> None:
        """Remove the lock, unless someone has taken it over meanwhile (open anyway)."""
        if not self.held:
            return
        self.held = False
        current = read_owner(self.document)
        if current is not None and current.token == self.owner.token:
            with contextlib.suppress(OSError):
                self.file.unlink()


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock on ``path``; None if there is no lock file."""
    file = lock_path(path)
    try:
        start = read_start(file, MAX_LOCK_BYTES)  # a pipe or device here never blocks
    except FileFormatError:
        if not os.path.lexists(file):
            return None
        return LockOwner("?", "?", 0, None)
    data = start.data
    stamp = dt.datetime.fromtimestamp(start.stat.st_mtime, dt.UTC)
    return LockOwner.parse(data, stamp)


def _create(file: Path, owner: LockOwner) -> None:
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, owner.to_bytes())
    finally:
        os.close(fd)


def acquire(path: str | Path) -> FileLock:
    """Lock ``path`` for this process; LockedError naming the holder if someone else has it.

    Opening a document to edit is also when its folder is cleared of the temporary files
    a killed save left there."""
    document = Path(path)
    me = LockOwner.current()
    file = lock_path(document)
    for _attempt in range(3):
        try:
            _create(file, me)
            clean_leftovers(document.parent if str(document.parent) else Path("."))
            return FileLock(document, me, held=True)
        except FileExistsError:
            owner = read_owner(document)
            if owner is None:
                continue  # removed meanwhile; try again
            if owner.is_this_process():
                return take_over(document)
            if not owner.is_stale():
                log.info("lock: %s is open elsewhere (this machine: %s)", document, owner.on_this_machine())
                raise LockedError(document, owner) from None
            # Stale: remove it, but only if it still is the same stale lock.
            if read_owner(document) == owner:
                with contextlib.suppress(OSError):
                    file.unlink()
        except OSError as exc:
            # A read-only folder or share: the file can still be opened, just not locked.
            log.info("lock: none possible beside %s (%s)", document, exc.strerror)
            return FileLock(document, me, held=False, problem=os_reason(exc)[1])
    owner = read_owner(document)
    if owner is None:
        return FileLock(document, me, held=False, problem="lock keeps changing")
    raise LockedError(document, owner)


def take_over(path: str | Path) -> FileLock:
    """Open anyway: replace whoever's lock with ours."""
    log.info("lock: taken over for %s", path)
    document = Path(path)
    me = LockOwner.current()
    file = lock_path(document)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~lock.", suffix=".tmp", dir=document.parent)
        try:
            os.write(fd, me.to_bytes())
        finally:
            os.close(fd)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, file)
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        return FileLock(document, me, held=False, problem=os_reason(exc)[1])
    return FileLock(document, me, held=True)
