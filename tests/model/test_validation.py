"""Validation catches what an HR specialist must fix before sending for signing."""

from __future__ import annotations

import datetime as dt

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import (
    CompetencyGroup,
    Duty,
    JobDescription,
    PostKind,
    Severity,
    has_errors,
    validate,
)

TODAY = dt.date(2026, 11, 23)


def complete(kind: PostKind = PostKind.AMETNIK) -> JobDescription:
    doc = new_document(kind, "Sotsiaalkindlustusamet", "Karl Kask")
    doc.general.job_title = "Peaspetsialist"
    doc.general.unit = "Laste heaolu osakond"
    doc.general.manager = "Teenuse juht"
    doc.general.substituted_by = ["Koolitusspetsialist"]
    doc.purpose.paragraphs = ["Valdkonna arendamine."]
    doc.duties.items = [Duty("Koolituste korraldamine.", [], ["Koolitused on läbi viidud."])]
    for row, text in zip(doc.requirements.rows, ("Kõrgharidus", "Kaks aastat", "MS Office"), strict=True):
        row.text = text
    doc.meta.approval.approver = "peadirektori"
    for sig in doc.signatories:
        sig.name = sig.name or "Mari Maasikas"
    return doc


def messages(doc: JobDescription, severity: Severity | None = None) -> list[str]:
    return [f.message_et for f in validate(doc, TODAY) if severity in (None, f.severity)]


def paths(doc: JobDescription) -> list[tuple[str | int, ...]]:
    return [f.path for f in validate(doc, TODAY)]


def test_a_complete_document_has_no_findings() -> None:
    assert validate(complete(), TODAY) == []
    assert validate(complete(PostKind.TOOTAJA), TODAY) == []


def test_required_fields() -> None:
    doc = complete()
    doc.general.job_title = "  "
    doc.general.unit = ""
    assert has_errors(validate(doc, TODAY))
    assert ("general", "job_title") in paths(doc)
    assert "Struktuuriüksus on täitmata." in messages(doc, Severity.ERROR)


def test_a_duty_without_expected_result() -> None:
    doc = complete()
    doc.duties.items.append(Duty("Aruandlus.", [], [" "]))
    assert "Ülesandel 2 pole oodatavat tulemust." in messages(doc, Severity.ERROR)


def test_a_duplicate_duty_ignores_case_and_spacing() -> None:
    doc = complete()
    doc.duties.items.append(Duty("koolituste   korraldamine.", [], ["Tehtud."]))
    assert "Ülesanne 2 kordab ülesannet 1." in messages(doc, Severity.WARNING)


def test_an_empty_competency_group() -> None:
    doc = complete()
    doc.requirements.competency_groups.append(CompetencyGroup("Eestvedamine", []))
    assert "Kompetentsigrupis „Eestvedamine” pole ühtegi käitumist." in messages(doc, Severity.ERROR)


def test_approval_date_without_directive_number() -> None:
    doc = complete()
    doc.meta.approval.date = dt.date(2026, 1, 15)
    assert ("meta", "approval", "directive_number") in paths(doc)
    doc.meta.approval.directive_number = "1-1/26/5"
    assert validate(doc, TODAY) == []


def test_a_future_approval_and_an_old_review() -> None:
    doc = complete()
    doc.meta.approval.date = dt.date(2027, 1, 1)
    doc.meta.approval.directive_number = "1"
    doc.meta.last_review = dt.date(2024, 1, 1)
    found = messages(doc)
    assert "Kinnitamise kuupäev on tulevikus." in found
    assert any("üle aasta" in m for m in found)


def test_sh_colon_without_sub_items() -> None:
    doc = complete()
    doc.duties.items[0].text = "Koolituste korraldamine, sh:"
    assert ("duties", 0, "sub_items") in paths(doc)


def test_wrong_heading_for_the_kind_of_post() -> None:
    doc = complete(PostKind.AMETNIK)
    doc.duties.heading = "TÖÖÜLESANDED"
    assert ("duties", "heading") in paths(doc)


def test_signatories_must_fit_the_kind() -> None:
    doc = complete(PostKind.AMETNIK)
    doc.meta.kind = PostKind.TOOTAJA
    found = messages(doc, Severity.WARNING)
    assert "Allkirjastajate seas pole tööandjat." in found
    assert "Allkirjastaja 1 roll ei sobi selle ametikoha liigiga." in found


def test_switched_off_sections_are_not_checked() -> None:
    doc = complete()
    doc.rights.items = []
    assert ("rights", "items") in paths(doc)
    doc.rights.included = False
    assert ("rights", "items") not in paths(doc)


def test_invisible_characters_are_pointed_out() -> None:
    doc = complete()
    doc.duties.items[0].results = ["Tehtud\x0c."]
    assert ("duties", 0, "results", 0) in paths(doc)


def test_every_finding_speaks_both_languages() -> None:
    doc = JobDescription()
    doc.duties.items = [Duty("", ["  "], ["", "x", "x"])]
    doc.requirements.competency_groups = [CompetencyGroup("", [])]
    findings = validate(doc, TODAY)
    assert len(findings) > 8
    assert all(f.message_et and f.message_en and f.message_et != f.message_en for f in findings)
    assert [f.severity for f in findings] == sorted((f.severity for f in findings), reverse=True)


def test_numbers_and_bullets_pasted_from_an_old_word_file() -> None:
    doc = complete()
    doc.duties.items[0].text = "3.1 Koolituste korraldamine."
    doc.duties.items[0].results = ["• Koolitused on läbi viidud.", "- Tagasiside on kogutud."]
    doc.rights.items[0] = "\uf0b7 teha kaugtööd;"  # Word's Symbol-font bullet
    found = paths(doc)
    assert ("duties", 0, "text") in found
    assert ("duties", 0, "results", 0) in found and ("duties", 0, "results", 1) in found
    assert ("rights", "items", 0) in found
    assert any("number lisatakse ise" in m for m in messages(doc, Severity.WARNING))


def test_ordinary_texts_are_not_taken_for_numbers_or_bullets() -> None:
    doc = complete()
    doc.duties.items[0].text = "1.1.2024 jõustunud korra rakendamine."
    doc.duties.items[0].results = ["Temperatuur -5 kraadi ei sega.", "Tulemus - hea."]
    assert validate(doc, TODAY) == []


def test_without_notes_the_errors_and_warnings_are_the_same() -> None:
    """The folder listing asks for errors and warnings only: it must get all of them."""
    doc = new_document()
    doc.general.job_title = "Peas\x07petsialist\u200b"  # a bell (invisible) and a zero-width space
    full = validate(doc, dt.date(2026, 12, 2))
    quick = validate(doc, dt.date(2026, 12, 2), notes=False)
    assert any(f.severity is Severity.INFO and f.path == ("general", "job_title") for f in full)
    assert [f for f in full if f.severity is not Severity.INFO] == \
        [f for f in quick if f.severity is not Severity.INFO]
    assert not any(f.path == ("general", "job_title") for f in quick)
