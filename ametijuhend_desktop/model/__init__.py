"""The job description as plain Python objects, its numbering, wording and validation.

No Qt and no I/O here: everything is testable without a QApplication.
"""

from .document import (
    OPTIONAL_SECTIONS,
    SECTION_ORDER,
    AdditionalCompetency,
    Approval,
    BulletSection,
    Cefr,
    CompetencyGroup,
    Duties,
    Duty,
    GeneralPart,
    JobDescription,
    LabelledRow,
    Language,
    Metadata,
    PostKind,
    Purpose,
    Requirements,
    ReviewClause,
    SectionId,
    Signatory,
    SignatoryRole,
    Tools,
)
from .validation import Finding, Severity, has_errors, validate

__all__ = [
    "OPTIONAL_SECTIONS",
    "SECTION_ORDER",
    "AdditionalCompetency",
    "Approval",
    "BulletSection",
    "Cefr",
    "CompetencyGroup",
    "Duties",
    "Duty",
    "Finding",
    "GeneralPart",
    "JobDescription",
    "LabelledRow",
    "Language",
    "Metadata",
    "PostKind",
    "Purpose",
    "Requirements",
    "ReviewClause",
    "SectionId",
    "Severity",
    "Signatory",
    "SignatoryRole",
    "Tools",
    "has_errors",
    "validate",
]
