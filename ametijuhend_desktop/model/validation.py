"""What an HR specialist wants caught before sending a job description for signing.

``validate`` returns findings; it never raises and never changes the document. Each
finding names where it is by a path into the model, so the window can select the section
and focus the field: ("general", "job_title"), ("duties", 2, "results"), …
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum

from .document import JobDescription, PostKind, SectionId, SignatoryRole
from .paths import ModelPath


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True)
class Finding:
    severity: Severity
    section: SectionId | None  # None: the metadata (approval, dates) or signatures
    path: ModelPath
    message_et: str
    message_en: str

    def message(self, lang: str = "et") -> str:
        return self.message_en if lang == "en" else self.message_et


# Characters pasted from PDF or Word that print as breaks or as a "�" (the invisible
# controls the export drops have their own finding in print_findings).
_ODD_CHARS = re.compile("[\x0b\x0c\ufffd]")
_SH_COLON = re.compile(r"\bsh:\s*$")
# Pasted from an old Word file: "3.1 Hangete …" or "• Tulemus …", numbers and bullets that
# the export adds itself and would then print twice.
_TYPED_NUMBER = re.compile(r"^\s*\d{1,2}(\.\d{1,2}){1,2}\.?\s")
_TYPED_BULLET = re.compile("^\\s*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\u00b7*\\-–—]\\s")
_OTHER_KIND_DUTIES = {
    PostKind.AMETNIK: re.compile(r"^\s*TÖÖÜLESANDED\s*$", re.IGNORECASE),
    PostKind.TOOTAJA: re.compile(r"^\s*TEENISTUSÜLESANDED\s*$", re.IGNORECASE),
}


def _blank(text: str) -> bool:
    return not text.strip()


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def validate(doc: JobDescription, today: dt.date | None = None, *,
             notes: bool = True) -> list[Finding]:
    """All findings, errors first, then in document order. ``notes=False`` leaves out the
    notes that scan every text (the folder listing shows errors and warnings only)."""
    today = today or dt.date.today()
    findings = [
        *_meta(doc, today),
        *_general(doc),
        *_purpose(doc),
        *_duties(doc),
        *_bullets(doc, SectionId.RIGHTS),
        *_bullets(doc, SectionId.RESPONSIBILITIES),
        *_tools(doc),
        *_requirements(doc),
        *_review(doc),
        *_signatories(doc),
        *(_odd_characters(doc) if notes else ()),
        *_print_findings(doc, notes),
    ]
    return sorted(findings, key=lambda f: -f.severity)


def _print_findings(doc: JobDescription, notes: bool) -> list[Finding]:
    from .print_findings import print_findings  # imported late: it builds on this module

    return list(print_findings(doc, notes=notes))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def _f(sev: Severity, section: SectionId | None, path: ModelPath, et: str, en: str) -> Finding:
    return Finding(sev, section, path, et, en)


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


def _meta(doc: JobDescription, today: dt.date) -> Iterator[Finding]:
    meta, a = doc.meta, doc.meta.approval
    if meta.kind is PostKind.AMETNIK:
        if a.date is not None and _blank(a.directive_number):
            yield _f(E, None, ("meta", "approval", "directive_number"),
                     "Kinnitamise kuupäev on olemas, aga käskkirja number puudub.",
                     "The approval date is set but the directive number is missing.")
        if a.date is None and not _blank(a.directive_number):
            yield _f(E, None, ("meta", "approval", "date"),
                     "Käskkirja number on olemas, aga kinnitamise kuupäev puudub.",
                     "The directive number is set but the approval date is missing.")
        if _blank(a.approver):
            yield _f(W, None, ("meta", "approval", "approver"),
                     "Ametijuhendi kinnitaja on märkimata.",
                     "Nobody is named as approving the job description.")
    if _blank(meta.organisation):
        yield _f(I, None, ("meta", "organisation"),
                 "Asutuse nimi on märkimata.", "The organisation is not named.")
    if a.date is not None and a.date > today:
        yield _f(W, None, ("meta", "approval", "date"),
                 "Kinnitamise kuupäev on tulevikus.", "The approval date is in the future.")
    if meta.effective_date and a.date and meta.effective_date < a.date:
        yield _f(W, None, ("meta", "effective_date"),
                 "Kehtima hakkamise kuupäev on varasem kui kinnitamise kuupäev.",
                 "The effective date is earlier than the approval date.")
    if meta.last_review is not None:
        if meta.last_review > today:
            yield _f(W, None, ("meta", "last_review"),
                     "Viimase ülevaatuse kuupäev on tulevikus.",
                     "The date of the last review is in the future.")
        elif (today - meta.last_review).days > 366 and doc.review.included:
            yield _f(I, None, ("meta", "last_review"),
                     "Ametijuhend vaadatakse üle kord aastas, viimasest ülevaatusest on möödas üle aasta.",
                     "The job description is reviewed once a year; the last review was over a year ago.")


def _general(doc: JobDescription) -> Iterator[Finding]:
    g, s = doc.general, SectionId.GENERAL
    for name, et, en in (
        ("job_title", "Ametinimetus on täitmata.", "The job title is empty."),
        ("unit", "Struktuuriüksus on täitmata.", "The structural unit is empty."),
        ("manager", "Vahetu juht on täitmata.", "The direct manager is empty."),
    ):
        if _blank(getattr(g, name)):
            yield _f(E, s, ("general", name), et, en)
    if not any(not _blank(p) for p in g.substituted_by):
        yield _f(W, s, ("general", "substituted_by"),
                 "Pole märgitud, kes ametikohal olijat asendab.",
                 "Nobody is named as substituting for this post.")
    if not _blank(g.job_title) and _norm(g.job_title) == _norm(g.manager):
        yield _f(W, s, ("general", "manager"),
                 "Vahetu juht on sama, mis ametinimetus.",
                 "The direct manager is the same as the job title.")
    for i, row in enumerate(g.extra_rows):
        if _blank(row.label):
            yield _f(E, s, ("general", "extra_rows", i),
                     f"Üldosa lisarea {i + 1} nimetus on täitmata.",
                     f"The label of extra row {i + 1} of the general part is empty.")


def _purpose(doc: JobDescription) -> Iterator[Finding]:
    if doc.purpose.included and not any(not _blank(p) for p in doc.purpose.paragraphs):
        yield _f(W, SectionId.PURPOSE, ("purpose", "paragraphs"),
                 "Ametikoha eesmärk on kirjutamata.", "The purpose of the post is empty.")


def _duties(doc: JobDescription) -> Iterator[Finding]:
    s = SectionId.DUTIES
    if not doc.duties.items:
        yield _f(E, s, ("duties",), "Ametijuhendis pole ühtegi ülesannet.",
                 "The job description has no duties.")
    heading = doc.duties.heading
    if heading and _OTHER_KIND_DUTIES[doc.kind].match(heading):
        kind = "ametniku" if doc.kind is PostKind.AMETNIK else "töötaja"
        kind_en = "an official's" if doc.kind is PostKind.AMETNIK else "an employee's"
        yield _f(W, s, ("duties", "heading"),
                 f"Pealkiri „{heading.strip()}” ei sobi {kind} ametijuhendisse.",
                 f"The heading “{heading.strip()}” does not fit {kind_en} job description.")
    seen: dict[str, int] = {}
    for i, duty in enumerate(doc.duties.items):
        n = i + 1
        if _blank(duty.text):
            yield _f(E, s, ("duties", i, "text"), f"Ülesande {n} tekst on tühi.",
                     f"The text of duty {n} is empty.")
        else:
            key = _norm(duty.text)
            if key in seen:
                yield _f(W, s, ("duties", i, "text"),
                         f"Ülesanne {n} kordab ülesannet {seen[key] + 1}.",
                         f"Duty {n} repeats duty {seen[key] + 1}.")
            else:
                seen[key] = i
        if _TYPED_NUMBER.match(duty.text):
            yield _f(W, s, ("duties", i, "text"),
                     f"Ülesande {n} tekst algab numbriga; number lisatakse ise, see trükitaks "
                     "kaks korda.",
                     f"The text of duty {n} starts with a number; numbers are added "
                     "automatically, so it would print twice.")
        if not any(not _blank(r) for r in duty.results):
            yield _f(E, s, ("duties", i, "results"),
                     f"Ülesandel {n} pole oodatavat tulemust.",
                     f"Duty {n} has no expected result.")
        results_seen: set[str] = set()
        for j, result in enumerate(duty.results):
            if _TYPED_BULLET.match(result):
                yield _f(W, s, ("duties", i, "results", j),
                         f"Ülesande {n} tulemus {j + 1} algab täpiga; täpp lisatakse ise.",
                         f"Result {j + 1} of duty {n} starts with a bullet; bullets are added "
                         "automatically.")
            if _blank(result):
                if any(not _blank(r) for r in duty.results):
                    yield _f(W, s, ("duties", i, "results", j),
                             f"Ülesande {n} tulemus {j + 1} on tühi.",
                             f"Result {j + 1} of duty {n} is empty.")
                continue
            if (key := _norm(result)) in results_seen:
                yield _f(W, s, ("duties", i, "results", j),
                         f"Ülesande {n} tulemus {j + 1} kordub.",
                         f"Result {j + 1} of duty {n} is repeated.")
            results_seen.add(key)
        if _SH_COLON.search(duty.text) and not duty.sub_items:
            yield _f(W, s, ("duties", i, "sub_items"),
                     f"Ülesanne {n} lõpeb „sh:”, aga alapunktid puuduvad.",
                     f"Duty {n} ends in “sh:” but has no sub-items.")
        for j, item in enumerate(duty.sub_items):
            if _blank(item):
                yield _f(W, s, ("duties", i, "sub_items", j),
                         f"Ülesande {n} alapunkt {j + 1} on tühi.",
                         f"Sub-item {j + 1} of duty {n} is empty.")


def _bullets(doc: JobDescription, section: SectionId) -> Iterator[Finding]:
    part = getattr(doc, section.value)
    if not part.included:
        return
    what = ("Õigused", "Rights") if section is SectionId.RIGHTS else ("Vastutus", "Responsibilities")
    if not any(not _blank(item) for item in part.items):
        yield _f(E, section, (section.value, "items"), f"{what[0]}: loetelu on tühi.",
                 f"{what[1]}: the list is empty.")
    seen: set[str] = set()
    for j, item in enumerate(part.items):
        if _TYPED_BULLET.match(item):
            yield _f(W, section, (section.value, "items", j),
                     f"{what[0]}: punkt {j + 1} algab täpiga; täpp lisatakse ise.",
                     f"{what[1]}: item {j + 1} starts with a bullet; bullets are added "
                     "automatically.")
        if _blank(item):
            yield _f(W, section, (section.value, "items", j),
                     f"{what[0]}: punkt {j + 1} on tühi.", f"{what[1]}: item {j + 1} is empty.")
        elif _norm(item) in seen:
            yield _f(W, section, (section.value, "items", j),
                     f"{what[0]}: punkt {j + 1} kordub.", f"{what[1]}: item {j + 1} is repeated.")
        seen.add(_norm(item))


def _tools(doc: JobDescription) -> Iterator[Finding]:
    if doc.tools.included and _blank(doc.tools.text):
        yield _f(W, SectionId.TOOLS, ("tools", "text"), "Töövahendid on kirjutamata.",
                 "The work tools section is empty.")


def _requirements(doc: JobDescription) -> Iterator[Finding]:
    r, s = doc.requirements, SectionId.REQUIREMENTS
    if not r.included:
        return
    labels = [_norm(row.label) for row in r.rows]
    if not any(label.startswith("haridus") for label in labels):
        yield _f(W, s, ("requirements", "rows"), "Hariduse nõue on märkimata.",
                 "The education requirement is missing.")
    for i, row in enumerate(r.rows):
        if _blank(row.label):
            yield _f(E, s, ("requirements", "rows", i, "label"),
                     f"Nõuete rea {i + 1} nimetus on täitmata.",
                     f"The label of requirement row {i + 1} is empty.")
        if _blank(row.text):
            name = row.label.strip() or str(i + 1)
            yield _f(E, s, ("requirements", "rows", i, "text"),
                     f"Nõue „{name}” on täitmata.", f"The requirement “{name}” is empty.")
    if not r.languages:
        yield _f(W, s, ("requirements", "languages"), "Keeleoskuse nõue on märkimata.",
                 "No language requirement is given.")
    elif not any(_norm(lang.name).startswith("eesti") for lang in r.languages):
        yield _f(I, s, ("requirements", "languages"),
                 "Eesti keele oskuse nõue on märkimata.",
                 "No Estonian language requirement is given.")
    names: set[str] = set()
    for i, lang in enumerate(r.languages):
        if _blank(lang.name):
            yield _f(E, s, ("requirements", "languages", i),
                     f"Keele {i + 1} nimi on täitmata.", f"The name of language {i + 1} is empty.")
            continue
        key = (_norm(lang.name), lang.required)
        if str(key) in names:
            yield _f(W, s, ("requirements", "languages", i),
                     f"Keel „{lang.name.strip()}” on loetelus kaks korda.",
                     f"The language “{lang.name.strip()}” is listed twice.")
        names.add(str(key))
    group_names: set[str] = set()
    for i, group in enumerate(r.competency_groups):
        label = group.name.strip() or str(i + 1)
        if _blank(group.name):
            yield _f(E, s, ("requirements", "competency_groups", i, "name"),
                     f"Kompetentsigrupi {i + 1} nimi on täitmata.",
                     f"The name of competency group {i + 1} is empty.")
        elif _norm(group.name) in group_names:
            yield _f(W, s, ("requirements", "competency_groups", i, "name"),
                     f"Kompetentsigrupp „{label}” on kaks korda.",
                     f"The competency group “{label}” appears twice.")
        group_names.add(_norm(group.name))
        if not any(not _blank(b) for b in group.behaviours):
            yield _f(E, s, ("requirements", "competency_groups", i, "behaviours"),
                     f"Kompetentsigrupis „{label}” pole ühtegi käitumist.",
                     f"The competency group “{label}” has no behaviours.")
    for i, item in enumerate(r.additional):
        if _blank(item.name):
            yield _f(E, s, ("requirements", "additional", i, "name"),
                     f"Täiendava kompetentsi {i + 1} nimi on täitmata.",
                     f"The name of additional competency {i + 1} is empty.")
        elif _blank(item.description):
            yield _f(W, s, ("requirements", "additional", i, "description"),
                     f"Täiendaval kompetentsil „{item.name.strip()}” pole kirjeldust.",
                     f"The additional competency “{item.name.strip()}” has no description.")


def _review(doc: JobDescription) -> Iterator[Finding]:
    if doc.review.included and _blank(doc.review.text):
        yield _f(E, SectionId.REVIEW, ("review", "text"),
                 "Ametijuhendi muutmise punkt on tühi.", "The review clause is empty.")


def _signatories(doc: JobDescription) -> Iterator[Finding]:
    roles = {s.role for s in doc.signatories}
    if doc.kind is PostKind.AMETNIK:
        needed = [(SignatoryRole.APPROVER, "kinnitaja", "the approver")]
    else:
        needed = [(SignatoryRole.EMPLOYER, "tööandja", "the employer"),
                  (SignatoryRole.EMPLOYEE, "töötaja", "the employee")]
    for role, et, en in needed:
        if role not in roles:
            yield _f(W, None, ("signatories",), f"Allkirjastajate seas pole {et}t.",
                     f"The signatories do not include {en}.")
    for i, sig in enumerate(doc.signatories):
        if _blank(sig.name):
            yield _f(W, None, ("signatories", i, "name"),
                     f"Allkirjastaja {i + 1} nimi on täitmata.",
                     f"The name of signatory {i + 1} is empty.")
        wrong = (doc.kind is PostKind.AMETNIK and sig.role is not SignatoryRole.APPROVER) or (
            doc.kind is PostKind.TOOTAJA and sig.role is SignatoryRole.APPROVER)
        if wrong:
            yield _f(W, None, ("signatories", i, "role"),
                     f"Allkirjastaja {i + 1} roll ei sobi selle ametikoha liigiga.",
                     f"The role of signatory {i + 1} does not fit this kind of post.")


def iter_texts(doc: JobDescription) -> Iterator[tuple[ModelPath, str]]:
    """Every user text with its path, for checks that look at all of them."""
    g = doc.general
    for name in ("job_title", "unit", "manager"):
        yield ("general", name), getattr(g, name)
    for name in ("substituted_by", "substitutes"):
        for i, text in enumerate(getattr(g, name)):
            yield ("general", name, i), text
    for i, row in enumerate(g.extra_rows):
        yield ("general", "extra_rows", i), row.label + row.text
    for i, text in enumerate(doc.purpose.paragraphs):
        yield ("purpose", "paragraphs", i), text
    for i, duty in enumerate(doc.duties.items):
        yield ("duties", i, "text"), duty.text
        for j, text in enumerate(duty.sub_items):
            yield ("duties", i, "sub_items", j), text
        for j, text in enumerate(duty.results):
            yield ("duties", i, "results", j), text
    for sec in ("rights", "responsibilities"):
        for i, text in enumerate(getattr(doc, sec).items):
            yield (sec, "items", i), text
    yield ("tools", "text"), doc.tools.text
    r = doc.requirements
    for i, row in enumerate(r.rows):
        yield ("requirements", "rows", i, "text"), row.label + row.text
    for i, lang in enumerate(r.languages):
        yield ("requirements", "languages", i), lang.name + lang.wording
    for i, group in enumerate(r.competency_groups):
        yield ("requirements", "competency_groups", i, "name"), group.name
        for j, text in enumerate(group.behaviours):
            yield ("requirements", "competency_groups", i, "behaviours", j), text
    for i, item in enumerate(r.additional):
        yield ("requirements", "additional", i, "name"), item.name + item.description
    yield ("review", "text"), doc.review.text


_SECTION_BY_KEY = {s.value: s for s in SectionId}


def _odd_characters(doc: JobDescription) -> Iterator[Finding]:
    for path, text in iter_texts(doc):
        if _ODD_CHARS.search(text):
            yield _f(I, _SECTION_BY_KEY.get(str(path[0])), path,
                     "Tekstis on nähtamatuid märke (nt kopeeritud PDF-ist); Wordis võivad need "
                     "paista teisiti.",
                     "The text has invisible characters (e.g. pasted from a PDF); Word may show "
                     "them differently.")
