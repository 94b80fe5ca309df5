"""The folder view's work on a set of 2,000 generated job descriptions.

Run: .venv/bin/python -m benchmarks.bench_folder [--count 2000]
Targets (issue 14): first listing <= 2 s, a later start with the cache <= 0.3 s, all
cross-document checks <= 1 s, a search <= 100 ms, memory for the set <= 150 MB.
Each measurement in a fresh process where a user would start fresh.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from ametijuhend_desktop import ajx

from .generate import typical_document

UNITS = [f"Osakond {i // 10}, talitus {i % 10}" for i in range(100)]

_PROBE = """
import sys, time, datetime as dt, resource
from pathlib import Path
from ametijuhend_desktop.folder.index import index_folder
from ametijuhend_desktop.folder.checks import check_set
from ametijuhend_desktop.folder.search import search
folder, cache = Path(sys.argv[1]), Path(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
rows = index_folder(folder, cache_dir=cache, today=dt.date(2026, 12, 2))
listing = time.perf_counter() - t
t = time.perf_counter()
found = check_set(rows, dt.date(2026, 12, 2))
checks = time.perf_counter() - t
t = time.perf_counter()
hits = search(rows, "järelhoolduse korraldamine")
t1 = time.perf_counter()
hits2 = search(rows, "partneritega koostöös")
searching = (time.perf_counter() - t1 + t1 - t) / 2
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(rows), listing, checks, searching, rss / 1024, len(found), len(hits))
"""


def make_set(folder: Path, count: int) -> None:
    base = typical_document()
    for i in range(count):
        doc = copy.deepcopy(base)
        unit = UNITS[i % len(UNITS)]
        g = doc.general
        g.job_title = f"Peaspetsialist ({i})" if i % 20 else f"Talitusejuhataja ({i // 20})"
        g.unit = unit
        g.manager = f"Talitusejuhataja ({i // 20})"
        g.substituted_by = [f"Peaspetsialist ({i + 1 if i % 20 != 19 else i - 1})"]
        g.substitutes = [f"Peaspetsialisti ({i - 1 if i % 20 else i + 1})"]
        doc.meta.last_review = dt.date(2025 + i % 2, 1 + i % 12, 1)
        if i % 7 == 0:
            doc.purpose.paragraphs.append("Järelhoolduse korraldamine koostöös partneritega.")
        sub = folder / f"osakond-{i // 200}"
        sub.mkdir(parents=True, exist_ok=True)
        ajx.write_file(doc, sub / f"ametijuhend-{i:04d}.ajx")


def run(folder: Path, cache: Path) -> list[float]:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(folder), str(cache)],
                         capture_output=True, text=True, check=True).stdout.split()
    return [float(x) for x in out]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "set", Path(tmp) / "cache"
        make_set(folder, args.count)
        first = run(folder, cache)
        later = run(folder, cache)
    n, listing, checks, searching, rss, findings, hits = first
    print(f"{int(n)} documents, {int(findings)} findings, {int(hits)} mention 'järelhooldus'")
    print(f"first listing      {listing * 1000:8.0f} ms   (target <= 2000)")
    print(f"later start, cache {later[1] * 1000:8.0f} ms   (target <= 300)")
    print(f"all checks         {checks * 1000:8.0f} ms   (target <= 1000)")
    print(f"search             {searching * 1000:8.1f} ms   (target <= 100)")
    print(f"peak memory        {later[4]:8.0f} MB   (with the cache; first run {rss:.0f} MB;"
          " target <= 150)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
