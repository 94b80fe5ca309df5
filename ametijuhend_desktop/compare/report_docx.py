"""The "Muudatuste loetelu" Word file: each changed place, its old and new wording.

Made for the employee to read before signing, so it looks like the job description: the
agency template's page, header, footer and named styles (``docx.template``), a title, and
a table place | old wording | new wording with the changed words in bold. It carries no
embedded data: it is a list to read, not a document to open in the editor.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..docx.body import BodyBuilder, Para
from ..docx.export import DEFAULT_TEXT_WIDTH, field_values, resolve_template
from ..docx.template import Template, field_paragraphs, fill_fields, word_document
from ..docx.text import add_run, w
from ..model import JobDescription
from .changes import Change, ChangeKind
from .words import SegmentKind

TITLE = {"et": "MUUDATUSTE LOETELU", "en": "LIST OF CHANGES"}
COLUMNS = {"et": ("Koht", "Oli", "Nüüd"), "en": ("Place", "Was", "Now")}
NONE = {"et": "Muudatusi ei ole: versioonid on samad.", "en": "No changes: the versions are the same."}
COMPARED = {"et": "Võrreldud: {old} → {new}", "en": "Compared: {old} → {new}"}


def _fill_cell(tc: etree._Element, change: Change, side: SegmentKind) -> None:
    """Write one side of the change into the cell's paragraph, the changed words bold."""
    p = tc.find(w("p"))
    assert p is not None
    for r in p.findall(w("r")):
        p.remove(r)
    for segment in change.words:
        if segment.kind is SegmentKind.SAME or segment.kind is side:
            add_run(p, segment.text, bold=segment.kind is side)


def render_changes(
    old: JobDescription,
    new: JobDescription,
    changes: Sequence[Change],
    names: tuple[str, str],
    template: Template,
    lang: str = "et",
) -> bytes:
    """The list of changes as DOCX bytes in ``template``'s look."""
    document = word_document(template.data)
    body = document.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    values = field_values(new)
    for where, p in field_paragraphs(document):
        if where != "body":
            fill_fields(p, values)
    builder = BodyBuilder(template.style_ids, DEFAULT_TEXT_WIDTH)
    holder = etree.Element(w("body"))
    builder.para(holder, "title", TITLE[lang])
    builder.para(holder, "body", new.general.job_title or old.general.job_title)
    builder.para(holder, "body", COMPARED[lang].format(old=names[0], new=names[1]))
    if not changes:
        builder.para(holder, "body", NONE[lang])
    else:
        header = [[Para("label", text)] for text in COLUMNS[lang]]
        rows = [[[Para("cell", c.message(lang))], [Para("cell", c.old)], [Para("cell", c.new)]]
                for c in changes]
        table = builder.table(holder, (0.24, 0.38, 0.38), [header, *rows], header_rows=1)
        for tr, change in zip(table.findall(w("tr"))[1:], changes, strict=True):
            cells = tr.findall(w("tc"))
            if change.kind is ChangeKind.CHANGED:
                _fill_cell(cells[1], change, SegmentKind.REMOVED)
                _fill_cell(cells[2], change, SegmentKind.ADDED)
    sect = body.find(w("sectPr"))
    for element in holder:
        if sect is not None:
            sect.addprevious(element)
        else:
            body.append(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def changes_docx(
    old: JobDescription,
    new: JobDescription,
    changes: Sequence[Change],
    names: tuple[str, str],
    template: str | Path | Template | None = None,
    lang: str = "et",
) -> bytes:
    """``render_changes`` with the shipped template, or a given one (TemplateError if bad)."""
    return render_changes(old, new, changes, names, resolve_template(template), lang)
