"""Export many .ajx files at once, in parallel across cores.

The template is checked once, before any work, so a bad template stops the batch with
one message; after that one bad file never stops the others: each result carries its own
error, and the summary says how many failed (the command line turns that into its exit
code).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SaveError, UserError
from .export import SUFFIX, export_file, resolve_template
from .template import Template

AJX_SUFFIX = ".ajx"


@dataclass(frozen=True)
class ExportResult:
    source: Path
    output: Path | None  # None when the export failed
    error_et: str = ""
    error_en: str = ""

    @property
    def ok(self) -> bool:
        return self.output is not None

    def message(self, lang: str = "et") -> str:
        return self.error_en if lang == "en" else self.error_et


@dataclass
class ExportSummary:
    results: list[ExportResult] = field(default_factory=list)

    @property
    def succeeded(self) -> list[ExportResult]:
        return [r for r in self.results if r.ok]

    @property
    def failed(self) -> list[ExportResult]:
        return [r for r in self.results if not r.ok]

    def text(self, lang: str = "et") -> str:
        done, bad = len(self.succeeded), len(self.failed)
        if lang == "en":
            return f"{done} exported, {bad} failed."
        return f"{done} eksporditud, {bad} ebaõnnestus."


Progress = Callable[[int, int, ExportResult], None]


def collect_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder gives its .ajx files (not its subfolders), sorted."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == AJX_SUFFIX and p.is_file())
        else:
            found.append(path)
    return found


def output_paths(sources: Sequence[Path], out_dir: Path) -> list[Path]:
    """NAME.ajx -> out_dir/NAME.docx; the same name twice gets NAME-2.docx and so on."""
    taken: set[str] = set()
    outputs: list[Path] = []
    for source in sources:
        stem, n = source.stem, 1
        name = f"{stem}{SUFFIX}"
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}{SUFFIX}"
        taken.add(name.casefold())
        outputs.append(out_dir / name)
    return outputs


_worker_template: Template | None = None


def _init_worker(template: Template) -> None:
    global _worker_template
    _worker_template = template


def _export_one(task: tuple[Path, Path, bool]) -> ExportResult:
    source, target, strict = task
    try:
        export_file(source, target, _worker_template, strict=strict)
    except UserError as exc:
        return ExportResult(source, None, exc.message("et"), exc.message("en"))
    except Exception as exc:  # one broken file must not stop the batch
        return ExportResult(
            source, None,
            f"{source}: ootamatu viga ({type(exc).__name__}: {exc})",
            f"{source}: unexpected error ({type(exc).__name__}: {exc})",
        )
    return ExportResult(source, target)


def export_many(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    template: str | Path | Template | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    *,
    strict: bool = False,
) -> ExportSummary:
    """Export every input (.ajx files or folders of them) into ``out_dir``.

    ``strict``: a document with validation errors is not exported (a failed result).

    ``jobs``: worker processes (None: one per core; 1: in this process). Raises
    TemplateError for a bad template and SaveError if ``out_dir`` cannot be made; every
    other problem is reported per file in the summary.
    """
    checked = resolve_template(template)
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"kausta ei saanud luua ({exc.strerror}).",
                        f"could not create the folder ({exc.strerror}).", path=folder) from None
    sources = collect_inputs(inputs)
    tasks = [(source, target, strict)
             for source, target in zip(sources, output_paths(sources, folder), strict=True)]
    summary = ExportSummary()
    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))

    def record(result: ExportResult) -> None:
        summary.results.append(result)
        if progress is not None:
            progress(len(summary.results), len(tasks), result)

    if workers == 1:
        _init_worker(checked)
        for task in tasks:
            record(_export_one(task))
        return summary
    chunk = max(1, min(16, len(tasks) // (workers * 4)))
    try:
        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(checked,)) as pool:
            for result in pool.map(_export_one, tasks, chunksize=chunk):
                record(result)
    except BrokenProcessPool:  # a worker died (out of memory, killed): report, do not crash
        for source, _target, _strict in tasks[len(summary.results):]:
            record(ExportResult(source, None, f"{source}: eksport katkes (töötav protsess suri).",
                                f"{source}: the export was interrupted (a worker process died)."))
    return summary
