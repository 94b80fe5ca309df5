"""``ametijuhend check`` and ``approve`` as a user runs them: output, JSON and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.cli import main

from .folder.support import consistent_set, write_set


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMETIJUHEND_CACHE_DIR", str(tmp_path / "cache"))


def test_check_a_consistent_folder_finds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path / "set", consistent_set())
    assert main(["check", str(tmp_path / "set")]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "3 ametijuhendit, 0 leidu" in out.err


def test_check_json_lists_a_finding_with_the_files_involved(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = consistent_set()
    docs["alam/jarelhooldus"].general.substitutes = []
    paths = write_set(tmp_path / "set", docs)
    assert main(["check", str(tmp_path / "set"), "--format", "json", "--lang", "en"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert found == [{
        "file": str(paths["ennetus"]), "severity": "warning",
        "message": "1.4 Substituted by names “Peaspetsialist (järelhooldus)”, but 1.5 Substitutes "
                   "for of “Peaspetsialist (järelhooldus)” does not name “Peaspetsialist "
                   "(ennetusteenus)”.",
        "related": [str(paths["alam/jarelhooldus"])],
    }]


def test_check_an_unreadable_input_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path / "set", consistent_set())
    (tmp_path / "set" / "katki.ajx").write_bytes(b"\xff\xfe<<")
    assert main(["check", str(tmp_path / "set")]) == 2
    assert "katki.ajx: VIGA" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "puudub")]) == 2
    assert "faili ega kausta ei leitud" in capsys.readouterr().err


def test_approve_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # backups stay in the test
    docs = consistent_set()
    docs["juht"].general.manager = "Osakonnajuhataja"  # required, and it blocks when empty
    paths = write_set(tmp_path / "set", docs)
    code = main(["approve", str(tmp_path / "set"), "--date", "2027-01-15", "--number", "1-2/3",
                 "--out-dir", str(tmp_path / "word")])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "word" / "lisade-loetelu.docx").is_file()
    annexes = sorted(ajx.read_file(p).meta.approval.annex for p in paths.values())
    assert annexes == ["Lisa 1", "Lisa 2", "Lisa 3"]
    assert ajx.read_file(paths["juht"]).meta.approval.date == dt.date(2027, 1, 15)


def test_approve_with_a_bad_date_is_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path / "set", consistent_set())
    assert main(["approve", str(tmp_path / "set"), "--date", "15.01.2027", "--number", "1"]) == 2
    assert capsys.readouterr().err.strip() == "--date 15.01.2027: kuupäev kujul AAAA-KK-PP, nt 2027-01-15."


def test_rename_previews_then_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    paths = write_set(tmp_path / "set", consistent_set())
    args = ["rename", str(tmp_path / "set"), "--position", "Talitusejuhataja", "Osakonnajuhataja"]
    assert main(args) == 1
    out = capsys.readouterr()
    assert "„Talitusejuhatajat” → „Osakonnajuhatajat”" in out.out
    assert "4 kohta 3 failis; kirjutamiseks lisa --apply" in out.err
    assert ajx.read_file(paths["juht"]).general.job_title == "Talitusejuhataja"
    assert main([*args, "--apply"]) == 0
    assert "Muudetud 4 kohta 3 failis" in capsys.readouterr().err
    assert ajx.read_file(paths["juht"]).general.job_title == "Osakonnajuhataja"
    assert main(args) == 0  # nothing left to change
