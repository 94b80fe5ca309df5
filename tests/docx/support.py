"""Helpers for the DOCX tests: what the model says must be printed, and in what order.

Written from the model and the wording module, independently of the renderer, so a
renderer that forgets or reorders something fails.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from lxml import etree

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
    SectionId,
)
from ametijuhend_desktop.model.document import SECTION_ORDER
from ametijuhend_desktop.model.numbering import section_numbers
from ametijuhend_desktop.model.wording import (
    PARTIES_SIGNATURES,
    ROLE_LABELS,
    SIGNED_DIGITALLY,
    TITLE,
    approval_line,
    bullet_intro,
    duty_columns,
    general_labels,
    language_sentence,
    section_heading,
    wording,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def sample_document(kind: PostKind) -> JobDescription:
    """A filled document of the reference documents' shape, with invented names."""
    doc = new_document(kind, "Sotsiaalkindlustusamet", "Mari Maasikas")
    doc.meta.author = "Kadri Kask"
    doc.general.job_title = "Peaspetsialist (ennetusteenus)"
    doc.general.unit = "Laste heaolu osakond, ennetustalitus (ennetusteenuste tiim)"
    doc.general.manager = "Teenuse juht"
    doc.general.substituted_by = ["Koolitusspetsialist"]
    doc.general.substitutes = ["Teenuse juht", "projektijuht"]
    doc.general.extra_rows = [LabelledRow("Riigisaladus", "-")]
    doc.purpose.paragraphs = [
        "Laste ja perede heaolu valdkonna arendamine ESF meetme „Laste ja perede toetamine” "
        "raames, 2021–2027."
    ]
    doc.duties.items = [
        Duty("ESF TAT tegevuste läbiviimine vastavalt tegevus- ja ajakavale.", [],
             ["ESF TAT tegevused on läbiviidud vastavalt tegevus- ja ajakavale."]),
        Duty("Hangete läbiviimine, sh:", ["töö ostmiseks;", "teenuste ostmiseks."],
             ["Hanked on korrektselt läbiviidud.", "Lepingud on õigeaegselt koostatud."]),
        Duty("Vahetu juhi antud ühekordsete ülesannete täitmine.", [],
             ["Ülesanded on täidetud nõuetekohaselt ja tähtaegselt."]),
    ]
    for row, text in zip(doc.requirements.rows, ("Kõrgharidus.", "Projektijuhtimise kogemus.",
                                                  "MS Office'i hea tundmine."), strict=False):
        row.text = text
    doc.requirements.languages = [
        Language("eesti", Cefr.C1, True, ""),
        Language("vene", Cefr.B1, False, ""),
    ]
    doc.requirements.additional = [AdditionalCompetency("Korrektsus", "Täidab ülesandeid täpselt.")]
    doc.tools.included = True
    doc.tools.text = "Sülearvuti ja mobiiltelefon."
    if kind is PostKind.AMETNIK:
        doc.meta.approval = Approval("Sotsiaalkindlustusameti peadirektori",
                                     dt.date(2026, 2, 12), "1-2/26", "Lisa 2")
        doc.signatories[0].position = "Peadirektor"
    else:
        doc.signatories[0].position = "Peadirektor"
        doc.signatories[1].name = "Tiina Tamm"
        doc.signatories[1].position = "Peaspetsialist"
    return doc


def expected_texts(doc: JobDescription) -> list[str]:
    """Every text the printed document must show, in reading order (tables row by row)."""
    approved = any((doc.meta.approval.approver.strip(), doc.meta.approval.date,
                    doc.meta.approval.directive_number.strip()))
    out: list[str] = []
    if doc.kind is PostKind.TOOTAJA or approved:
        out.append(wording(doc.kind).header)
    if doc.kind is PostKind.AMETNIK and approved:
        out.append(approval_line(doc))
    out += [doc.meta.approval.annex, TITLE]
    for section in SECTION_ORDER:
        if section not in section_numbers(doc):
            continue
        out.append(section_heading(doc, section))
        if section is SectionId.GENERAL:
            g, lab = doc.general, general_labels(doc)
            out += [f"1.1 {lab['job_title']}", f"1.2 {lab['unit']}", g.job_title, g.unit,
                    f"1.3 {lab['manager']}", f"1.4 {lab['substituted_by']}",
                    f"1.5 {lab['substitutes']}", g.manager, _commas(g.substituted_by),
                    _commas(g.substitutes)]
            for row in g.extra_rows:
                out += [row.label, row.text]
        elif section is SectionId.PURPOSE:
            out += [p for p in doc.purpose.paragraphs if p.strip()]
        elif section is SectionId.DUTIES:
            out += duty_columns(doc)
            for duty in doc.duties.items:
                out += [duty.text, *duty.sub_items, *duty.results]
        elif section in (SectionId.RIGHTS, SectionId.RESPONSIBILITIES):
            out.append(bullet_intro(doc, section))
            out += [t for t in getattr(doc, section.value).items if t.strip()]
        elif section is SectionId.TOOLS:
            out.append(doc.tools.text)
        elif section is SectionId.REQUIREMENTS:
            req = doc.requirements
            rows = [[r.label, r.text] for r in req.rows]
            if req.languages:
                at = max(0, min(req.languages_index, len(rows)))
                rows.insert(at, [req.languages_label, *map(language_sentence, req.languages)])
            for row in rows:
                out += row
            if req.competency_groups:
                out.append(req.competencies_label)
                for group in req.competency_groups:
                    out += [f"{group.name}:", *group.behaviours]
            if req.additional:
                out.append(req.additional_label)
                out += [": ".join(p for p in (a.name, a.description) if p) for a in req.additional]
        elif section is SectionId.REVIEW:
            out.append(doc.review.text)
    if doc.kind is PostKind.TOOTAJA and doc.signatories:
        out.append(PARTIES_SIGNATURES)
    for s in doc.signatories:  # one table cell each
        if doc.kind is PostKind.TOOTAJA:
            out.append(f"{ROLE_LABELS[s.role]}:")
        out += [SIGNED_DIGITALLY, s.name, s.position]
    return [t for t in out if t]


def _commas(items: list[str]) -> str:
    return ", ".join(t.strip() for t in items if t.strip())


def normalise(text: str) -> str:
    """What the export is meant to make of a text (see docx/text.py): breaks as line
    feeds, invisible control characters gone."""
    text = text.replace("\r\n", "\n")
    text = re.sub("[\r\x0b\x0c\x85\u2028\u2029]", "\n", text)
    return re.sub("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]", "", text)


def words(text: str) -> str:
    """Whitespace-insensitive form for comparing with extracted PDF text."""
    return " ".join(text.replace("\u00ad", "").split())


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in order (empty list: all found in order)."""
    missing: list[str] = []
    pos = 0
    for needle in needles:
        found = haystack.find(needle, pos)
        if found < 0:
            missing.append(needle)
        else:
            pos = found + len(needle)
    return missing


def body_paragraph_texts(path: Path) -> list[str]:
    """Paragraph texts of the document body in order, tables row by row."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    texts = []
    for p in root.iter(f"{W}p"):
        parts = []
        for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}softHyphen"):
            tag = el.tag[len(W):]
            parts.append({"t": el.text or "", "tab": "\t", "br": "\n", "softHyphen": "\u00ad"}[tag])
        texts.append("".join(parts))
    return texts
