"""Earlier versions: kept on each save, pruned to the setting, listed with dates, reopened."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.storage.backups import DEFAULT_KEEP, BackupStore, clamp_keep

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _version(n: int) -> bytes:
    doc = new_document()
    doc.general.job_title = f"Versioon {n}"
    return ajx.to_bytes(doc)


def test_keeps_the_newest_and_prunes_the_oldest(tmp_path: Path) -> None:
    store = BackupStore(tmp_path, keep=3)
    document = tmp_path / "dok.ajx"
    for n in range(6):
        store.keep_version(document, _version(n), T0 + dt.timedelta(minutes=n))
    kept = store.versions(document)
    assert [b.saved_at for b in kept] == [T0 + dt.timedelta(minutes=n) for n in (5, 4, 3)]
    assert [store.open(b).general.job_title for b in kept] == ["Versioon 5", "Versioon 4", "Versioon 3"]
    assert all(stat.S_IMODE(b.file.stat().st_mode) == 0o600 for b in kept)


def test_same_bytes_twice_are_kept_once_and_same_second_twice_both(tmp_path: Path) -> None:
    store = BackupStore(tmp_path)
    document = tmp_path / "dok.ajx"
    store.keep_version(document, _version(1), T0)
    assert store.keep_version(document, _version(1), T0 + dt.timedelta(seconds=5)) is None
    store.keep_version(document, _version(2), T0)
    assert len(store.versions(document)) == 2


def test_documents_do_not_share_backups(tmp_path: Path) -> None:
    store = BackupStore(tmp_path)
    store.keep_version(tmp_path / "a.ajx", _version(1), T0)
    assert store.versions(tmp_path / "b.ajx") == []


@pytest.mark.parametrize(
    ("setting", "expected"),
    [(None, DEFAULT_KEEP), ("7", 7), ("palju", DEFAULT_KEEP), (-3, 0), (10**100, 100),
     (float("nan"), DEFAULT_KEEP), (float("inf"), DEFAULT_KEEP), ([], DEFAULT_KEEP), (2.9, 2)],
)
def test_the_count_setting_is_treated_as_hostile(setting: object, expected: int) -> None:
    assert clamp_keep(setting) == expected


def test_zero_keeps_nothing(tmp_path: Path) -> None:
    store = BackupStore(tmp_path, keep=0)
    assert store.keep_version(tmp_path / "d.ajx", _version(1), T0) is None
    assert not store.root.exists()


def test_a_damaged_backup_opens_with_a_clear_error(tmp_path: Path) -> None:
    store = BackupStore(tmp_path)
    document = tmp_path / "dok.ajx"
    backup = store.keep_version(document, _version(1), T0)
    assert backup is not None
    backup.file.write_bytes(b"<ametijuhend")
    with pytest.raises(FileFormatError) as info:
        store.open(backup)
    assert "katkendlik" in info.value.message("et")
    # Files that are not backups are not listed.
    (backup.file.parent / "märkmed.txt").write_text("x")
    (backup.file.parent / "20261399T990000.000000Z.ajx").write_text("x")
    assert [b.file for b in store.versions(document)] == [backup.file]
