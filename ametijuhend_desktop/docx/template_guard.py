"""What of an agency's Word template an export may carry: only what its look needs.

A template comes from outside and everything in it is copied into every export, so the
package is rebuilt from a whitelist: the main document and the parts that give it its look
(styles, numbering, settings, theme, fonts, headers, footers, notes, pictures), reached
through relationships of those kinds only, every XML part re-written as parsed. Active
content an agency would not mean to have (macros, OLE and ActiveX objects, DDE and
include fields, altChunk, anything fetched from outside when the file opens) refuses the
template; harmless leftovers (custom XML data, an attached template, a mail merge source,
comments, the glossary) are left out and named in a note. Custom XML parts must go
whatever their relationship says: an export's own data part is one of them, and a planted
one would be read back instead.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from .text import w

Parse = Callable[[str, bytes], etree._Element]  # (part name, bytes) -> root; refuses bad XML


@dataclass(frozen=True)
class TemplateNote:
    """Something the template held that exports leave out, said in both languages."""

    et: str
    en: str

    def message(self, lang: str = "et") -> str:
        return self.en if lang == "en" else self.et


class Refusal(Exception):
    """The template holds something it must not; the caller names the file."""

    def __init__(self, et: str, en: str) -> None:
        super().__init__(en)
        self.et, self.en = et, en


_PKG = "http://schemas.openxmlformats.org/package/2006/"
_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN_TYPE = _WML + "document.main+xml"
_REL_TAG = f"{{{_PKG}relationships}}Relationship"
_CT = f"{{{_PKG}content-types}}"
_HYPERLINK = _OD + "hyperlink"
_OFFICE_DOCUMENT = _OD + "officeDocument"
# Relationship kind -> the content types its target may have (a prefix ends in "/").
_CARRIED: dict[str, tuple[str, ...]] = {
    _OFFICE_DOCUMENT: (MAIN_TYPE, _WML + "template.main+xml"),
    _OD + "styles": (_WML + "styles+xml",),
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects":
        ("application/vnd.ms-word.stylesWithEffects+xml",),
    _OD + "settings": (_WML + "settings+xml",),
    _OD + "webSettings": (_WML + "webSettings+xml",),
    _OD + "fontTable": (_WML + "fontTable+xml",),
    _OD + "theme": ("application/vnd.openxmlformats-officedocument.theme+xml",),
    _OD + "numbering": (_WML + "numbering+xml",),
    _OD + "header": (_WML + "header+xml",),
    _OD + "footer": (_WML + "footer+xml",),
    _OD + "footnotes": (_WML + "footnotes+xml",),
    _OD + "endnotes": (_WML + "endnotes+xml",),
    _OD + "image": ("image/",),
    _OD + "font": ("application/vnd.openxmlformats-officedocument.obfuscatedFont", "application/x-font"),
}
_SILENT = (_PKG + "relationships/metadata/core-properties", _OD + "extended-properties")

_MACROS = ("Wordi fail sisaldab makrosid (VBA); makrodega Wordi fail (.docm, .dotm) ei sobi malliks.",
           "the Word file contains macros (VBA); a Word file with macros (.docm, .dotm) cannot be a template.")
_OLE = ("mall sisaldab põimitud objekti (OLE või ActiveX), mis võib avamisel midagi käivitada.",
        "the template contains an embedded object (OLE or ActiveX), which can run something when opened.")
_ALT_CHUNK = ("mall sisaldab põimitud võõrdokumenti (altChunk).",
              "the template contains an embedded foreign document (altChunk).")
# Relationship kinds (the end of the type URI, lower case) that refuse the template.
_REFUSED_KINDS: dict[str, tuple[str, str]] = {
    "vbaproject": _MACROS, "wordvbadata": _MACROS, "keymapcustomizations": _MACROS,
    "attachedtoolbars": _MACROS, "oleobject": _OLE, "package": _OLE, "control": _OLE,
    "activexcontrol": _OLE, "activexcontrolbinary": _OLE, "afchunk": _ALT_CHUNK,
}
_MAIL_MERGE_NOTE = TemplateNote("eemaldatud kirjakooste andmeallikas.", "removed the mail merge data source.")
_MAIL_MERGE = ("mailmergesource", "mailmergeheadersource", "recipientdata", "mailmergerecipientdata")

_O = "{urn:schemas-microsoft-com:office:office}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_REF_NAMESPACES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships")
_LINK_TAGS = (w("hyperlink"), f"{_A}hlinkClick", f"{_A}hlinkHover")
_ACTIVE_TAGS = {w("object"): _OLE, w("control"): _OLE, f"{_O}OLEObject": _OLE, w("altChunk"): _ALT_CHUNK}
_DROPPED_TAGS = (w("attachedTemplate"), w("mailMerge"), w("commentRangeStart"), w("commentRangeEnd"),
                 w("commentReference"))
# Fields that start another program or read from outside the file when it opens or updates.
_DDE_FIELDS = frozenset({"DDE", "DDEAUTO"})
_INCLUDE_FIELDS = frozenset({"INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "IMPORT", "LINK", "DATABASE"})


def _kind(rel_type: str) -> str:
    return rel_type.rstrip("/").rsplit("/", 1)[-1].lower()


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _target(part: str, target: str) -> str:
    """The zip name a relationship of ``part`` points to ('' if outside the package)."""
    joined = target[1:] if target.startswith("/") else posixpath.join(posixpath.dirname(part), target)
    name = posixpath.normpath(joined)
    return "" if name.startswith("..") or name == "." else name


_COMPUTED = "\0"  # stands for a nested field where a field's name should be


def field_codes(root: etree._Element) -> Iterator[str]:
    """The instruction of every field in a part: simple ones and those Word splits into
    runs (w:fldChar begin … end), nested ones each on their own. A field whose name is
    the result of a nested one ({ {QUOTE …} … }) starts with ``_COMPUTED``."""
    stack: list[list[str]] = []
    for el in root.iter(w("fldSimple"), w("fldChar"), w("instrText"), w("delInstrText")):
        if el.tag == w("fldSimple"):
            yield el.get(w("instr"), "")
        elif el.tag == w("fldChar"):
            kind = el.get(w("fldCharType"))
            if kind == "begin":
                if stack and not "".join(stack[-1]).strip():
                    stack[-1].append(_COMPUTED)
                stack.append([])
            elif kind == "end" and stack:
                yield "".join(stack.pop())
        elif stack:
            stack[-1].append(el.text or "")
        else:
            yield el.text or ""
    yield from ("".join(rest) for rest in stack)


def _check_fields(root: etree._Element) -> None:
    for code in field_codes(root):
        words = code.split(None, 1)
        name = words[0].upper() if words else ""
        shown = " ".join(code.split())[:80]
        if name.startswith(_COMPUTED):
            raise Refusal(f"mall sisaldab välja, mille nime moodustab teine väli ({shown[1:]}…).",
                          f"the template contains a field whose name is made by another field ({shown[1:]}…).")
        if name in _DDE_FIELDS:
            raise Refusal(f"mall sisaldab DDE-välja, mis käivitab teise programmi ({shown}).",
                          f"the template contains a DDE field, which starts another program ({shown}).")
        if name in _INCLUDE_FIELDS:
            raise Refusal(f"mall sisaldab välja {name}, mis loeb sisu välisest failist või aadressilt ({shown}).",
                          f"the template contains a {name} field, which reads content from an outside "
                          f"file or address ({shown}).")


@dataclass
class _Walk:
    """The parts kept so far, their kept relationships and what was left out."""

    archive: zipfile.ZipFile
    parse: Parse
    types: dict[str, str]  # lower-case zip name -> content type
    names: dict[str, str]  # lower-case zip name -> zip name
    kept: dict[str, str]  # zip name -> content type
    rels: dict[str, list[etree._Element]]  # source ('' for the package) -> kept relationships
    all_rels: dict[str, dict[str, etree._Element]]  # source -> every relationship by id
    notes: list[TemplateNote]
    left_out: list[str]
    queue: list[str]
    custom_xml: int = 0

    def walk(self) -> None:
        """Follow relationships from the package, breadth first (no recursion to exhaust)."""
        self.queue.append("")
        while self.queue:
            self._visit(self.queue.pop(0))

    def _visit(self, source: str) -> None:
        rels_name = self.names.get(_rels_name(source).lower() if source else "_rels/.rels")
        found = self.parse(rels_name, self.archive.read(rels_name)) if rels_name else None
        rels = list(found.iter(_REL_TAG)) if found is not None else []
        self.all_rels[source] = {r.get("Id", ""): r for r in rels}
        self.rels[source] = []
        for rel in rels:
            self._relationship(source, rel)

    def _relationship(self, source: str, rel: etree._Element) -> None:
        rel_type, target = rel.get("Type", ""), rel.get("Target", "")
        kind, external = _kind(rel_type), rel.get("TargetMode") == "External"
        if kind == "attachedtemplate":
            self.notes.append(TemplateNote(f"eemaldatud seos manustatud malliga ({target[:80]}).",
                                           f"removed the link to an attached template ({target[:80]})."))
        elif kind in _MAIL_MERGE:
            self.notes.append(_MAIL_MERGE_NOTE)
        elif kind in _REFUSED_KINDS:
            raise Refusal(*_REFUSED_KINDS[kind])
        elif external and rel_type != _HYPERLINK:
            raise Refusal(f"mall sisaldab välist linki failile või aadressile ({target[:80]}).",
                          f"the template contains a link to an outside file or address ({target[:80]}).")
        elif external:
            self.rels[source].append(rel)
        elif not self._carry(source, rel):
            if kind == "customxml" or target.lower().lstrip("/").startswith("customxml/"):
                self.custom_xml += 1
            elif rel_type not in _SILENT:
                self.left_out.append(_target(source, target) or target[:80])

    def _carry(self, source: str, rel: etree._Element) -> bool:
        """Keep an internal relationship of a whitelisted kind to a part of the right type."""
        rel_type = rel.get("Type", "")
        allowed = _CARRIED.get(rel_type, ()) if (rel_type == _OFFICE_DOCUMENT) == (source == "") else ()
        name = self.names.get(_target(source, rel.get("Target", "")).lower(), "")
        content_type = self.types.get(name.lower(), "")
        if not name or name.lower().startswith("customxml/") or not any(
            content_type == t or (t.endswith("/") and content_type.startswith(t)) for t in allowed
        ):
            return False
        self.rels[source].append(rel)
        if name not in self.kept:
            self.kept[name] = MAIN_TYPE if rel_type == _OFFICE_DOCUMENT else content_type
            self.queue.append(name)
        return True


def _check_references(part: str, root: etree._Element, walk: _Walk) -> None:
    """Every relationship id the XML uses must be one kept, and an outside address may
    only be the target of a link the reader clicks (not a picture that loads itself)."""
    kept = {r.get("Id", ""): r for r in walk.rels.get(part, [])}
    everything = walk.all_rels.get(part, {})
    for el in root.iter(etree.Element):
        for attr, rid in el.items():
            if etree.QName(attr).namespace not in _REF_NAMESPACES and attr != f"{_O}relid":
                continue
            rel = kept.get(rid)
            if rel is not None and rel.get("TargetMode") == "External" and el.tag not in _LINK_TAGS:
                target = rel.get("Target", "")[:80]
                raise Refusal(f"mall sisaldab välist linki failile või aadressile ({target}).",
                              f"the template contains a link to an outside file or address ({target}).")
            left = everything.get(rid)
            if rel is None and left is None:
                raise Refusal(f"osa {part} viitab osale, mida failis pole ({rid[:40]}).",
                              f"the part {part} refers to a part the file does not have ({rid[:40]}).")
            if rel is None and left is not None:
                what = _kind(left.get("Type", ""))[:40]
                raise Refusal(f"osa {part} sisaldab objekti, mida eksport ei saa kaasa võtta ({what}).",
                              f"the part {part} contains an object the export cannot carry over ({what}).")


def _clean_part(part: str, root: etree._Element, walk: _Walk) -> bytes:
    """The part's XML without what is left out; refused if it holds active content."""
    for el in root.iter(*_ACTIVE_TAGS):
        raise Refusal(*_ACTIVE_TAGS[el.tag])
    _check_fields(root)
    for el in list(root.iter(*_DROPPED_TAGS)):
        if el.tag == w("mailMerge"):
            walk.notes.append(_MAIL_MERGE_NOTE)
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    _check_references(part, root, walk)
    return _xml(root)


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _relationships(rels: list[etree._Element]) -> bytes:
    root = etree.Element(f"{{{_PKG}relationships}}Relationships", nsmap={None: f"{_PKG}relationships"})
    for rel in rels:
        attrs = {k: v for k in ("Id", "Type", "Target", "TargetMode") if (v := rel.get(k)) is not None}
        etree.SubElement(root, _REL_TAG, attrs)
    return _xml(root)


def _content_types(kept: dict[str, str]) -> bytes:
    root = etree.Element(f"{_CT}Types", nsmap={None: _CT[1:-1]})
    etree.SubElement(root, f"{_CT}Default", Extension="rels",
                     ContentType="application/vnd.openxmlformats-package.relationships+xml")
    for name, content_type in kept.items():
        etree.SubElement(root, f"{_CT}Override", PartName=f"/{name}", ContentType=content_type)
    return _xml(root)


def _declared_types(root: etree._Element, names: dict[str, str]) -> dict[str, str]:
    """Lower-case zip name -> content type, as [Content_Types].xml declares it."""
    defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(f"{_CT}Default")}
    types = {low: defaults.get(posixpath.splitext(low)[1][1:], "") for low in names}
    for override in root.iter(f"{_CT}Override"):
        types[override.get("PartName", "").lstrip("/").lower()] = override.get("ContentType", "")
    return types


def _notes(walk: _Walk) -> list[TemplateNote]:
    notes = list(dict.fromkeys(walk.notes))  # one note of a kind, in the order found
    if walk.custom_xml:
        notes.append(TemplateNote(f"eemaldatud kohandatud XML-andmed (customXml, {walk.custom_xml} osa).",
                                  f"removed custom XML data (customXml, {walk.custom_xml} part(s))."))
    left_out = sorted(set(walk.left_out))
    if left_out:
        shown = ", ".join(left_out[:5]) + (" …" if len(left_out) > 5 else "")
        notes.append(TemplateNote(f"eemaldatud osad, mida kujundus ei vaja: {shown}.",
                                  f"removed parts the layout does not need: {shown}."))
    return notes


def clean_package(data: bytes, parse: Parse) -> tuple[bytes, tuple[TemplateNote, ...]]:
    """The template rebuilt from what its look needs, and notes on what was left out.

    Raises Refusal for active content; zip errors are the caller's to word.
    """
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = {i.filename.lower(): i.filename for i in archive.infolist() if not i.is_dir()}
    if any(posixpath.basename(low) in ("vbaproject.bin", "vbadata.xml") for low in names):
        raise Refusal(*_MACROS)
    types_name = names.get("[content_types].xml", "[Content_Types].xml")
    types = _declared_types(parse(types_name, archive.read(types_name)), names)
    if any("macroenabled" in t.lower() or "vbaproject" in t.lower() for t in types.values()):
        raise Refusal(*_MACROS)
    walk = _Walk(archive, parse, types, names, {}, {}, {}, [], [], [])
    walk.walk()
    parts: dict[str, bytes] = {}
    for name, content_type in walk.kept.items():
        blob = archive.read(name)
        parts[name] = _clean_part(name, parse(name, blob), walk) if content_type.endswith("xml") else blob
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", _content_types(walk.kept))
        target.writestr("_rels/.rels", _relationships(walk.rels[""]))
        for name, blob in parts.items():
            target.writestr(name, blob)
            if walk.rels.get(name):
                target.writestr(_rels_name(name), _relationships(walk.rels[name]))
    return out.getvalue(), tuple(_notes(walk))
