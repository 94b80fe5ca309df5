"""Reading .ajx files of any version, safely.

Everything that comes in is untrusted: the parser resolves no entities, loads no DTD and
touches no network; the file is read through the one bounded reader, decoded to the UTF-8
the parser will see (UTF-8 or UTF-16 with its mark, nothing else), and only then checked
for a DOCTYPE and for the number of elements. Every error is a FileFormatError naming the file and, where known,
the line, in words an HR specialist can act on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import importlib.resources
import re
from functools import cache
from pathlib import Path

from lxml import etree

from ..errors import FileFormatError
from ..files.bounded import read_file as read_file_bounded
from ..files.xml_decoding import DOCTYPE, XmlRefusal, as_utf8
from ..model import (
    AdditionalCompetency,
    Approval,
    BulletSection,
    Cefr,
    CompetencyGroup,
    Duties,
    Duty,
    GeneralLabels,
    GeneralPart,
    JobDescription,
    LabelledRow,
    Language,
    Metadata,
    PostKind,
    Purpose,
    Requirements,
    ReviewClause,
    Signatory,
    SignatoryRole,
    Tools,
)
from . import limits
from .limits import MAX_BYTES
from .migrations import migrate
from .names import CURRENT_VERSION, NS, q
from .xmltext import get_text


def _error(source: str | Path, et: str, en: str, line: int | None = None) -> FileFormatError:
    return FileFormatError(et, en, path=source, line=line)


@cache
def _schema() -> etree.XMLSchema:
    resource = importlib.resources.files("ametijuhend_desktop.resources") / "schema" / (
        f"ajx-{CURRENT_VERSION}.xsd"
    )
    return etree.XMLSchema(etree.fromstring(resource.read_bytes()))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        encoding="utf-8",  # what _checked_bytes made of the file, whatever it declared
        remove_comments=True,
        remove_pis=True,
    )


def read_file(path: str | Path) -> JobDescription:
    path = Path(path)
    return from_bytes(read_file_bounded(path, MAX_BYTES), path)


def _xml_refusal(source: str | Path) -> XmlRefusal:
    return lambda et, en, line: _error(source, et, en, line)


def _checked_bytes(data: bytes, source: str | Path) -> bytes:
    """What the parser will see: UTF-8 bytes whose declaration names no other encoding,
    already checked for DOCTYPE, ENTITY and the element count."""
    if not data.strip():
        raise _error(source, "fail on tühi.", "the file is empty.")
    if data.startswith(b"PK\x03\x04"):
        raise _error(source, "see on Wordi (DOCX) või muu ZIP-fail, mitte ametijuhendi (.ajx) fail.",
                     "this is a Word (DOCX) or other ZIP file, not a job description (.ajx) file.")
    bom = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not bom and b"\x00" in data[:200] and data.lstrip(b"\x00")[:1] == b"<":
        raise _error(source, "fail ei ole UTF-8 kodeeringus (tundub olevat UTF-16 ilma "
                     "baidijärjestuse märgita).",
                     "the file is not in UTF-8 encoding (it looks like UTF-16 without a "
                     "byte-order mark).")
    if not bom and b"\x00" in data[:200]:
        raise _error(source, "see ei ole tekstifail, seega ka mitte ametijuhendi (.ajx) fail.",
                     "this is not a text file, so not a job description (.ajx) file.")
    data = as_utf8(data, _xml_refusal(source))
    if not data.lstrip().startswith(b"<"):
        raise _error(source, "see ei ole XML-fail, seega ka mitte ametijuhendi (.ajx) fail.",
                     "this is not an XML file, so not a job description (.ajx) file.", 1)
    if data.count(b"<") > limits.MAX_TAGS:
        raise _error(source, "failis on liiga palju elemente; see ei ole tavaline ametijuhend.",
                     "the file has too many elements; it is not an ordinary job description.")
    if found := DOCTYPE.search(data):
        line = data.count(b"\n", 0, found.start()) + 1
        raise _error(source, "failis on DOCTYPE- või ENTITY-deklaratsioon, mida ametijuhendi "
                     "fail ei tohi sisaldada.",
                     "the file has a DOCTYPE or ENTITY declaration, which a job description "
                     "file must not contain.", line)
    return data


def _syntax_error(source: str | Path, exc: etree.XMLSyntaxError, data: bytes) -> FileFormatError:
    msg = _short(" ".join(str(exc.msg or "").split()))  # libxml2 may break its message
    line: int | None = exc.lineno or None
    if "Excessive depth" in msg:
        return _error(source, "fail on liiga sügavalt pesastatud; see ei ole ametijuhend.",
                      "the file is nested too deeply; it is not a job description.", line)
    at_end = line is not None and line >= data.rstrip().count(b"\n") + 1
    if "Premature end" in msg or (at_end and "Extra content" not in msg):
        return _error(source, "fail lõpeb poolelt: see on katkendlik või rikutud.",
                      "the file ends half-way: it is truncated or damaged.", line)
    if "Char 0x0 " in msg:
        return _error(source, "failis on nullbaite: see on rikutud (nt katkenud kopeerimisel).",
                      "the file contains NUL bytes: it is damaged (e.g. by an interrupted copy).",
                      line)
    column = exc.position[1] if exc.position else 0
    where = f" (veerg {column})" if column else ""
    return _error(source, f"fail ei ole korrektne XML{where}: see on rikutud või mõne teise "
                  "programmiga valesti muudetud.", f"the file is not well-formed XML ({msg}).", line)


def parse(data: bytes, source: str | Path = "<memory>") -> etree._Element:
    """The root element, migrated to the current version and checked against the schema."""
    data = _checked_bytes(data, source)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(source, exc, data) from None
    if root.tag != q("ametijuhend"):
        local = etree.QName(root).localname
        raise _error(source, f"see on XML-fail, aga mitte ametijuhend (juurelement „{local}”).",
                     f"this is an XML file, but not a job description (root element “{local}”).",
                     root.sourceline)
    version_text = root.get("version", "")
    # ASCII digits only: str.isdigit() also takes "²", which int() refuses.
    if not re.fullmatch(r"[0-9]{1,9}", version_text):
        raise _error(source, "failis pole vormingu versiooni.",
                     "the file does not say its format version.", root.sourceline)
    version = int(version_text)
    if version < 1:
        raise _error(source, f"tundmatu vormingu versioon ({version}).",
                     f"unknown format version ({version}).", root.sourceline)
    if version > CURRENT_VERSION:
        raise _error(source, f"fail on tehtud rakenduse uuemas versioonis (vorming {version}, "
                     f"see versioon oskab kuni {CURRENT_VERSION}). Uuendage rakendust.",
                     f"the file was made by a newer version of the application (format "
                     f"{version}, this version reads up to {CURRENT_VERSION}). Please update.",
                     root.sourceline)
    root = migrate(root, version)
    schema = _schema()
    if not schema.validate(root):
        err = schema.error_log.last_error
        raise _schema_error(source, err)
    return root


_UNEXPECTED = re.compile(r"Element '\{[^}]*\}([\w-]+)': This element is not expected")
_MISSING = re.compile(r"Missing child element\(s\)\. Expected is.*?\{[^}]*\}([\w-]+)")
_EXPECTED = re.compile(r"Expected is \( \{[^}]*\}([\w-]+) \)")
_VALUE = re.compile(r"Element '\{[^}]*\}([\w-]+)'(?:, attribute '([\w-]{1,40})')?: "
                    r"(?:\[facet '\w+'\] The value '(.*?)' is not|'(.*?)' is not a valid value)", re.S)
_TEXT = re.compile(r"Element '\{[^}]*\}([\w-]+)': Character content other than whitespace")


def _short(text: str, limit: int = 200) -> str:
    """A bounded excerpt for a message: a hostile file can put megabytes into one."""
    return text if len(text) <= limit else text[:limit] + "…"


def _schema_error(source: str | Path, err: etree._LogEntry) -> FileFormatError:
    msg = err.message or ""
    if "Duplicate key-sequence" in msg:
        return _error(source, "fail ei vasta ametijuhendi vormingule: üldosa rea nimetus on "
                      "antud kaks korda.",
                      "the file does not match the job description format: a label of the "
                      "general part is given twice.", err.line)
    if (m := _UNEXPECTED.search(msg)) and (expected := _EXPECTED.search(msg)):
        return _error(source, f"tundmatu või valel kohal element „{m.group(1)}”; seal peaks "
                      f"olema element „{expected.group(1)}”.",
                      f"unknown or misplaced element “{m.group(1)}”; the element "
                      f"“{expected.group(1)}” was expected there.", err.line)
    if m := _VALUE.search(msg):
        where = m.group(1) if m.group(2) is None else f"{m.group(1)} {m.group(2)}"
        value = _short(m.group(3) if m.group(3) is not None else m.group(4) or "", 40)
        return _error(source, f"fail ei vasta ametijuhendi vormingule: lubamatu väärtus "
                      f"„{value}” ({where}).",
                      f"the file does not match the job description format: the value "
                      f"“{value}” is not allowed ({where}).", err.line)
    if m := _TEXT.search(msg):
        return _error(source, f"elemendis „{m.group(1)}” on teksti, mida seal olla ei tohi.",
                      f"the element “{m.group(1)}” holds text where none is allowed.", err.line)
    msg = _short(msg)
    if m := _UNEXPECTED.search(msg):
        return _error(source, f"tundmatu või valel kohal element „{m.group(1)}”.",
                      f"unknown or misplaced element “{m.group(1)}”.", err.line)
    if m := _MISSING.search(msg):
        return _error(source, f"puudub kohustuslik element „{m.group(1)}”.",
                      f"the required element “{m.group(1)}” is missing.", err.line)
    return _error(source, f"fail ei vasta ametijuhendi vormingule ({msg}).",
                  f"the file does not match the job description format ({msg}).", err.line)


def from_bytes(data: bytes, source: str | Path = "<memory>") -> JobDescription:
    root = parse(data, source)
    try:
        return _document(root)
    except ValueError:  # a date or character code the schema let through but Python refuses
        raise _error(source, "failis on vigane kuupäev või märgikood.",
                     "the file holds an invalid date or character code.") from None


# --- tree to model --------------------------------------------------------------------


def _first(parent: etree._Element, name: str) -> etree._Element | None:
    """The first child of that name: lxml's ``find`` parses a path, a few times slower."""
    return next(parent.iterchildren(q(name)), None)


def _child(parent: etree._Element, name: str) -> etree._Element:
    found = _first(parent, name)
    assert found is not None, name  # the schema guarantees it
    return found


def _t(parent: etree._Element, name: str) -> str:
    return get_text(_child(parent, name))


def _texts(parent: etree._Element, name: str) -> list[str]:
    return [get_text(el) for el in parent.iterchildren(q(name))]


def _opt_date(parent: etree._Element, name: str) -> dt.date | None:
    el = _first(parent, name)
    return None if el is None else dt.date.fromisoformat((el.text or "").strip())


def _flag(el: etree._Element, name: str) -> bool:
    return el.get(name) in ("true", "1")


def _rows(parent: etree._Element) -> list[LabelledRow]:
    return [LabelledRow(_t(el, "label"), _t(el, "text")) for el in parent.iterchildren(q("row"))]


def _bullets(el: etree._Element) -> BulletSection:
    intro = _first(el, "intro")
    return BulletSection(
        included=_flag(el, "included"),
        heading=_t(el, "heading"),
        intro=None if intro is None else get_text(intro),
        items=_texts(el, "item"),
    )


def _document(root: etree._Element) -> JobDescription:
    m = _child(root, "meta")
    a = _child(m, "approval")
    meta = Metadata(
        kind=PostKind(_child(m, "kind").text or ""),
        organisation=_t(m, "organisation"),
        approval=Approval(_t(a, "approver"), _opt_date(a, "date"), _t(a, "directive-number"),
                          _t(a, "annex")),
        version=_t(m, "version"),
        effective_date=_opt_date(m, "effective-date"),
        last_review=_opt_date(m, "last-review"),
        author=_t(m, "author"),
    )
    g = _child(root, "general")
    heading = _first(g, "heading")
    general = GeneralPart(
        heading="" if heading is None else get_text(heading),
        job_title=_t(g, "job-title"),
        unit=_t(g, "unit"),
        manager=_t(g, "manager"),
        substituted_by=_texts(_child(g, "substituted-by"), "position"),
        substitutes=_texts(_child(g, "substitutes"), "position"),
        extra_rows=_rows(g),
        labels=GeneralLabels(**{
            (el.get("field") or "").replace("-", "_"): get_text(el)
            for el in g.iterchildren(q("own-label"))
        }),
    )
    p = _child(root, "purpose")
    purpose = Purpose(_flag(p, "included"), _t(p, "heading"), _texts(p, "paragraph"))
    d = _child(root, "duties")
    duties = Duties(
        heading=_t(d, "heading"),
        duty_column=_t(d, "duty-column"),
        result_column=_t(d, "result-column"),
        items=[
            Duty(_t(el, "text"), _texts(el, "sub-item"), _texts(el, "result"))
            for el in d.iterchildren(q("duty"))
        ],
    )
    tl = _child(root, "tools")
    tools = Tools(_flag(tl, "included"), _t(tl, "heading"), _t(tl, "text"))
    r = _child(root, "requirements")
    langs, comps, add = _child(r, "languages"), _child(r, "competencies"), _child(r, "additional")
    rows = _rows(r)
    requirements = Requirements(
        included=_flag(r, "included"),
        heading=_t(r, "heading"),
        rows=rows,
        languages_label=_t(langs, "label"),
        languages_index=min(int(langs.get("position", "0")), len(rows)),
        languages=[
            Language(_t(el, "name"), Cefr(el.get("level", "")), _flag(el, "required"),
                     _t(el, "wording"))
            for el in langs.iterchildren(q("language"))
        ],
        competencies_label=_t(comps, "label"),
        competency_groups=[
            CompetencyGroup(_t(el, "name"), _texts(el, "behaviour"))
            for el in comps.iterchildren(q("group"))
        ],
        additional_label=_t(add, "label"),
        additional=[
            AdditionalCompetency(_t(el, "name"), _t(el, "description"))
            for el in add.iterchildren(q("competency"))
        ],
    )
    rv = _child(root, "review")
    review = ReviewClause(_flag(rv, "included"), _t(rv, "heading"), _t(rv, "text"))
    signatories = [
        Signatory(SignatoryRole(el.get("role", "")), _t(el, "name"), _t(el, "position"))
        for el in _child(root, "signatories").iterchildren(q("signatory"))
    ]
    return JobDescription(
        meta=meta,
        general=general,
        purpose=purpose,
        duties=duties,
        rights=_bullets(_child(root, "rights")),
        responsibilities=_bullets(_child(root, "responsibilities")),
        tools=tools,
        requirements=requirements,
        review=review,
        signatories=signatories,
    )


__all__ = ["MAX_BYTES", "NS", "from_bytes", "parse", "read_file"]
