"""The save pipeline: changed-on-disk check, backup, atomic write, new disk state.

Faults are injected at each write step by patching the os calls: the save fails with a
plain message, the file on disk stays the old version byte for byte, no debris is left.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import SaveError
from ametijuhend_desktop.files import atomic as atomic_module
from ametijuhend_desktop.files import temporary as temporary_module
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import JobDescription
from ametijuhend_desktop.opening import open_document
from ametijuhend_desktop.storage import files as files_module
from ametijuhend_desktop.storage import save as save_module
from ametijuhend_desktop.storage.backups import BackupStore
from ametijuhend_desktop.storage.disk_state import (
    Change,
    ChangedOnDiskError,
    DiskState,
    snapshot,
)
from ametijuhend_desktop.storage.save import save_document


def _doc(title: str) -> JobDescription:
    doc = new_document()
    doc.general.job_title = title
    return doc


Opened = tuple[Path, JobDescription, DiskState]


@pytest.fixture
def opened(tmp_path: Path) -> Opened:
    path = tmp_path / "docs" / "dok.ajx"
    path.parent.mkdir()
    ajx.write_file(_doc("Esimene"), path)
    doc, state = (opened := open_document(path)).doc, opened.state
    return path, doc, state


def test_save_keeps_the_previous_version_and_returns_the_new_state(tmp_path: Path, opened: Opened) -> None:
    path, doc, state = opened
    store = BackupStore(tmp_path / "data")
    doc.general.job_title = "Teine"
    result = save_document(doc, path, state, backups=store)
    assert ajx.read_file(path).general.job_title == "Teine"
    assert result.state == snapshot(path)
    assert result.backup is not None and result.warning is None
    assert store.open(result.backup).general.job_title == "Esimene"
    doc.general.job_title = "Kolmas"
    save_document(doc, path, result.state, backups=store)  # no false alarm after our own save
    assert [store.open(b).general.job_title for b in store.versions(path)] == ["Teine", "Esimene"]


def test_a_change_by_someone_else_is_never_overwritten_silently(opened: Opened) -> None:
    path, _, state = opened
    ajx.write_file(_doc("Kolleegi muudatus"), path)
    with pytest.raises(ChangedOnDiskError) as info:
        save_document(_doc("Minu muudatus"), path, state)
    assert info.value.change is Change.MODIFIED
    assert "muudetud väljaspool" in info.value.message("et")
    assert ajx.read_file(path).general.job_title == "Kolleegi muudatus"
    save_document(_doc("Minu muudatus"), path, state, overwrite=True)  # the user said so
    assert ajx.read_file(path).general.job_title == "Minu muudatus"


def test_same_bytes_rewritten_by_a_sync_client_is_no_change(opened: Opened) -> None:
    path, doc, state = opened
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)
    os.utime(path, (1, 1))
    save_document(doc, path, state)


def test_deleted_and_appeared(opened: Opened) -> None:
    path, doc, state = opened
    path.unlink()
    with pytest.raises(ChangedOnDiskError) as info:
        save_document(doc, path, state)
    assert info.value.change is Change.DELETED
    assert not path.exists()
    other = path.with_name("uus.ajx")
    other.write_bytes(b"kellegi fail")
    with pytest.raises(ChangedOnDiskError) as info:
        save_document(doc, other, None)  # Save As onto a file that appeared meanwhile
    assert info.value.change is Change.CREATED
    assert other.read_bytes() == b"kellegi fail"


def test_the_folder_is_gone(opened: Opened) -> None:
    path, doc, state = opened
    shutil.rmtree(path.parent)
    with pytest.raises(SaveError) as info:
        save_document(doc, path, state, overwrite=True)
    assert "kausta pole olemas" in info.value.message("et")


CODES = [(errno.ENOSPC, "kettal pole ruumi"), (errno.EACCES, "kirjutamiseks puudub luba"),
         (errno.EIO, "sisend-väljundviga")]
WRITE_STEPS = [(temporary_module.tempfile, "mkstemp"), (atomic_module.os, "fdopen"),
               (atomic_module.os, "fsync"), (atomic_module.os, "chmod"),
               (atomic_module.os, "replace")]


def _fail(code: int) -> Callable[..., None]:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))
    return fail


@pytest.mark.parametrize(("module", "step"), WRITE_STEPS, ids=[s for _, s in WRITE_STEPS])
@pytest.mark.parametrize(("code", "words"), CODES, ids=["ENOSPC", "EACCES", "EIO"])
def test_a_failing_write_step_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: Opened, module: object, step: str, code: int, words: str
) -> None:
    path, doc, state = opened
    before = path.read_bytes()
    doc.general.job_title = "Uus"
    monkeypatch.setattr(module, step, _fail(code))
    with pytest.raises(SaveError) as info:
        save_document(doc, path, state, backups=BackupStore(tmp_path / "data"))
    monkeypatch.undo()
    message = info.value.message("et")
    assert message == f"{path}: faili ei saanud salvestada: {words}" + message.split(words, 1)[1]
    assert "Fail kettal on muutmata." in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["dok.ajx"]
    assert snapshot(path) == state  # and the next save, once the disk is fine, just works
    save_document(doc, path, state)
    assert ajx.read_file(path).general.job_title == "Uus"


@pytest.mark.parametrize(("code", "words"), CODES, ids=["ENOSPC", "EACCES", "EIO"])
def test_reading_the_file_for_the_check_fails(
    monkeypatch: pytest.MonkeyPatch, opened: Opened, code: int, words: str
) -> None:
    # The network drive drops while we look at the file before writing.
    path, doc, state = opened
    before = path.read_bytes()
    real_stat = Path.stat

    def flaky(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        if self == path:
            raise OSError(code, os.strerror(code))
        return real_stat(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", flaky)
    with pytest.raises(SaveError) as info:
        save_document(doc, path, state)
    monkeypatch.undo()
    assert words in info.value.message("et")
    assert path.read_bytes() == before


@pytest.mark.parametrize(("code", "words"), CODES, ids=["ENOSPC", "EACCES", "EIO"])
@pytest.mark.parametrize("step", ["mkstemp", "replace", "mkdir"])
def test_a_failing_backup_is_a_warning_and_the_save_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: Opened, step: str, code: int, words: str
) -> None:
    path, doc, state = opened
    doc.general.job_title = "Uus"
    data = str(tmp_path / "data")
    real = {"mkstemp": temporary_module.tempfile.mkstemp, "replace": files_module.os.replace,
            "mkdir": Path.mkdir}[step]

    def fail_in_data_folder(*args: object, **kwargs: object) -> object:
        # Only the backup folder fails (a full or read-only local disk); the share is fine.
        if any(str(a).startswith(data) for a in (*args, *kwargs.values())):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)  # type: ignore[operator]

    if step == "mkdir":
        monkeypatch.setattr(Path, "mkdir", fail_in_data_folder)
    else:
        module = temporary_module.tempfile if step == "mkstemp" else files_module.os
        monkeypatch.setattr(module, step, fail_in_data_folder)
    result = save_document(doc, path, state, backups=BackupStore(tmp_path / "data"))
    monkeypatch.undo()
    assert ajx.read_file(path).general.job_title == "Uus"
    assert result.backup is None and result.warning is not None
    assert words in result.warning.message("et")
    assert "varukoopiaks" in result.warning.message("et")


def test_a_model_that_cannot_be_written_changes_nothing(monkeypatch: pytest.MonkeyPatch, opened: Opened) -> None:
    path, doc, state = opened
    before = path.read_bytes()

    def broken(doc: JobDescription) -> bytes:
        raise RuntimeError("bug")

    monkeypatch.setattr(save_module, "to_bytes", broken)
    with pytest.raises(RuntimeError):
        save_document(doc, path, state)
    assert path.read_bytes() == before
