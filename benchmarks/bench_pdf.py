"""How long ``ametijuhend export EXAMPLE --pdf`` takes, the whole process (issue 10).

    .venv/bin/python benchmarks/bench_pdf.py

Target: <= 3 s (median of the later exports), Python start, LibreOffice start and
conversion included. What the user meets is a kept LibreOffice profile (every export after
the first); the first export, which builds that profile, and an export while another one
holds the profile (a fresh profile, as every export had before) are timed apart. The
benchmark uses a cache folder of its own, so it starts from nothing every time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ametijuhend_desktop.files import libreoffice, user_folders  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "projektijuht-jatkutugi.ajx"
RUNS = 5
BUSY_RUNS = 3
TARGET_S = 3.0


def _export(env: dict[str, str], out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ametijuhend_desktop", "export", str(EXAMPLE),
                    "--pdf", "-o", str(out)], env=env, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path(
        "/proc/loadavg").exists() else "n/a"


def _figures(times: list[float]) -> str:
    return f"median {statistics.median(times):.2f} s ({', '.join(f'{t:.2f}' for t in times)})"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache"
        env = {**os.environ, "PYTHONPATH": str(ROOT), user_folders.CACHE_ENV: str(cache)}
        os.environ[user_folders.CACHE_ENV] = str(cache)
        out = Path(folder) / "out.pdf"
        print(f"load average before: {_load()}")
        first = _export(env, out)
        print(f"first export (builds the kept profile): {first:.2f} s")
        later = [_export(env, out) for _ in range(RUNS)]
        with libreoffice.locked_kept_profile(libreoffice.kept_home()) as held:
            assert held is not None, "the kept profile is busy"
            busy = [_export(env, out) for _ in range(BUSY_RUNS)]
        print(f"while the profile is busy (a fresh profile each time): {_figures(busy)}")
        median = statistics.median(later)
        print(f"export --pdf, whole process, later exports: {_figures(later)} over {RUNS} "
              f"runs; target <= {TARGET_S:.0f} s: {'met' if median <= TARGET_S else 'NOT met'}")
        print(f"load average after: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
