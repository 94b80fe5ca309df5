"""SIGKILL the saving process at random moments: the file always loads, whole.

500 saves of growing documents in a child process that is killed again and again at a
random moment; after each kill the file must load and equal the last version whose save
returned, or the one being saved when the kill came. Nothing in between, never a mix.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from tests.storage.saver_process import version

ROOT = Path(__file__).resolve().parents[2]
SAVES = 500


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_at_random_moments_during_500_saves(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    path = tmp_path / "dok.ajx"
    done = 0  # the last version whose save returned
    kills = 0
    children = 0
    while done < SAVES:
        children += 1
        assert children <= SAVES  # each child saves at least once before it is killed
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.saver_process", str(path),
             str(tmp_path / "data"), str(done + 1), str(SAVES)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        # Let it start and save a few, then kill it in the middle of whatever it does.
        first = child.stdout.readline()
        if first:
            done = int(first)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        for line in out.split():
            done = int(line)
        if child.returncode != -signal.SIGKILL:
            assert child.returncode == 0, err.decode()
        else:
            kills += 1
        loaded = ajx.read_file(path)
        candidates = {done, min(done + 1, SAVES)}
        assert any(loaded == version(n) for n in candidates), (done, loaded.general.job_title)
        if loaded == version(done + 1):
            done += 1  # the kill came after the rename, before the print
    print(f"{kills} kills of {children} savers")
    assert kills >= 10  # the kills came in the middle of saving, again and again
    assert ajx.read_file(path) == version(SAVES)
    # Only debris a kill can leave: temporary files, which no loader ever picks up.
    assert all(p.name.startswith(".~") for p in tmp_path.iterdir() if p.name not in {"dok.ajx", "data"})
