"""What prints: the rules the Word export and the previews share about leaving things out.

The agency's documents print nothing for a part with nothing in it: no bare heading, no
"KINNITATUD … käskkirjaga" without an approval. Kept in one place so the tree's numbers,
the preview and the export cannot disagree; validation warns about each such part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import JobDescription, PostKind, SectionId

# Control characters that print as "�" or a box and mean nothing on paper (BEL, DEL, the
# C1 controls, lone surrogates, U+FFFE/U+FFFF); the export drops them. Tab, line feed,
# carriage return, vertical tab, form feed and U+0085 are not here: they print as breaks.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _filled(text: str) -> bool:
    return bool(text.strip())


def is_empty(doc: JobDescription, section: SectionId) -> bool:
    """An optional section with nothing of the user's to print (ÜLDOSA and the duties
    always print: their tables are the document)."""
    if section is SectionId.PURPOSE:
        return not any(map(_filled, doc.purpose.paragraphs))
    if section in (SectionId.RIGHTS, SectionId.RESPONSIBILITIES):
        return not any(map(_filled, getattr(doc, section.value).items))
    if section is SectionId.TOOLS:
        return not _filled(doc.tools.text)
    if section is SectionId.REVIEW:
        return not _filled(doc.review.text)
    if section is SectionId.REQUIREMENTS:
        r = doc.requirements
        return not (any(_filled(row.text) for row in r.rows) or r.languages
                    or r.competency_groups or r.additional)
    return False


def is_printed(doc: JobDescription, section: SectionId) -> bool:
    return doc.is_included(section) and not is_empty(doc, section)


def has_approval(doc: JobDescription) -> bool:
    """An ametnik's "KINNITATUD" block prints only with something of the approval in it."""
    a = doc.meta.approval
    return doc.kind is PostKind.AMETNIK and (
        _filled(a.approver) or a.date is not None or _filled(a.directive_number))


def comma_list(items: Sequence[str]) -> str:
    """"Teenuse juht, projektijuht, koordinaator": 1.4 and 1.5 on one line, as the agency
    writes them."""
    return ", ".join(text.strip() for text in items if text.strip())
