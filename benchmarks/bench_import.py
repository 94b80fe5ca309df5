"""How fast a folder of old Word job descriptions imports, against the target of issue 13.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_import.py [--quick]

Target: 200 generated Word files in mixed layouts (agency template, older label | value
layout, no tables; 15 duties each, the size of the agency's real documents) import in
<= 20 s on 2 cores with ``import_many``, and the report names every guess. Also printed:
one file imported in this process (median), for comparison, and the CPU time the workers
used: on a shared machine the wall time counts other people's work too, while CPU time / 2
is what two cores of one's own would take. ``--quick``: 40 files.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ametijuhend_desktop.importing.batch import import_many
from ametijuhend_desktop.importing.notes import NoteKind
from ametijuhend_desktop.opening import open_document
from tests.importing.old_documents import Layout, write_old_document

TARGET_S = 20.0
FILES = 200
DUTIES = 15
LAYOUTS = list(Layout)


def main() -> int:
    count = 40 if "--quick" in sys.argv else FILES
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        source, out = Path(folder) / "vanad", Path(folder) / "uued"
        source.mkdir()
        started = time.perf_counter()
        files = [write_old_document(LAYOUTS[i % len(LAYOUTS)], source / f"vana-{i:03}.docx",
                                    variant=i, duty_count=DUTIES) for i in range(count)]
        print(f"generated {count} Word files in {time.perf_counter() - started:.1f} s")

        singles, cpu = [], []
        for path in files[:9]:
            started, started_cpu = time.perf_counter(), time.process_time()
            open_document(path)
            singles.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        print(f"one file in-process: median {statistics.median(singles) * 1000:.0f} ms wall, "
              f"{statistics.median(cpu) * 1000:.0f} ms CPU")

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        summary = import_many([source], out, jobs=2)
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        text = summary.text("en")
        guesses = [n for r in summary.reports for n in r.notes if n.kind is NoteKind.GUESS]
        named = all(n.message_en in text for n in guesses)
        print(f"{count} files on 2 workers: {elapsed:.1f} s "
              f"({elapsed / count * 1000:.0f} ms per file); failed {len(summary.failed)}; "
              f"{len(guesses)} guesses, all named in the report: {named}")
        print(f"workers' CPU time {workers_cpu:.1f} s: {workers_cpu / 2:.1f} s on 2 cores of "
              f"one's own; load average now {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        ok = not summary.failed and named and (count < FILES or elapsed <= TARGET_S)
        print(f"target <= {TARGET_S:.0f} s for {FILES} files: {'met' if ok else 'MISSED'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
