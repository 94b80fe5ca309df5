"""The folder view's work on a set of 2,000 generated job descriptions.

Run: .venv/bin/python -m benchmarks.bench_folder [--count 2000] [--runs 3] [--set DIR]
Targets (issue 14): first listing <= 2 s, a later start with the cache <= 0.3 s, all
cross-document checks <= 1 s, a search <= 100 ms, memory for the set <= 150 MB.
Each measurement in a fresh process where a user would start fresh; every first listing
gets an empty cache folder of its own (no run profits from an earlier one), and each
figure is the median of the runs with their range, the load average beside it (the
machine is shared) and the CPU time of this process and of the reading processes.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from ametijuhend_desktop import ajx

from .generate import typical_document

UNITS = [f"Osakond {i // 10}, talitus {i % 10}" for i in range(100)]

_PROBE = """
import json, os, sys, time, datetime as dt, resource
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
me, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"n": len(rows), "listing": listing, "checks": checks, "search": searching,
                  "rss": me.ru_maxrss / 1024, "child_rss": kids.ru_maxrss / 1024,
                  "cpu": me.ru_utime + me.ru_stime, "child_cpu": kids.ru_utime + kids.ru_stime,
                  "findings": len(found), "hits": len(hits), "load": os.getloadavg()[0]}))
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


def run(folder: Path, cache: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(folder), str(cache)],
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def _spread(values: list[float], scale: float = 1000) -> str:
    return (f"{statistics.median(values) * scale:7.0f} ms (range {min(values) * scale:.0f}"
            f"–{max(values) * scale:.0f})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--set", type=Path, help="keep the generated set here (made when missing)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.set or Path(tmp) / "set"
        if not folder.is_dir():
            make_set(folder, args.count)
        first: list[dict[str, float]] = []
        later: list[dict[str, float]] = []
        for n in range(args.runs):
            cache = Path(tmp) / f"cache-{n}"  # empty: a first listing, honestly
            load = os.getloadavg()[0]
            first.append(run(folder, cache) | {"load_before": load})
            later.append(run(folder, cache))
    f0 = first[0]
    loads = [f"{r['load_before']:.1f}/{r['load']:.1f}" for r in first]
    print(f"{int(f0['n'])} documents, {int(f0['findings'])} findings, {int(f0['hits'])} mention "
          f"'järelhooldus'; {args.runs} runs; load average before/after each first listing: "
          + ", ".join(loads))
    print(f"first listing      {_spread([r['listing'] for r in first])}   (target <= 2000)")
    print("  CPU of it         this process "
          f"{statistics.median(r['cpu'] for r in first):.2f} s (with start-up), reading processes "
          f"{statistics.median(r['child_cpu'] for r in first):.2f} s")
    print(f"later start, cache {_spread([r['listing'] for r in later])}   (target <= 300)")
    print(f"all checks         {_spread([r['checks'] for r in first])}   (target <= 1000)")
    print(f"search             {statistics.median(r['search'] for r in first) * 1000:7.1f} ms"
          "   (target <= 100)")
    print(f"peak memory        {max(r['rss'] for r in later):7.0f} MB   (with the cache; first "
          f"run {max(r['rss'] for r in first):.0f} MB, each reading process at most "
          f"{max(r['child_rss'] for r in first):.0f} MB; target <= 150)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
