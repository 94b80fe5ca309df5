"""The job description as plain text, in document order, for a terminal or a diff.

It prints what the exported document shows, generated parts included (section numbers,
default headings and intros, duty numbers, language sentences, the signature block), so
``ametijuhend show FILE`` reads like the document and a test can compare a document's text
with a reference text. Metadata that the document does not print (version, author, …) is
left out.
"""

from __future__ import annotations

from ..model import JobDescription, PostKind, SectionId
from ..model.document import Requirements
from ..model.numbering import duty_number, general_row_number, section_numbers
from ..model.printing import INVISIBLE, comma_list, has_approval
from ..model.wording import (
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

BULLET = "•"
SUB_BULLET = "–"
INDENT = "   "


def _indented(text: str, prefix: str, indent: str) -> list[str]:
    """A possibly multi-line text under a prefix, continuation lines aligned with it."""
    lines = text.split("\n")
    return [prefix + lines[0], *(indent + line for line in lines[1:])]


def _item(text: str, depth: int = 1, bullet: str = BULLET) -> list[str]:
    lead = INDENT * (depth - 1)
    return _indented(text, f"{lead}{bullet} ", lead + " " * (len(bullet) + 1))


def _labelled(label: str, text: str) -> list[str]:
    return _indented(text, f"{label}: ", INDENT)


def _header(doc: JobDescription) -> list[str]:
    if doc.kind is PostKind.AMETNIK:
        lines = [wording(doc.kind).header, approval_line(doc)] if has_approval(doc) else []
        if doc.meta.approval.annex.strip():
            lines.append(doc.meta.approval.annex)
        return lines
    return [wording(doc.kind).header]


def _general(doc: JobDescription) -> list[str]:
    g = doc.general
    values = [g.job_title, g.unit, g.manager, comma_list(g.substituted_by), comma_list(g.substitutes)]
    lines: list[str] = []
    for i, (label, value) in enumerate(zip(general_labels(doc).values(), values, strict=True)):
        lines += _labelled(f"{general_row_number(i)} {label}", value)
    for row in g.extra_rows:
        lines += _labelled(row.label, row.text)
    return lines


def _duties(doc: JobDescription) -> list[str]:
    lines = [" | ".join(duty_columns(doc))]
    for i, duty in enumerate(doc.duties.items):
        number = duty_number(doc, i)
        lines += _indented(duty.text, f"{number} ", " " * (len(number) + 1))
        for sub in duty.sub_items:
            lines += _item(sub, 2, SUB_BULLET)
        for result in duty.results:
            lines += _item(result, 2)
    return lines


def _bullets(doc: JobDescription, section: SectionId) -> list[str]:
    intro = bullet_intro(doc, section)
    lines = [intro] if intro else []
    for item in getattr(doc, section.value).items:
        if item.strip():
            lines += _item(item)
    return lines


def _requirements(r: Requirements) -> list[str]:
    rows = [_labelled(row.label, row.text) for row in r.rows]
    if r.languages:
        languages = [r.languages_label + ":"]
        for language in r.languages:
            languages += _indented(language_sentence(language), INDENT, INDENT)
        rows.insert(max(0, min(r.languages_index, len(rows))), languages)
    lines = [line for row in rows for line in row]
    if r.competency_groups:
        lines.append(r.competencies_label + ":")
        for group in r.competency_groups:
            name = group.name.rstrip()
            lines.append(INDENT + (name if name.endswith(":") else name + ":"))
            for behaviour in group.behaviours:
                lines += _item(behaviour, 2)
    if r.additional:
        lines.append(r.additional_label + ":")
        for extra in r.additional:
            lines += _item(f"{extra.name}: {extra.description}", 2)
    return lines


def _signatures(doc: JobDescription) -> list[str]:
    lines = [] if doc.kind is PostKind.AMETNIK else [PARTIES_SIGNATURES, ""]
    for signatory in doc.signatories:
        if doc.kind is not PostKind.AMETNIK:
            lines.append(ROLE_LABELS[signatory.role] + ":")
        lines.append(SIGNED_DIGITALLY)
        lines += [text for text in (signatory.name, signatory.position) if text.strip()]
        lines.append("")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _section_body(doc: JobDescription, section: SectionId) -> list[str]:
    if section is SectionId.GENERAL:
        return _general(doc)
    if section is SectionId.PURPOSE:
        kept = [p for p in doc.purpose.paragraphs if p.strip()]
        return [line for p in kept for line in (*p.split("\n"), "")][:-1]
    if section is SectionId.DUTIES:
        return _duties(doc)
    if section in (SectionId.RIGHTS, SectionId.RESPONSIBILITIES):
        return _bullets(doc, section)
    if section is SectionId.TOOLS:
        return doc.tools.text.split("\n")
    if section is SectionId.REQUIREMENTS:
        return _requirements(doc.requirements)
    return doc.review.text.split("\n")


def to_text(doc: JobDescription) -> str:
    """The whole document as text, one blank line between its parts, ending in a newline.

    As on paper: the invisible control characters the Word export drops are left out here
    too (a lone surrogate could not even be written to a terminal)."""
    header = _header(doc)
    blocks: list[list[str]] = [header, [TITLE]] if header else [[TITLE]]
    for section, number in section_numbers(doc).items():
        blocks.append([f"{number}. {section_heading(doc, section)}", *_section_body(doc, section)])
    signatures = _signatures(doc)
    if signatures:
        blocks.append(signatures)
    return INVISIBLE.sub("", "\n\n".join("\n".join(block) for block in blocks) + "\n")
