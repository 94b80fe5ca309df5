"""The open and import paths take the visible text; the command line says what differs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.model import JobDescription, PostKind
from ametijuhend_desktop.opening import open_document

from .support import sample_document
from .word_edits import edit_body, exported, paragraph, run, set_runs

CHANGED = "Lepingud on koostatud enne tähtaega."


def open_document_doc(path: Path) -> JobDescription:
    return open_document(path).doc


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    doc = sample_document(PostKind.AMETNIK)

    def edit(root: object) -> None:
        set_runs(paragraph(root, "Lepingud on õigeaegselt koostatud."), run(CHANGED))  # type: ignore[arg-type]

    path = tmp_path / "parandatud.docx"
    path.write_bytes(edit_body(exported(doc), edit))
    return path


def test_opening_gives_the_visible_text(edited: Path) -> None:
    assert open_document_doc(edited).duties.items[1].results[1] == CHANGED
    reading = open_document(edited)
    assert reading.embedded is not None
    assert reading.embedded.duties.items[1].results[1] == "Lepingud on õigeaegselt koostatud."
    assert reading.notes[0].message("en").startswith("1 place differs in the Word text")


def test_saving_the_visible_text_makes_the_next_export_embed_it(edited: Path, tmp_path: Path) -> None:
    doc = open_document_doc(edited)
    again = export_document(doc, tmp_path / "uuesti.docx")
    reading = open_document(again)
    assert reading.embedded == doc and reading.changes() == []


def test_show_and_validate_say_how_many_places_differ(edited: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(edited)]) == 0
    out, err = capsys.readouterr()
    assert CHANGED in out
    assert "muudetud 1 koht" in err
    main(["validate", str(edited)])
    assert "muudetud 1 koht" in capsys.readouterr().err


def test_import_writes_the_visible_version(edited: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "uus.ajx"
    assert main(["import", str(edited), "-o", str(target)]) == 0
    assert ajx.read_file(target).duties.items[1].results[1] == CHANGED
    assert "muudetud 1 koht" in capsys.readouterr().err


def test_an_untouched_export_opens_without_a_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "puutumata.docx"
    path.write_bytes(exported(sample_document(PostKind.TOOTAJA)))
    assert main(["show", str(path)]) == 0
    assert capsys.readouterr().err == ""
