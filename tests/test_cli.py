"""The command line: findings and exit codes, one clear line for a user's mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ametijuhend_desktop import __version__, ajx
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.library.new_document import new_document

EXAMPLES = Path(__file__).parents[1] / "resources" / "examples"


def test_validate_the_examples_passes(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.ajx"))
    assert len(files) == 3
    assert main(["validate", "--errors-only", *files]) == 0
    assert "VIGA" not in capsys.readouterr().out


def test_validate_reports_errors_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "uus.ajx"
    doc = new_document()
    doc.purpose.paragraphs = ["Eesmärk."]
    ajx.write_file(doc, path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: VIGA: 1. ÜLDOSA › Ametinimetus: Ametinimetus on täitmata." in out
    assert main(["validate", "--lang", "en", str(path)]) == 1
    assert "ERROR: 3.1 result: Duty 1 has no expected result." in capsys.readouterr().out


@pytest.mark.parametrize("args", [["validate", "{missing}"], ["show", "{missing}"], ["{missing}"]])
def test_a_missing_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    missing = str(tmp_path / "pole.ajx")
    assert main([a.format(missing=missing) for a in args]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"{missing}: faili ei leitud.\n"


def test_a_bad_file_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "katki.ajx"
    path.write_text("<ametijuhend", encoding="utf-8")
    assert main(["validate", "--lang", "en", str(path)]) == 2
    assert "truncated" in capsys.readouterr().err


def test_show_prints_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(EXAMPLES / "projektijuht-jatkutugi.ajx")]) == 0
    out = capsys.readouterr().out
    assert "AMETIJUHEND" in out and "3.1 Jätkutoe mudeli väljatöötamine" in out


@pytest.mark.slow
def test_console_entry_points(tmp_path: Path) -> None:
    for cmd in ([sys.executable, "-m", "ametijuhend_desktop"], [str(Path(sys.executable).parent / "ametijuhend")]):
        version = subprocess.run([*cmd, "--version"], capture_output=True, text=True, check=True)
        assert version.stdout.strip() == f"ametijuhend {__version__}"
        bad = subprocess.run([*cmd, "validate", str(tmp_path)], capture_output=True, text=True)
        assert bad.returncode == 2
        assert "Traceback" not in bad.stderr
        assert bad.stderr.count("\n") == 1 and "kaust" in bad.stderr
        helped = subprocess.run([*cmd, "--help"], capture_output=True, text=True, check=True)
        assert "validate" in helped.stdout and "export" in helped.stdout


def test_export_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "välja.docx"
    assert main(["export", str(EXAMPLES / "projektijuht-jatkutugi.ajx"), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert str(out) in capsys.readouterr().err


def test_export_a_batch_with_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "katki.ajx"
    bad.write_text("pole XML", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["export", str(EXAMPLES), str(bad), "--out-dir", str(out), "--jobs", "1"])
    assert code == 1  # one failed
    err = capsys.readouterr().err
    assert "[4/4]" in err and "3 eksporditud, 1 ebaõnnestus." in err
    assert sorted(p.name for p in out.iterdir()) == [
        "peaspetsialist-ennetusteenus.docx", "peaspetsialist-jarelhooldus.docx",
        "projektijuht-jatkutugi.docx",
    ]


def test_export_several_needs_an_out_dir(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(EXAMPLES)]) == 2
    assert "--out-dir" in capsys.readouterr().err


def test_import_an_old_text_into_a_new_ajx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "vana.txt"
    old.write_text("AMETIJUHEND\n\n1. ÜLDOSA\n\n3. TÖÖÜLESANDED\n\n"
                   "3.1 Koolituste korraldamine.\n• Koolitused on läbi viidud.\n", encoding="utf-8")
    assert main(["import", str(old)]) == 0
    made = tmp_path / "vana.ajx"
    doc = ajx.read_file(made)
    assert doc.duties.items[0].text == "Koolituste korraldamine."
    assert doc.duties.items[0].results == ["Koolitused on läbi viidud."]
    assert f"Imporditud: {made}" in capsys.readouterr().err
    # A second import does not overwrite what the first made.
    assert main(["import", str(old)]) == 2
    assert "fail on juba olemas" in capsys.readouterr().err


def test_import_refuses_what_it_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "vana.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert main(["import", str(pdf), "-o", str(tmp_path / "uus.ajx")]) == 2
    assert not (tmp_path / "uus.ajx").exists()
    assert capsys.readouterr().err.count("\n") == 1
