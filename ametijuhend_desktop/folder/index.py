"""Every .ajx under a folder, summarised, with a cache so a later start is quick.

The cache (one JSON file per folder in the per-user cache folder) is keyed by each
file's size and modification time: a file that changed is read again, a file that went
is dropped. Reading is spread over processes (the machine's cores), since parsing and
checking a few thousand documents is CPU work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from platformdirs import user_cache_dir

from ..errors import UserError
from ..files.atomic import atomic_write_bytes
from ..files.bounded import read_file
from .summary import Summary, summarise

SUFFIX = ".ajx"
CACHE_VERSION = 1
MAX_FILES = 20_000  # a folder picked by mistake (a whole disk) stops here
MAX_CACHE_BYTES = 256 * 1024 * 1024  # a cache bigger than this is not ours: read again
_PARALLEL_FROM = 64  # fewer files are read faster in this process

Progress = Callable[[int, int], None]


def default_cache_dir() -> Path:
    return Path(os.environ.get("AMETIJUHEND_CACHE_DIR") or user_cache_dir("ametijuhend",
                                                                          appauthor=False))


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
    try:
        raw = json.loads(read_file(file, MAX_CACHE_BYTES))
        if raw.get("version") != CACHE_VERSION:
            return {}
        return {item["path"]: Summary.from_json(item) for item in raw["documents"]}
    except (UserError, OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}  # no cache, or not ours: read everything again


def _save_cache(file: Path, summaries: list[Summary]) -> None:
    data = json.dumps({"version": CACHE_VERSION,
                       "documents": [s.to_json() for s in summaries]}, ensure_ascii=False)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(file, data.encode("utf-8"), private=True)
    except (OSError, UserError):  # a cache that cannot be written is only slower
        pass


def _fresh(summary: Summary | None, path: Path) -> bool:
    if summary is None:
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    return summary.size == stat.st_size and summary.mtime_ns == stat.st_mtime_ns


def _read_all(paths: list[Path], today: dt.date, jobs: int | None) -> Iterator[Summary]:
    workers = jobs or os.cpu_count() or 1
    if len(paths) < _PARALLEL_FROM or workers <= 1:
        for path in paths:
            yield summarise(path, today)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(summarise, paths, [today] * len(paths),
                            chunksize=max(len(paths) // (workers * 8), 1))


def index_folder(folder: Path, *, cache_dir: Path | None = None, jobs: int | None = None,
                 today: dt.date | None = None, progress: Progress | None = None) -> list[Summary]:
    """A summary of every .ajx under ``folder`` (damaged ones included, with their problem)."""
    paths = find_documents(folder)
    cache = _cache_file(cache_dir or default_cache_dir(), folder)
    known = _load_cache(cache)
    today = today or dt.date.today()
    by_path: dict[str, Summary] = {}
    stale: list[Path] = []
    for path in paths:
        summary = known.get(str(path))
        if summary is not None and _fresh(summary, path):
            by_path[str(path)] = summary
        else:
            stale.append(path)
    total = len(paths)
    done = total - len(stale)
    for summary in _read_all(stale, today, jobs):
        by_path[summary.path] = summary
        done += 1
        if progress is not None:
            progress(done, total)
    summaries = [by_path[str(p)] for p in paths]
    if stale or len(known) != len(summaries):
        _save_cache(cache, summaries)
    return summaries


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
    out += list(_read_all(singles, today, jobs))
    return out
