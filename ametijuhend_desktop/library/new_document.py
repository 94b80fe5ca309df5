"""A new job description of either kind, with the agency's standard texts filled in."""

from __future__ import annotations

from ..model import (
    Cefr,
    Duty,
    JobDescription,
    LabelledRow,
    Language,
    PostKind,
    Signatory,
    SignatoryRole,
)
from .standard_texts import (
    STANDARD_REQUIREMENT_LABELS,
    STANDARD_RESPONSIBILITIES,
    STANDARD_RIGHTS,
    standard_competency_groups,
)


def default_signatories(kind: PostKind, default_signatory: str = "") -> list[Signatory]:
    if kind is PostKind.AMETNIK:
        return [Signatory(SignatoryRole.APPROVER, default_signatory, "")]
    return [
        Signatory(SignatoryRole.EMPLOYER, default_signatory, ""),
        Signatory(SignatoryRole.EMPLOYEE, "", ""),
    ]


def new_document(
    kind: PostKind = PostKind.AMETNIK, organisation: str = "", default_signatory: str = ""
) -> JobDescription:
    """What File ▸ New gives: the standard parts filled in, the post-specific parts empty."""
    doc = JobDescription()
    doc.meta.kind = kind
    doc.meta.organisation = organisation
    doc.purpose.paragraphs = [""]
    doc.duties.items = [Duty("", [], [""])]
    doc.rights.items = list(STANDARD_RIGHTS)
    doc.responsibilities.items = list(STANDARD_RESPONSIBILITIES)
    doc.requirements.rows = [LabelledRow(label, "") for label in STANDARD_REQUIREMENT_LABELS]
    doc.requirements.languages_index = 2
    doc.requirements.languages = [Language("eesti", Cefr.C1, True, "")]
    doc.requirements.competency_groups = standard_competency_groups()
    doc.signatories = default_signatories(kind, default_signatory)
    return doc
