"""Importing whole folders of old job descriptions: ``ametijuhend import DIR --out-dir``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ametijuhend_desktop.ajx import read_file
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.importing.batch import import_many
from tests.importing.old_documents import ADDITIONAL, DUTIES, Layout, write_old_document


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three good Word files, a text file, a PDF and a damaged Word file."""
    folder = tmp_path / "vanad"
    folder.mkdir()
    for layout in Layout:
        write_old_document(layout, folder / f"{layout.value}.docx")
    (folder / "märkmed.txt").write_text("3. TÖÖÜLESANDED\n3.1 Dokumentide haldamine.\n"
                                        "• Dokumendid on korras.\n", encoding="utf-8")
    (folder / "skaneeritud.pdf").write_bytes(b"%PDF-1.4 ...")  # not an importable suffix
    (folder / "katki.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "~$agency.docx").write_bytes(b"Word's lock file")
    return folder


def test_a_folder_in_parallel_with_a_json_report(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "uued"
    code = main(["import", str(folder), "--out-dir", str(out), "--format", "json", "-j", "2"])
    assert code == 1  # one file failed; the others were imported all the same
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    files = {Path(f["source"]).name: f for f in report["files"]}
    assert set(files) == {"agency.docx", "older.docx", "plain.docx", "märkmed.txt", "katki.docx"}
    assert (report["imported"], report["failed"]) == (4, 1)
    assert not files["katki.docx"]["ok"] and files["katki.docx"]["error"]["en"]
    agency = files["agency.docx"]
    assert (agency["duties"], agency["results"]) == (len(DUTIES), sum(len(r) for _, r in DUTIES))
    assert agency["requirement_rows"] == 4  # Haridus, the closing row, languages, additional
    guesses = [n for n in agency["notes"] if n["kind"] == "guess"]
    assert ["requirements", "additional", 0, "name"] in [n["path"] for n in guesses]
    assert all(n["et"] and n["en"] for n in agency["notes"])
    doc = read_file(out / "agency.ajx")
    assert [a.name for a in doc.requirements.additional] == [name for name, _ in ADDITIONAL]
    progress = [line for line in captured.err.splitlines() if line.startswith("[")]
    assert len(progress) == 5 and progress[-1].startswith("[5/5]")


def test_the_text_report_names_counts_and_guesses(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["import", str(folder / "plain.docx"), str(folder / "katki.docx"),
                 "--out-dir", str(tmp_path / "uued"), "--lang", "en"])
    assert code == 1
    out = capsys.readouterr().out
    assert "plain.docx → " in out and "2 duties, 3 results, 3 requirement rows" in out
    assert "guessed: The first sentence “Analüüsivõime”" in out
    assert f"FAILED: {folder / 'katki.docx'}: " in out
    assert out.strip().endswith("1 imported, 1 failed, 4 guesses to check.")


def test_nothing_already_there_is_overwritten(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "uued"
    out.mkdir()
    (out / "plain.ajx").write_text("edited by hand")
    summary = import_many([folder / "plain.docx"], out, jobs=1)
    assert summary.reports[0].output == out / "plain-2.ajx"
    assert (out / "plain.ajx").read_text() == "edited by hand"


def test_several_inputs_need_an_out_dir(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(folder), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == ("To import several files or a folder, give "
                                               "--out-dir DIR.")
