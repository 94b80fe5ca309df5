"""Generated job descriptions for benchmarks: realistic in shape, any size.

``large_document(500, 5)`` is the stress case of the export and .ajx benchmarks;
``typical_document()`` has the size of the agency's real documents (15 duties).
Deterministic: the same arguments give the same document, so runs compare.
"""

from __future__ import annotations

import datetime as dt

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import (
    AdditionalCompetency,
    Approval,
    Cefr,
    Duty,
    JobDescription,
    LabelledRow,
    Language,
    PostKind,
)

_VERBS = (
    "planeerimine", "korraldamine", "väljatöötamine", "läbiviimine", "koordineerimine",
    "analüüsimine", "ettevalmistamine", "hindamine", "arendamine", "jälgimine",
)
_OBJECTS = (
    "lastekaitse valdkonna e-koolituste", "järelhooldusteenuse tööriistade",
    "ennetustalituse teavitustegevuste", "hangete ja lepingute",
    "võrgustikupartneritega koostöö", "õppematerjalide ja juhendite",
    "projekti aja- ja tegevuskava", "valdkonna statistika",
)
_RESULTS = (
    "Tegevused on läbi viidud korrektselt ja kvaliteetselt.",
    "Materjalid on koostatud, avalikustatud ning võetud kasutusse.",
    "Ülesanded on täidetud nõuetekohaselt ja tähtaegselt.",
    "Toimub infovahetus ja koostöö meeskonna ja partneritega.",
    "Tehtud on asjakohased ettepanekud töökorralduse parandamiseks.",
    "Aruandlus on koostatud ja esitatud õigeaegselt.",
)


def _duty(i: int, n_results: int) -> Duty:
    text = (
        f"{_OBJECTS[i % len(_OBJECTS)][:1].upper()}{_OBJECTS[i % len(_OBJECTS)][1:]} "
        f"{_VERBS[i % len(_VERBS)]} koostöös „Laste ja perede toetamise” meeskonnaga "
        f"(ülesanne {i + 1})."
    )
    sub_items = [f"alamülesanne {i + 1}.{k + 1} – aruande koostamine" for k in range(i % 3)]
    if sub_items:
        text = text[:-1] + ", sh:"
    results = [f"{_RESULTS[(i + k) % len(_RESULTS)]} ({i + 1}.{k + 1})" for k in range(n_results)]
    return Duty(text, sub_items, results)


def _fill_common(doc: JobDescription, n_duties: int, n_results: int) -> JobDescription:
    doc.meta.author = "Kadri Kask"
    doc.meta.version = "1"
    doc.meta.effective_date = dt.date(2026, 3, 1)
    doc.general.job_title = "Peaspetsialist (ennetusteenus)"
    doc.general.unit = "Laste heaolu osakond, ennetustalitus (ennetusteenuste tiim)"
    doc.general.manager = "Teenuse juht"
    doc.general.substituted_by = ["Koolitusspetsialist"]
    doc.general.substitutes = ["Koolitusspetsialist", "Projektijuht"]
    doc.general.extra_rows = [LabelledRow("Alluvad", "-")]
    doc.purpose.paragraphs = [
        "Laste ja perede heaolu valdkonna arendamine, tegevuste planeerimine, elluviimine ja "
        "hindamine, arvestades Sotsiaalkindlustusametile seatud ülesandeid ja Euroopa "
        "ühtekuuluvuspoliitika fondi 2021–2027 meetme „Lastele ja peredele suunatud teenused” "
        "tingimusi."
    ]
    doc.duties.items = [_duty(i, n_results) for i in range(n_duties)]
    texts = {
        "Haridus": "Kõrgharidus, soovitavalt sotsiaal- või haridusteaduste valdkonnas.",
        "Töökogemus": "Vähemalt kaheaastane töökogemus sotsiaalvaldkonnas.",
        "Arvutikasutamise oskus": "Vilunud MS Office'i tootepere kasutaja.",
    }
    for row in doc.requirements.rows:
        row.text = texts.get(row.label, row.text)
    doc.requirements.languages = [
        Language("eesti", Cefr.C1, True, ""),
        Language("inglise", Cefr.B2, True, ""),
        Language("vene", Cefr.B1, False, ""),
    ]
    doc.requirements.additional = [
        AdditionalCompetency(
            "Analüüsi- ja üldistusvõime",
            "Kogub, analüüsib ja hindab info olulisust ja asjakohasust, mõistab seoseid.",
        ),
        AdditionalCompetency(
            "Korrektsus",
            "Täidab ülesandeid täpselt, kvaliteetselt, tähtaegselt ja vastavalt seatud nõuetele.",
        ),
    ]
    return doc


def typical_document(kind: PostKind = PostKind.TOOTAJA) -> JobDescription:
    """A document the size of the references: 15 duties, one or two results each."""
    doc = new_document(kind, "Sotsiaalkindlustusamet", "Mari Maasikas")
    _fill_common(doc, 15, 1)
    for i, duty in enumerate(doc.duties.items):
        if i % 4 == 3:
            duty.results.append("Omatakse ajakohast informatsiooni teiste riikide kogemustest.")
    doc.tools.included = kind is PostKind.TOOTAJA
    doc.tools.text = "Sülearvuti tööks vajaliku tarkvaraga, mobiiltelefon ja kontoritehnika."
    if kind is PostKind.AMETNIK:
        doc.meta.approval = Approval(
            "Sotsiaalkindlustusameti peadirektori", dt.date(2026, 2, 12), "1-2/26", "Lisa 3"
        )
        doc.signatories[0].position = "Peadirektor"
    else:
        doc.signatories[0].position = "Peadirektor"
        doc.signatories[1].name = "Tiina Tamm"
        doc.signatories[1].position = "Peaspetsialist"
    return doc


def large_document(n_duties: int = 500, n_results: int = 5) -> JobDescription:
    """The stress case: ``n_duties`` duties with ``n_results`` results each."""
    doc = new_document(PostKind.AMETNIK, "Sotsiaalkindlustusamet", "Mari Maasikas")
    doc.meta.approval = Approval(
        "Sotsiaalkindlustusameti peadirektori", dt.date(2026, 2, 12), "1-2/26", ""
    )
    return _fill_common(doc, n_duties, n_results)
