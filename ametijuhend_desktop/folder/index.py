"""Every .ajx under a folder, summarised, with a cache so a later start is quick.

The cache (one JSON file per folder in the per-user cache folder, a document a line) is
keyed by each file's size and modification time: a file that changed is read again, a
file that went is dropped. Reading is spread over processes (the machine's cores), since
parsing and checking a few thousand documents is CPU work; each process takes a batch of
files and sends back their cache lines, so this process only decodes them and writes the
cache by joining them, without encoding what was just read a second time.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..errors import UserError
from ..files.atomic import atomic_write_bytes
from ..files.bounded import read_file
from ..files.user_folders import cache_dir as user_cache_dir
from .summary import Summary, summarise

SUFFIX = ".ajx"
CACHE_VERSION = 2  # 2: a document a line, each line as the reading process wrote it
MAX_FILES = 20_000  # a folder picked by mistake (a whole disk) stops here
MAX_CACHE_BYTES = 256 * 1024 * 1024  # a cache bigger than this is not ours: read again
_PARALLEL_FROM = 64  # fewer files are read faster in this process
_BATCH = 32  # files per task: a few dozen milliseconds of work, so the cores end together

Progress = Callable[[int, int], None]
# A summary and its line in the cache, as written where it was made.
_Read = tuple[Summary, bytes]


def find_documents(folder: Path) -> list[Path]:
    """Every .ajx under ``folder``, recursively, in a stable order; hidden folders, our
    own temporary files and lock files left out; symbolic links to folders not followed."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.casefold().endswith(SUFFIX) and not name.startswith((".", "~")):
                found.append(Path(root) / name)
                if len(found) >= MAX_FILES:
                    return found
    return found


def _cache_file(cache_dir: Path, folder: Path) -> Path:
    key = hashlib.sha256(os.path.normcase(os.path.abspath(folder)).encode("utf-8",
                                                                         "surrogatepass"))
    return cache_dir / f"folder-{key.hexdigest()[:24]}.json"


def _load_cache(file: Path) -> dict[str, Summary]:
    """The cached summaries by path; empty when there is no cache, or one that is not ours
    or not whole (it counts its documents)."""
    try:
        raw = json.loads(read_file(file, MAX_CACHE_BYTES))
        if raw.get("version") != CACHE_VERSION or raw.get("count") != len(raw["documents"]):
            return {}
        summaries = [Summary.from_json(item) for item in raw["documents"]]
        if not all(isinstance(s.path, str) for s in summaries):
            return {}
        return {s.path: s for s in summaries}
    except (UserError, OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}  # no cache, or not ours: read everything again


def _save_cache(file: Path, lines: list[bytes]) -> None:
    """One JSON object, a document a line: made by joining the lines as they came."""
    head = json.dumps({"version": CACHE_VERSION, "count": len(lines)})[:-1].encode("ascii")
    data = b"".join([head, b', "documents": [\n', b",\n".join(lines), b"\n]}\n"])
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(file, data, private=True)
    except (OSError, UserError):  # a cache that cannot be written is only slower
        pass


def _fresh(summary: Summary, path: Path) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return False
    return summary.size == stat.st_size and summary.mtime_ns == stat.st_mtime_ns


def _summarise_batch(paths: list[Path], today: dt.date) -> list[bytes]:
    """In a worker process: each file's cache line (its summary travels back as it).

    A document read makes no reference cycles, so the cycle collector, which would look
    at every object made for it, is paused for the batch; a refused file's exception
    does make a few, and they go at the batch's end."""
    gc.disable()
    try:
        return [summarise(path, today).json_line() for path in paths]
    finally:
        gc.enable()
        gc.collect(1)


def _decoded(line: bytes) -> _Read:
    return Summary.from_json(json.loads(line)), line


def _read_all(paths: list[Path], today: dt.date, jobs: int | None) -> Iterator[_Read]:
    """Each file's summary and cache line, in the order of ``paths``."""
    workers = jobs or os.cpu_count() or 1
    if len(paths) < _PARALLEL_FROM or workers <= 1:
        for path in paths:
            summary = summarise(path, today)
            yield summary, summary.json_line()
        return
    size = max(1, min(_BATCH, len(paths) // (workers * 4)))
    batches = [paths[i:i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=min(workers, len(batches))) as pool:
        for lines in pool.map(_summarise_batch, batches, [today] * len(batches)):
            yield from map(_decoded, lines)


def index_folder(folder: Path, *, cache_dir: Path | None = None, jobs: int | None = None,
                 today: dt.date | None = None, progress: Progress | None = None) -> list[Summary]:
    """A summary of every .ajx under ``folder`` (damaged ones included, with their problem),
    in the order of ``find_documents``; ``progress`` is told as each file is done."""
    paths = find_documents(folder)
    cache = _cache_file(cache_dir or user_cache_dir(), folder)
    known = _load_cache(cache)
    today = today or dt.date.today()
    by_path: dict[str, Summary] = {}
    lines: dict[str, bytes] = {}  # of the files read now; the cached ones are made again
    stale: list[Path] = []
    for path in paths:
        cached = known.get(str(path))
        if cached is not None and _fresh(cached, path):
            by_path[str(path)] = cached
        else:
            stale.append(path)
    total = len(paths)
    done = total - len(stale)
    for summary, line in _read_all(stale, today, jobs):
        by_path[summary.path] = summary
        lines[summary.path] = line
        done += 1
        if progress is not None:
            progress(done, total)
    rows = [by_path[str(p)] for p in paths]
    if stale or len(known) != len(rows):
        _save_cache(cache, [lines.get(s.path) or s.json_line() for s in rows])
    return rows


def index_files(paths: list[Path], *, today: dt.date | None = None,
                jobs: int | None = None) -> list[Summary]:
    """Summaries of the given files and folders (folders read through their cache)."""
    today = today or dt.date.today()
    out: list[Summary] = []
    singles: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += index_folder(path, today=today, jobs=jobs)
        else:
            singles.append(path)
    out += [summary for summary, _line in _read_all(singles, today, jobs)]
    return out
