"""Every hostile encoding and zip case through every command: one line, exit 2, bounded.

Each run is its own process; ``os.wait4`` gives its peak memory (ru_maxrss), so the
bound is what the user's machine would see; the time is the processor time the command
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


_TIMED = ("import sys, time\n"
          "from ametijuhend_desktop.cli import main\n"
          "started = time.process_time()\n"
          "code = main(sys.argv[2:])\n"
          "open(sys.argv[1], 'w').write(str(time.process_time() - started))\n"
          "sys.exit(code)\n")


def run(args: list[str], timing: Path) -> tuple[int, str, float, float]:
    """Exit code, stderr, processor seconds and peak RSS in MB of one command-line run."""
    child = subprocess.Popen([sys.executable, "-c", _TIMED, str(timing), *args], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stderr is not None
    err = child.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = float(timing.read_text()) if timing.exists() else float("inf")
    timing.unlink(missing_ok=True)
    return child.returncode, err, seconds, usage.ru_maxrss / 1024


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
