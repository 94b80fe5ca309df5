"""The same checks for every way the program is installed: a wheel in a fresh virtual
environment, or the stand-alone build. Each runs the program as a user would, in its own
process with an empty home folder, and looks at what comes out."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.ajx"))


def user_env(home: Path) -> dict[str, str]:
    """A clean user: own home and XDG folders (settings, recovery files), no screen."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "PYTHON", "AMETIJUHEND_")) and k != "VIRTUAL_ENV"}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def run(command: Sequence[str | Path], home: Path, timeout: float = 300,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          timeout=timeout, env=user_env(home), cwd=cwd or home)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (IHDR is always the first chunk)."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def check_version(program: Sequence[str | Path], home: Path, version: str) -> None:
    done = run([*program, "--version"], home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ametijuhend {version}"


def check_validate(program: Sequence[str | Path], home: Path) -> None:
    done = run([*program, "validate", "--errors-only", *EXAMPLES], home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    for example in EXAMPLES:
        assert example.name in done.stdout


def check_export_import(program: Sequence[str | Path], home: Path, work: Path) -> None:
    """Export every example to Word, import each Word file back: the same document."""
    out = work / "word"
    done = run([*program, "export", *EXAMPLES, "--out-dir", out], home)
    assert done.returncode == 0, done.stderr
    for example in EXAMPLES:
        docx = out / f"{example.stem}.docx"
        assert docx.read_bytes()[:4] == b"PK\x03\x04", f"{docx} is not a Word file"
        back = work / f"{example.stem}-imported.ajx"
        done = run([*program, "import", docx, "-o", back], home)
        assert done.returncode == 0, done.stderr
        original = run([*program, "show", example], home)
        imported = run([*program, "show", back], home)
        assert original.returncode == imported.returncode == 0, original.stderr + imported.stderr
        assert imported.stdout == original.stdout, f"{example.name}: import differs from export"


def check_screenshot(program: Sequence[str | Path], home: Path, work: Path) -> None:
    """The window opens offscreen on an example and draws itself at the asked size."""
    shot = work / "aken.png"
    done = run([*program, EXAMPLES[0], "--screenshot", shot, "--size", "1000x700"], home)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert png_size(shot) == (1000, 700)
    assert shot.stat().st_size > 20_000, "the window picture is nearly empty"


def have(*commands: str) -> bool:
    return all(shutil.which(c) for c in commands)
