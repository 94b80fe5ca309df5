"""Every hostile encoding and zip case through every command: one line, exit 2, bounded.

Each run is its own process, which reports its own peak memory: the kernel's high-water
mark (VmHWM) reset at its start, since ru_maxrss carries the parent's peak over across
exec; where there is no /proc, ``resource.getrusage`` in the child. The time is the processor time the command
itself took (the interpreter's start-up left out, and other work on the machine too).
Nothing may be left beside the file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.make_hostile import HERE

ROOT = Path(__file__).resolve().parents[1]
MAX_SECONDS = 2.0
MAX_RSS_MB = 300
CASES = sorted(p for p in HERE.iterdir() if any(
    key in p.name for key in ("utf7", "utf16-bom", "declare", "encrypted", "deflate", "ebcdic")))
COMMANDS = {
    "validate": ["validate", "{file}"],
    "show": ["show", "{file}"],
    "import": ["import", "{file}", "-o", "{out}.ajx"],
    "export": ["export", "{file}", "-o", "{out}.docx"],
    "template": ["export", "{good}", "--template", "{file}", "-o", "{out}.docx"],
}


_TIMED = """
import resource, sys, time
from pathlib import Path
status = Path("/proc/self/status")
if status.exists():
    Path("/proc/self/clear_refs").write_text("5")  # the peak so far is the parent's
from ametijuhend_desktop.cli import main
started = time.process_time()
try:
    code = main(sys.argv[2:])
finally:
    seconds = time.process_time() - started
    if status.exists():
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
        peak = int(line.split()[1]) / 1024
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(sys.argv[1]).write_text(f"{seconds} {peak}")
sys.exit(code)
"""


def run(args: list[str], measured: Path) -> tuple[int, str, float, float]:
    """Exit code, stderr, processor seconds and peak RSS in MB of one command-line run."""
    child = subprocess.run([sys.executable, "-c", _TIMED, str(measured), *args], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds, peak = (float(x) for x in measured.read_text().split())
    measured.unlink()
    return child.returncode, child.stderr.decode("utf-8", "replace"), seconds, peak


def test_there_are_cases() -> None:
    assert len(CASES) >= 12


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_one_clear_line_exit_2_bounded(tmp_path: Path, case: Path, command: str) -> None:
    file = tmp_path / case.name
    shutil.copy(case, file)
    good = ROOT / "resources" / "examples" / "peaspetsialist-jarelhooldus.ajx"
    args = [a.format(file=file, out=tmp_path / "välja", good=good) for a in COMMANDS[command]]
    code, err, seconds, rss = run(args, tmp_path.parent / f"{tmp_path.name}.time")
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and "Traceback" not in err, err
    assert seconds < MAX_SECONDS, seconds
    assert rss < MAX_RSS_MB, rss
    assert sorted(p.name for p in tmp_path.iterdir()) == [case.name]  # nothing written or left


# Legitimate inputs in the corpus: foreign Word files without our data and recovery files
# (text to the importer) are imported; every other file is refused by every command.
IMPORTED = ("docx-no-ajx-item.docx", "docx-item-wrong-namespace.docx")
ALL_CASES = sorted(HERE.iterdir())


def _opens(path: Path) -> bool:
    from ametijuhend_desktop.errors import UserError
    from ametijuhend_desktop.opening import open_document

    try:
        open_document(path)
    except UserError:
        return False
    return True


@pytest.mark.slow
@pytest.mark.parametrize("case", ALL_CASES, ids=[p.name for p in ALL_CASES])
def test_every_hostile_file_through_every_command(tmp_path: Path, case: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """In this process (the processes above measure time and memory for the encoding and
    zip cases): one line on stderr and exit 2, or a clean import of what is legitimate."""
    from ametijuhend_desktop.cli import main

    good = ROOT / "resources" / "examples" / "peaspetsialist-jarelhooldus.ajx"
    legitimate = case.name in IMPORTED or (case.suffix == ".ajr" and _opens(case))
    for command, pattern in COMMANDS.items():
        file = tmp_path / case.name
        shutil.copy(case, file)
        args = [a.format(file=file, out=tmp_path / "välja", good=good) for a in pattern]
        code = main(args)
        err = capsys.readouterr().err
        assert "Traceback" not in err and "Ootamatu" not in err, (command, err)
        left = sorted(p.name for p in tmp_path.iterdir())
        if legitimate and command in ("validate", "show", "import"):
            assert code in (0, 1), (command, err)
        else:
            assert code == 2, (command, err)
            assert len(err.strip().splitlines()) == 1, (command, err)
            assert left == [case.name], (command, left)
        for extra in tmp_path.iterdir():
            extra.unlink()
