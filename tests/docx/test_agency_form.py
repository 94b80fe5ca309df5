"""The exported document reads like the agency's own and opens in Word as a current one.

One test per point of the close reading against the reference documents: comma lists,
rows that may break, current-Word settings, the footer, empty parts, emphasis, invisible
characters, the closing paragraph and the check before export.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ametijuhend_desktop import ajx
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.docx.export import check_for_export, export_document
from ametijuhend_desktop.model import (
    AdditionalCompetency,
    Approval,
    CompetencyGroup,
    Duty,
    PostKind,
    SectionId,
    Severity,
    validate,
)
from ametijuhend_desktop.model.numbering import section_numbers

from .support import W, body_paragraph_texts, sample_document

NOW = dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
LONG = " ".join(["Ametikoha pikk ülesande kirjeldus, mis täidab peaaegu terve lehekülje"] * 45)


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def _export(doc, tmp_path: Path, name: str = "a.docx", **kw) -> Path:  # type: ignore[no-untyped-def]
    return export_document(doc, tmp_path / name, now=NOW, **kw)


def test_substitutes_are_one_comma_separated_line(tmp_path: Path) -> None:
    doc = sample_document(PostKind.TOOTAJA)
    doc.general.substitutes = ["Teenuse juht", "projektijuht", "koordinaator"]
    texts = body_paragraph_texts(_export(doc, tmp_path))
    assert "Teenuse juht, projektijuht, koordinaator" in texts
    assert "projektijuht" not in texts and "koordinaator" not in texts


def _duty_rows(path: Path) -> list[etree._Element]:
    root = _part(path, "word/document.xml")
    table = next(t for t in root.iter(f"{W}tbl") if t.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None)
    return list(table.iterchildren(f"{W}tr"))


def test_a_long_duty_may_break_across_pages_and_short_ones_stay_whole(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.duties.items.insert(1, Duty(LONG + ", sh:", ["esimene alapunkt;", "teine alapunkt."],
                                    ["Tulemus on saavutatud."]))
    rows = _duty_rows(_export(doc, tmp_path))
    cant = [row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows]
    assert cant == [True, True, False, True, True]  # header, short, LONG, short, short
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None  # the header still repeats


def test_many_results_or_sub_items_also_let_the_row_break(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.duties.items[0].results = [f"Tulemus number {i} on saavutatud tähtaegselt." for i in range(40)]
    doc.duties.items[1].sub_items = [f"alapunkt number {i};" for i in range(40)]
    rows = _duty_rows(_export(doc, tmp_path))
    assert [row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows[1:]] == [False, False, True]


def test_word_sees_a_current_document(tmp_path: Path) -> None:
    out = _export(sample_document(PostKind.AMETNIK), tmp_path)
    settings = _part(out, "word/settings.xml")
    modes = [s.get(f"{W}val") for s in settings.iter(f"{W}compatSetting")
             if s.get(f"{W}name") == "compatibilityMode"]
    assert modes == ["15"]
    app = _part(out, "docProps/app.xml")
    assert app.findtext(f"{EP}Application") == "Ametijuhend"
    assert app.findtext(f"{EP}AppVersion") == "00.0100"
    assert app.find(f"{EP}Pages") is None and app.find(f"{EP}Words") is None
    assert b"Macintosh" not in zipfile.ZipFile(out).read("docProps/app.xml")


def test_every_export_is_a_new_document_unless_an_id_is_given(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    ids = [_part(_export(doc, tmp_path, f"{n}.docx"), "word/settings.xml").find(f"{W14}docId")
           .get(f"{W14}val") for n in "ab"]
    assert ids[0] != ids[1] and ids[0] != "24062061"  # not the template's
    given = uuid.UUID("12345678-9abc-def0-1234-56789abcdef0")
    fixed = _part(_export(doc, tmp_path, "c.docx", document_id=given), "word/settings.xml")
    assert fixed.find(f"{W14}docId").get(f"{W14}val") == f"{given.int & 0x7FFFFFFF:08X}"


def test_the_footer_keeps_the_space_in_1_6(tmp_path: Path) -> None:
    footer = _part(_export(sample_document(PostKind.AMETNIK), tmp_path), "word/footer1.xml")
    between = [t for t in footer.iter(f"{W}t") if t.text == " ("]
    assert len(between) == 1
    assert between[0].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_an_empty_section_prints_nothing_and_the_numbers_close_up(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.purpose.paragraphs = ["  "]
    doc.tools.text = ""
    texts = body_paragraph_texts(_export(doc, tmp_path))
    assert "AMETIKOHA EESMÄRK" not in texts and "TÖÖVAHENDID" not in texts
    assert section_numbers(doc)[SectionId.DUTIES] == 2
    assert section_numbers(doc)[SectionId.REQUIREMENTS] == 5
    messages = {f.message_en for f in validate(doc) if f.severity is Severity.WARNING}
    assert {"The purpose of the post is empty.", "The work tools section is empty."} <= messages


def test_empty_requirements_print_nothing_and_are_warned_about(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    r = doc.requirements
    r.rows, r.languages, r.competency_groups, r.additional = [], [], [], []
    assert "AMETIKOHALE ESITATAVAD NÕUDED" not in body_paragraph_texts(_export(doc, tmp_path))
    assert any(f.path == ("requirements", "rows") and "leaves them out" in f.message_en
               for f in validate(doc))


def test_an_approval_without_data_prints_no_dangling_line(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.meta.approval = Approval(annex="Lisa 2")
    texts = body_paragraph_texts(_export(doc, tmp_path))
    assert texts[:2] == ["Lisa 2", "AMETIJUHEND"]
    assert not any("KINNITATUD" in t or "käskkirjaga" in t for t in texts)
    warned = [f for f in validate(doc) if f.path == ("meta", "approval")]
    assert warned and warned[0].severity is Severity.WARNING
    assert "KINNITATUD" in warned[0].message_et


def _bold_runs(path: Path) -> list[tuple[str, bool]]:
    root = _part(path, "word/document.xml")
    return [("".join(t.text or "" for t in r.iter(f"{W}t")), r.find(f"{W}rPr/{W}b") is not None)
            for r in root.iter(f"{W}r")]


def test_competency_names_are_bold_heads_of_their_items(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.requirements.competency_groups = [CompetencyGroup("Koostöö", ["Jagab infot."])]
    doc.requirements.additional = [AdditionalCompetency("Korrektsus", "Täidab ülesandeid täpselt.")]
    runs = _bold_runs(_export(doc, tmp_path))
    assert ("Koostöö:", True) in runs and ("Jagab infot.", False) in runs
    assert ("Korrektsus", True) in runs and (": Täidab ülesandeid täpselt.", False) in runs
    assert "Korrektsus: Täidab ülesandeid täpselt." in body_paragraph_texts(_export(doc, tmp_path, "b.docx"))


def test_invisible_control_characters_are_dropped_and_named(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.duties.items[1].results[0] = "Hanked\x07 on\x7f korrektselt\x1b läbiviidud."
    xml = zipfile.ZipFile(_export(doc, tmp_path)).read("word/document.xml").decode()
    assert "Hanked on korrektselt läbiviidud." in xml and "\ufffd" not in xml
    notes = [f for f in validate(doc) if f.path == ("duties", 1, "results", 0)]
    assert any("leaves them out" in f.message_en for f in notes)
    assert ajx.from_bytes(ajx.to_bytes(doc)) == doc  # the .ajx keeps what was typed


def test_a_visible_replacement_mark_is_kept(tmp_path: Path) -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.purpose.paragraphs = ["Märk \ufffd jääb."]
    assert "Märk \ufffd jääb." in body_paragraph_texts(_export(doc, tmp_path))


def test_the_document_ends_with_a_paragraph_after_the_last_table(tmp_path: Path) -> None:
    body = _part(_export(sample_document(PostKind.TOOTAJA), tmp_path), "word/document.xml")[0]
    assert [etree.QName(el).localname for el in body][-3:] == ["tbl", "p", "sectPr"]


def test_check_for_export_tells_errors_from_warnings() -> None:
    doc = sample_document(PostKind.AMETNIK)
    assert not check_for_export(doc).has_errors
    doc.general.job_title = ""
    check = check_for_export(doc)
    assert [f.path for f in check.errors] == [("general", "job_title")]
    assert all(f.severity is Severity.WARNING for f in check.warnings)


def _write(tmp_path: Path, broken: bool) -> Path:
    doc = sample_document(PostKind.AMETNIK)
    if broken:
        doc.general.job_title = ""
    path = tmp_path / "a.ajx"
    ajx.write_file(doc, path)
    return path


def test_the_command_line_prints_errors_and_strict_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path, broken=True)
    assert main(["export", str(source), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "VIGA: 1. ÜLDOSA › Ametinimetus: Ametinimetus on täitmata." in err
    assert "ei eksporditud" in err and not (tmp_path / "a.docx").exists()
    assert main(["export", str(source), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "ERROR:" in err and "Exported:" in err and (tmp_path / "a.docx").exists()


def test_strict_batch_export_skips_documents_with_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "in" / "hea.ajx"
    bad = tmp_path / "in" / "vigane.ajx"
    good.parent.mkdir()
    _write(tmp_path, broken=False).rename(good)
    _write(tmp_path, broken=True).rename(bad)
    assert main(["export", str(good.parent), "--out-dir", str(tmp_path / "out"), "--strict",
                 "-j", "1"]) == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["hea.docx"]
    assert "ei eksporditud" in capsys.readouterr().err
