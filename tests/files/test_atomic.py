"""Saving is atomic: a failure at any write step leaves the old file whole and no debris."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import SaveError
from ametijuhend_desktop.files import atomic as atomic_module
from ametijuhend_desktop.files import temporary
from ametijuhend_desktop.library.new_document import new_document

OLD = new_document()
NEW = new_document()
NEW.general.job_title = "Uus ametinimetus"


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "dok.ajx"
    ajx.write_file(OLD, path)
    return path


@pytest.mark.parametrize("step", ["mkstemp", "fdopen", "fsync", "replace"])
@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "kettal pole ruumi"), (errno.EACCES, "puudub luba"), (errno.EIO, "sisend-väljundviga")],
)
def test_a_failing_step_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, code: int, words: str
) -> None:
    path = _saved(tmp_path)
    before = path.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    target = temporary.tempfile if step == "mkstemp" else atomic_module.os
    monkeypatch.setattr(target, step, fail)
    with pytest.raises(SaveError) as info:
        ajx.write_file(NEW, path)
    monkeypatch.undo()
    assert words in info.value.message("et")
    assert "muutmata" in info.value.message("et")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dok.ajx"]


def test_a_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        ajx.write_file(NEW, tmp_path)
    assert "kaust" in info.value.message("et")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        ajx.write_file(NEW, tmp_path / "pole" / "dok.ajx")
    assert "kausta pole olemas" in info.value.message("et")


def test_success_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    path.chmod(0o640)
    ajx.write_file(NEW, path)
    assert ajx.read_file(path) == NEW
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dok.ajx"]


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    before = path.read_bytes()
    path.chmod(0o444)
    with pytest.raises(SaveError) as info:
        ajx.write_file(NEW, path)
    assert "kirjutuskaitstud" in info.value.message("et")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dok.ajx"]


def test_a_new_file_that_cannot_be_made_says_nothing_was_saved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(temporary.tempfile, "mkstemp", full)
    with pytest.raises(SaveError) as info:
        ajx.write_file(NEW, tmp_path / "uus.ajx")
    assert "Midagi ei salvestatud; proovige salvestada mujale." in info.value.message("et")
    assert "muutmata" not in info.value.message("et")
