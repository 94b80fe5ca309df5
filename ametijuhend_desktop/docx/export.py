"""Export a job description to Word in the agency's template.

The template gives the look, ``body`` the content, ``package`` the embedded .ajx data,
the document properties and the settings that make Word treat it as a current document;
the file is written atomically. Everything that can go wrong for a user (bad template,
unwritable target) is a ``UserError``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document
from lxml import etree

from ..ajx import NS, check_fits, to_bytes
from ..errors import SaveError, UserError
from ..files.atomic import atomic_write_bytes
from ..model import Finding, JobDescription, PostKind, Severity, validate
from ..model.printing import has_approval
from ..model.wording import TITLE, approval_line, wording
from .body import BodyBuilder
from .package import embed_data, modernise_settings, replace_app_properties, set_properties
from .template import (
    BLOCK_FIELDS,
    Template,
    default_template_path,
    field_paragraphs,
    fill_fields,
    load_template,
    word_document,
)
from .text import paragraph_text, w

SUFFIX = ".docx"
DEFAULT_TEXT_WIDTH = 9355  # A4 less 3 cm and 1.5 cm margins, in twips


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def field_values(doc: JobDescription) -> dict[str, str]:
    """The value of every inline template field (docx_template.INLINE_FIELDS)."""
    a, g, m = doc.meta.approval, doc.general, doc.meta
    approved = has_approval(doc)  # no bare "KINNITATUD … käskkirjaga"
    return {
        "title": TITLE,
        "header": wording(doc.kind).header if approved or doc.kind is PostKind.TOOTAJA else "",
        "approval_line": approval_line(doc) if approved else "",
        "approver": a.approver,
        "approval_date": _date(a.date),
        "directive_number": a.directive_number,
        "annex": a.annex,
        "organisation": m.organisation,
        "job_title": g.job_title,
        "unit": g.unit,
        "manager": g.manager,
        "author": m.author,
        "version": m.version,
        "effective_date": _date(m.effective_date),
        "last_review": _date(m.last_review),
        "kind": wording(doc.kind).kind_label,
    }


def _text_width(document: Document) -> int:
    sect = document.element.body.find(w("sectPr"))
    try:
        assert sect is not None
        size, margins = sect.find(w("pgSz")), sect.find(w("pgMar"))
        assert size is not None and margins is not None
        width = int(size.get(w("w"), "")) - int(margins.get(w("left"), "")) - int(
            margins.get(w("right"), "")
        )
    except (AssertionError, ValueError):
        return DEFAULT_TEXT_WIDTH
    return width if width > 1000 else DEFAULT_TEXT_WIDTH


def _removable(p: etree._Element) -> bool:
    """A paragraph emptied by its fields goes, unless it is the last one its cell needs."""
    parent = p.getparent()
    if parent is None or next(p.iter(w("drawing"), w("pict"), w("object")), None) is not None:
        return False  # a logo or picture beside an empty field stays
    if parent.tag == w("body"):
        return True
    return sum(1 for _ in parent.iterchildren(w("p"))) > 1 and parent.tag in (
        w("tc"), w("hdr"), w("ftr")
    )


def _fill(document: Document, doc: JobDescription, template: Template) -> None:
    values: Mapping[str, str] = field_values(doc)
    builder = BodyBuilder(template.style_ids, _text_width(document))
    blocks = {"content": builder.content, "signatures": builder.signatures}
    for _where, p in list(field_paragraphs(document)):
        text = paragraph_text(p).strip()
        name = text[1:-1] if text.startswith("{") and text.endswith("}") else ""
        if name in BLOCK_FIELDS:
            # Built inside the document it ends in: lxml moves a tree from another
            # document node by node at a cost growing with the target, which made the
            # export quadratic in the number of duties.
            holder = etree.SubElement(p.getparent(), w("body"))
            blocks[name](holder, doc)
            for element in list(holder):
                p.addprevious(element)
            p.getparent().remove(holder)
            p.getparent().remove(p)
        elif fill_fields(p, values) and _removable(p):
            p.getparent().remove(p)
    _end_with_paragraph(document)


def _end_with_paragraph(document: Document) -> None:
    """Word needs a paragraph after a final table and adds a full-size one itself, which
    can spill onto a blank page; ours is one point high."""
    body = document.element.body
    last = [el for el in body if el.tag != w("sectPr")]
    if not last or last[-1].tag != w("tbl"):
        return
    p = etree.Element(w("p"))
    ppr = etree.SubElement(p, w("pPr"))  # no style: the document's default paragraph
    spacing = etree.SubElement(ppr, w("spacing"))
    for name, value in (("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact")):
        spacing.set(w(name), value)
    size = etree.SubElement(etree.SubElement(ppr, w("rPr")), w("sz"))
    size.set(w("val"), "2")
    last[-1].addnext(p)


def render(
    doc: JobDescription,
    template: Template,
    *,
    now: dt.datetime | None = None,
    document_id: uuid.UUID | None = None,
) -> bytes:
    """The DOCX file as bytes; ``now`` and ``document_id`` are fresh unless given."""
    data = check_fits(to_bytes(doc))  # the data part must open again
    document = word_document(template.data)
    _fill(document, doc, template)
    embed_data(document, data, NS)
    when = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    set_properties(document, doc, when)
    modernise_settings(document, document_id or uuid.uuid4())
    replace_app_properties(document, doc)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@functools.lru_cache(maxsize=8)
def _cached_template(path: str, mtime_ns: int, size: int) -> Template:
    return load_template(path)


def resolve_template(template: str | Path | Template | None) -> Template:
    """A checked template: given, loaded from a path, or the shipped one (cached by mtime)."""
    if isinstance(template, Template):
        return template
    path = Path(template) if template is not None else default_template_path()
    try:
        st = path.stat()
    except OSError:
        return load_template(path)  # raises the right TemplateError
    return _cached_template(str(path), st.st_mtime_ns, st.st_size)


def export_document(
    doc: JobDescription,
    out_path: str | Path,
    template: str | Path | Template | None = None,
    *,
    now: dt.datetime | None = None,
    document_id: uuid.UUID | None = None,
) -> Path:
    """Write ``doc`` as a DOCX to ``out_path`` atomically; return the path written.

    Raises TemplateError (a bad template) or SaveError (an unwritable target); on error
    the target is unchanged and no temporary file is left.
    """
    target = Path(out_path)
    checked = resolve_template(template)
    data = render(doc, checked, now=now, document_id=document_id)
    try:
        atomic_write_bytes(target, data)
    except SaveError as exc:
        if "luba" in exc.et:  # on Windows, a file open in Word is "permission denied"
            raise SaveError(
                exc.et + " Kui fail on Wordis avatud, sulge see ja proovi uuesti.",
                exc.en + " If the file is open in Word, close it and try again.",
                path=target,
            ) from exc
        raise
    return target


@dataclass(frozen=True)
class ExportCheck:
    """What to show before exporting: errors first (the window offers "export anyway" or
    "go to the error"; ``--strict`` refuses), warnings for the record."""

    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)


def check_for_export(doc: JobDescription, today: dt.date | None = None) -> ExportCheck:
    """The validation findings that matter for an export, in document order."""
    findings = validate(doc, today)
    return ExportCheck(
        tuple(f for f in findings if f.severity is Severity.ERROR),
        tuple(f for f in findings if f.severity is Severity.WARNING),
    )


class ExportRefused(UserError):
    """A strict export of a document with errors: nothing was written."""


def refused(source: str | Path, check: ExportCheck) -> ExportRefused:
    n = len(check.errors)
    return ExportRefused(
        f"ei eksporditud: dokumendis on {n} viga; parandage "
        f"{'see' if n == 1 else 'need'} või eksportige ilma võtmeta --strict.",
        f"not exported: the document has {n} error{'s' if n != 1 else ''}; fix "
        f"{'it' if n == 1 else 'them'} or export without --strict.",
        path=source,
    )


def default_output(source: str | Path) -> Path:
    """FILE.ajx -> FILE.docx beside it."""
    return Path(source).with_suffix(SUFFIX)


def export_file(
    source: str | Path,
    out_path: str | Path | None = None,
    template: str | Path | Template | None = None,
    *,
    strict: bool = False,
) -> Path:
    """Open a document and export it (for ``ametijuhend export FILE``).

    ``strict``: a document with validation errors raises ExportRefused, nothing written.
    """
    from ..opening import open_document  # the one door; imported late, it imports docx

    doc = open_document(source).doc
    if strict:
        check = check_for_export(doc)
        if check.has_errors:
            raise refused(source, check)
    return export_document(doc, out_path if out_path is not None else default_output(source), template)
