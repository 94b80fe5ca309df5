"""Corrections made in Word above the sections and in the signatures come back on opening.

Each test starts from an export of a shipped example, edits word/document.xml as Word
writes it (text split over runs, a word changed, a line retyped), opens the file through
the one door and checks the field that changed and the list of changes the user is shown.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.export import render, resolve_template
from ametijuhend_desktop.docx.visible import visible_document
from ametijuhend_desktop.docx.visible_frame import read_date, split_head
from ametijuhend_desktop.docx.word_blocks import read_word_body
from ametijuhend_desktop.importing.notes import ImportNote
from ametijuhend_desktop.importing.notes import NoteKind as ImportKind
from ametijuhend_desktop.model import Approval, JobDescription, SignatoryRole
from ametijuhend_desktop.opening import Opened, open_document

from ..strategies import documents
from .word_edits import W, edit_body, el, exported, paragraph, run, set_runs, text_of

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"
AMETNIK = "peaspetsialist-jarelhooldus.ajx"  # approved, annex "Lisa 1", one signatory
TOOTAJA = "projektijuht-jatkutugi.ajx"  # employer with a position, employee without
LINE = "Sotsiaalkindlustusameti peadirektori 14.09.2023 käskkirjaga nr 1.1-3/23/118"

Edit = etree._Element


def example(name: str) -> JobDescription:
    path = EXAMPLES / name
    return ajx.from_bytes(path.read_bytes(), path)


def opened(tmp_path: Path, name: str, edit: object) -> Opened:
    path = tmp_path / "parandatud.docx"
    path.write_bytes(edit_body(exported(example(name)), edit))  # type: ignore[arg-type]
    return open_document(path)


def guesses(reading: Opened) -> list[ImportNote]:
    """The notes about places (not the line that counts the changes)."""
    return [n for n in reading.notes if n.kind is ImportKind.GUESS]


def messages(reading: Opened) -> list[str]:
    return [c.message("et") for c in reading.changes()]


def retype(root: Edit, old: str, *pieces: str) -> None:
    """The paragraph reading ``old`` now reads ``pieces`` joined, one run each, with a
    spelling mark between the first two as Word leaves them."""
    runs: list[Edit] = [run(t) for t in pieces]
    if len(runs) > 1:
        runs.insert(1, el("proofErr", type="spellStart"))
    set_runs(paragraph(root, old), *runs)


def test_approver_and_directive_number_corrected(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(
        root, LINE, "Sotsiaalkindlustusameti peadirektori asetäitja ", "14.09.2023 käskkirjaga ",
        "nr 1.1-3/23/121"))
    a = reading.doc.meta.approval
    assert (a.approver, a.date, a.directive_number) == (
        "Sotsiaalkindlustusameti peadirektori asetäitja", dt.date(2023, 9, 14), "1.1-3/23/121")
    assert [c.path for c in reading.changes()] == [("meta", "approval", "approver"),
                                                    ("meta", "approval", "directive_number")]
    assert messages(reading)[0] == "Üldandmed › Kinnitamine › kinnitaja muudetud"


def test_a_changed_date_is_the_new_date(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(
        root, LINE, "Sotsiaalkindlustusameti peadirektori ", "2.10.2023", " käskkirjaga nr 1.1-3/23/118"))
    assert reading.doc.meta.approval.date == dt.date(2023, 10, 2)
    assert len(messages(reading)) == 1
    assert reading.changes()[0].path == ("meta", "approval", "date")


@pytest.mark.parametrize("typed", ["14. septembril 2023", "31.09.2023", "neljateistkümnes septembril"])
def test_a_date_that_is_not_a_date_keeps_the_old_one_and_says_so(tmp_path: Path, typed: str) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(
        root, LINE, f"Sotsiaalkindlustusameti peadirektori {typed} käskkirjaga nr 1.1-3/23/118"))
    assert reading.doc.meta.approval == example(AMETNIK).meta.approval
    assert messages(reading) == []
    [note] = [n for n in guesses(reading) if n.path == ("meta", "approval", "date")]
    assert typed in note.message_et and typed in note.message_en


def test_the_approval_line_deleted_in_word_empties_the_approval(tmp_path: Path) -> None:
    def edit(root: Edit) -> None:
        p = paragraph(root, LINE)
        p.getparent().remove(p)

    reading = opened(tmp_path, AMETNIK, edit)
    a = reading.doc.meta.approval
    assert (a.approver, a.date, a.directive_number, a.annex) == ("", None, "", "Lisa 1")
    assert len(messages(reading)) == 3


def test_a_line_that_no_longer_reads_as_approval_is_kept_as_a_note(tmp_path: Path) -> None:
    changed = "Sotsiaalkindlustusameti peadirektori otsusega"
    reading = opened(tmp_path, AMETNIK, lambda root: retype(root, LINE, changed))
    assert reading.doc.meta.approval == example(AMETNIK).meta.approval
    assert [n.path for n in reading.notes if changed in n.message_et] == [("meta", "approval")]


def test_kinnitatud_changed_is_noted_not_taken_as_the_annex(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(root, "KINNITATUD", "KINNITAN"))
    assert reading.doc == example(AMETNIK)
    assert [n.path for n in guesses(reading) if "KINNITAN" in n.message_et] == [()]


def test_an_annex_added_to_a_tootaja_export(tmp_path: Path) -> None:
    def edit(root: Edit) -> None:
        line = copy.deepcopy(paragraph(root, "Töölepingu juurde kuuluv lisa"))
        set_runs(line, run("Lisa 2 töölepingule nr 15"))
        paragraph(root, "Töölepingu juurde kuuluv lisa").addnext(line)

    reading = opened(tmp_path, TOOTAJA, edit)
    assert reading.doc.meta.approval.annex == "Lisa 2 töölepingule nr 15"
    assert [c.path for c in reading.changes()] == [("meta", "approval", "annex")]


def test_a_line_of_another_style_above_the_title_is_kept_as_a_note(tmp_path: Path) -> None:
    def edit(root: Edit) -> None:
        line = el("p")
        line.append(run("Kooskõlastatud personaliosakonnaga"))
        paragraph(root, "AMETIJUHEND").addprevious(line)

    reading = opened(tmp_path, AMETNIK, edit)
    assert reading.doc == example(AMETNIK)
    assert [n.path for n in guesses(reading) if "Kooskõlastatud" in n.message_et] == [()]


def test_annex_changed(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(root, "Lisa 1", "Lisa ", "3"))
    assert reading.doc.meta.approval.annex == "Lisa 3"
    assert [c.path for c in reading.changes()] == [("meta", "approval", "annex")]


def test_the_title_is_fixed_wording_and_a_change_is_noted(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(root, "AMETIJUHEND", "AMETIJUHEND (eelnõu)"))
    assert reading.doc == example(AMETNIK)
    [note] = guesses(reading)
    assert "AMETIJUHEND (eelnõu)" in note.message_et


def test_signatory_name_and_position_corrected(tmp_path: Path) -> None:
    def edit(root: Edit) -> None:
        retype(root, "Tarmo Kivisild", "Tarmo ", "Kivisild-Tamm")
        retype(root, "Peadirektor", "Peadirektori kohusetäitja")

    reading = opened(tmp_path, AMETNIK, edit)
    s = reading.doc.signatories[0]
    assert (s.role, s.name, s.position) == (SignatoryRole.APPROVER, "Tarmo Kivisild-Tamm",
                                            "Peadirektori kohusetäitja")
    assert [c.path[0] for c in reading.changes()] == ["signatories"]
    assert guesses(reading) == []


def test_both_parties_read_back_and_a_position_added(tmp_path: Path) -> None:
    def edit(root: Edit) -> None:
        name = paragraph(root, "Helen Saarepuu")
        position = etree.fromstring(etree.tostring(name))
        set_runs(position, run("Projektijuht"))
        name.addnext(position)
        retype(root, "Tarmo Kivisild", "Tarmo Kivisild")  # split over runs, the same words

    reading = opened(tmp_path, TOOTAJA, edit)
    employer, employee = reading.doc.signatories
    assert (employer.name, employer.position) == ("Tarmo Kivisild", "Peadirektor")
    assert (employee.role, employee.name, employee.position) == (
        SignatoryRole.EMPLOYEE, "Helen Saarepuu", "Projektijuht")
    assert len(reading.changes()) == 1


def test_a_changed_signed_digitally_line_is_noted(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(
        root, "(allkirjastatud digitaalselt)", "(allkirjastatud paberil)"))
    assert reading.doc == example(AMETNIK)
    assert [n.path for n in guesses(reading)] == [("signatories", 0)]


def test_a_comment_on_the_approval_line_is_a_note_there(tmp_path: Path) -> None:
    from .word_edits import add_comment

    path = tmp_path / "kommentaar.docx"
    path.write_bytes(add_comment(exported(example(AMETNIK)), LINE, "Juht", "Kas number on õige?"))
    reading = open_document(path)
    assert [n.path for n in reading.notes if "Kas number" in n.message_et] == [("meta", "approval")]


def test_untouched_frame_keeps_the_data_even_off_the_fast_path(tmp_path: Path) -> None:
    reading = opened(tmp_path, AMETNIK, lambda root: retype(root, "Lisa 1", "Lisa 1"))
    assert reading.doc == example(AMETNIK) and reading.notes == ()  # not a word


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_the_frame_of_any_untouched_export_reads_back_as_its_data(doc: JobDescription) -> None:
    """Without the fast path: the approval block and signatures alone give the data back."""
    with zipfile.ZipFile(io.BytesIO(render(doc, resolve_template(None)))) as archive:
        body = read_word_body(archive)
    reading = visible_document(doc, body)
    assert reading.doc.meta == doc.meta
    assert reading.doc.signatories == doc.signatories
    assert [n for n in reading.notes if n.path[:1] in (("meta",), ("signatories",), ())] == []


@pytest.mark.parametrize(("head", "split"), [
    ("Jaan Tamm 01.02.2025", ("Jaan Tamm", "01.02.2025")),
    ("Jaan Tamm 1. 2. 2025. a.", ("Jaan Tamm", "1. 2. 2025. a.")),
    ("Jaan Tamm 14. septembril 2023", ("Jaan Tamm", "14. septembril 2023")),
    ("August Tamm septembril", ("August Tamm", "septembril")),
    ("Jaan Tamm", ("Jaan Tamm", "")),
    ("14. septembril 2023", ("", "14. septembril 2023")),
])
def test_split_head(head: str, split: tuple[str, str]) -> None:
    assert split_head(head) == split


def test_read_date() -> None:
    assert read_date("1. 2. 2025. a.") == dt.date(2025, 2, 1)
    assert read_date("2025-02-01") == dt.date(2025, 2, 1)
    assert read_date("31.02.2025") is None and read_date("1. veebruar 2025") is None


def test_text_of_sees_split_runs() -> None:
    p = el("p")
    set_runs(p, run("a"), run("b"))
    assert text_of(p) == "ab" and p.find(W + "r") is not None


def test_an_approval_typed_into_an_unapproved_export_is_read(tmp_path: Path) -> None:
    doc = example(AMETNIK)
    doc.meta.approval = Approval()

    def edit(root: Edit) -> None:
        title = paragraph(root, "AMETIJUHEND")
        for text in ("KINNITATUD", "Peadirektori 2.10.2023 käskkirjaga nr 7", "Lisa 2"):
            line = copy.deepcopy(title)
            set_runs(line, run(text))
            title.addprevious(line)

    path = tmp_path / "kinnitatud.docx"
    path.write_bytes(edit_body(exported(doc), edit))
    reading = open_document(path)
    assert reading.doc.meta.approval == Approval("Peadirektori", dt.date(2023, 10, 2), "7", "Lisa 2")
    assert len(reading.changes()) == 4 and guesses(reading) == []


@pytest.mark.slow
def test_corrections_survive_a_libreoffice_save(tmp_path: Path) -> None:
    from .test_visible_libreoffice import resaved

    def edit(root: Edit) -> None:
        retype(root, LINE, "Sotsiaalkindlustusameti peadirektori ", "2.10.2023 käskkirjaga nr 1.1-3/23/121")
        retype(root, "Tarmo Kivisild", "Tarmo ", "Kivisild-Tamm")

    reading = open_document(resaved(edit_body(exported(example(AMETNIK)), edit), tmp_path))
    a = reading.doc.meta.approval
    assert (a.date, a.directive_number) == (dt.date(2023, 10, 2), "1.1-3/23/121")
    assert reading.doc.signatories[0].name == "Tarmo Kivisild-Tamm"
    assert [c.path[:3] for c in reading.changes()] == [
        ("meta", "approval", "date"), ("meta", "approval", "directive_number"), ("signatories", 0)]
    assert guesses(reading) == []
