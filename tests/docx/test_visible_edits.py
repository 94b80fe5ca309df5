"""Each kind of edit Word makes to an exported file comes back when the file is opened.

Every test starts from a real export of the sample document, edits word/document.xml the
way Word writes it, reads the file by its visible text and checks both the document that
opens and the list of changes the user is shown.
"""

from __future__ import annotations

import copy

import pytest
from lxml import etree

from ametijuhend_desktop.compare import ChangeKind, SegmentKind
from ametijuhend_desktop.docx.visible import NoteKind, VisibleReading, read_visible
from ametijuhend_desktop.model import JobDescription, PostKind

from .support import sample_document
from .word_edits import (
    SOURCE,
    W,
    add_comment,
    copy_row,
    duty_rows,
    edit_body,
    el,
    exported,
    paragraph,
    run,
    set_runs,
    text_of,
)

Edit = etree._Element


@pytest.fixture
def doc() -> JobDescription:
    return sample_document(PostKind.AMETNIK)


def opened(doc: JobDescription, edit: object) -> VisibleReading:
    data = edit_body(exported(doc), edit)  # type: ignore[arg-type]
    return read_visible(data, doc, SOURCE)


def messages(reading: VisibleReading) -> list[str]:
    return [c.message("et") for c in reading.changes]


def test_text_split_over_runs_spelling_marks_and_bookmarks(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        p = paragraph(root, "Hanked on korrektselt läbiviidud.")
        set_runs(p, run("Hanked on "), el("proofErr", type="spellStart"), run("korrekt"),
                 run("selt"), el("proofErr", type="spellEnd"), el("bookmarkStart", id="5", name="x"),
                 run(" ja õigeaegselt"), el("bookmarkEnd", id="5"), run(" läbiviidud."))

    reading = opened(doc, edit)
    assert reading.doc.duties.items[1].results[0] == "Hanked on korrektselt ja õigeaegselt läbiviidud."
    assert messages(reading) == ["3.2 tulemus 1 muudetud"]
    added = [s.text for s in reading.changes[0].words if s.kind is SegmentKind.ADDED]
    assert added == [" ja õigeaegselt"]
    assert reading.notes == []


def test_fields_read_as_their_result(doc: JobDescription) -> None:
    def fld(kind: str) -> Edit:
        r = el("r")
        r.append(el("fldChar", fldCharType=kind))
        return r

    def edit(root: Edit) -> None:
        p = paragraph(root, doc.rights.items[0])
        simple = el("fldSimple", instr=" PAGE ")
        simple.append(run("7"))
        instr = el("r")
        etree.SubElement(instr, W + "instrText").text = " DATE \\@ dd.MM.yyyy "
        set_runs(p, run("vaadata lisa "), simple, run(" ("), fld("begin"), instr, fld("separate"),
                 run("01.03.2026"), fld("end"), run(");"))

    reading = opened(doc, edit)
    assert reading.doc.rights.items[0] == "vaadata lisa 7 (01.03.2026);"
    assert messages(reading) == ["4. ÕIGUSED › punkt 1 muudetud"]


def test_smart_tags_and_hyperlinks_keep_their_text(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        p = paragraph(root, doc.tools.text)
        tag = el("smartTag", element="place")
        tag.append(run("Sülearvuti"))
        link = el("hyperlink")
        link.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "rId1")
        link.append(run("www.sotsiaalkindlustusamet.ee"))
        set_runs(p, tag, run(" ja "), link, run("."))

    reading = opened(doc, edit)
    assert reading.doc.tools.text == "Sülearvuti ja www.sotsiaalkindlustusamet.ee."
    assert messages(reading) == ["6. TÖÖVAHENDID › tekst muudetud"]


def test_a_result_added_inside_a_duties_cell(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        p = paragraph(root, "Lepingud on õigeaegselt koostatud.")
        new = copy.deepcopy(p)
        set_runs(new, run("Aruanne on esitatud."))
        p.addnext(new)

    reading = opened(doc, edit)
    assert reading.doc.duties.items[1].results[-1] == "Aruanne on esitatud."
    assert messages(reading) == ["3.2 tulemus 3 lisatud"]
    assert reading.changes[0].path == ("duties", 1, "results", 2)


def test_a_result_deleted_inside_a_duties_cell(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        p = paragraph(root, "Lepingud on õigeaegselt koostatud.")
        p.getparent().remove(p)

    reading = opened(doc, edit)
    assert reading.doc.duties.items[1].results == ["Hanked on korrektselt läbiviidud."]
    assert messages(reading) == ["3.2 tulemus 2 kustutatud"]


def test_a_duty_row_added(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        rows = duty_rows(root)
        rows[-1].addnext(copy_row(rows[-1], ["Koolituste korraldamine.", "Koolitused on toimunud."]))

    reading = opened(doc, edit)
    added = reading.doc.duties.items[3]
    assert (added.text, added.results) == ("Koolituste korraldamine.", ["Koolitused on toimunud."])
    assert messages(reading) == ["3.4 lisatud"]


def test_a_duty_row_deleted(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        row = duty_rows(root)[2]
        row.getparent().remove(row)

    reading = opened(doc, edit)
    assert [d.text for d in reading.doc.duties.items] == [doc.duties.items[0].text, doc.duties.items[2].text]
    assert messages(reading) == ["3.2 kustutatud"]
    assert "Hangete läbiviimine" in reading.changes[0].old


def test_a_duty_row_moved_is_one_move_not_a_delete_and_add(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        rows = duty_rows(root)
        rows[3].addnext(rows[1])

    reading = opened(doc, edit)
    assert reading.doc.duties.items == [*doc.duties.items[1:], doc.duties.items[0]]
    assert messages(reading) == ["3.1 → 3.3 teisaldatud"]
    assert reading.changes[0].kind is ChangeKind.MOVED


def test_bullets_typed_by_hand(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        result = paragraph(root, "Ülesanded on täidetud nõuetekohaselt ja tähtaegselt.")
        typed = copy.deepcopy(result)
        typed.find(f"{W}pPr/{W}pStyle").set(W + "val", "AJTabelitekst")
        set_runs(typed, run("• Kokkuvõte on tehtud."))
        result.addnext(typed)
        right = paragraph(root, doc.rights.items[-1])
        hand = copy.deepcopy(right)
        hand.find(f"{W}pPr/{W}pStyle").set(W + "val", "AJTekst")
        set_runs(hand, run("- teha ettepanekuid."))
        right.addnext(hand)

    reading = opened(doc, edit)
    assert reading.doc.duties.items[2].results[-1] == "Kokkuvõte on tehtud."
    assert reading.doc.rights.items[-1] == "teha ettepanekuid."
    n = len(doc.rights.items) + 1
    assert messages(reading) == ["3.3 tulemus 2 lisatud", f"4. ÕIGUSED › punkt {n} lisatud"]


def test_tracked_changes_read_as_accepted_and_the_user_is_told(doc: JobDescription) -> None:
    old_text = doc.duties.items[0].text

    def edit(root: Edit) -> None:
        p = paragraph(root, old_text)
        deleted = el("del", id="1", author="Juht")
        gone = el("r")
        etree.SubElement(gone, W + "delText").text = "tegevus- ja ajakavale."
        deleted.append(gone)
        inserted = el("ins", id="2", author="Juht")
        inserted.append(run("tegevuskavale."))
        set_runs(p, run("ESF TAT tegevuste läbiviimine vastavalt "), deleted, inserted)
        row = duty_rows(root)[3]
        tr_pr = row.find(W + "trPr")
        tr_pr.append(el("del", id="3", author="Juht"))

    reading = opened(doc, edit)
    assert reading.doc.duties.items[0].text == "ESF TAT tegevuste läbiviimine vastavalt tegevuskavale."
    assert len(reading.doc.duties.items) == 2
    assert messages(reading) == ["3.1 muudetud", "3.3 kustutatud"]
    assert reading.notes[0].kind is NoteKind.TRACKED_CHANGES
    assert "vastu võtmata" in reading.summary("et")[1]


def test_a_deleted_paragraph_mark_joins_the_paragraphs_as_accepting_would(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        p = paragraph(root, "töö ostmiseks;")
        r_pr = etree.SubElement(p.find(W + "pPr"), W + "rPr")
        r_pr.append(el("del", id="4", author="Juht"))

    reading = opened(doc, edit)
    assert reading.doc.duties.items[1].sub_items == ["töö ostmiseks;teenuste ostmiseks."]
    assert reading.notes[0].kind is NoteKind.TRACKED_CHANGES


def test_comments_are_notes_at_their_place(doc: JobDescription) -> None:
    data = add_comment(exported(doc), doc.duties.items[1].text, "Mari Maasikas", "Kas ka hanked?")
    reading = read_visible(data, doc, SOURCE)
    assert reading.doc == doc
    assert reading.changes == []
    [note] = reading.notes
    assert (note.kind, note.path) == (NoteKind.COMMENT, ("duties", 1))
    assert note.message("et") == "Wordi kommentaar: Mari Maasikas: Kas ka hanked?"


def test_text_that_cannot_be_placed_is_kept_and_shown(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        table = duty_rows(root)[0].getparent()
        extra = copy.deepcopy(paragraph(root, doc.tools.text))
        set_runs(extra, run("NB! Tabel vaadata üle."))
        table.addnext(extra)

    reading = opened(doc, edit)
    assert reading.doc == doc
    [note] = reading.notes
    assert (note.kind, note.path, note.text) == (NoteKind.UNPLACED, ("duties",), "NB! Tabel vaadata üle.")
    assert "ei saanud" in reading.summary("et")[0]


def test_headings_and_general_cells_edited(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        set_runs(paragraph(root, "TÖÖVAHENDID"), run("TÖÖVAHENDID JA SEADMED"))
        set_runs(paragraph(root, doc.general.job_title), run("Juhtivspetsialist"))

    reading = opened(doc, edit)
    assert reading.doc.tools.heading == "TÖÖVAHENDID JA SEADMED"
    assert reading.doc.general.job_title == "Juhtivspetsialist"
    assert messages(reading) == ["1. ÜLDOSA › Ametinimetus muudetud", "6. TÖÖVAHENDID JA SEADMED › pealkiri muudetud"]


def test_a_section_deleted_in_word_is_left_out(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        for text in ("TÖÖVAHENDID", doc.tools.text):
            p = paragraph(root, text)
            p.getparent().remove(p)

    reading = opened(doc, edit)
    assert not reading.doc.tools.included
    assert messages(reading) == ["6. TÖÖVAHENDID kustutatud"]
    assert reading.notes[0].kind is NoteKind.SECTION_REMOVED


def test_content_controls_and_an_empty_heading_paragraph_change_nothing(doc: JobDescription) -> None:
    def edit(root: Edit) -> None:
        row = duty_rows(root)[2]
        sdt = el("sdt")
        content = etree.SubElement(sdt, W + "sdtContent")
        row.addprevious(sdt)
        content.append(row)  # a row inside a content control, as forms made in Word have
        heading = paragraph(root, "TÖÖVAHENDID")
        empty = copy.deepcopy(heading)
        set_runs(empty)
        heading.addnext(empty)  # Enter pressed after a heading

    reading = opened(doc, edit)
    assert reading.doc == doc and reading.notes == []


def test_untouched_text_says_nothing(doc: JobDescription) -> None:
    reading = opened(doc, lambda root: None)
    assert reading.doc == doc and reading.changes == [] and reading.summary() == []


def test_text_of_helper_sees_every_run() -> None:
    p = el("p")
    p.append(run("a"))
    p.append(run("b"))
    assert text_of(p) == "ab"
