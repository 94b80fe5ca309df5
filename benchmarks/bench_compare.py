"""How fast two versions are compared, against the target of issue 12.

    .venv/bin/python benchmarks/bench_compare.py [--quick]

Target: two 500-duty documents (5 results each) compared in <= 200 ms in-process. Timed
cases: an edited version (results reworded, duties moved, deleted and added, as after a
round of corrections), the same version (nothing to report), and the worst case where
every duty was reworded. Also timed: reading the visible text of the 500-duty export.
"""

from __future__ import annotations

import copy
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import large_document

from ametijuhend_desktop.compare import compare_documents
from ametijuhend_desktop.docx.export import render, resolve_template
from ametijuhend_desktop.docx.visible import read_visible
from ametijuhend_desktop.model import Duty, JobDescription

TARGET_MS = 200.0


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def corrected(doc: JobDescription) -> JobDescription:
    """A round of corrections: 20 results reworded, 5 duties moved, 3 deleted, 3 added."""
    new = copy.deepcopy(doc)
    items = new.duties.items
    for k in range(20):
        duty = items[k * 23 % len(items)]
        duty.results[k % len(duty.results)] += " Tulemus on kokku lepitud vahetu juhiga."
    for k in range(5):
        items.insert(k * 97 % len(items), items.pop(len(items) - 1 - k * 13))
    for k in (400, 250, 10):
        del items[k]
    for k in (3, 200, 450):
        items.insert(k, Duty(f"Uus ülesanne {k}.", [], [f"Uus tulemus {k}."]))
    return new


def reworded(doc: JobDescription) -> JobDescription:
    new = copy.deepcopy(doc)
    for duty in new.duties.items:
        duty.text = duty.text.replace("koostöös", "tihedas koostöös")
    return new


def main() -> None:
    repeat = 5 if "--quick" in sys.argv else 20
    old = large_document(500, 5)
    cases = {"corrected (20 reworded, 5 moved, 3 deleted, 3 added)": corrected(old),
             "same content": copy.deepcopy(old), "every duty reworded": reworded(old)}
    print("Compare two 500-duty documents (5 results each), median of runs")
    for name, new in cases.items():
        count = len(compare_documents(old, new))
        ms = median_ms(lambda new=new: compare_documents(old, new), repeat)
        verdict = "ok" if ms <= TARGET_MS else "OVER"
        print(f"  {name:55s} {ms:7.1f} ms  {count:4d} changes  (target <= {TARGET_MS:.0f} ms: {verdict})")
    data = render(old, resolve_template(None))
    ms = median_ms(lambda: read_visible(data, old, Path("suur.docx")), max(3, repeat // 4))
    print(f"  {'read the visible text of the 500-duty export':55s} {ms:7.1f} ms")


if __name__ == "__main__":
    main()
