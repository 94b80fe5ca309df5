"""Export a job description to Word in the agency's template.

The template gives the look, ``docx_body`` the content, ``docx_package`` the embedded
.ajx data and the document properties; the file is written atomically. Everything that
can go wrong for a user (bad template, unwritable target) is a ``UserError``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Mapping
from pathlib import Path

from docx.document import Document
from lxml import etree

from ..ajx import NS, to_bytes
from ..errors import SaveError
from ..files.atomic import atomic_write_bytes
from ..model import JobDescription, PostKind
from ..model.wording import TITLE, approval_line, wording
from .body import BodyBuilder
from .package import embed_data, set_properties
from .template import (
    BLOCK_FIELDS,
    Template,
    default_template_path,
    field_paragraphs,
    fill_fields,
    load_template,
    open_document,
)
from .text import paragraph_text, w

SUFFIX = ".docx"
DEFAULT_TEXT_WIDTH = 9355  # A4 less 3 cm and 1.5 cm margins, in twips


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def field_values(doc: JobDescription) -> dict[str, str]:
    """The value of every inline template field (docx_template.INLINE_FIELDS)."""
    a, g, m = doc.meta.approval, doc.general, doc.meta
    ametnik = doc.kind is PostKind.AMETNIK
    return {
        "title": TITLE,
        "header": wording(doc.kind).header,
        "approval_line": approval_line(doc) if ametnik else "",
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
            for element in blocks[name](doc):
                p.addprevious(element)
            p.getparent().remove(p)
        elif fill_fields(p, values) and _removable(p):
            p.getparent().remove(p)


def render(doc: JobDescription, template: Template, *, now: dt.datetime | None = None) -> bytes:
    """The DOCX file as bytes."""
    document = open_document(template.data)
    _fill(document, doc, template)
    embed_data(document, to_bytes(doc), NS)
    when = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    set_properties(document, doc, when)
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
) -> Path:
    """Write ``doc`` as a DOCX to ``out_path`` atomically; return the path written.

    Raises TemplateError (a bad template) or SaveError (an unwritable target); on error
    the target is unchanged and no temporary file is left.
    """
    target = Path(out_path)
    checked = resolve_template(template)
    data = render(doc, checked, now=now)
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


def default_output(source: str | Path) -> Path:
    """FILE.ajx -> FILE.docx beside it."""
    return Path(source).with_suffix(SUFFIX)


def export_file(
    source: str | Path,
    out_path: str | Path | None = None,
    template: str | Path | Template | None = None,
) -> Path:
    """Open a document and export it (for ``ametijuhend export FILE``)."""
    from ..opening import open_document  # the one door; imported late, it imports docx

    doc = open_document(source).doc
    return export_document(doc, out_path if out_path is not None else default_output(source), template)
