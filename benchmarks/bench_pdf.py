"""How long ``ametijuhend export EXAMPLE --pdf`` takes, the whole process (issue 10).

    .venv/bin/python benchmarks/bench_pdf.py

Target: <= 3 s (median of 3 runs), Python start, LibreOffice start and conversion included.
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
EXAMPLE = ROOT / "resources" / "examples" / "projektijuht-jatkutugi.ajx"
RUNS = 3
TARGET_S = 3.0


def main() -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.pdf"
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ametijuhend_desktop", "export", str(EXAMPLE),
                            "--pdf", "-o", str(out)], env=env, check=True,
                           stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"export --pdf, whole process: median {median:.2f} s over {RUNS} runs "
          f"({', '.join(f'{t:.2f}' for t in times)}); target <= {TARGET_S:.0f} s: "
          f"{'met' if median <= TARGET_S else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
