"""Import a whole folder of old job descriptions at once, in parallel across cores.

Agencies move hundreds of older documents into the editor in one go. One bad file never
stops the others: each gets its own line in the report, with what the importer found
(duties, results, requirement rows), what it guessed and what it could not place, so the
user knows which new files to look at first. The report is text or JSON.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .. import ajx
from ..errors import UserError
from ..files.atomic import make_folder
from ..files.os_errors import unexpected
from ..model import JobDescription
from ..opening import open_document
from .importer import IMPORT_SUFFIXES
from .notes import ImportNote, NoteKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileReport:
    """One file's import: where it went and what was found, or why it failed."""

    source: Path
    output: Path | None  # None when the import failed
    duties: int = 0
    results: int = 0
    requirement_rows: int = 0  # rows of the printed requirements table
    notes: tuple[ImportNote, ...] = ()
    error_et: str = ""  # the message names the file
    error_en: str = ""

    @property
    def ok(self) -> bool:
        return self.output is not None

    def of_kind(self, kind: NoteKind) -> list[ImportNote]:
        return [note for note in self.notes if note.kind is kind]

    def message(self, lang: str = "et") -> str:
        return self.error_en if lang == "en" else self.error_et

    def line(self, lang: str = "et") -> str:
        """"source → output: counts; guesses, unplaced" (or the error), then the notes."""
        if not self.ok:
            return ("VIGA: " if lang == "et" else "FAILED: ") + self.message(lang)
        guessed, unplaced = self.of_kind(NoteKind.GUESS), self.of_kind(NoteKind.UNPLACED)
        if lang == "en":
            head = (f"{self.source} → {self.output}: {self.duties} duties, {self.results} results, "
                    f"{self.requirement_rows} requirement rows; {len(guessed)} guessed, "
                    f"{len(unplaced)} not placed")
            labels = {NoteKind.GUESS: "guessed", NoteKind.UNPLACED: "not placed"}
        else:
            head = (f"{self.source} → {self.output}: {self.duties} ülesannet, {self.results} "
                    f"tulemust, {self.requirement_rows} nõuete rida; {len(guessed)} oletust, "
                    f"{len(unplaced)} paigutamata")
            labels = {NoteKind.GUESS: "oletus", NoteKind.UNPLACED: "paigutamata"}
        return "\n".join([head, *(f"  {labels[n.kind]}: {n.message(lang)}"
                                  for n in (*guessed, *unplaced))])

    def as_json(self) -> dict[str, object]:
        return {
            "source": str(self.source),
            "output": str(self.output) if self.output else None,
            "ok": self.ok,
            "error": {"et": self.error_et, "en": self.error_en} if not self.ok else None,
            "duties": self.duties,
            "results": self.results,
            "requirement_rows": self.requirement_rows,
            "notes": [{"kind": n.kind.value, "path": list(n.path), "et": n.message_et,
                       "en": n.message_en} for n in self.notes],
        }


@dataclass
class ImportSummary:
    reports: list[FileReport] = field(default_factory=list)

    @property
    def failed(self) -> list[FileReport]:
        return [r for r in self.reports if not r.ok]

    def totals(self, lang: str = "et") -> str:
        done, bad = len(self.reports) - len(self.failed), len(self.failed)
        guessed = sum(len(r.of_kind(NoteKind.GUESS)) for r in self.reports)
        if lang == "en":
            return f"{done} imported, {bad} failed, {guessed} guesses to check."
        return f"{done} imporditud, {bad} ebaõnnestus, {guessed} oletust kontrollida."

    def text(self, lang: str = "et") -> str:
        return "\n".join([*(r.line(lang) for r in self.reports), self.totals(lang)]) + "\n"

    def json(self) -> str:
        return json.dumps({"imported": len(self.reports) - len(self.failed),
                           "failed": len(self.failed),
                           "files": [r.as_json() for r in self.reports]},
                          ensure_ascii=False, indent=2) + "\n"


Progress = Callable[[int, int, FileReport], None]


def collect_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder gives the files in it that can be imported (not its
    subfolders, not Word's "~$" lock files), sorted."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("~$")
                            and p.suffix.casefold() in IMPORT_SUFFIXES)
        else:
            found.append(path)
    return found


def output_paths(sources: Sequence[Path], out_dir: Path) -> list[Path]:
    """NAME.docx -> out_dir/NAME.ajx; a name taken (twice in the batch, or a file already
    there, perhaps edited since) gets NAME-2.ajx and so on: nothing is overwritten."""
    taken: set[str] = set()
    outputs: list[Path] = []
    for source in sources:
        stem, n = source.stem, 1
        name = f"{stem}{ajx.SUFFIX}"
        while name.casefold() in taken or (out_dir / name).exists():
            n += 1
            name = f"{stem}-{n}{ajx.SUFFIX}"
        taken.add(name.casefold())
        outputs.append(out_dir / name)
    return outputs


def _requirement_rows(doc: JobDescription) -> int:
    r = doc.requirements
    return len(r.rows) + bool(r.languages) + bool(r.competency_groups) + bool(r.additional)


def import_one(task: tuple[Path, Path]) -> FileReport:
    """Import one file and save it as .ajx; every failure becomes the report's error."""
    source, target = task
    try:
        opened = open_document(source)
        ajx.write_file(opened.doc, target)
    except UserError as exc:
        return FileReport(source, None, error_et=exc.message("et"), error_en=exc.message("en"))
    except Exception as exc:  # one broken file must not stop the batch
        log.exception("import: unexpected error for %s", source)
        et, en = unexpected(exc)
        return FileReport(source, None, error_et=f"{source}: {et}", error_en=f"{source}: {en}")
    doc = opened.doc
    return FileReport(source, target, len(doc.duties.items),
                      sum(len(d.results) for d in doc.duties.items), _requirement_rows(doc),
                      opened.notes)


def import_many(inputs: Iterable[str | Path], out_dir: str | Path, jobs: int | None = None,
                progress: Progress | None = None) -> ImportSummary:
    """Import every input (files, or folders of them) into ``out_dir`` as .ajx files.

    ``jobs``: worker processes (None: one per core; 1: in this process). Raises SaveError
    if ``out_dir`` cannot be made; every other problem is reported per file. The report
    lists the files in the order given, whatever order they finished in.
    """
    folder = make_folder(out_dir)
    sources = collect_inputs(inputs)
    tasks = list(zip(sources, output_paths(sources, folder), strict=True))
    done: dict[int, FileReport] = {}

    def record(index: int, report: FileReport) -> None:
        done[index] = report
        if progress is not None:
            progress(len(done), len(tasks), report)

    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    if workers == 1:
        for index, task in enumerate(tasks):
            record(index, import_one(task))
    else:
        try:
            with ProcessPoolExecutor(workers) as pool:
                futures: dict[Future[FileReport], int] = {
                    pool.submit(import_one, task): i for i, task in enumerate(tasks)}
                for future in as_completed(futures):
                    record(futures[future], future.result())
        except BrokenProcessPool:  # a worker died (out of memory, killed): report, go on
            for index, (source, _target) in enumerate(tasks):
                if index not in done:
                    record(index, FileReport(
                        source, None, error_et=f"{source}: import katkes (töötav protsess suri).",
                        error_en=f"{source}: the import was interrupted (a worker process died)."))
    return ImportSummary([done[i] for i in range(len(tasks))])
