"""Where in the document a model path points, in words a reader of the document uses."""

from __future__ import annotations

from .document import JobDescription, SectionId
from .numbering import section_numbers
from .paths import ModelPath
from .wording import section_heading

_FIELDS = {
    "et": {
        "job_title": "Ametinimetus", "unit": "Struktuuriüksus", "manager": "Vahetu juht",
        "substituted_by": "Kes asendab", "substitutes": "Keda asendab", "extra_rows": "lisarida",
        "results": "tulemus", "sub_items": "alapunkt", "items": "punkt", "rows": "rida",
        "languages": "keel", "competency_groups": "kompetentsigrupp", "behaviours": "käitumine",
        "additional": "täiendav kompetents", "approval": "Kinnitamine", "meta": "Üldandmed",
        "signatories": "Allkirjad", "organisation": "asutus", "directive_number": "käskkirja nr",
        "date": "kuupäev", "approver": "kinnitaja", "effective_date": "kehtib alates",
        "last_review": "viimane ülevaatus", "paragraphs": "lõik", "text": "tekst",
        "name": "nimi", "position": "ametikoht", "label": "nimetus", "description": "kirjeldus",
        "role": "roll", "heading": "pealkiri",
    },
    "en": {
        "job_title": "Job title", "unit": "Structural unit", "manager": "Direct manager",
        "substituted_by": "Substituted by", "substitutes": "Substitutes for",
        "extra_rows": "extra row", "results": "result", "sub_items": "sub-item", "items": "item",
        "rows": "row", "languages": "language", "competency_groups": "competency group",
        "behaviours": "behaviour", "additional": "additional competency", "approval": "Approval",
        "meta": "Document details", "signatories": "Signatures", "organisation": "organisation",
        "directive_number": "directive no.", "date": "date", "approver": "approver",
        "effective_date": "effective from", "last_review": "last review", "paragraphs": "paragraph",
        "text": "text", "name": "name", "position": "position", "label": "label",
        "description": "description", "role": "role", "heading": "heading",
    },
}
_SECTIONS = {s.value: s for s in SectionId}


def describe(doc: JobDescription, path: ModelPath, lang: str = "et") -> str:
    """("duties", 2, "results", 0) -> "3.3 tulemus 1"; ("general", "unit") -> "1. … › Struktuuriüksus"."""
    names = _FIELDS["en" if lang == "en" else "et"]
    if not path:
        return ""
    head = str(path[0])
    section = _SECTIONS.get(head)
    if section is None:
        return " › ".join(names.get(str(p), str(p + 1) if isinstance(p, int) else str(p))
                          for p in path)
    number = section_numbers(doc).get(section)
    parts = [f"{number}. {section_heading(doc, section)}" if number else section_heading(doc, section)]
    rest = list(path[1:])
    if section is SectionId.DUTIES and rest and isinstance(rest[0], int):
        parts = [f"{number}.{rest[0] + 1}"]
        rest = rest[1:]
    words: list[str] = []
    for part in rest:
        if isinstance(part, int):
            if words:
                words[-1] += f" {part + 1}"
            else:
                words.append(str(part + 1))
        else:
            words.append(names.get(part, part))
    if words:
        parts.append(" ".join(words) if section is SectionId.DUTIES else " › ".join(words))
    return " › ".join(parts) if section is not SectionId.DUTIES else " ".join(parts)
