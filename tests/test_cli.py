"""The command line: findings and exit codes, one clear line for a user's mistake."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def test_the_language_may_come_before_the_command(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "katki.ajx"
    bad.write_text("<ametijuhend", encoding="utf-8")
    for argv in (["--lang", "en", "validate", str(bad)], ["--lang=en", "validate", str(bad)],
                 ["validate", "--lang", "en", str(bad)]):
        assert main(argv) == 2
        assert "the file ends half-way" in capsys.readouterr().err


def test_show_prints_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(EXAMPLES / "projektijuht-jatkutugi.ajx")]) == 0
    out = capsys.readouterr().out
    assert "AMETIJUHEND" in out and "3.1 Jätkutoe mudeli väljatöötamine" in out


@pytest.mark.slow
@pytest.mark.parametrize("command", ["validate", "show"])
def test_odd_names_and_characters_print_on_a_strict_terminal(tmp_path: Path, command: str) -> None:
    """A lone surrogate in the text (schema-valid) and a file name with a byte that is not
    UTF-8: the command finishes as for any file instead of ending in UnicodeEncodeError."""
    doc = new_document()
    doc.general.job_title = "Peas\ud800petsialist"  # written as <char code="D800"/>
    raw = bytes(tmp_path) + b"/ameti\xffjuhend.ajx"
    with open(raw, "wb") as out:
        out.write(ajx.to_bytes(doc))
    done = subprocess.run([sys.executable, "-m", "ametijuhend_desktop", command, raw],
                          capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"})
    assert b"Traceback" not in done.stderr and b"Ootamatu" not in done.stderr, done.stderr
    assert done.returncode == (0 if command == "show" else 1)
    if command == "show":
        assert "1.1 Ametinimetus: Peaspetsialist" in done.stdout.decode()
    else:
        assert "ameti\\udcffjuhend.ajx: VIGA" in done.stdout.decode()


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


# -- every command-line mistake is one line and exit code 2 ------------------------------

EXAMPLE = EXAMPLES / "projektijuht-jatkutugi.ajx"


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Stand in for the window itself: the options it would have been given."""
    from ametijuhend_desktop import app

    opened: list[object] = []
    monkeypatch.setattr(app, "run", lambda options: opened.append(options) or 0)
    return opened


@pytest.mark.parametrize(("args", "words"), [
    (["--size", "1280"], "LAIUSxKÕRGUS"),
    (["--size", "0x0"], "200…8000"),
    (["--size", "axb"], "LAIUSxKÕRGUS"),
    (["--size", "100000x100000"], "200…8000"),
    (["--select", "bogus"], "pole sellist kohta"),
    (["--select", "duties/999"], "pole sellist kohta"),
    (["--select", "duties/0"], "pole sellist kohta"),
    (["--select", "__class__"], "pole sellist kohta"),
    ([str(EXAMPLE), "--select", "duties/11"], "pole sellist kohta"),
    (["--lang", "fi"], "'fi' ei sobi"),
    (["--screenshot", "/pole/olemas/aken.png"], "ei ole"),
    (["--screenshot", "{tmp}"], "kaust"),
    (["--screenshot", "{file}/aken.png"], "ei ole"),
    (["--bogus"], "tundmatu: --bogus"),
    (["--select"], "--select vajab väärtust"),
    (["a.ajx", "b.ajx"], "tundmatu: b.ajx"),
    (["validate"], "puudu: FILE"),
    (["show"], "puudu: FILE"),
    (["export", str(EXAMPLE), "--jobs", "x"], "-j/--jobs"),
    (["export", str(EXAMPLE), "--jobs", "0"], "-j/--jobs"),
    (["export", str(EXAMPLE), "--nope"], "tundmatu: --nope"),
    (["import"], "puudu"),
    (["import", "{tmp}/pole.txt"], "faili ei leitud"),
    (["export", "{tmp}/pole.ajx", "-o", "{tmp}/x.docx"], "faili ei leitud"),
])
def test_a_mistake_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_window: list[object],
    args: list[str], words: str,
) -> None:
    (tmp_path / "fail").write_text("x", encoding="utf-8")
    argv = [a.format(tmp=tmp_path, file=tmp_path / "fail") for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert "Traceback" not in err and "usage" not in err
    assert no_window == []  # the window never opened


def test_mistakes_in_english(capsys: pytest.CaptureFixture[str], no_window: list[object],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["--lang", "en", "--size", "12"]) == 2
    assert "give the size as WIDTHxHEIGHT" in capsys.readouterr().err
    monkeypatch.setenv("AMETIJUHEND_LANG", "en")
    assert main(["validate"]) == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_help_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("kasutus: ametijuhend") and "pildi suurus, nt 1280x800" in out
    assert main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: ametijuhend") and "picture size, e.g. 1280x800" in out
    assert main(["export", "--help"]) == 0
    assert "paralleelsete tööde arv" in capsys.readouterr().out


def test_good_options_reach_the_window_checked(tmp_path: Path, no_window: list[object]) -> None:
    from ametijuhend_desktop.editor_options import EditorOptions

    shot = tmp_path / "aken.png"
    assert main([str(EXAMPLE), "--select", "duties/3", "--size", "1000x700",
                 "--screenshot", str(shot), "--lang", "en"]) == 0
    assert no_window == [EditorOptions(EXAMPLE, shot, ("duties", "items", 2), (1000, 700), "en")]
    assert main([]) == 0
    assert no_window[-1] == EditorOptions()


def test_a_fault_of_the_program_is_one_line_with_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ametijuhend_desktop import app, logs

    def broken(_options: object) -> int:
        raise RuntimeError("programmi viga")

    monkeypatch.setattr(app, "run", broken)
    assert main([]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and str(logs.log_file()) in err
    assert "RuntimeError: programmi viga" in logs.log_file().read_text(encoding="utf-8")


_WORDS = st.sampled_from([
    "validate", "show", "export", "import", "--size", "--select", "--lang", "--screenshot",
    "-o", "--out-dir", "--template", "-j", "--jobs", "--errors-only", "--help", "-h",
    "--version", "et", "en", "duties/3", "duties/999", "meta", "1280x800", "0x0", "--",
    "-", "=", "--lang=en", "--size=1x1", str(EXAMPLE), str(EXAMPLES),
])
_ARGS = st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=6)


@given(argv=_ARGS)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300)
def test_no_argument_list_gives_a_traceback(
    argv: list[str], capsys: pytest.CaptureFixture[str], no_window: list[object],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    out_dir = tmp_path_factory.mktemp("out")
    argv = [str(out_dir / "x.docx") if a == "-o" else a for a in argv]  # never beside the examples
    argv = [str(out_dir) if a == "--out-dir" else a for a in argv]
    if "import" in argv[:1]:
        argv = [*argv, "-o", str(out_dir / "new.ajx")]
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 1, 2), (argv, captured.err)
    assert "Traceback" not in captured.err + captured.out
    if code == 2:
        assert captured.err.count("\n") >= 1
