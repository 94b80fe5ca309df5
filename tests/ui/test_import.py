"""Importing an old job description, and opening a Word file, give a new unsaved document."""

from __future__ import annotations

from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"
# No header line: the importer has to guess the kind of post, and says so.
OLD_TEXT = ("AMETIJUHEND\n\n1. ÜLDOSA\n\n"
            "3. TÖÖÜLESANDED\n\n3.1 Koolituste korraldamine.\n• Koolitused on läbi viidud.\n")


def test_import_an_old_text_shows_notes_and_asks_to_save_on_close(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "vana ametijuhend.txt"
    old.write_text(OLD_TEXT, encoding="utf-8")
    shown: list[list[str]] = []
    monkeypatch.setattr(window.files, "show_import_notes", lambda _p, notes: shown.append(notes))
    monkeypatch.setattr(window.files, "ask_import_path", lambda: str(old))
    window.actions_.import_old.trigger()
    doc = window.editor.doc
    assert doc.duties.items[0].text == "Koolituste korraldamine."
    assert doc.duties.items[0].results == ["Koolitused on läbi viidud."]
    assert window.path is None  # a new document: saving asks for a name
    assert not window.editor.stack.isClean()  # closing asks to save it
    assert old.read_text(encoding="utf-8") == OLD_TEXT  # the source is never written to
    assert len(shown) == 1 and any("ametikoha liik" in note for note in shown[0])


def test_opening_an_exported_word_file_gives_back_the_document(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    source = ajx.read_file(EXAMPLE)
    docx = export_document(source, tmp_path / "allkirjastamiseks.docx")
    before = docx.read_bytes()
    assert window.files.open_now(docx)
    assert window.editor.doc == source
    assert window.path is None
    assert docx.read_bytes() == before


def test_an_unreadable_import_is_explained(qtbot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "vana.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    errors: list[str] = []
    monkeypatch.setattr(window.files, "show_error",
                        lambda error, _title: errors.append(error.message("et")))
    before = window.editor.doc
    assert not window.files.import_old(pdf)
    assert window.editor.doc is before
    assert errors and str(pdf) in errors[0]


def test_every_guess_of_an_import_is_a_finding_that_goes_to_its_place(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ametijuhend_desktop.model import SectionId
    from ametijuhend_desktop.ui.tree_model import Node, NodeKind

    old = tmp_path / "vana.txt"
    old.write_text(OLD_TEXT, encoding="utf-8")
    monkeypatch.setattr(window.files, "show_import_notes", lambda _p, notes: None)
    assert window.files.import_now(old)
    listed = [window.findings.item(i) for i in range(window.findings.count())]
    imported = [item for item in listed if item.text().startswith("Import: ")]
    assert any("ametikoha liik" in item.text() for item in imported)
    window.findings.itemClicked.emit(next(i for i in imported if "ametikoha liik" in i.text()))
    assert window.tree.current_node() in (Node(NodeKind.META), Node(NodeKind.SECTION, SectionId.GENERAL))
    from ametijuhend_desktop.ui.file_actions import SaveChoice

    monkeypatch.setattr(window.files, "ask_save_changes", lambda: SaveChoice.DISCARD)
    window.files.new(window.editor.doc.meta.kind)  # another document: the notes go
    assert not any(window.findings.item(i).text().startswith("Import: ")
                   for i in range(window.findings.count()))


def test_a_text_too_large_to_import_is_refused_and_the_document_stays(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "kõik ametijuhendid.txt"
    big.write_text("- Tulemus on saavutatud.\n" * 25_000, encoding="utf-8")  # 625 KB
    errors: list[str] = []
    monkeypatch.setattr(window.files, "show_error",
                        lambda error, _title: errors.append(error.message("et")))
    before = window.editor.doc
    assert not window.files.import_old(big)
    assert window.editor.doc is before
    assert errors and "512 KB" in errors[0] and str(big) in errors[0]


def test_a_document_the_reader_could_not_take_back_is_not_saved(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap made small, so an ordinary document is over it: the save says so, the
    window keeps the document, and no file (nor lock, nor temporary) appears."""
    from ametijuhend_desktop.ajx import limits

    monkeypatch.setattr(limits, "MAX_TAGS", 20)
    shown: list[str] = []
    monkeypatch.setattr(window.safe, "show_error",
                        lambda error, _title, _parent: shown.append(error.message("et")))
    doc = window.editor.doc
    target = tmp_path / "uus.ajx"
    assert not window.safe.save(target, window)
    assert window.editor.doc is doc
    assert not target.exists() and [p.name for p in tmp_path.iterdir()] == []
    assert shown and "liiga suur" in shown[0] and "lubatud on 20" in shown[0]
