"""The lost click, on a real X server: click +, type "soome", click + again, fast.

pytest-qt delivers events inside Qt; the click that a completion popup swallowed was a
matter of the X server's event order, so this drives the editor from outside with
xdotool under Xvfb and a window manager, as a user's mouse and keyboard would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.gui]
ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "peaspetsialist-ennetusteenus.ajx"
TOOLS = ("Xvfb", "xdotool", "openbox")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (packaging/setup.sh --test installs them)")
    number = next(n for n in range(100 + os.getpid() % 300, 1000)
                  if not Path(f"/tmp/.X{n}-lock").exists())
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    wait_for(Path(f"/tmp/.X11-unix/X{number}"), 10)
    name = f":{number}"
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": name},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield name
    finally:
        for process in (wm, xvfb):
            process.terminate()
            process.wait(10)


def wait_for(path: Path, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > end:
            log = path.with_name("app.log")
            raise AssertionError(f"{path.name} did not appear; the editor said:\n"
                                 + (log.read_text()[-2000:] if log.exists() else ""))
        time.sleep(0.1)


def test_plus_typing_and_plus_again_fast_adds_two_languages(display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([sys.executable, str(Path(__file__).with_name("x_session_app.py")),
                            str(EXAMPLE), str(tmp_path / "settings.ini"), str(tmp_path)],
                           env=env, stdout=subprocess.DEVNULL,
                           stderr=(tmp_path / "app.log").open("w"))
    try:
        wait_for(tmp_path / "where.json")
        x, y = json.loads((tmp_path / "where.json").read_text())["plus"]
        steps = [["mousemove", "--sync", str(x), str(y), "click", "1"], ["sleep", "0.3"],
                 ["type", "--delay", "40", "soome"], ["click", "1"], ["sleep", "0.3"],
                 ["type", "--delay", "40", "vene"]]  # "type" takes the rest of a command line
        for step in steps:
            subprocess.run(["xdotool", *step], env=env, check=True, timeout=30)
        time.sleep(0.5)
        (tmp_path / "done").touch()
        wait_for(tmp_path / "languages.json")
    finally:
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
    log = (tmp_path / "app.log").read_text()
    names = json.loads((tmp_path / "languages.json").read_text())
    # The cursor was in the first row (eesti): each + adds a row after the current one.
    assert names == ["eesti", "soome", "vene", "inglise", "vene"], (names, log[-3000:])
    assert "Traceback" not in log, log[-3000:]
