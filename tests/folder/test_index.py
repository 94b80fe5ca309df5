"""The folder's documents listed, cached, searched; review dates read from the clause."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from ametijuhend_desktop.folder import index as index_module
from ametijuhend_desktop.folder.index import find_documents, index_folder
from ametijuhend_desktop.folder.review import add_months, interval_months
from ametijuhend_desktop.folder.search import search

from .support import consistent_set, write_set

TODAY = dt.date(2026, 12, 2)


def test_every_ajx_under_the_folder_is_listed(tmp_path: Path) -> None:
    paths = write_set(tmp_path, consistent_set())
    (tmp_path / ".peidetud").mkdir()
    (tmp_path / ".peidetud" / "x.ajx").write_bytes(b"")
    (tmp_path / "märkmed.txt").write_text("x")
    assert find_documents(tmp_path) == sorted(paths.values(), key=lambda p: (
        len(p.relative_to(tmp_path).parts) > 1, str(p)))


def test_the_table_row_of_a_document(tmp_path: Path) -> None:
    paths = write_set(tmp_path / "set", consistent_set())
    rows = {Path(s.path): s for s in index_folder(tmp_path / "set", cache_dir=tmp_path, today=TODAY)}
    row = rows[paths["ennetus"]]
    assert (row.title, row.unit, row.manager, row.kind) == (
        "Peaspetsialist (ennetusteenus)", "Ohvriabi osakond", "Talitusejuhataja", "ametnik")
    assert row.last_review == "2026-06-01" and row.next_review == "2027-06-01"
    assert row.problem is None and row.errors == [] and "järelhooldus" in row.text


def test_a_later_start_reads_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = write_set(tmp_path / "set", consistent_set())
    index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    read: list[Path] = []
    real = index_module.summarise
    monkeypatch.setattr(index_module, "summarise", lambda p, t: read.append(p) or real(p, t))
    index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    assert read == []
    changed = paths["juht"]
    changed.write_bytes(changed.read_bytes().replace(b"Talitusejuhataja", b"Talituse juht"))
    os.utime(changed, ns=(1, 1))
    rows = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    assert read == [changed]
    assert "Talituse juht" in {r.title for r in rows}


def test_a_damaged_cache_is_read_again(tmp_path: Path) -> None:
    write_set(tmp_path / "set", consistent_set())
    first = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    for file in (tmp_path / "cache").iterdir():
        file.write_bytes(b'{"version": 1, "documents": [{"path": 3}]}')
    assert index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY) == first


def test_search_finds_the_documents_that_mention_a_word(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["juht"].purpose.paragraphs = ["Talituse mesinduse korraldamine."]
    paths = write_set(tmp_path / "set", docs)
    rows = index_folder(tmp_path / "set", cache_dir=tmp_path, today=TODAY)
    hits = search(rows, "MESINDUSE talituse")
    assert [Path(h.summary.path) for h in hits] == [paths["juht"]]
    assert any("mesinduse" in line for line in hits[0].lines)
    assert search(rows, "   ") == []


@pytest.mark.parametrize(("text", "months"), [
    ("Ametijuhend vaadatakse üle kord aastas vahetu juhiga.", 12),
    ("Ametijuhend vaadatakse üle kaks korda aastas.", 6),
    ("Ametijuhend vaadatakse üle kord kahe aasta jooksul.", 24),
    ("Ametijuhend vaadatakse üle iga kolme aasta tagant.", 36),
    ("Ülevaatus kord kvartalis.", 3),
    ("Ametijuhendit muudetakse töökorralduse muutumisel.", 12),
])
def test_the_review_interval_from_the_clause(text: str, months: int) -> None:
    assert interval_months(text) == months


def test_months_are_added_to_the_end_of_a_short_month() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 15), 14) == dt.date(2028, 1, 15)
