"""The job description as plain, mutable Python objects.

Mutable dataclasses because the editor changes them in place through undo commands;
equality is structural so a load-save round trip can be checked with ``==``.
Text is kept exactly as the user typed it: no stripping, no normalising.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, StrEnum


class PostKind(StrEnum):
    """Ametnik is appointed under the Civil Service Act, töötaja under a contract."""

    AMETNIK = "ametnik"
    TOOTAJA = "tootaja"


class Cefr(StrEnum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class SectionId(Enum):
    """The numbered sections, in document order."""

    GENERAL = "general"
    PURPOSE = "purpose"
    DUTIES = "duties"
    RIGHTS = "rights"
    RESPONSIBILITIES = "responsibilities"
    TOOLS = "tools"
    REQUIREMENTS = "requirements"
    REVIEW = "review"


SECTION_ORDER: tuple[SectionId, ...] = tuple(SectionId)
OPTIONAL_SECTIONS: frozenset[SectionId] = frozenset(
    {
        SectionId.PURPOSE,
        SectionId.RIGHTS,
        SectionId.RESPONSIBILITIES,
        SectionId.TOOLS,
        SectionId.REQUIREMENTS,
        SectionId.REVIEW,
    }
)


class SignatoryRole(StrEnum):
    APPROVER = "approver"  # kinnitaja (ametnik)
    EMPLOYER = "employer"  # tööandja (töötaja)
    EMPLOYEE = "employee"  # töötaja (töötaja)


@dataclass
class Approval:
    """KINNITATUD <approver> <date> käskkirjaga nr <directive_number>."""

    approver: str = ""
    date: dt.date | None = None
    directive_number: str = ""
    annex: str = ""  # "Lisa 1": one directive often approves several job descriptions


@dataclass
class Metadata:
    kind: PostKind = PostKind.AMETNIK
    organisation: str = ""
    approval: Approval = field(default_factory=Approval)
    version: str = ""
    effective_date: dt.date | None = None
    last_review: dt.date | None = None
    author: str = ""


@dataclass
class LabelledRow:
    """A free-named label | value row (older ÜLDOSA rows, requirement rows)."""

    label: str = ""
    text: str = ""


@dataclass
class GeneralLabels:
    """Own wording of the ÜLDOSA row labels, as older documents have ("Teenistuskoht");
    an empty one prints the default label."""

    job_title: str = ""
    unit: str = ""
    manager: str = ""
    substituted_by: str = ""
    substitutes: str = ""


@dataclass
class GeneralPart:
    """1. ÜLDOSA."""

    heading: str = ""  # empty: "ÜLDOSA"
    job_title: str = ""
    unit: str = ""
    manager: str = ""
    substituted_by: list[str] = field(default_factory=list)  # 1.4 Kes asendab
    substitutes: list[str] = field(default_factory=list)  # 1.5 Keda asendab
    extra_rows: list[LabelledRow] = field(default_factory=list)  # Alluvad, Riigisaladus, …
    labels: GeneralLabels = field(default_factory=GeneralLabels)


@dataclass
class Purpose:
    """2. AMETIKOHA EESMÄRK: one or more paragraphs."""

    included: bool = True
    heading: str = ""  # empty: the default wording for the kind of post
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Duty:
    text: str = ""
    sub_items: list[str] = field(default_factory=list)
    results: list[str] = field(default_factory=list)


@dataclass
class Duties:
    """3. TEENISTUSÜLESANDED / TÖÖÜLESANDED: the two-column table."""

    heading: str = ""
    duty_column: str = ""  # empty: "Põhiülesanded"
    result_column: str = ""  # empty: "Oodatavad tulemused"
    items: list[Duty] = field(default_factory=list)


@dataclass
class BulletSection:
    """Rights or responsibilities: an intro line and bullets.

    ``intro`` None means the default wording for the kind of post; "" means no intro line
    (one reference document has none).
    """

    included: bool = True
    heading: str = ""
    intro: str | None = None
    items: list[str] = field(default_factory=list)


@dataclass
class Tools:
    """6. TÖÖVAHENDID: optional, off in a new document."""

    included: bool = False
    heading: str = ""
    text: str = ""


@dataclass
class Language:
    """One language requirement; ``wording`` empty means the sentence is generated."""

    name: str = ""  # "eesti", "inglise", …
    level: Cefr = Cefr.B2
    required: bool = True  # False: "kasuks tuleb" (an advantage)
    wording: str = ""


@dataclass
class CompetencyGroup:
    name: str = ""
    behaviours: list[str] = field(default_factory=list)


@dataclass
class AdditionalCompetency:
    """"Name: description" items of Täiendavad kompetentsid."""

    name: str = ""
    description: str = ""


@dataclass
class Requirements:
    """7. AMETIKOHALE ESITATAVAD NÕUDED.

    The languages row sits among the free-named rows at ``languages_index`` (Haridus,
    Töökogemus, Keeleoskus, … in most documents); the reader clamps it to the row count.
    """

    included: bool = True
    heading: str = ""
    rows: list[LabelledRow] = field(default_factory=list)
    languages_label: str = "Keeleoskus"
    languages_index: int = 0
    languages: list[Language] = field(default_factory=list)
    competencies_label: str = "Tööks vajalikud kompetentsid"
    competency_groups: list[CompetencyGroup] = field(default_factory=list)
    additional_label: str = "Täiendavad kompetentsid, isikuomadused ja teadmised"
    additional: list[AdditionalCompetency] = field(default_factory=list)


DEFAULT_REVIEW_TEXT = (
    "Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel."
)


@dataclass
class ReviewClause:
    """8. AMETIJUHENDI MUUTMINE."""

    included: bool = True
    heading: str = ""
    text: str = DEFAULT_REVIEW_TEXT


@dataclass
class Signatory:
    role: SignatoryRole = SignatoryRole.APPROVER
    name: str = ""
    position: str = ""


@dataclass
class JobDescription:
    meta: Metadata = field(default_factory=Metadata)
    general: GeneralPart = field(default_factory=GeneralPart)
    purpose: Purpose = field(default_factory=Purpose)
    duties: Duties = field(default_factory=Duties)
    rights: BulletSection = field(default_factory=BulletSection)
    responsibilities: BulletSection = field(default_factory=BulletSection)
    tools: Tools = field(default_factory=Tools)
    requirements: Requirements = field(default_factory=Requirements)
    review: ReviewClause = field(default_factory=ReviewClause)
    signatories: list[Signatory] = field(default_factory=list)

    @property
    def kind(self) -> PostKind:
        return self.meta.kind

    def is_included(self, section: SectionId) -> bool:
        """ÜLDOSA and the duties are always there; the rest may be switched off."""
        if section not in OPTIONAL_SECTIONS:
            return True
        part = getattr(self, section.value)
        return bool(part.included)

    def set_included(self, section: SectionId, included: bool) -> None:
        if section not in OPTIONAL_SECTIONS:
            raise ValueError(f"{section.value} cannot be switched off")
        getattr(self, section.value).included = included
