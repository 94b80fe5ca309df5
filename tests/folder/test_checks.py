"""Each cross-document problem planted in a set is found; a consistent set has none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ametijuhend_desktop.folder.checks import SetFinding, check_set
from ametijuhend_desktop.folder.index import index_folder
from ametijuhend_desktop.model import Severity

from .support import consistent_set, make_doc, write_set

TODAY = dt.date(2026, 12, 2)


def findings(folder: Path, tmp_path: Path) -> list[SetFinding]:
    return check_set(index_folder(folder, cache_dir=tmp_path / "cache", today=TODAY), TODAY)


def about(found: list[SetFinding], path: Path) -> list[str]:
    return [f.message.et for f in found if f.file == str(path)]


def test_a_consistent_set_has_no_findings(tmp_path: Path) -> None:
    write_set(tmp_path / "set", consistent_set())
    assert findings(tmp_path / "set", tmp_path) == []


def test_substitution_that_is_not_mutual(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["alam/jarelhooldus"].general.substitutes = []  # no longer names ennetus in 1.5
    paths = write_set(tmp_path / "set", docs)
    found = findings(tmp_path / "set", tmp_path)
    ennetus = [f for f in found if f.file == str(paths["ennetus"])]
    assert len(ennetus) == 1
    assert "1.4 Kes asendab" in ennetus[0].message.et
    assert ennetus[0].related == (str(paths["alam/jarelhooldus"]),)
    assert ennetus[0].severity is Severity.WARNING


def test_the_reverse_direction_too(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["juht"].general.substituted_by = []  # ennetus says it substitutes juht; juht disagrees
    paths = write_set(tmp_path / "set", docs)
    messages = about(findings(tmp_path / "set", tmp_path), paths["ennetus"])
    assert any(m.startswith("1.5 Keda asendab") and "Talitusejuhataja" in m for m in messages)


def test_a_manager_no_document_describes_gets_a_suggestion(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["ennetus"].general.manager = "Talitusejuhatja"
    paths = write_set(tmp_path / "set", docs)
    messages = about(findings(tmp_path / "set", tmp_path), paths["ennetus"])
    assert messages == ["1.3 Vahetu juht: „Talitusejuhatja” ametijuhendit selles kaustas ei ole "
                        "(kas „Talitusejuhataja”?)."]


def test_the_same_title_in_the_same_unit_twice(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["koopia"] = make_doc("talitusejuhataja", substituted_by=("Peaspetsialist (ennetusteenus)",))
    paths = write_set(tmp_path / "set", docs)
    found = findings(tmp_path / "set", tmp_path)
    dup = [f for f in found if "sama ametinimetus" in f.message.et]
    assert {f.file for f in dup} == {str(paths["juht"]), str(paths["koopia"])}


def test_one_unit_written_in_different_ways(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["ennetus"].general.unit = "Ohvriabi  Osakond"
    paths = write_set(tmp_path / "set", docs)
    messages = about(findings(tmp_path / "set", tmp_path), paths["ennetus"])
    assert messages == ["struktuuriüksus on kirjutatud „Ohvriabi  Osakond”, teistes "
                        "ametijuhendites „Ohvriabi osakond”."]


def test_a_manager_chain_that_loops(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["juht"].general.manager = "Peaspetsialist (järelhooldus)"
    paths = write_set(tmp_path / "set", docs)
    found = [f for f in findings(tmp_path / "set", tmp_path) if "ringi" in f.message.et]
    assert {f.file for f in found} == {str(paths["juht"]), str(paths["alam/jarelhooldus"])}


def test_an_overdue_review(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["juht"].meta.last_review = dt.date(2025, 1, 15)
    paths = write_set(tmp_path / "set", docs)
    found = findings(tmp_path / "set", tmp_path)
    assert about(found, paths["juht"]) == ["ülevaatus on hilinenud: see oli kavas 15.01.2026."]


def test_a_document_of_an_older_format(tmp_path: Path) -> None:
    paths = write_set(tmp_path / "set", consistent_set())
    summaries = index_folder(tmp_path / "set", cache_dir=tmp_path / "cache", today=TODAY)
    summaries[0].format_version = 0  # the format has one version yet: planted in the summary
    found = check_set(summaries, TODAY)
    assert [f.message.et for f in found] == [
        "fail on vanemas vormingus (versioon 0); salvestamisel uuendatakse."]
    assert found[0].file in {str(p) for p in paths.values()}


def test_a_damaged_file_is_listed_with_its_problem(tmp_path: Path) -> None:
    paths = write_set(tmp_path / "set", consistent_set())
    broken = tmp_path / "set" / "katki.ajx"
    broken.write_bytes(b"<ametijuhend")
    found = findings(tmp_path / "set", tmp_path)
    errors = [f for f in found if f.file == str(broken)]
    assert len(errors) == 1 and errors[0].severity is Severity.ERROR
    assert len(paths) == 3
