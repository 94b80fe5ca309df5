"""Autosave to recovery: private, atomic, listed after a crash, discarded on a clean close."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import FileFormatError, SaveError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import JobDescription
from ametijuhend_desktop.opening import open_document
from ametijuhend_desktop.storage import files
from ametijuhend_desktop.storage.recovery import MAGIC, RecoveryStore


def _doc(title: str = "Peaspetsialist") -> JobDescription:
    doc = new_document()
    doc.general.job_title = title
    return doc


def test_autosave_is_listed_with_path_and_time_and_recovers(tmp_path: Path) -> None:
    original = tmp_path / "töö" / "peaspetsialist.ajx"
    original.parent.mkdir()
    ajx.write_file(_doc(), original)
    before = original.read_bytes()
    _, state = (opened := open_document(original)).doc, opened.state
    store = RecoveryStore(tmp_path / "data")
    key = store.key_for(original)
    edited = _doc("Peaspetsialist (muudetud õhtul)")
    store.save(key, edited, original, state)
    [entry] = store.list_recoverable(include_live=True)
    assert entry.original == original
    assert entry.title == "Peaspetsialist (muudetud õhtul)"
    assert entry.saved_at is not None
    assert abs(entry.saved_at - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=10)
    assert entry.base == state
    assert entry.error is None
    assert store.load(entry) == edited
    assert original.read_bytes() == before  # autosave never touches the original


def test_recovery_file_is_private(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    file = store.save(store.key_for(None), _doc(), None)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert [p.name for p in store.folder.iterdir()] == [file.name]


def test_one_file_per_document_and_discard(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    a, b = store.key_for(tmp_path / "a.ajx"), store.key_for(None)
    store.save(a, _doc("A"), tmp_path / "a.ajx")
    store.save(a, _doc("A2"), tmp_path / "a.ajx")
    store.save(b, _doc("B"), None)
    titles = sorted(e.title for e in store.list_recoverable(include_live=True))
    assert titles == ["A2", "B"]
    store.discard(a)
    [left] = store.list_recoverable(include_live=True)
    assert left.title == "B"
    assert left.original is None


def test_a_live_instance_keeps_its_recovery_to_itself(tmp_path: Path) -> None:
    # Written by another process that still runs: not offered; once it is gone, offered.
    script = (
        "import sys; from pathlib import Path\n"
        "from ametijuhend_desktop.storage.recovery import RecoveryStore\n"
        "from ametijuhend_desktop.library.new_document import new_document\n"
        "s = RecoveryStore(Path(sys.argv[1])); s.save(s.key_for(None), new_document(), None)\n"
        "print('ok', flush=True); sys.stdin.read()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"ok\n"
        store = RecoveryStore(tmp_path)
        assert store.list_recoverable() == []
        assert len(store.list_recoverable(include_live=True)) == 1
    finally:
        proc.kill()
        proc.wait()
    assert len(RecoveryStore(tmp_path).list_recoverable()) == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "ei ole Ametijuhendi taastefail"),
        (b"<ametijuhend/>", "ei ole Ametijuhendi taastefail"),
        (MAGIC + b"{" * 70000, "päis puudub või on liiga pikk"),
        (MAGIC + b"[1, 2]\n<x/>", "päis ei ole loetav"),
        (MAGIC + b"\xff\xfe\n<x/>", "päis ei ole loetav"),
        (MAGIC + b"[" * 5000 + b"\n", "päis ei ole loetav"),
        (MAGIC + b'{"original": 5, "saved_at": "eile"}\n<x/>', "mitte ametijuhend"),
    ],
)
def test_a_damaged_recovery_file_is_listed_and_explained(
    tmp_path: Path, content: bytes, words: str
) -> None:
    store = RecoveryStore(tmp_path)
    store.folder.mkdir(parents=True)
    file = store.folder / "new-0123456789abcdef.ajr"
    file.write_bytes(content)
    [entry] = store.list_recoverable()
    with pytest.raises(FileFormatError) as info:
        if entry.error is not None:
            raise entry.error
        store.load(entry)
    assert words in info.value.message("et")
    store.discard(entry.key)
    assert store.list_recoverable() == []


def test_strange_files_in_the_folder_are_ignored(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.folder.mkdir(parents=True)
    (store.folder / "notes.txt").write_text("x")
    (store.folder / "NEW-XYZ.ajr").write_text("x")
    (store.folder / "sub.ajr").mkdir()
    assert store.list_recoverable() == []
    with pytest.raises(ValueError):
        store.file_for("../escape")


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC, errno.EIO])
def test_a_failing_autosave_is_a_plain_save_error_and_keeps_the_last_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    store = RecoveryStore(tmp_path)
    key = store.key_for(None)
    store.save(key, _doc("vana"), None)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(SaveError) as info:
        store.save(key, _doc("uus"), None)
    monkeypatch.undo()
    assert info.value.message("et").startswith(str(store.folder))
    assert any(w in info.value.message("et") for w in ("puudub luba", "pole ruumi", "sisend-väljund"))
    [entry] = store.list_recoverable(include_live=True)
    assert entry.title == "vana"
    assert sorted(p.name for p in store.folder.iterdir()) == [key + ".ajr"]
