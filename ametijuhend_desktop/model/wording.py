"""The generated wording: what the kind of post implies, and the default headings.

The kind changes only this wording, never the user's own text. A document overrides a
heading or intro by storing its own (``heading`` non-empty, ``intro`` not None).
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import (
    BulletSection,
    Cefr,
    JobDescription,
    Language,
    PostKind,
    SectionId,
    SignatoryRole,
)
from .printing import INVISIBLE


@dataclass(frozen=True)
class KindWording:
    duties_heading: str
    rights_intro: str
    responsibilities_intro: str
    header: str  # the line at the top right; an ametnik's is the approval block
    kind_label: str


WORDING: dict[PostKind, KindWording] = {
    PostKind.AMETNIK: KindWording(
        duties_heading="TEENISTUSÜLESANDED",
        rights_intro="Ametnikul on õigus:",
        responsibilities_intro="Ametnik vastutab:",
        header="KINNITATUD",
        kind_label="ametnik",
    ),
    PostKind.TOOTAJA: KindWording(
        duties_heading="TÖÖÜLESANDED",
        rights_intro="Töötajal on õigus:",
        responsibilities_intro="Töötaja vastutab:",
        header="Töölepingu juurde kuuluv lisa",
        kind_label="töötaja",
    ),
}

DEFAULT_HEADINGS: dict[SectionId, str] = {
    SectionId.GENERAL: "ÜLDOSA",
    SectionId.PURPOSE: "AMETIKOHA EESMÄRK",
    SectionId.DUTIES: "",  # by kind
    SectionId.RIGHTS: "ÕIGUSED",
    SectionId.RESPONSIBILITIES: "VASTUTUS",
    SectionId.TOOLS: "TÖÖVAHENDID",
    SectionId.REQUIREMENTS: "AMETIKOHALE ESITATAVAD NÕUDED",
    SectionId.REVIEW: "AMETIJUHENDI MUUTMINE",
}

GENERAL_LABELS = {
    "job_title": "Ametinimetus",
    "unit": "Struktuuriüksus",
    "manager": "Vahetu juht",
    "substituted_by": "Kes asendab",
    "substitutes": "Keda asendab",
}



def general_labels(doc: JobDescription) -> dict[str, str]:
    """The ÜLDOSA row labels as printed: the document's own wording where it has one."""
    own = doc.general.labels
    return {key: getattr(own, key) or default for key, default in GENERAL_LABELS.items()}


DUTY_COLUMN = "Põhiülesanded"
RESULT_COLUMN = "Oodatavad tulemused"
SIGNED_DIGITALLY = "(allkirjastatud digitaalselt)"
PARTIES_SIGNATURES = "Poolte allkirjad:"
ROLE_LABELS: dict[SignatoryRole, str] = {
    SignatoryRole.APPROVER: "Kinnitaja",
    SignatoryRole.EMPLOYER: "Tööandja",
    SignatoryRole.EMPLOYEE: "Töötaja",
}
TITLE = "AMETIJUHEND"

# Genitive stems for the generated language sentence: "eesti" -> "Eesti keele oskus".
_LANGUAGE_ADVANTAGE = "on kasuks"


def wording(kind: PostKind) -> KindWording:
    return WORDING[kind]


def section_heading(doc: JobDescription, section: SectionId) -> str:
    """The heading as printed: the user's own if set (and not only characters that print
    as nothing), else the default for the kind."""
    own: str = getattr(doc, section.value).heading
    if own and INVISIBLE.sub("", own).strip():
        return own
    if section is SectionId.DUTIES:
        return WORDING[doc.kind].duties_heading
    return DEFAULT_HEADINGS[section]


def bullet_intro(doc: JobDescription, section: SectionId) -> str:
    """The intro line above rights or responsibilities ("" means none)."""
    part: BulletSection = getattr(doc, section.value)
    if part.intro is not None:
        return part.intro
    w = WORDING[doc.kind]
    return w.rights_intro if section is SectionId.RIGHTS else w.responsibilities_intro


def duty_columns(doc: JobDescription) -> tuple[str, str]:
    return (doc.duties.duty_column or DUTY_COLUMN, doc.duties.result_column or RESULT_COLUMN)


def language_sentence(language: Language) -> str:
    """The sentence printed for a language: the user's wording, or a generated one."""
    if language.wording:
        return language.wording
    name = language.name.strip() or "?"
    subject = f"{name[:1].upper()}{name[1:]} keele oskus"
    if language.required:
        at_least = "" if language.level is Cefr.A1 else "vähemalt "
        return f"{subject} {at_least}tasemel {language.level.value}."
    return f"{subject} tasemel {language.level.value} {_LANGUAGE_ADVANTAGE}."


def approval_line(doc: JobDescription) -> str:
    """"<approver> <date> käskkirjaga nr <n>" with whatever parts are filled in; nothing
    when none is (a bare "käskkirjaga" under KINNITATUD would dangle)."""
    a = doc.meta.approval
    if not (a.approver.strip() or a.date or a.directive_number.strip()):
        return ""
    parts = [a.approver.strip()]
    if a.date is not None:
        parts.append(a.date.strftime("%d.%m.%Y"))
    parts.append("käskkirjaga")
    if a.directive_number:
        parts.append(f"nr {a.directive_number}")
    return " ".join(p for p in parts if p)
