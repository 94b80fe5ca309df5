"""Load, validate and save .ajx: a typical example and a large generated document.

Run: .venv/bin/python -m benchmarks.bench_ajx
Targets (issue 2): typical load + validate <= 15 ms, save <= 15 ms; large (500 duties
x 5 results) load <= 150 ms, save <= 150 ms; loading the large one adds <= 60 MB.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ametijuhend_desktop import ajx
from ametijuhend_desktop.model import validate

from .generate import large_document

EXAMPLE = Path(__file__).parents[1] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches (schema compiled once per process)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


_MEMORY_PROBE = """
import os, sys, tracemalloc
from ametijuhend_desktop import ajx
from ametijuhend_desktop.model import validate
def rss():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE') / 1e6
validate(ajx.read_file(sys.argv[2]))  # imports, schema compiled: not part of the load
before = rss()
tracemalloc.start()
doc = ajx.read_file(sys.argv[1])
peak = tracemalloc.get_traced_memory()[1]
retained = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print(peak / 1e6, retained / 1e6, rss() - before)
"""


def memory_of_loading(path: Path) -> tuple[float, float, float]:
    """Peak and retained Python allocations, and resident growth, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(path), str(EXAMPLE)],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    peak, retained, rss = (float(x) for x in out)
    return peak, retained, rss


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big_path = Path(tmp) / "large.ajx"
        ajx.write_file(large_document(500, 5), big_path)
        typical = ajx.read_file(EXAMPLE)
        typical_out = Path(tmp) / "typical.ajx"
        big = ajx.read_file(big_path)

        rows = [
            ("typical load + validate", median_ms(lambda: validate(ajx.read_file(EXAMPLE)), 200), 15),
            ("typical save", median_ms(lambda: ajx.write_file(typical, typical_out), 200), 15),
            ("large load", median_ms(lambda: ajx.read_file(big_path), 30), 150),
            ("large load + validate", median_ms(lambda: validate(ajx.read_file(big_path)), 30), None),
            ("large save", median_ms(lambda: ajx.write_file(big, big_path), 30), 150),
        ]
        peak, retained, rss_growth = memory_of_loading(big_path)
        size_mb = big_path.stat().st_size / 1e6

    print(f"{'measure':28} {'median ms':>10} {'target':>8}")
    for name, value, target in rows:
        mark = "" if target is None else ("ok" if value <= target else "OVER")
        print(f"{name:28} {value:10.2f} {target or '':>8} {mark}")
    print(f"large file: {size_mb:.2f} MB")
    print(f"large load, in a fresh process: resident memory grows {rss_growth:.1f} MB "
          f"(target <= 60 MB); Python allocations peak {peak:.1f} MB, retained {retained:.1f} MB")


if __name__ == "__main__":
    main()
