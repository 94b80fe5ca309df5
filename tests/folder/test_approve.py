"""One directive approves many job descriptions: all of them, in order, or none."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.folder.approve import Approval, ApprovalRefused, approve, plan
from ametijuhend_desktop.storage import locks
from ametijuhend_desktop.storage.backups import BackupStore

from .support import BASE, EXAMPLES

DAY = dt.date(2027, 1, 15)


def first_page_text(path: Path) -> str:
    """Header and body text of an exported document, tags dropped."""
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if re.match(r"word/(header\d*|document)\.xml", n)]
        xml = " ".join(archive.read(n).decode("utf-8") for n in sorted(parts))
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", xml))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three officials' descriptions (copies of the example) and one employee's."""
    out = tmp_path / "lisad"
    out.mkdir()
    for i, title in enumerate(["Peaspetsialist (järelhooldus)", "Jurist", "Nõunik"], 1):
        doc = copy.deepcopy(BASE)
        doc.general.job_title = title
        doc.meta.approval.directive_number = ""
        doc.meta.approval.date = None
        ajx.write_file(doc, out / f"{i}-{title.split()[0].lower()}.ajx")
    shutil.copy(EXAMPLES / "projektijuht-jatkutugi.ajx", out / "4-projektijuht.ajx")
    return out


def test_approve_numbers_the_annexes_saves_and_exports(folder: Path, tmp_path: Path) -> None:
    files = sorted(folder.glob("*.ajx"))
    backups = BackupStore(tmp_path / "backups")
    done = approve(files, Approval(DAY, "1-2/27", "peadirektor"), tmp_path / "word",
                   backups=backups)
    assert [r.annex for r in done.annexes] == ["Lisa 1", "Lisa 2", "Lisa 3"]
    assert done.left_out == [folder / "4-projektijuht.ajx"]  # töötaja: a contract's annex
    for n, (source, word) in enumerate(zip(files[:3], done.exported, strict=True), 1):
        saved = ajx.read_file(source)
        assert (saved.meta.approval.date, saved.meta.approval.directive_number,
                saved.meta.approval.annex) == (DAY, "1-2/27", f"Lisa {n}")
        assert backups.versions(source)  # the version before the approval is kept
        text = first_page_text(word)
        assert "15.01.2027" in text and "nr 1-2/27" in text and f"Lisa {n}" in text
    table = docx.Document(str(done.annex_list)).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows][1:] == [
        ["Lisa 1", "Peaspetsialist (järelhooldus)", BASE.general.unit, "1-peaspetsialist.docx"],
        ["Lisa 2", "Jurist", BASE.general.unit, "2-jurist.docx"],
        ["Lisa 3", "Nõunik", BASE.general.unit, "3-nõunik.docx"],
    ]


def test_employees_are_included_on_purpose(folder: Path, tmp_path: Path) -> None:
    done = approve(sorted(folder.glob("*.ajx")), Approval(DAY, "7", include_employees=True),
                   tmp_path / "word", backups=BackupStore(tmp_path / "b"))
    assert len(done.annexes) == 4 and done.left_out == []


def test_a_document_with_errors_blocks_the_batch(folder: Path, tmp_path: Path) -> None:
    bad = folder / "2-jurist.ajx"
    doc = ajx.read_file(bad)
    doc.general.job_title = ""
    ajx.write_file(doc, bad)
    before = {p: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(ApprovalRefused) as refused:
        approve(sorted(folder.glob("*.ajx")), Approval(DAY, "9"), tmp_path / "word",
                backups=BackupStore(tmp_path / "b"))
    assert [p for p, _ in refused.value.blockers] == [bad]
    assert "Ametinimetus" in refused.value.message("et")
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
    assert not (tmp_path / "word").exists()


def test_a_document_open_elsewhere_blocks_the_batch(folder: Path, tmp_path: Path) -> None:
    held = folder / "3-nõunik.ajx"
    lock = locks.lock_path(held)
    owner = locks.LockOwner("kolleeg", "teine-arvuti", 4242, dt.datetime.now(dt.UTC))
    lock.write_bytes(owner.to_bytes())
    before = {p: p.read_bytes() for p in folder.glob("*.ajx")}
    checked = plan(sorted(folder.glob("*.ajx")), Approval(DAY, "9"))
    assert [p for p, _ in checked.blockers] == [held]
    assert "kolleeg" in checked.blockers[0][1].et
    with pytest.raises(ApprovalRefused):
        approve(sorted(folder.glob("*.ajx")), Approval(DAY, "9"), tmp_path / "word",
                backups=BackupStore(tmp_path / "b"))
    assert {p: p.read_bytes() for p in folder.glob("*.ajx")} == before
