"""Numbering closes the gap a left-out or empty section leaves."""

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, PostKind, SectionId
from ametijuhend_desktop.model.locations import describe
from ametijuhend_desktop.model.numbering import duty_number, section_numbers
from ametijuhend_desktop.model.wording import bullet_intro, language_sentence, section_heading


def test_sections_without_tools_number_like_the_reference() -> None:
    doc = new_document(PostKind.TOOTAJA)
    doc.purpose.paragraphs = ["Eesmärk."]
    numbers = section_numbers(doc)
    assert numbers[SectionId.REQUIREMENTS] == 6  # no TÖÖVAHENDID: requirements are 6
    assert SectionId.TOOLS not in numbers
    doc.tools.included = True
    assert SectionId.TOOLS not in section_numbers(doc)  # on, but empty: prints nothing
    doc.tools.text = "Sülearvuti."
    assert section_numbers(doc)[SectionId.REQUIREMENTS] == 7
    assert section_numbers(doc)[SectionId.REVIEW] == 8


def test_duty_numbers_follow_the_duties_section() -> None:
    doc = new_document()
    doc.duties.items = [Duty("a"), Duty("b")]
    assert duty_number(doc, 1) == "2.2"  # the purpose is empty in a new document
    doc.purpose.paragraphs = ["Eesmärk."]
    assert duty_number(doc, 1) == "3.2"
    doc.purpose.included = False
    assert duty_number(doc, 1) == "2.2"
    assert describe(doc, ("duties", 1, "results", 0)) == "2.2 tulemus 1"


def test_kind_changes_wording_not_user_text() -> None:
    doc = new_document(PostKind.AMETNIK)
    assert section_heading(doc, SectionId.DUTIES) == "TEENISTUSÜLESANDED"
    assert bullet_intro(doc, SectionId.RIGHTS) == "Ametnikul on õigus:"
    doc.meta.kind = PostKind.TOOTAJA
    assert section_heading(doc, SectionId.DUTIES) == "TÖÖÜLESANDED"
    assert bullet_intro(doc, SectionId.RESPONSIBILITIES) == "Töötaja vastutab:"
    doc.rights.intro = "Omab õigust:"
    doc.duties.heading = "TÖÖ- VÕI TEENISTUSÜLESANDED"
    doc.meta.kind = PostKind.AMETNIK
    assert bullet_intro(doc, SectionId.RIGHTS) == "Omab õigust:"
    assert section_heading(doc, SectionId.DUTIES) == "TÖÖ- VÕI TEENISTUSÜLESANDED"


def test_language_sentences() -> None:
    lang = new_document().requirements.languages[0]
    assert language_sentence(lang) == "Eesti keele oskus vähemalt tasemel C1."
    lang.required = False
    assert language_sentence(lang) == "Eesti keele oskus tasemel C1 on kasuks."
    lang.wording = "Valdab eesti keelt vähemalt tasemel C1."
    assert language_sentence(lang) == "Valdab eesti keelt vähemalt tasemel C1."


def test_own_general_labels_replace_the_defaults_one_by_one() -> None:
    from ametijuhend_desktop.model.wording import general_labels

    doc = new_document()
    doc.general.labels.job_title = "Teenistuskoht"
    labels = general_labels(doc)
    assert labels["job_title"] == "Teenistuskoht"
    assert labels["unit"] == "Struktuuriüksus"
    assert list(labels) == ["job_title", "unit", "manager", "substituted_by", "substitutes"]
