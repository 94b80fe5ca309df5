"""Temporary files: any name the file system takes saves; a killed save's debris goes."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.errors import SaveError
from ametijuhend_desktop.files import temporary
from ametijuhend_desktop.files.atomic import atomic_write_bytes
from ametijuhend_desktop.files.temporary import clean_leftovers
from ametijuhend_desktop.library.new_document import new_document

HOUR_AGO = time.time() - 3600


def _longest_name(suffix: str) -> str:
    """A 242-byte name (Estonian letters take two bytes), as in issue 15."""
    stem = "ä" * ((242 - len(suffix)) // 2)
    name = stem + "a" * (242 - len((stem + suffix).encode())) + suffix
    assert len(name.encode()) == 242
    return name


def test_a_242_byte_name_saves_and_exports(tmp_path: Path) -> None:
    doc = new_document()
    doc.general.job_title = "Peaspetsialist"
    source = tmp_path / _longest_name(".ajx")
    ajx.write_file(doc, source)
    assert ajx.read_file(source) == doc
    out = export_document(doc, tmp_path / _longest_name(".docx"))
    assert out.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([source.name, out.name])


def test_a_name_too_long_for_any_file_is_told_in_one_language(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(tmp_path / ("a" * 256), b"x")
    assert "nimi on liiga pikk" in info.value.message("et")
    assert "too long" not in info.value.message("et")
    assert "name is too long" in info.value.message("en")
    assert list(tmp_path.iterdir()) == []


def _leftover(folder: Path, name: str, when: float = HOUR_AGO) -> Path:
    path = folder / name
    path.write_bytes(b"half a save" * 1000)
    os.utime(path, (when, when))
    return path


@pytest.fixture(autouse=True)
def _fresh_process() -> None:
    temporary._scanned.clear()  # as if the program had just started


def test_the_next_save_into_a_folder_removes_old_leftovers_only(tmp_path: Path) -> None:
    old = _leftover(tmp_path, ".~aj-k1ll3d.tmp")
    fresh = _leftover(tmp_path, ".~aj-wr1t1ng.tmp", time.time())
    users_own = _leftover(tmp_path, ".~aj-märkmed.txt")
    held = _leftover(tmp_path, ".~aj-h3ld.tmp")
    (tmp_path / ".~aj-kaust.tmp").mkdir()
    with open(held, "rb") as holder:  # another process still writing it
        fcntl.flock(holder, fcntl.LOCK_EX)
        ajx.write_file(new_document(), tmp_path / "dok.ajx")
    assert not old.exists()
    assert fresh.exists() and users_own.exists() and held.exists()
    assert (tmp_path / ".~aj-kaust.tmp").is_dir()
    assert clean_leftovers(tmp_path, force=True) == [held]  # once its writer is gone


def test_opening_a_document_to_edit_clears_its_folder(tmp_path: Path) -> None:
    from ametijuhend_desktop.storage import locks

    path = tmp_path / "dok.ajx"
    ajx.write_file(new_document(), path)
    temporary._scanned.clear()
    old = _leftover(tmp_path, ".~aj-k1ll3d.tmp")
    lock = locks.acquire(path)
    try:
        assert not old.exists()
    finally:
        lock.release()
