"""Two processes saving the same file a moment apart: the second is told, not obeyed."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.storage import save as save_module
from ametijuhend_desktop.storage.disk_state import ChangedOnDiskError, DiskState, snapshot
from ametijuhend_desktop.storage.save import save_document

FORK = multiprocessing.get_context("fork")


def _slow_saver(path: Path, known: DiskState, checked: Path) -> None:
    """The other program: it passes the check, then takes a moment before writing."""
    real = save_module.check_unchanged

    def check_then_dawdle(target: Path, state: DiskState | None) -> None:
        real(target, state)
        checked.touch()
        time.sleep(0.5)

    save_module.check_unchanged = check_then_dawdle  # type: ignore[assignment]
    doc = new_document()
    doc.general.job_title = "Teise programmi versioon"
    save_document(doc, path, known)


@pytest.mark.slow
@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to patch the saver")
def test_of_two_saves_of_one_version_only_the_first_wins(tmp_path: Path) -> None:
    path = tmp_path / "dok.ajx"
    ajx.write_file(new_document(), path)
    known = snapshot(path)
    assert known is not None
    checked = tmp_path / "checked"
    other = FORK.Process(target=_slow_saver, args=(path, known, checked))
    other.start()
    try:
        for _ in range(500):
            if checked.exists():
                break
            time.sleep(0.01)
        mine = new_document()
        mine.general.job_title = "Minu versioon"
        with pytest.raises(ChangedOnDiskError):
            save_document(mine, path, known)
    finally:
        other.join(10)
    assert other.exitcode == 0
    assert ajx.read_file(path).general.job_title == "Teise programmi versioon"
