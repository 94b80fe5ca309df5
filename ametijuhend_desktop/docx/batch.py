"""Export many .ajx files at once, in parallel across cores.

The template is checked once, before any work, so a bad template stops the batch with
one message; after that one bad file never stops the others: each result carries its own
error, and the summary says how many failed (the command line turns that into its exit
code). An input that is not a regular file (a folder, a pipe, a dangling link named
*.ajx) is skipped with a reason, and a file a dying worker had already written counts as
exported: the summary matches what is on disk.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..files.atomic import make_folder, os_error_reason
from ..files.os_errors import unexpected
from .export import SUFFIX, export_file, resolve_template
from .template import Template

log = logging.getLogger(__name__)

AJX_SUFFIX = ".ajx"


@dataclass(frozen=True)
class ExportResult:
    source: Path
    output: Path | None  # None when the export failed
    error_et: str = ""
    error_en: str = ""
    skipped: bool = False  # not a regular file: never tried, not a failure

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
        return [r for r in self.results if not r.ok and not r.skipped]

    @property
    def skipped(self) -> list[ExportResult]:
        return [r for r in self.results if r.skipped]

    def text(self, lang: str = "et") -> str:
        done, bad, skipped = len(self.succeeded), len(self.failed), len(self.skipped)
        if lang == "en":
            return f"{done} exported, {bad} failed" + (f", {skipped} skipped." if skipped else ".")
        return f"{done} eksporditud, {bad} ebaõnnestus" + (
            f", {skipped} jäeti vahele." if skipped else ".")


Progress = Callable[[int, int, ExportResult], None]


def collect_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder gives every entry named *.ajx in it, sorted, whatever it
    is (``skip_reason`` then sorts out folders, pipes and dangling links)."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == AJX_SUFFIX)
        else:
            found.append(path)
    return found


def skipped(source: Path) -> ExportResult | None:
    """A skipped result when ``source`` is there but is not a regular file; a missing
    file is left to the export, which reports it as a failure the user must see."""
    try:
        mode = source.stat().st_mode
    except FileNotFoundError:
        if not source.is_symlink():
            return None
        et, en = "link viitab failile, mida ei ole.", "the link points to a file that does not exist."
    except OSError as exc:
        reason_et, reason_en = os_error_reason(exc)
        et, en = f"faili ei saa lugeda ({reason_et}).", f"the file cannot be read ({reason_en})."
    else:
        if stat.S_ISREG(mode):
            return None
        if stat.S_ISDIR(mode):
            et, en = "see on kaust, mitte fail.", "it is a folder, not a file."
        else:
            et, en = ("see ei ole tavaline fail (vaid näiteks toru või seade).",
                      "not a regular file (a pipe or a device, for example).")
    return ExportResult(source, None, f"{source}: jäeti vahele: {et}", f"{source}: skipped: {en}",
                        skipped=True)


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Which file is at ``path`` now: an atomic write always gives a new one."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def _after_death(task: tuple[Path, Path, bool], before: tuple[int, int, int] | None) -> ExportResult:
    """A task whose worker died: exported if its file was written, else interrupted."""
    source, target, _strict = task
    now = _identity(target)
    if now is not None and now != before:
        return ExportResult(source, target)
    return ExportResult(source, None, f"{source}: eksport katkes (töötav protsess suri).",
                        f"{source}: the export was interrupted (a worker process died).")


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
        log.exception("export: unexpected error for %s", source)
        et, en = unexpected(exc)
        return ExportResult(source, None, f"{source}: {et}", f"{source}: {en}")
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
    folder = make_folder(out_dir)
    sources, passed_over = [], []
    for source in collect_inputs(inputs):
        skip = skipped(source)
        if skip is None:
            sources.append(source)
        else:
            passed_over.append(skip)
    tasks = [(source, target, strict)
             for source, target in zip(sources, output_paths(sources, folder), strict=True)]
    summary = ExportSummary()
    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))

    def record(result: ExportResult) -> None:
        summary.results.append(result)
        if progress is not None:
            progress(len(summary.results), len(tasks) + len(passed_over), result)

    for skip in passed_over:
        record(skip)

    if workers == 1:
        _init_worker(checked)
        for task in tasks:
            record(_export_one(task))
        return summary
    before = {target: _identity(target) for _source, target, _strict in tasks}
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(checked,)) as pool:
        futures = [pool.submit(_export_one, task) for task in tasks]
        for task, future in zip(tasks, futures, strict=True):
            try:
                record(future.result())
            except BrokenProcessPool:  # a worker died (out of memory, killed): look on disk
                record(_after_death(task, before[task[1]]))
    return summary
