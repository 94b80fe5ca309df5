"""The document as it will read, in the HTML subset a QTextBrowser shows.

Rendered straight from the model with the same wording and numbering as the export, so
the preview cannot disagree with the Word file about headings, numbers or intro lines.
Every section and duty carries an anchor (``anchor_for``) the window scrolls to.
No Qt here: the renderer is a pure function, tested without a QApplication.
"""

from __future__ import annotations

from html import escape

from ..model import (
    SECTION_ORDER,
    JobDescription,
    PostKind,
    SectionId,
    SignatoryRole,
)
from ..model.numbering import section_numbers
from ..model.printing import comma_list, has_approval
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

STYLE_SHEET = """
h1 { font-size: large; text-align: center; margin-top: 6px; }
h2 { font-size: medium; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
td, th { vertical-align: top; padding: 3px; }
th { text-align: left; background-color: #eeeeee; }
ul { margin-top: 0px; margin-bottom: 0px; }
"""
_STYLE = f"<style>{STYLE_SHEET}</style>"
_TABLE = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'


def anchor_for(section: SectionId | None = None, duty: int | None = None,
               signatories: bool = False) -> str:
    """The anchor name of a section, a duty (0-based), the signatures or the header."""
    if duty is not None:
        return f"duty-{duty + 1}"
    if signatories:
        return "signatories"
    return section.value if section is not None else "meta"


def _text(text: str) -> str:
    """Escaped, with the user's line breaks kept."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def _bullets(items: list[str]) -> str:
    kept = [i for i in items if i.strip()]
    if not kept:
        return ""
    return "<ul>" + "".join(f"<li>{_text(i)}</li>" for i in kept) + "</ul>"


def _anchor(name: str) -> str:
    return f'<a name="{name}"></a>'


def _header(doc: JobDescription) -> str:
    if doc.kind is PostKind.TOOTAJA:
        lines = [wording(doc.kind).header]
    else:
        a = doc.meta.approval
        lines = [f"<b>{wording(doc.kind).header}</b>", _text(approval_line(doc))]
        if not has_approval(doc):
            lines = []
        if a.annex.strip():
            lines.append(_text(a.annex))
    return f'<p align="right">{"<br>".join(lines)}</p>' if lines else ""


def _general(doc: JobDescription) -> str:
    g, labels = doc.general, general_labels(doc)
    rows = [
        (f"1.1 {labels['job_title']}", _text(g.job_title)),
        (f"1.2 {labels['unit']}", _text(g.unit)),
        (f"1.3 {labels['manager']}", _text(g.manager)),
        (f"1.4 {labels['substituted_by']}", _text(comma_list(g.substituted_by))),
        (f"1.5 {labels['substitutes']}", _text(comma_list(g.substitutes))),
        *((_text(row.label), _text(row.text)) for row in g.extra_rows),
    ]
    body = "".join(f'<tr><td width="38%"><b>{label}</b></td><td>{value}</td></tr>'
                   for label, value in rows)
    return f"{_TABLE}{body}</table>"


# Beyond this many duties the preview lists them instead of drawing the two-column table:
# Qt lays out a 500-row table nine times slower than paragraphs (0.5 s on every re-render).
COMPACT_AFTER = 60


def _duties_compact(doc: JobDescription, number: int) -> str:
    left, right = duty_columns(doc)
    out = [f"<p><i>{escape(left)} — {escape(right)}</i></p>"]
    for i, duty in enumerate(doc.duties.items):
        out.append(f"<p>{_anchor(anchor_for(duty=i))}<b>{number}.{i + 1}</b> {_text(duty.text)}"
                   f"</p>{_bullets(duty.sub_items)}{_bullets(duty.results)}")
    return "".join(out)


def _duties(doc: JobDescription, number: int) -> str:
    if len(doc.duties.items) > COMPACT_AFTER:
        return _duties_compact(doc, number)
    left, right = duty_columns(doc)
    out = [_TABLE, f'<tr><th width="50%">{escape(left)}</th><th>{escape(right)}</th></tr>']
    for i, duty in enumerate(doc.duties.items):
        cell = f"{_anchor(anchor_for(duty=i))}{number}.{i + 1} {_text(duty.text)}"
        if duty.sub_items:
            cell += _bullets(duty.sub_items)
        out.append(f"<tr><td>{cell}</td><td>{_bullets(duty.results)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _bullet_section(doc: JobDescription, section: SectionId) -> str:
    intro = bullet_intro(doc, section)
    part = getattr(doc, section.value)
    head = f"<p>{_text(intro)}</p>" if intro else ""
    return head + _bullets(part.items)


def _requirements(doc: JobDescription) -> str:
    r = doc.requirements
    rows: list[tuple[str, str]] = [(_text(row.label), _text(row.text)) for row in r.rows]
    languages = "<br>".join(_text(language_sentence(lang)) for lang in r.languages)
    if r.languages:
        rows.insert(min(max(r.languages_index, 0), len(rows)), (_text(r.languages_label),
                                                                 languages))
    if r.competency_groups:
        groups = "".join(f"<p><b>{_text(g.name)}:</b></p>{_bullets(g.behaviours)}"
                         for g in r.competency_groups)
        rows.append((_text(r.competencies_label), groups))
    if r.additional:
        items = "".join(f"<li><b>{_text(a.name)}</b>{': ' if a.name and a.description else ''}"
                        f"{_text(a.description)}</li>" for a in r.additional)
        rows.append((_text(r.additional_label), f"<ul>{items}</ul>"))
    body = "".join(f'<tr><td width="38%"><b>{label}</b></td><td>{value}</td></tr>'
                   for label, value in rows)
    return f"{_TABLE}{body}</table>" if rows else ""


def _signatures(doc: JobDescription) -> str:
    cells = []
    for sig in doc.signatories:
        role = ROLE_LABELS[sig.role]
        lines = [f"<b>{escape(role)}</b>"] if doc.kind is PostKind.TOOTAJA else []
        lines += [escape(SIGNED_DIGITALLY), _text(sig.name)]
        if sig.position.strip() and sig.role is not SignatoryRole.EMPLOYEE:
            lines.append(_text(sig.position))
        cells.append("<td>" + "<br>".join(lines) + "</td>")
    intro = f"<p>{escape(PARTIES_SIGNATURES)}</p>" if doc.kind is PostKind.TOOTAJA else ""
    table = f'<table cellpadding="4" width="100%"><tr>{"".join(cells)}</tr></table>'
    return f"{_anchor(anchor_for(signatories=True))}{intro}{table if cells else ''}"


def render_html(doc: JobDescription) -> str:
    """The whole document as one HTML page."""
    numbers = section_numbers(doc)
    parts = [f"<html><head>{_STYLE}</head><body>", _anchor(anchor_for()), _header(doc),
             f"<h1>{TITLE}</h1>"]
    for section in SECTION_ORDER:
        number = numbers.get(section)
        if number is None:
            continue
        heading = escape(section_heading(doc, section))
        parts.append(f"{_anchor(anchor_for(section))}<h2>{number}. {heading}</h2>")
        if section is SectionId.GENERAL:
            parts.append(_general(doc))
        elif section is SectionId.PURPOSE:
            parts.extend(f"<p>{_text(p)}</p>" for p in doc.purpose.paragraphs if p.strip())
        elif section is SectionId.DUTIES:
            parts.append(_duties(doc, number))
        elif section in (SectionId.RIGHTS, SectionId.RESPONSIBILITIES):
            parts.append(_bullet_section(doc, section))
        elif section is SectionId.TOOLS:
            parts.append(f"<p>{_text(doc.tools.text)}</p>")
        elif section is SectionId.REQUIREMENTS:
            parts.append(_requirements(doc))
        elif section is SectionId.REVIEW:
            parts.append(f"<p>{_text(doc.review.text)}</p>")
    parts.append(_signatures(doc))
    parts.append("</body></html>")
    return "".join(parts)
