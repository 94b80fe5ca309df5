"""Whether the process behind a lock or a recovery file still runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from ametijuhend_desktop.storage.files import pid_alive


def test_this_process_is_alive_and_nonsense_ids_are_not() -> None:
    assert pid_alive(os.getpid())
    assert not pid_alive(0)
    assert not pid_alive(-5)


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="zombies are seen through /proc")
def test_a_killed_process_not_yet_reaped_is_not_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert pid_alive(child.pid)
        child.kill()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # a zombie now: killed, not yet waited for
            with open(f"/proc/{child.pid}/stat", "rb") as handle:
                if b") Z" in handle.read():
                    break
            time.sleep(0.02)
        assert not pid_alive(child.pid)  # recovery must be offered though it is unreaped
    finally:
        child.wait()
    assert not pid_alive(child.pid)
