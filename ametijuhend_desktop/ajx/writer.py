"""Writing the newest .ajx version: deterministic bytes, indented for readable diffs."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from ..model import BulletSection, JobDescription, LabelledRow
from .names import CURRENT_VERSION, NS, q
from .xmltext import set_text

_CHAR = q("char")


def _el(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    child = etree.SubElement(parent, q(name), attrs)
    if text is not None:
        set_text(child, text, _CHAR)
    return child


def _date(parent: etree._Element, name: str, value: dt.date | None) -> None:
    if value is not None:
        _el(parent, name).text = value.isoformat()


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _rows(parent: etree._Element, rows: list[LabelledRow]) -> None:
    for row in rows:
        el = _el(parent, "row")
        _el(el, "label", row.label)
        _el(el, "text", row.text)


def _bullets(root: etree._Element, name: str, part: BulletSection) -> None:
    el = _el(root, name, included=_bool(part.included))
    _el(el, "heading", part.heading)
    if part.intro is not None:
        _el(el, "intro", part.intro)
    for item in part.items:
        _el(el, "item", item)


def build_tree(doc: JobDescription) -> etree._Element:
    nsmap: dict[str | None, str] = {None: NS}
    root = etree.Element(q("ametijuhend"), {"version": str(CURRENT_VERSION)}, nsmap=nsmap)

    meta = _el(root, "meta")
    _el(meta, "kind").text = doc.meta.kind.value
    _el(meta, "organisation", doc.meta.organisation)
    approval = _el(meta, "approval")
    a = doc.meta.approval
    _el(approval, "approver", a.approver)
    _date(approval, "date", a.date)
    _el(approval, "directive-number", a.directive_number)
    _el(approval, "annex", a.annex)
    _el(meta, "version", doc.meta.version)
    _date(meta, "effective-date", doc.meta.effective_date)
    _date(meta, "last-review", doc.meta.last_review)
    _el(meta, "author", doc.meta.author)

    g = doc.general
    general = _el(root, "general")
    _el(general, "heading", g.heading)
    _el(general, "job-title", g.job_title)
    _el(general, "unit", g.unit)
    _el(general, "manager", g.manager)
    for name, positions in (("substituted-by", g.substituted_by), ("substitutes", g.substitutes)):
        el = _el(general, name)
        for position in positions:
            _el(el, "position", position)
    _rows(general, g.extra_rows)
    for key, label in sorted(vars(g.labels).items()):
        if label:
            _el(general, "own-label", label, field=key.replace("_", "-"))

    purpose = _el(root, "purpose", included=_bool(doc.purpose.included))
    _el(purpose, "heading", doc.purpose.heading)
    for paragraph in doc.purpose.paragraphs:
        _el(purpose, "paragraph", paragraph)

    d = doc.duties
    duties = _el(root, "duties")
    _el(duties, "heading", d.heading)
    _el(duties, "duty-column", d.duty_column)
    _el(duties, "result-column", d.result_column)
    for duty in d.items:
        el = _el(duties, "duty")
        _el(el, "text", duty.text)
        for item in duty.sub_items:
            _el(el, "sub-item", item)
        for result in duty.results:
            _el(el, "result", result)

    _bullets(root, "rights", doc.rights)
    _bullets(root, "responsibilities", doc.responsibilities)

    tools = _el(root, "tools", included=_bool(doc.tools.included))
    _el(tools, "heading", doc.tools.heading)
    _el(tools, "text", doc.tools.text)

    r = doc.requirements
    req = _el(root, "requirements", included=_bool(r.included))
    _el(req, "heading", r.heading)
    _rows(req, r.rows)
    langs = _el(req, "languages", position=str(r.languages_index))
    _el(langs, "label", r.languages_label)
    for lang in r.languages:
        el = _el(langs, "language", level=lang.level.value, required=_bool(lang.required))
        _el(el, "name", lang.name)
        _el(el, "wording", lang.wording)
    comps = _el(req, "competencies")
    _el(comps, "label", r.competencies_label)
    for group in r.competency_groups:
        el = _el(comps, "group")
        _el(el, "name", group.name)
        for behaviour in group.behaviours:
            _el(el, "behaviour", behaviour)
    additional = _el(req, "additional")
    _el(additional, "label", r.additional_label)
    for competency in r.additional:
        el = _el(additional, "competency")
        _el(el, "name", competency.name)
        _el(el, "description", competency.description)

    review = _el(root, "review", included=_bool(doc.review.included))
    _el(review, "heading", doc.review.heading)
    _el(review, "text", doc.review.text)

    signatories = _el(root, "signatories")
    for sig in doc.signatories:
        el = _el(signatories, "signatory", role=sig.role.value)
        _el(el, "name", sig.name)
        _el(el, "position", sig.position)

    _indent(root, 0)
    return root


# Elements whose content is user text (or a date or enum): never indented inside.
_LEAVES = frozenset(
    q(n)
    for n in ["kind", "organisation", "approver", "date", "directive-number", "annex", "version", "effective-date", "last-review", "author", "job-title", "unit", "manager", "position", "label", "text", "heading", "paragraph", "sub-item", "result", "intro", "item", "name", "wording", "behaviour", "description", "duty-column", "result-column", "own-label"]
)


def _indent(element: etree._Element, depth: int) -> None:
    """Indent structure only; text elements keep their content byte for byte."""
    if element.tag in _LEAVES:
        return
    children = list(element)
    if not children:
        return
    inner = "\n" + "  " * (depth + 1)
    element.text = inner
    for child in children:
        _indent(child, depth + 1)
        child.tail = inner
    children[-1].tail = "\n" + "  " * depth


def to_bytes(doc: JobDescription) -> bytes:
    """The whole file; the same document always gives the same bytes."""
    body = etree.tostring(build_tree(doc), encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"
