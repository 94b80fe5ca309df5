"""Importing an old job description from a Word file that the editor did not make."""

from __future__ import annotations

import copy
import io
import time
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ametijuhend_desktop.ajx import read_file
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.importing import word as word_import
from ametijuhend_desktop.importing.word import read_word
from ametijuhend_desktop.model import Cefr, JobDescription, PostKind, SignatoryRole
from ametijuhend_desktop.opening import open_document as import_file
from ametijuhend_desktop.preview.plain_text import to_text
from tests.importing.test_parse import lost_words

REPO = Path(__file__).parents[2]
EXAMPLES = REPO / "resources" / "examples"
NAMES = sorted(p.stem for p in EXAMPLES.glob("*.ajx"))


def printed(doc: JobDescription) -> JobDescription:
    """What the Word file shows: metadata that is not printed is left out (a töötaja's
    organisation is not printed; an ametnik's is read from the approval line)."""
    doc = copy.deepcopy(doc)
    doc.meta.version = doc.meta.author = ""
    if doc.kind is PostKind.TOOTAJA:
        doc.meta.organisation = ""
    doc.meta.effective_date = doc.meta.last_review = None
    return doc


def foreign_copy(doc: JobDescription, path: Path) -> Path:
    """The document exported, then stripped of its data part: a Word file like any other."""
    export_document(doc, path)
    document = docx.Document(str(path))
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            del document.part.rels[rid]
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        assert not any(name.startswith("customXml/item") for name in archive.namelist())
    return path


def test_examples_are_there() -> None:
    assert len(NAMES) == 3


@pytest.mark.parametrize("name", NAMES)
def test_an_exported_example_without_its_data_imports_as_it_was(name: str, tmp_path: Path) -> None:
    source = read_file(EXAMPLES / f"{name}.ajx")
    result = read_word(foreign_copy(source, tmp_path / f"{name}.docx"))
    doc = result.doc
    assert [d.text for d in doc.duties.items] == [d.text for d in source.duties.items]
    assert [d.results for d in doc.duties.items] == [d.results for d in source.duties.items]
    assert [d.sub_items for d in doc.duties.items] == [d.sub_items for d in source.duties.items]
    assert doc.rights == source.rights
    assert doc.responsibilities == source.responsibilities
    assert doc.requirements == source.requirements
    assert printed(doc) == printed(source)
    assert to_text(doc) == to_text(source)


@pytest.mark.parametrize("name", NAMES)
def test_our_own_export_is_read_from_its_data_part(name: str, tmp_path: Path) -> None:
    source = read_file(EXAMPLES / f"{name}.ajx")
    path = export_document(source, tmp_path / f"{name}.docx")
    assert import_file(path).doc == source
    assert import_file(path).notes == ()


def _cell(cell: docx.table._Cell, *texts: str, style: str | None = None) -> None:
    cell.paragraphs[0].text = texts[0]
    for text in texts[1:]:
        cell.add_paragraph(text, style)


def handmade(path: Path) -> Path:
    """A job description typed in Word the way people do: built-in headings, tables and
    bulleted lists, no section or duty numbers typed."""
    d = docx.Document()
    d.add_paragraph("Töölepingu juurde kuuluv lisa")
    d.add_paragraph("AMETIJUHEND")
    d.add_heading("Üldosa", 1)
    table = d.add_table(rows=0, cols=2)
    for label, value in [("Ametinimetus", "Nõunik"), ("Struktuuriüksus", "Arendusosakond"),
                         ("Vahetu juht", "Osakonna juhataja"), ("Kes asendab", "Analüütik"),
                         ("Alluvad", "-")]:
        cells = table.add_row().cells
        _cell(cells[0], label)
        _cell(cells[1], value)
    d.add_heading("Ametikoha eesmärk", 1)
    d.add_paragraph("Arendustegevuste koordineerimine.")
    d.add_heading("Tööülesanded", 1)
    duties = d.add_table(rows=1, cols=2)
    _cell(duties.rows[0].cells[0], "Põhiülesanded")
    _cell(duties.rows[0].cells[1], "Oodatavad tulemused")
    row = duties.add_row().cells
    _cell(row[0], "Analüüside koostamine, sh:")
    row[0].add_paragraph("statistika kogumine;", "List Bullet")
    row[0].add_paragraph("aruannete kirjutamine.", "List Bullet")
    _cell(row[1], "Analüüsid on koostatud.", "Tulemused on esitatud.")  # plain paragraphs
    row = duties.add_row().cells
    _cell(row[0], "Koostöö partneritega.")
    _cell(row[1], "")
    row[1].paragraphs[0].style = d.styles["List Bullet"]
    row[1].paragraphs[0].text = "Koostöö toimib."
    d.add_heading("Õigused", 1)
    d.add_paragraph("Töötajal on õigus:")
    d.add_paragraph("saada infot;", "List Bullet")
    d.add_paragraph("osaleda koolitustel.", "List Bullet")
    d.add_heading("Vastutus", 1)
    d.add_paragraph("Omab vastutust:")
    d.add_paragraph("vara kasutamise eest.", "List Bullet")
    d.add_heading("Ametikohale esitatavad nõuded", 1)
    req = d.add_table(rows=0, cols=2)
    for label, values in [
        ("Haridus", ["Kõrgharidus."]),
        ("Keeleoskus", ["Eesti keele oskus vähemalt tasemel C1.", "Inglise keele oskus tasemel B2."]),
        ("Tööks vajalikud kompetentsid", ["Koostöövõime:"]),
    ]:
        cells = req.add_row().cells
        _cell(cells[0], label)
        _cell(cells[1], *values)
    req.rows[-1].cells[1].add_paragraph("Teeb koostööd.", "List Bullet")
    d.add_heading("Ametijuhendi muutmine", 1)
    d.add_paragraph("Ametijuhend vaadatakse üle kord aastas.")
    d.add_paragraph("Poolte allkirjad:")
    sign = d.add_table(rows=1, cols=2).rows[0].cells
    _cell(sign[0], "Tööandja:", "(allkirjastatud digitaalselt)", "Mari Maasikas", "Peadirektor")
    _cell(sign[1], "Töötaja:", "(allkirjastatud digitaalselt)", "Jaan Kask")
    d.save(str(path))
    return path


def test_a_hand_made_word_document(tmp_path: Path) -> None:
    doc = read_word(handmade(tmp_path / "vana.docx")).doc
    assert doc.kind is PostKind.TOOTAJA
    g = doc.general
    assert (g.job_title, g.unit, g.manager, g.substituted_by) == (
        "Nõunik", "Arendusosakond", "Osakonna juhataja", ["Analüütik"]
    )
    assert [(r.label, r.text) for r in g.extra_rows] == [("Alluvad", "-")]
    assert g.heading == "Üldosa"
    assert doc.purpose.paragraphs == ["Arendustegevuste koordineerimine."]
    assert [(d.text, d.sub_items, d.results) for d in doc.duties.items] == [
        ("Analüüside koostamine, sh:", ["statistika kogumine;", "aruannete kirjutamine."],
         ["Analüüsid on koostatud.", "Tulemused on esitatud."]),
        ("Koostöö partneritega.", [], ["Koostöö toimib."]),
    ]
    assert doc.rights.items == ["saada infot;", "osaleda koolitustel."]
    assert doc.rights.intro is None  # the töötaja's default intro
    assert doc.responsibilities.intro == "Omab vastutust:"
    assert doc.responsibilities.items == ["vara kasutamise eest."]
    r = doc.requirements
    assert [(x.label, x.text) for x in r.rows] == [("Haridus", "Kõrgharidus.")]
    assert [(x.name, x.level, x.required) for x in r.languages] == [
        ("eesti", Cefr.C1, True), ("inglise", Cefr.B2, True)
    ]
    assert [(c.name, c.behaviours) for c in r.competency_groups] == [
        ("Koostöövõime", ["Teeb koostööd."])
    ]
    assert doc.review.text == "Ametijuhend vaadatakse üle kord aastas."
    assert [(s.role, s.name, s.position) for s in doc.signatories] == [
        (SignatoryRole.EMPLOYER, "Mari Maasikas", "Peadirektor"),
        (SignatoryRole.EMPLOYEE, "Jaan Kask", ""),
    ]


def test_a_word_file_is_imported_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = handmade(tmp_path / "vana.docx")
    renamed = path.rename(tmp_path / "vana.txt")
    assert import_file(renamed).doc.general.job_title == "Nõunik"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _refused(path: Path) -> FileFormatError:
    started = time.perf_counter()
    with pytest.raises(FileFormatError) as caught:
        read_word(path)
    assert time.perf_counter() - started < 5
    error = caught.value
    assert error.et and error.en and error.et != error.en
    assert str(path) in error.message("et")
    return error


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "vana.docx"
    path.write_bytes(b"Tere, see on lihtsalt tekst.\n" * 10)
    assert "ei ole Wordi dokument" in _refused(path).et


def test_a_damaged_zip(tmp_path: Path) -> None:
    good = handmade(tmp_path / "hea.docx").read_bytes()
    path = tmp_path / "vana.docx"
    path.write_bytes(good[: len(good) // 2])
    assert "ei ole Wordi dokument" in _refused(path).et


def test_a_zip_that_is_not_word(tmp_path: Path) -> None:
    path = _zip(tmp_path / "vana.docx", {"mimetype": b"application/zip", "a.txt": b"x"})
    assert "ei ole Wordi dokument" in _refused(path).et


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = _zip(tmp_path / "pomm.docx", {"word/document.xml": b"\0" * (30 * 1024 * 1024)})
    assert path.stat().st_size < 1024 * 1024
    assert "lahtipakituna liiga suur" in _refused(path).et


def test_too_much_unpacked_in_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_import, "MAX_UNPACKED_BYTES", 1000)
    path = _zip(tmp_path / "suur.docx", {"word/document.xml": bytes(range(256)) * 8})
    assert "liiga suur" in _refused(path).et


def test_a_file_too_large_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_import, "MAX_WORD_BYTES", 100)
    path = handmade(tmp_path / "vana.docx")
    assert "liiga suur" in _refused(path).et


def test_an_encrypted_or_old_word_file(tmp_path: Path) -> None:
    path = tmp_path / "salajane.docx"
    path.write_bytes(word_import.OLE_SIGNATURE + b"\0" * 4096)
    error = _refused(path)
    assert "parool" in error.et and "password" in error.en


def test_a_zip_with_encrypted_members(tmp_path: Path) -> None:
    path = _zip(tmp_path / "vana.docx", {"word/document.xml": b"<x/>"})
    data = bytearray(path.read_bytes())
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):  # set the "encrypted" flag bit
        at = data.find(signature)
        offset = at + (6 if signature == b"PK\x03\x04" else 8)
        data[offset] |= 0x1
    path.write_bytes(bytes(data))
    assert "parool" in _refused(path).et


def test_a_broken_document_part(tmp_path: Path) -> None:
    good = handmade(tmp_path / "hea.docx")
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = b"<w:document xmlns:w='x'><unclosed>"
    path = _zip(tmp_path / "vana.docx", members)
    assert "ei ole Wordi dokument" in _refused(path).et


def test_two_thousand_duties_in_a_word_table(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Tööülesanded", 1)
    table = d.add_table(rows=1, cols=2)
    _cell(table.rows[0].cells[0], "Põhiülesanded")
    _cell(table.rows[0].cells[1], "Oodatavad tulemused")
    for i in range(2000):
        cells = table.add_row().cells
        _cell(cells[0], f"Ülesanne {i}.")
        _cell(cells[1], f"Tulemus {i}.")
    path = tmp_path / "suur.docx"
    d.save(str(path))
    started = time.perf_counter()
    doc = read_word(path).doc
    assert time.perf_counter() - started < 30
    assert len(doc.duties.items) == 2000
    assert doc.duties.items[-1].text == "Ülesanne 1999."
    assert doc.duties.items[-1].results == ["Tulemus 1999."]


def test_an_empty_word_document(tmp_path: Path) -> None:
    path = tmp_path / "tühi.docx"
    docx.Document().save(str(path))
    result = read_word(path)
    assert result.doc.duties.items == []
    assert result.notes


def test_the_text_is_the_same_as_read_from_memory(tmp_path: Path) -> None:
    path = handmade(tmp_path / "vana.docx")
    lines = word_import.word_lines(docx.Document(io.BytesIO(path.read_bytes())))
    assert "1. Üldosa" in lines and "3. Tööülesanded" in lines
    assert "3.1 Analüüside koostamine, sh:" in lines


def _docx_words(path: Path) -> str:
    """All the text of a Word file's body, read straight from its XML."""
    document = docx.Document(str(path))
    body = document.element.body
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))
    )


@pytest.mark.parametrize("name", ["handmade", *NAMES])
def test_nothing_of_a_word_file_is_lost(name: str, tmp_path: Path) -> None:
    if name == "handmade":
        path = handmade(tmp_path / "vana.docx")
    else:
        path = foreign_copy(read_file(EXAMPLES / f"{name}.ajx"), tmp_path / f"{name}.docx")
    result = read_word(path)
    assert lost_words(_docx_words(path), result) == Counter()
    assert not [note for note in result.notes if note.startswith("Need read")]


def test_an_approval_block_in_the_page_header(tmp_path: Path) -> None:
    d = docx.Document()
    header = d.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "KINNITATUD"
    header.add_paragraph("Sotsiaalkindlustusameti peadirektori 05.06.2024 käskkirjaga nr 1.1-3/24/9")
    d.add_paragraph("AMETIJUHEND")
    d.add_heading("ÜLDOSA", 1)
    d.add_paragraph("Ametinimetus Nõunik")
    path = tmp_path / "vana.docx"
    d.save(str(path))
    doc = read_word(path).doc
    assert doc.kind is PostKind.AMETNIK
    assert doc.meta.approval.directive_number == "1.1-3/24/9"
    assert doc.general.job_title == "Nõunik"
