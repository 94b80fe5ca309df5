"""Whether the DOCX export grows in step with the document (issue 15, item 7).

    .venv/bin/python benchmarks/bench_export_scale.py

Target: 10,000 duties (x 5 results) take at most 10x the time of 1,000. Before the body
was built inside the document it ends in, 1,000 took 1.1 s and 4,000 12 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import large_document

from ametijuhend_desktop.docx.export import render, resolve_template


def render_seconds(duties: int, repeat: int) -> float:
    """Best of ``repeat`` renders: the shared machine only ever adds time."""
    doc = large_document(duties, 5)
    template = resolve_template(None)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        render(doc, template)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    render_seconds(100, 1)  # warm-up: imports, template cache
    small = render_seconds(1_000, 3)
    large = render_seconds(10_000, 2)
    ratio = large / small
    print("DOCX export by number of duties (x 5 results each, best of runs)")
    print(f"  1,000 duties   {small:7.2f} s")
    print(f"  10,000 duties  {large:7.2f} s")
    print(f"  ratio          {ratio:7.1f}x  (target <= 10x) {'ok' if ratio <= 10 else 'MISSED'}")


if __name__ == "__main__":
    main()
