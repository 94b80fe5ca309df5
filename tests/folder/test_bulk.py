"""Renaming a unit or a position and updating a standard text across a set: previewed,
then written with backups; nothing written for a file that changed or is open elsewhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ametijuhend_desktop import ajx
from ametijuhend_desktop.folder.bulk import apply, rename_position, rename_unit, replace_text
from ametijuhend_desktop.storage import locks
from ametijuhend_desktop.storage.backups import BackupStore

from .support import consistent_set, write_set


def test_rename_a_unit_however_it_was_written(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["ennetus"].general.unit = "ohvriabi  Osakond."
    paths = write_set(tmp_path, docs)
    preview = rename_unit(list(paths.values()), "Ohvriabi osakond", "Ohvriabi ja ennetuse osakond")
    assert sorted(c.old for c in preview.changes) == ["Ohvriabi osakond", "Ohvriabi osakond",
                                                      "ohvriabi  Osakond."]
    assert {c.place.et for c in preview.changes} == {"1. Üldosa › Struktuuriüksus"}
    before = {p: p.read_bytes() for p in paths.values()}
    assert before == {p: p.read_bytes() for p in paths.values()}  # a preview writes nothing
    backups = BackupStore(tmp_path / "backups")
    done = apply(preview, backups=backups)
    assert sorted(done.changed.values()) == [1, 1, 1] and done.skipped == []
    assert {ajx.read_file(p).general.unit for p in paths.values()} == {"Ohvriabi ja ennetuse osakond"}
    assert all(backups.versions(p) for p in paths.values())


def test_rename_a_position_wherever_it_is_named(tmp_path: Path) -> None:
    paths = write_set(tmp_path, consistent_set())
    preview = rename_position(list(paths.values()), "Talitusejuhataja", "Osakonnajuhataja")
    seen = {(c.file.stem, c.path, c.old, c.new) for c in preview.changes}
    assert seen == {
        ("juht", ("general", "job_title"), "Talitusejuhataja", "Osakonnajuhataja"),
        ("ennetus", ("general", "manager"), "Talitusejuhataja", "Osakonnajuhataja"),
        ("jarelhooldus", ("general", "manager"), "Talitusejuhataja", "Osakonnajuhataja"),
        ("ennetus", ("general", "substitutes", 0), "Talitusejuhatajat", "Osakonnajuhatajat"),
    }
    apply(preview, backups=BackupStore(tmp_path / "b"))
    assert ajx.read_file(paths["ennetus"]).general.substitutes[0] == "Osakonnajuhatajat"


def test_a_partitive_inside_a_list_entry_keeps_its_neighbours(tmp_path: Path) -> None:
    docs = consistent_set()
    docs["ennetus"].general.substitutes = ["teenuse juhti, Talitusejuhatajat ja koordinaatorit"]
    paths = write_set(tmp_path, docs)
    preview = rename_position([paths["ennetus"]], "Teenuse juht", "Valdkonnajuht")
    assert [(c.old, c.new) for c in preview.changes] == [
        ("teenuse juhti, Talitusejuhatajat ja koordinaatorit",
         "valdkonnajuhti, Talitusejuhatajat ja koordinaatorit")]


def test_update_a_standard_text_everywhere_it_was_used(tmp_path: Path) -> None:
    docs = consistent_set()
    old = docs["juht"].rights.items[0]
    docs["ennetus"].rights.items[0] = old + " "  # trailing space: still the same wording
    docs["alam/jarelhooldus"].rights.items[0] = "Oma sõnadega kirjutatud õigus."
    paths = write_set(tmp_path, docs)
    preview = replace_text(list(paths.values()), old, "Uus õiguse sõnastus.")
    assert {c.file for c in preview.changes} == {paths["juht"], paths["ennetus"]}
    assert all(c.path == ("rights", "items", 0) for c in preview.changes)
    apply(preview, backups=BackupStore(tmp_path / "b"))
    assert ajx.read_file(paths["juht"]).rights.items[0] == "Uus õiguse sõnastus."
    assert ajx.read_file(paths["alam/jarelhooldus"]).rights.items[0] == "Oma sõnadega kirjutatud õigus."


def test_a_file_changed_or_open_elsewhere_is_skipped(tmp_path: Path) -> None:
    paths = write_set(tmp_path, consistent_set())
    preview = rename_unit(list(paths.values()), "Ohvriabi osakond", "Uus osakond")
    changed = paths["juht"]
    doc = ajx.read_file(changed)
    doc.purpose.paragraphs.append("Kolleegi lisatud lõik.")
    ajx.write_file(doc, changed)
    held = paths["ennetus"]
    owner = locks.LockOwner("kolleeg", "teine-arvuti", 4242, dt.datetime.now(dt.UTC))
    locks.lock_path(held).write_bytes(owner.to_bytes())
    held_before = held.read_bytes()
    done = apply(preview, backups=BackupStore(tmp_path / "b"))
    assert list(done.changed) == [paths["alam/jarelhooldus"]]
    assert {p for p, _ in done.skipped} == {changed, held}
    assert "Kolleegi lisatud lõik." in ajx.read_file(changed).purpose.paragraphs
    assert held.read_bytes() == held_before
