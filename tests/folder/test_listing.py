"""The first listing of a large folder, read by several processes: the same rows in the
folder's order as one process gives, hostile files named with the door's own message,
and a cache that is only ever used for the very files it was made from."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import UserError
from ametijuhend_desktop.folder import index as index_module
from ametijuhend_desktop.folder import summary as summary_module
from ametijuhend_desktop.folder.index import find_documents, index_folder
from ametijuhend_desktop.folder.summary import Summary, summarise
from ametijuhend_desktop.opening import open_document

from .support import make_doc, write_set

TODAY = dt.date(2026, 12, 2)
HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
BAD = ("ajx-billion-laughs.ajx", "ajx-deep-nesting.ajx", "ajx-docx-renamed-to-ajx.ajx",
       "ajx-date-february-30.ajx")
COUNT = index_module._PARALLEL_FROM + 16  # enough that the processes share the work


@pytest.fixture(scope="module")
def big_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("set")
    write_set(folder, {f"osakond-{i % 3}/juhend-{i:03d}": make_doc(f"Peaspetsialist ({i})")
                       for i in range(COUNT)})
    for name in BAD:
        shutil.copy(HOSTILE / name, folder / "osakond-1" / name)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "osakond-2" / "toru.ajx")  # must not stop the listing
    return folder


def _door_says(path: Path) -> tuple[str, str]:
    with pytest.raises(UserError) as refused:
        open_document(path)
    return refused.value.et, refused.value.en


def test_processes_give_the_rows_one_process_gives_in_the_folders_order(
        big_set: Path, tmp_path: Path) -> None:
    together = index_folder(big_set, cache_dir=tmp_path / "a", jobs=2, today=TODAY)
    alone = index_folder(big_set, cache_dir=tmp_path / "b", jobs=1, today=TODAY)
    assert [s.path for s in together] == [str(p) for p in find_documents(big_set)]
    assert together == alone
    assert len(together) == COUNT + len(BAD) + hasattr(os, "mkfifo")


def test_every_hostile_file_is_listed_with_the_doors_message(big_set: Path, tmp_path: Path) -> None:
    rows = {Path(s.path).name: s for s in index_folder(big_set, cache_dir=tmp_path, jobs=2,
                                                       today=TODAY)}
    for name in BAD:
        problem = rows[name].problem
        assert problem is not None, name
        assert (problem.et, problem.en) == _door_says(big_set / "osakond-1" / name)
    if hasattr(os, "mkfifo"):
        pipe = rows["toru.ajx"].problem
        assert pipe is not None and "tavaline fail" in pipe.et
    assert sum(1 for s in rows.values() if s.readable) == COUNT


def test_progress_counts_every_file_once(big_set: Path, tmp_path: Path) -> None:
    told: list[tuple[int, int]] = []
    rows = index_folder(big_set, cache_dir=tmp_path, jobs=2, today=TODAY,
                        progress=lambda done, total: told.append((done, total)))
    assert told == [(n, len(rows)) for n in range(1, len(rows) + 1)]


def test_the_cache_gives_the_same_rows_and_a_changed_file_is_read_again(tmp_path: Path) -> None:
    paths = write_set(tmp_path / "set", {"a": make_doc("Nõunik"), "b": make_doc("Jurist")})
    first = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    assert index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY) == first
    stat = paths["a"].stat()
    ajx.write_file(make_doc("Vanemnõunik"), paths["a"])  # a new size
    os.utime(paths["b"], ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a new time only
    again = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    assert [s.title for s in again] == ["Vanemnõunik", "Jurist"]
    assert again[1].mtime_ns == stat.st_mtime_ns + 10**9
    paths["b"].unlink()
    assert [s.title for s in index_folder(tmp_path / "set", cache_dir=tmp_path / "cache",
                                          today=TODAY)] == ["Vanemnõunik"]


def test_a_cache_cut_short_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_set(tmp_path / "set", {"a": make_doc("Nõunik"), "b": make_doc("Jurist")})
    first = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    (cache,) = (tmp_path / "cache").iterdir()
    kept = json.loads(cache.read_bytes())
    kept["documents"].pop()  # a document lost, the count as before
    cache.write_text(json.dumps(kept))
    read: list[Path] = []
    real = index_module.summarise
    monkeypatch.setattr(index_module, "summarise", lambda p, t: read.append(p) or real(p, t))
    assert index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY) == first
    assert len(read) == 2


def test_a_text_no_encoding_can_write_survives_the_cache(tmp_path: Path) -> None:
    doc = make_doc("Peas\ud800petsialist")  # a lone surrogate: the format keeps it
    doc.purpose.paragraphs = ["Rida üks\nrida kaks „jutumärkides”"]
    write_set(tmp_path / "set", {"a": doc})
    first = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    assert first[0].title == "Peas\ud800petsialist" and first[0].problem is None
    assert index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY) == first


def test_a_summary_reads_back_from_its_cache_line_unchanged(tmp_path: Path) -> None:
    path = write_set(tmp_path, {"a": make_doc("Nõunik", manager="Juhataja")})["a"]
    summary = summarise(path, TODAY)
    assert summary.errors or summary.warnings or summary.text  # a summary with content
    line = summary.json_line()
    assert b"\n" not in line
    assert Summary.from_json(json.loads(line)) == summary


def test_an_older_format_is_still_found_once_there_is_a_newer_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_set(tmp_path, {"a": make_doc("Nõunik")})["a"]
    written = ajx.CURRENT_VERSION
    assert summarise(path, TODAY).format_version == written
    monkeypatch.setattr(summary_module.ajx, "CURRENT_VERSION", written + 1)
    assert summarise(path, TODAY).format_version == written


def test_a_file_that_vanishes_is_listed_with_why(tmp_path: Path) -> None:
    summary = summarise(tmp_path / "läinud.ajx", TODAY)
    assert summary.problem is not None and summary.size == 0
    assert summary.problem.et.startswith("faili ei saanud lugeda")


def test_a_cache_written_again_after_a_change_keeps_the_other_documents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = write_set(tmp_path / "set",
                      {n: make_doc(n.title()) for n in ("nõunik", "jurist", "analüütik")})
    index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    ajx.write_file(make_doc("Vanemjurist"), paths["jurist"])
    changed = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    read: list[Path] = []
    real = index_module.summarise
    monkeypatch.setattr(index_module, "summarise", lambda p, t: read.append(p) or real(p, t))
    assert index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY) == changed
    assert read == [] and "Vanemjurist" in {s.title for s in changed}
