"""A process that saves ever-growing documents in a loop, for the kill tests.

Run as ``python -m tests.storage.saver_process FILE DATA_DIR FIRST LAST``: saves versions
FIRST..LAST of ``version(n)`` through the real save pipeline, printing each number once
its save has returned. The parent SIGKILLs it at random moments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, JobDescription
from ametijuhend_desktop.opening import open_document
from ametijuhend_desktop.storage.backups import BackupStore
from ametijuhend_desktop.storage.save import save_document


def version(n: int) -> JobDescription:
    """Version ``n``: n duties, so each save is larger than the one before."""
    doc = new_document()
    doc.general.job_title = f"Peaspetsialist, versioon {n}"
    doc.duties.items = [
        Duty(f"{i}. ülesanne: nõustab „klienti” õigel ajal — {'õäöüšž' * (i % 7)}", [],
             [f"Tulemus {i}.{k}" for k in range(1 + i % 3)])
        for i in range(1, n + 1)
    ]
    return doc


def main(argv: list[str]) -> None:
    path, data_dir = Path(argv[0]), Path(argv[1])
    first, last = int(argv[2]), int(argv[3])
    state = open_document(path).state if path.exists() else None
    backups = BackupStore(data_dir, keep=3)
    for n in range(first, last + 1):
        state = save_document(version(n), path, state, backups=backups).state
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
