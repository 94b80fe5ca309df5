"""Many documents at once; and opening an exported DOCX back."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx import batch as docx_batch
from ametijuhend_desktop.docx.batch import (
    ExportResult,
    collect_inputs,
    export_many,
    output_paths,
)
from ametijuhend_desktop.docx.template import TemplateError
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.model import PostKind
from ametijuhend_desktop.opening import open_document

from .support import sample_document


def _sources(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i, kind in enumerate([PostKind.AMETNIK, PostKind.TOOTAJA, PostKind.AMETNIK]):
        doc = sample_document(kind)
        doc.general.job_title = f"Spetsialist {i}"
        path = folder / f"juhend-{i}.ajx"
        ajx.write_file(doc, path)
        paths.append(path)
    (folder / "katki.ajx").write_text("<ametijuhend>pooleli", encoding="utf-8")
    (folder / "muu.txt").write_text("not a job description", encoding="utf-8")
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path, jobs: int) -> None:
    good = _sources(tmp_path / "sisse")
    seen: list[tuple[int, int, ExportResult]] = []
    summary = export_many([tmp_path / "sisse"], tmp_path / "välja", jobs=jobs,
                          progress=lambda done, total, r: seen.append((done, total, r)))
    assert [d for d, _, _ in seen] == [1, 2, 3, 4] and {t for _, t, _ in seen} == {4}
    assert len(summary.succeeded) == 3 and len(summary.failed) == 1
    bad = summary.failed[0]
    assert bad.source.name == "katki.ajx" and "katki.ajx" in bad.message("et") and bad.error_en
    for source in good:
        out = tmp_path / "välja" / f"{source.stem}.docx"
        assert open_document(out).doc == ajx.read_file(source)
    assert sorted(p.name for p in (tmp_path / "välja").iterdir()) == [
        "juhend-0.docx", "juhend-1.docx", "juhend-2.docx"]
    assert summary.text("et") == "3 eksporditud, 1 ebaõnnestus."
    assert summary.text("en") == "3 exported, 1 failed."


def test_a_missing_input_is_reported_not_raised(tmp_path: Path) -> None:
    summary = export_many([tmp_path / "pole.ajx"], tmp_path / "välja", jobs=1)
    assert len(summary.failed) == 1 and summary.failed[0].error_et


def test_a_bad_template_stops_the_batch_before_any_work(tmp_path: Path) -> None:
    _sources(tmp_path / "sisse")
    bad = tmp_path / "mall.docx"
    bad.write_bytes(b"no")
    with pytest.raises(TemplateError):
        export_many([tmp_path / "sisse"], tmp_path / "välja", template=bad, jobs=2)
    assert not (tmp_path / "välja").exists()


def test_same_names_from_different_folders_do_not_overwrite(tmp_path: Path) -> None:
    sources = [Path("a/juhend.ajx"), Path("b/juhend.ajx"), Path("c/Juhend.ajx")]
    assert [p.name for p in output_paths(sources, tmp_path)] == [
        "juhend.docx", "juhend-2.docx", "Juhend-3.docx"]


def test_collect_inputs_takes_files_and_folders(tmp_path: Path) -> None:
    good = _sources(tmp_path / "sisse")
    found = collect_inputs([good[0], tmp_path / "sisse"])
    assert found[0] == good[0] and [p.name for p in found[1:]] == [
        "juhend-0.ajx", "juhend-1.ajx", "juhend-2.ajx", "katki.ajx"]


# -- reading an exported DOCX back -----------------------------------------------------------


def test_a_word_file_without_data_is_imported_as_foreign(tmp_path: Path) -> None:
    from ametijuhend_desktop.docx.template import default_template_path
    from ametijuhend_desktop.opening import Source

    assert open_document(default_template_path()).source is Source.FOREIGN_WORD


@pytest.mark.parametrize("content", [b"", b"plain text", b"PK\x03\x04broken"])
def test_not_a_word_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as info:
        open_document(path)
    assert "Wordi dokument" in info.value.et


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="ei leitud"):
        open_document(tmp_path / "pole.docx")
    with pytest.raises(FileFormatError, match="kaust"):
        open_document(tmp_path)


def _die(task: tuple[Path, Path]) -> ExportResult:
    os._exit(3)  # a worker killed mid-batch (out of memory, killed by the user)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to patch workers")
def test_a_dying_worker_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _sources(tmp_path / "sisse")
    monkeypatch.setattr(docx_batch, "_export_one", _die)
    summary = export_many([tmp_path / "sisse"], tmp_path / "välja", jobs=2)
    assert len(summary.results) == 4 and len(summary.failed) == 4
    assert "katkes" in summary.failed[0].error_et


_real_export_one = docx_batch._export_one


def _die_after_the_others(task: tuple[Path, Path, bool]) -> ExportResult:
    """The first file kills its worker, but only once the other worker has written two."""
    source, target, _strict = task
    if source.name != "juhend-0.ajx":
        return _real_export_one(task)
    for _ in range(400):
        if all((target.parent / f"juhend-{i}.docx").exists() for i in (1, 2)):
            break
        time.sleep(0.025)
    os._exit(3)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to patch workers")
def test_files_written_before_a_worker_died_count_as_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sources(tmp_path / "sisse")
    out = tmp_path / "välja"
    (out).mkdir()
    (out / "juhend-0.docx").write_bytes(b"old")  # there before: must not count as written
    monkeypatch.setattr(docx_batch, "_export_one", _die_after_the_others)
    summary = export_many([tmp_path / "sisse"], out, jobs=2)
    assert sorted(r.source.name for r in summary.succeeded) == ["juhend-1.ajx", "juhend-2.ajx"]
    assert len(summary.results) == 4
    assert summary.text("en").startswith("2 exported, 2 failed")


@pytest.mark.parametrize("jobs", [1, 2])
def test_what_is_not_a_regular_file_is_reported_as_skipped(tmp_path: Path, jobs: int) -> None:
    good = _sources(tmp_path / "sisse")
    folder = tmp_path / "sisse"
    (folder / "kaust.ajx").mkdir()
    (folder / "puudub.ajx").symlink_to(folder / "pole-olemas.ajx")
    os.mkfifo(folder / "toru.ajx")
    summary = export_many([folder], tmp_path / "välja", jobs=jobs)
    skipped = {r.source.name: r for r in summary.skipped}
    assert sorted(skipped) == ["kaust.ajx", "puudub.ajx", "toru.ajx"]
    assert "kaust" in skipped["kaust.ajx"].message("et")
    assert "link" in skipped["puudub.ajx"].message("en")
    assert "regular file" in skipped["toru.ajx"].message("en")
    assert len(summary.succeeded) == len(good) and len(summary.failed) == 1
    assert summary.text("et") == "3 eksporditud, 1 ebaõnnestus, 3 jäeti vahele."
    assert summary.text("en") == "3 exported, 1 failed, 3 skipped."
