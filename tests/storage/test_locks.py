"""Lock files beside the document: who has it, stale locks replaced, released on close."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ametijuhend_desktop.storage.locks import (
    LockedError,
    LockOwner,
    acquire,
    lock_path,
    read_owner,
    take_over,
)


def _doc(tmp_path: Path) -> Path:
    path = tmp_path / "peaspetsialist.ajx"
    path.write_bytes(b"<x/>")
    return path


def _write_lock(path: Path, **fields: object) -> None:
    value = {"user": "mari", "host": "PC-17", "pid": 4242, "time": "2026-11-23T14:05:00+00:00"}
    value.update(fields)
    lock_path(path).write_text(json.dumps(value))


def test_lock_is_named_like_libreoffice_and_names_us(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    lock = acquire(path)
    assert lock.held
    assert lock.file == tmp_path / ".~lock.peaspetsialist.ajx#"
    owner = read_owner(path)
    assert owner is not None
    assert owner.host == socket.gethostname()
    assert owner.pid == lock.owner.pid
    assert owner.time is not None
    lock.release()
    assert not lock.file.exists()
    assert path.read_bytes() == b"<x/>"


def test_locked_by_someone_else_names_who_and_when(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    _write_lock(path, user="Mari Maasikas")
    with pytest.raises(LockedError) as info:
        acquire(path)
    assert info.value.owner.user == "Mari Maasikas"
    message = info.value.message("et")
    assert "faili on avanud Mari Maasikas (arvuti PC-17)" in message
    assert "23.11.2026" in message
    assert "Mari Maasikas (computer PC-17)" in info.value.message("en")


def test_a_stale_lock_on_this_machine_is_replaced(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    _write_lock(path, host=socket.gethostname(), pid=gone.pid)
    lock = acquire(path)
    assert lock.held
    owner = read_owner(path)
    assert owner is not None and owner.token == lock.owner.token


def test_a_live_process_on_this_machine_keeps_its_lock(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _write_lock(path, host=socket.gethostname(), pid=alive.pid)
        with pytest.raises(LockedError):
            acquire(path)
    finally:
        alive.kill()
        alive.wait()
    assert acquire(path).held  # now it is stale


def test_open_anyway_takes_over_and_the_first_holder_leaves_it(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    first = acquire(path)
    second = take_over(path)
    first.release()  # must not remove the lock the second one holds now
    owner = read_owner(path)
    assert owner is not None and owner.token == second.owner.token
    second.release()
    assert read_owner(path) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00", b"[" * 100000, b"null", b'{"pid": true, "user": ["x"]}',
     b'{"user": "\\u0007\\u001b[31mMari", "pid": 99999999999, "time": "homme"}',
     b'{"user": "' + b"x" * 5000 + b'"}', b",LIBREOFFICE,pc,23.11.2026 14:05,file:///x;"],
)
def test_a_hostile_lock_file_is_someone_unknown_never_a_crash(tmp_path: Path, content: bytes) -> None:
    path = _doc(tmp_path)
    lock_path(path).write_bytes(content)
    with pytest.raises(LockedError) as info:
        acquire(path)
    owner = info.value.owner
    assert all(c.isprintable() for c in owner.user + owner.host)
    assert len(owner.user) <= 200
    assert owner.time is not None  # falls back to the lock file's time
    assert take_over(path).held


@pytest.mark.parametrize("odd", ["pipe", "dangling link", "link to a pipe", "garbage"])
def test_an_odd_lock_file_never_blocks_and_is_said_plainly(tmp_path: Path, odd: str) -> None:
    """A lock that is a pipe, a link to nowhere or to a pipe, or unreadable: Open neither
    hangs nor opens unlocked without a word; it says what is there, and Open anyway
    replaces the link itself (never what it points to)."""
    import os

    path = _doc(tmp_path)
    lock = lock_path(path)
    pipe = tmp_path / "toru"
    if odd == "pipe":
        os.mkfifo(lock)
    elif odd == "dangling link":
        lock.symlink_to(tmp_path / "pole-olemas")
    elif odd == "link to a pipe":
        os.mkfifo(pipe)
        lock.symlink_to(pipe)
    else:
        lock.write_bytes(b"\x00\xff" * 10)
    with pytest.raises(LockedError) as info:
        acquire(path)
    assert "lukustusfail „.~lock.peaspetsialist.ajx#”" in info.value.message("et")
    assert "does not say who" in info.value.message("en")
    held = take_over(path)
    assert held.held and not lock.is_symlink()
    assert read_owner(path) == held.owner
    if odd == "link to a pipe":
        assert pipe.exists() and not pipe.is_file()  # the pipe itself untouched
    held.release()
    assert not os.path.lexists(lock)


def test_a_read_only_folder_opens_without_a_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _doc(tmp_path)

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("ametijuhend_desktop.storage.locks.os.open", refuse)
    lock = acquire(path)
    assert not lock.held
    assert lock.problem
    lock.release()


def test_owner_round_trip() -> None:
    me = LockOwner.current()
    assert LockOwner.parse(me.to_bytes(), None) == me
    assert me.is_this_process() and not me.is_stale()
