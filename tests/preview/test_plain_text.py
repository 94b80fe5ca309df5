"""The plain-text rendering: document order, generated numbers and wording, user text as is."""

from __future__ import annotations

import datetime as dt

from ametijuhend_desktop.model import (
    AdditionalCompetency,
    Approval,
    Cefr,
    CompetencyGroup,
    Duty,
    JobDescription,
    LabelledRow,
    Language,
    PostKind,
    SectionId,
    Signatory,
    SignatoryRole,
)
from ametijuhend_desktop.preview.plain_text import to_text


def _doc(kind: PostKind = PostKind.TOOTAJA) -> JobDescription:
    doc = JobDescription()
    doc.meta.kind = kind
    doc.general.job_title = "Nõunik"
    doc.general.unit = "Arendusosakond, analüüsitalitus"
    doc.general.manager = "Osakonna juhataja"
    doc.general.substituted_by = ["Peaspetsialist", "analüütik"]
    doc.general.substitutes = ["Analüütik"]
    doc.purpose.paragraphs = ["Esimene lõik.", "Teine lõik."]
    doc.duties.items = [
        Duty("Analüüside koostamine, sh:", ["andmete kogumine;", "aruanne."], ["Analüüs on valmis."]),
        Duty("Nõustamine.", [], ["Küsimustele on vastatud.", "Juhend on ajakohane."]),
    ]
    doc.rights.items = ["saada infot;"]
    doc.responsibilities.intro = ""
    doc.responsibilities.items = ["vara eest."]
    r = doc.requirements
    r.rows = [LabelledRow("Haridus", "Kõrgharidus."), LabelledRow("Töökogemus", "Kaks aastat.")]
    r.languages_index = 1
    r.languages = [Language("eesti", Cefr.C1), Language("vene", Cefr.B1, required=False)]
    r.competency_groups = [CompetencyGroup("Koostöövõime", ["Kuulab.", "Aitab."])]
    r.additional = [AdditionalCompetency("Loovus", "Genereerib ideid.")]
    doc.signatories = [
        Signatory(SignatoryRole.EMPLOYER, "Kaarel Liivamägi", "Peadirektor"),
        Signatory(SignatoryRole.EMPLOYEE, "Piret Nõmmik", ""),
    ]
    return doc


def _lines(doc: JobDescription) -> list[str]:
    return to_text(doc).splitlines()


def test_employee_document_in_document_order_with_generated_wording() -> None:
    assert to_text(_doc()) == (
        "Töölepingu juurde kuuluv lisa\n"
        "\n"
        "AMETIJUHEND\n"
        "\n"
        "1. ÜLDOSA\n"
        "1.1 Ametinimetus: Nõunik\n"
        "1.2 Struktuuriüksus: Arendusosakond, analüüsitalitus\n"
        "1.3 Vahetu juht: Osakonna juhataja\n"
        "1.4 Kes asendab: Peaspetsialist, analüütik\n"
        "1.5 Keda asendab: Analüütik\n"
        "\n"
        "2. AMETIKOHA EESMÄRK\n"
        "Esimene lõik.\n"
        "\n"
        "Teine lõik.\n"
        "\n"
        "3. TÖÖÜLESANDED\n"
        "Põhiülesanded | Oodatavad tulemused\n"
        "3.1 Analüüside koostamine, sh:\n"
        "   – andmete kogumine;\n"
        "   – aruanne.\n"
        "   • Analüüs on valmis.\n"
        "3.2 Nõustamine.\n"
        "   • Küsimustele on vastatud.\n"
        "   • Juhend on ajakohane.\n"
        "\n"
        "4. ÕIGUSED\n"
        "Töötajal on õigus:\n"
        "• saada infot;\n"
        "\n"
        "5. VASTUTUS\n"
        "• vara eest.\n"
        "\n"
        "6. AMETIKOHALE ESITATAVAD NÕUDED\n"
        "Haridus: Kõrgharidus.\n"
        "Keeleoskus:\n"
        "   Eesti keele oskus vähemalt tasemel C1.\n"
        "   Vene keele oskus tasemel B1 on kasuks.\n"
        "Töökogemus: Kaks aastat.\n"
        "Tööks vajalikud kompetentsid:\n"
        "   Koostöövõime:\n"
        "   • Kuulab.\n"
        "   • Aitab.\n"
        "Täiendavad kompetentsid, isikuomadused ja teadmised:\n"
        "   • Loovus: Genereerib ideid.\n"
        "\n"
        "7. AMETIJUHENDI MUUTMINE\n"
        "Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.\n"
        "\n"
        "Poolte allkirjad:\n"
        "\n"
        "Tööandja:\n"
        "(allkirjastatud digitaalselt)\n"
        "Kaarel Liivamägi\n"
        "Peadirektor\n"
        "\n"
        "Töötaja:\n"
        "(allkirjastatud digitaalselt)\n"
        "Piret Nõmmik\n"
    )


def test_official_document_has_approval_block_and_own_headings() -> None:
    doc = _doc(PostKind.AMETNIK)
    doc.meta.approval = Approval("Sotsiaalkindlustusameti peadirektori", dt.date(2024, 3, 5),
                                 "1-2/17", "Lisa 2")
    doc.duties.heading = "TÖÖ- VÕI TEENISTUSÜLESANDED"
    doc.duties.duty_column, doc.duties.result_column = "ÜLESANNE", "TULEMUS"
    doc.signatories = [Signatory(SignatoryRole.APPROVER, "Kaarel Liivamägi", "Peadirektor")]
    lines = _lines(doc)
    assert lines[:3] == [
        "KINNITATUD",
        "Sotsiaalkindlustusameti peadirektori 05.03.2024 käskkirjaga nr 1-2/17",
        "Lisa 2",
    ]
    assert "3. TÖÖ- VÕI TEENISTUSÜLESANDED" in lines
    assert "ÜLESANNE | TULEMUS" in lines
    assert "Ametnikul on õigus:" in lines
    assert lines[-3:] == ["(allkirjastatud digitaalselt)", "Kaarel Liivamägi", "Peadirektor"]
    assert "Poolte allkirjad:" not in lines


def test_left_out_sections_close_the_gap_and_tools_appear_when_included() -> None:
    doc = _doc()
    doc.set_included(SectionId.PURPOSE, False)
    doc.tools.included = True
    doc.tools.text = "Sülearvuti."
    lines = _lines(doc)
    headings = [line for line in lines if line[:1].isdigit() and ". " in line[:4]]
    assert headings == [
        "1. ÜLDOSA", "2. TÖÖÜLESANDED", "3. ÕIGUSED", "4. VASTUTUS", "5. TÖÖVAHENDID",
        "6. AMETIKOHALE ESITATAVAD NÕUDED", "7. AMETIJUHENDI MUUTMINE",
    ]
    assert "2.1 Analüüside koostamine, sh:" in lines
    assert lines[lines.index("5. TÖÖVAHENDID") + 1] == "Sülearvuti."
    assert "Esimene lõik." not in lines


def test_user_text_is_kept_as_typed_and_line_breaks_stay_inside_their_item() -> None:
    doc = _doc()
    doc.duties.items[1].results[0] = "Esimene rida\nteine rida „jutumärkides”\u00a0–\tlõpp"
    doc.general.extra_rows = [LabelledRow("Alluvad", "-")]
    doc.rights.intro = "Omab õigust:"
    doc.requirements.competency_groups[0].name = "Koostöövõime:"
    doc.requirements.languages = []
    lines = _lines(doc)
    i = lines.index("   • Esimene rida")
    assert lines[i + 1] == "     teine rida „jutumärkides”\u00a0–\tlõpp"
    assert "Alluvad: -" in lines
    assert "Omab õigust:" in lines and "Töötajal on õigus:" not in lines
    assert "   Koostöövõime:" in lines and "   Koostöövõime::" not in lines
    assert "Keeleoskus:" not in lines


def test_languages_row_position_is_clamped_to_the_rows() -> None:
    doc = _doc()
    doc.requirements.languages_index = 99
    lines = _lines(doc)
    assert lines.index("Keeleoskus:") == lines.index("Töökogemus: Kaks aastat.") + 1
