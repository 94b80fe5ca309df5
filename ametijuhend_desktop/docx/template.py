"""The Word template: what it must hold, how it is checked, how its fields are filled.

A template is data, never code. It supplies the look (named styles, numbering
definitions, page set-up, header and footer); the content is generated. The only thing it
can ask for is a field from a fixed list, written ``{job_title}``: a plain substitution,
no expressions, no attribute access, no includes. ``{content}`` and ``{signatures}``, each
alone in a paragraph of the body, mark where the generated parts go. Anything else in
braces is refused before rendering, with a message a person can act on. What else the
file holds is sifted by ``template_guard``: active content refuses it, leftovers are left out.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ..errors import UserError
from ..files.bounded import ZIP_FAULTS, BoundedZip, ZipLimits, read_file
from ..files.xml_decoding import checked_xml
from .template_guard import Refusal, TemplateNote, clean_package
from .text import paragraph_text, rewrite_special_text, w, xml_safe

# Role -> the style's name as Word shows it. The renderer finds styles by name.
PARAGRAPH_STYLES: dict[str, str] = {
    "approval": "AJ Kinnitus",
    "title": "AJ Pealkiri",
    "heading": "AJ Jaotis",
    "body": "AJ Tekst",
    "bullet": "AJ Täpp",
    "sub_bullet": "AJ Alampunkt",
    "duty": "AJ Ülesanne",
    "label": "AJ Tabelisilt",
    "cell": "AJ Tabelitekst",
    "group": "AJ Vahepealkiri",
    "signature": "AJ Allkiri",
}
TABLE_STYLES: dict[str, str] = {"table": "AJ Tabel", "signatures": "AJ Allkirjad"}
# Styles that must carry Word numbering (numbered headings, duties, bullets).
NUMBERED_ROLES: tuple[str, ...] = ("heading", "duty", "bullet", "sub_bullet")

INLINE_FIELDS: frozenset[str] = frozenset(
    {
        "title", "header", "approval_line", "approver", "approval_date", "directive_number",
        "annex", "organisation", "job_title", "unit", "manager", "author", "version",
        "effective_date", "last_review", "kind",
    }
)
BLOCK_FIELDS: tuple[str, ...] = ("content", "signatures")

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000

_FIELD = re.compile(r"\{([^{}]*)\}")
_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
# Parts are decoded first and handed over as UTF-8 with the encoding forced.
_PART_PARSER = etree.XMLParser(encoding="utf-8", resolve_entities=False, no_network=True,
                               load_dtd=False, huge_tree=False)


class TemplateError(UserError):
    """The template cannot be used; the message says what is missing or wrong."""


@dataclass(frozen=True)
class Template:
    """A checked template: its bytes and the ids of the styles the renderer uses."""

    data: bytes
    source: str
    style_ids: Mapping[str, str]  # role -> w:styleId, paragraph and table styles
    notes: tuple[TemplateNote, ...] = ()  # what the file held that exports leave out


def default_template_path() -> Path:
    """The agency template shipped with the application (resources/templates/ska.docx)."""
    return Path(str(resources.files("ametijuhend_desktop.resources") / "templates" / "ska.docx"))


def _error(path: str, et: str, en: str) -> TemplateError:
    return TemplateError(f"Wordi mall ei sobi: {et}", f"the Word template cannot be used: {en}", path=path)


def _read(path: Path) -> bytes:
    return read_file(path, MAX_TEMPLATE_BYTES, lambda et, en: _error(str(path), et, en))


def _open_package(data: bytes, source: str, not_word: TemplateError) -> zipfile.ZipFile:
    """The package through the bounded reader: caps on members and sizes, every member
    unpacked once (a broken stream is one clear message), every XML part decoded as its
    parser will see it and free of DOCTYPE."""
    def refuse(et: str, en: str) -> TemplateError:
        return _error(source, et, en)

    limits = ZipLimits(max_members=MAX_MEMBERS, max_total=MAX_UNPACKED_BYTES)
    package = BoundedZip(data, refuse, limits, not_zip=lambda et, en: not_word)

    def check(name: str, blob: bytes) -> None:
        if name.endswith((".xml", ".rels")):
            checked_xml(blob, lambda et, en, _line: refuse(f"osa {name}: {et}", f"the part {name}: {en}"))

    package.read_all(check)
    return package.archive


_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_members(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], source: str) -> None:
    """An early, cheap refusal of DTDs and entities in any XML part as written; ``parse_part``
    checks again on the decoded text, which is what counts."""
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and _DECLARATION.search(archive.read(info)):
            raise _error(source, f"osa {info.filename} sisaldab keelatud XML-deklaratsiooni (DOCTYPE).",
                         f"the part {info.filename} holds a forbidden XML declaration (DOCTYPE).")


def parse_part(name: str, blob: bytes, source: str) -> etree._Element:
    """One XML part of the template as the parser will see it: decoded first by the shared
    decoder (UTF-8, or UTF-16 with a byte-order mark; a declaration saying otherwise is
    refused), so that no DOCTYPE can hide in another encoding. Every XML part of a template
    is read here."""
    body = checked_xml(blob, lambda et, en, _line: _error(source, f"osa {name}: {et}",
                                                           f"the part {name}: {en}"))
    try:
        return etree.fromstring(body, _PART_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        raise _error(source, f"osa {name} on vigane (ei ole korrektne XML).",
                     f"the part {name} is damaged (not well-formed XML).") from None


def _normalised_package(data: bytes, source: str) -> bytes:
    """The package as a .docx: zip sanity, no macros; a .dotx gets the document type."""
    not_word = _error(source, "see ei ole Wordi dokument (.docx).", "it is not a Word document (.docx).")
    archive = _open_package(data, source, not_word)
    infos = archive.infolist()
    try:
        types = etree.fromstring(archive.read("[Content_Types].xml"), _SAFE_PARSER)
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, OSError, ValueError):
        raise not_word from None
    _check_members(archive, infos, source)
    content_types = [o.get("ContentType", "") for o in types.iter(f"{_CT_NS}Override")]
    if any("macroEnabled" in ct for ct in content_types):
        raise _error(source, "makrodega Wordi fail (.docm, .dotm) ei sobi malliks.",
                     "a Word file with macros (.docm, .dotm) cannot be a template.")
    if _MAIN_TYPES[0] in content_types:
        return data
    if _MAIN_TYPES[1] not in content_types:
        raise not_word
    # A Word template (.dotx): the same package with another main content type.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            blob = archive.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(_MAIN_TYPES[1].encode(), _MAIN_TYPES[0].encode())
            target.writestr(info, blob)
    return out.getvalue()


def word_document(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _styles_by_name(document: Document) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for style in document.styles.element.iterchildren(w("style")):
        name = style.find(w("name"))
        if name is not None and name.get(w("val")):
            found[name.get(w("val"), "")] = style
    return found


def _num_id(style: etree._Element, by_id: dict[str, etree._Element]) -> str | None:
    """The numbering a paragraph style carries, directly or through the styles it is based on."""
    seen: set[str] = set()
    current: etree._Element | None = style
    while current is not None and current.get(w("styleId")) not in seen:
        seen.add(current.get(w("styleId"), ""))
        num = current.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
        if num is not None:
            return num.get(w("val"))
        based = current.find(w("basedOn"))
        current = by_id.get(based.get(w("val"), "")) if based is not None else None
    return None


def _check_styles(document: Document, source: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    by_name = _styles_by_name(document)
    by_id = {s.get(w("styleId"), ""): s for s in by_name.values()}
    wanted = [(r, n, "paragraph") for r, n in PARAGRAPH_STYLES.items()]
    wanted += [(r, n, "table") for r, n in TABLE_STYLES.items()]
    ids: dict[str, str] = {}
    for role, name, kind in wanted:
        style = by_name.get(name)
        if style is None or style.get(w("type")) != kind:
            kind_et = "lõigustiil" if kind == "paragraph" else "tabelistiil"
            problems.append((f"puudub {kind_et} „{name}”", f"the {kind} style “{name}” is missing"))
            continue
        ids[role] = style.get(w("styleId"), "")
    try:
        numbering = document.part.numbering_part.element
        defined = {n.get(w("numId")) for n in numbering.iterchildren(w("num"))}
    except (KeyError, ValueError, AttributeError):
        defined = set()
    for role in NUMBERED_ROLES:
        name = PARAGRAPH_STYLES[role]
        if role in ids and _num_id(by_name[name], by_id) not in defined:
            problems.append((f"stiil „{name}” ei ole seotud Wordi nummerdusega (loend)",
                             f"the style “{name}” has no Word numbering (list)"))
    return ids, problems


def _own_texts(p: etree._Element) -> list[etree._Element]:
    """The w:t of this paragraph, not of paragraphs nested in it (text boxes)."""
    return [t for t in p.iter(w("t")) if next(t.iterancestors(w("p")), None) is p]


def field_paragraphs(document: Document) -> Iterator[tuple[str, etree._Element]]:
    """Every paragraph that may hold fields: ("body" | "header" | "footer", paragraph)."""
    for p in document.element.body.iter(w("p")):
        yield "body", p
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
            continue
        where = "header" if rel.reltype == RT.HEADER else "footer"
        for p in rel.target_part.element.iter(w("p")):
            yield where, p


def _check_fields(document: Document) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    blocks = {name: 0 for name in BLOCK_FIELDS}
    body = document.element.body
    for where, p in field_paragraphs(document):
        text = "".join(t.text or "" for t in _own_texts(p))
        for match in _FIELD.finditer(text):
            name = match.group(1)
            if name in BLOCK_FIELDS:
                alone = where == "body" and p.getparent() is body and text.strip() == match.group()
                if not alone:
                    problems.append((f"väli {{{name}}} peab olema üksinda lõigus dokumendi põhitekstis",
                                     f"the field {{{name}}} must be alone in a paragraph of the body"))
                blocks[name] += 1
            elif name not in INLINE_FIELDS:
                shown = name if len(name) <= 40 else name[:40] + "…"
                problems.append((f"tundmatu väli {{{shown}}}", f"unknown field {{{shown}}}"))
        rest = _FIELD.sub("", text)
        if "{" in rest or "}" in rest:
            snippet = text.strip()[:60]
            problems.append((f"katkine väli (puuduv või üleliigne sulg) tekstis „{snippet}”",
                             f"a broken field (a missing or extra brace) in “{snippet}”"))
    for name, count in blocks.items():
        if count == 0:
            problems.append((f"puudub väli {{{name}}}", f"the field {{{name}}} is missing"))
        elif count > 1:
            problems.append((f"väli {{{name}}} on mitu korda", f"the field {{{name}}} appears more than once"))
    return problems


def load_template(path: str | Path | None = None) -> Template:
    """Read and check a template (None: the shipped one); raise TemplateError if unusable."""
    source_path = Path(path) if path is not None else default_template_path()
    source = str(source_path)
    try:
        data = _normalised_package(_read(source_path), source)
        data, notes = clean_package(data, functools.partial(parse_part, source=source))
    except Refusal as refusal:
        raise _error(source, refusal.et, refusal.en) from None
    except ZIP_FAULTS:
        raise _error(source, "fail on vigane või ei ole Wordi dokument.",
                     "the file is damaged or not a Word document.") from None
    try:
        document = word_document(data)
        ids, problems = _check_styles(document, source)
        problems += _check_fields(document)
    except TemplateError:
        raise
    except Exception:  # python-docx raises many kinds on a damaged package
        raise _error(source, "fail on vigane või ei ole Wordi dokument.",
                     "the file is damaged or not a Word document.") from None
    if problems:
        raise _error(source, "; ".join(et for et, _ in problems) + ".",
                     "; ".join(en for _, en in problems) + ".")
    return Template(data=data, source=source, style_ids=ids, notes=notes)


def check_template(path: str | Path | None = None) -> tuple[TemplateNote, ...]:
    """For the settings dialog and the command line: raise TemplateError if unusable,
    else say what the template held that exports leave out."""
    return load_template(path).notes


def fill_fields(p: etree._Element, values: Mapping[str, str]) -> bool:
    """Replace the known fields in ``p``, across runs; True if only fields made up its text.

    Word splits text into runs at will (spelling marks, edits), so a field may span runs:
    the value goes into the run where the field starts and the rest of the field is cut.
    """
    texts = _own_texts(p)
    joined = "".join(t.text or "" for t in texts)
    if "{" not in joined:
        return False
    starts: list[int] = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t.text or "")
    matches = [m for m in _FIELD.finditer(joined) if m.group(1) in values]
    if not matches:
        return False

    def node_at(offset: int) -> int:
        index = 0
        for i, start in enumerate(starts):
            if start <= offset and len(texts[i].text or ""):
                index = i
            if start > offset:
                break
        return index

    for match in reversed(matches):
        a, b = node_at(match.start()), node_at(match.end() - 1)
        value = xml_safe(values[match.group(1)])
        ta, tb = texts[a].text or "", texts[b].text or ""
        head = ta[: match.start() - starts[a]]
        tail = tb[match.end() - starts[b] :]
        if a == b:
            texts[a].text = head + value + tail
        else:
            texts[a].text = head + value
            for i in range(a + 1, b):
                texts[i].text = ""
            texts[b].text = tail
    for t in texts:
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        rewrite_special_text(t)
    return paragraph_text(p).strip() == ""
