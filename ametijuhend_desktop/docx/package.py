"""Package-level parts of the exported DOCX: the embedded .ajx data, the properties and
what tells Word the file is a current document.

The .ajx XML goes in as a custom XML part (customXml/itemN.xml with its itemProps,
related from the document part), which Word keeps when it saves the file; so an exported
DOCX opens back in the editor without loss (``docx.embedded.read_docx``).

A template may have been saved by an old Word: the export writes compatibility mode 15
(otherwise Word opens it in Compatibility Mode), its own ``docProps/app.xml`` (no stale
application name or page count) and a fresh document id, so two exports are two documents.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from .. import __version__
from ..model import JobDescription
from ..model.wording import TITLE, wording
from .text import W_NS, w, xml_safe

CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
ITEM_NAME = re.compile(r"^/?customXml/item(\d+)\.xml$")
APP_NAME = "Ametijuhend"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
OFFICE_URI = "http://schemas.microsoft.com/office/word"
COMPATIBILITY_MODE = "15"  # Word 2013 and later: no Compatibility Mode
# w:settings children that come after w:compat in the schema's sequence.
_AFTER_COMPAT = ("docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                 "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                 "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                 "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                 "listSeparator")
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def root_namespace(blob: bytes) -> str | None:
    """The namespace of a custom XML part's root element, None if it is not XML."""
    try:
        root = etree.fromstring(blob, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None
    return etree.QName(root).namespace


def _drop_items(document: Document, namespace: str) -> None:
    """Remove custom XML parts of ``namespace`` (a template may be an exported document)."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        external = rel.is_external or rel.reltype != RT.CUSTOM_XML
        if not external and root_namespace(rel.target_part.blob) == namespace:
            del part.rels[rid]


def embed_data(document: Document, data: bytes, namespace: str) -> None:
    """Add ``data`` (an XML document in ``namespace``) as a custom XML part."""
    _drop_items(document, namespace)
    package = document.part.package
    item_name = package.next_partname("/customXml/item%d.xml")
    match = ITEM_NAME.match(str(item_name))
    number = match.group(1) if match else "1"
    item = Part(item_name, "application/xml", data, package)
    # A stable id: the same content gives the same file, which keeps exports comparable.
    item_id = uuid.uuid5(uuid.NAMESPACE_URL, hashlib.sha256(data).hexdigest())
    props_xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
        f'<ds:datastoreItem ds:itemID="{{{str(item_id).upper()}}}" xmlns:ds="{DS_NS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{namespace}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), CUSTOM_XML_PROPS_TYPE, props_xml, package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def _prop(text: str) -> str:
    """Core properties hold at most 255 characters of plain XML text."""
    text = xml_safe(text).replace("\n", " ").replace("\t", " ")
    return text if len(text) <= 255 else text[:254] + "…"


def set_properties(document: Document, doc: JobDescription, now: dt.datetime) -> None:
    """Title = job title, author, dates: what Explorer and Word's Info pane show."""
    props = document.core_properties
    props.title = _prop(doc.general.job_title.strip() or TITLE)
    props.subject = _prop(f"{TITLE} ({wording(doc.kind).kind_label})")
    props.author = _prop(doc.meta.author or doc.meta.organisation)
    props.last_modified_by = _prop(doc.meta.author or doc.meta.organisation)
    props.keywords = _prop(", ".join(p for p in (TITLE.lower(), doc.meta.organisation) if p))
    props.comments = ""
    props.category = _prop(doc.general.unit)
    props.version = _prop(doc.meta.version)
    props.language = "et-EE"
    props.revision = 1
    props.created = now
    props.modified = now


def _compat(settings: etree._Element) -> etree._Element:
    compat = settings.find(w("compat"))
    if compat is not None:
        return compat
    compat = etree.Element(w("compat"))
    later = [el for el in settings if etree.QName(el).namespace != W_NS
             or etree.QName(el).localname in _AFTER_COMPAT]
    if later:
        later[0].addprevious(compat)
    else:
        settings.append(compat)
    return compat


def _ignorable(settings: etree._Element, namespace: str) -> bool:
    """True when Word may skip elements of ``namespace`` here (declared in mc:Ignorable)."""
    prefixes = (settings.get(f"{{{MC_NS}}}Ignorable") or "").split()
    return any(settings.nsmap.get(prefix) == namespace for prefix in prefixes)


def modernise_settings(document: Document, document_id: uuid.UUID) -> None:
    """Compatibility mode 15 and fresh w14/w15 document ids in word/settings.xml."""
    settings = document.settings.element
    compat = _compat(settings)
    mode = next((el for el in compat.iterchildren(w("compatSetting"))
                 if el.get(w("name")) == "compatibilityMode"), None)
    if mode is None:
        mode = etree.SubElement(compat, w("compatSetting"))
        mode.set(w("name"), "compatibilityMode")
        mode.set(w("uri"), OFFICE_URI)
    mode.set(w("val"), COMPATIBILITY_MODE)
    w14 = settings.find(f"{{{W14_NS}}}docId")
    if w14 is None and _ignorable(settings, W14_NS):
        w14 = etree.SubElement(settings, f"{{{W14_NS}}}docId")
    if w14 is not None:  # a positive 32-bit number in hex, as Word writes it
        w14.set(f"{{{W14_NS}}}val", f"{document_id.int & 0x7FFFFFFF:08X}")
    w15 = settings.find(f"{{{W15_NS}}}docId")
    if w15 is not None:
        w15.set(f"{{{W15_NS}}}val", f"{{{str(document_id).upper()}}}")


def _app_version() -> str:
    """"0.1.0" -> "00.0100": the XX.YYYY form the extended properties ask for."""
    numbers = [int(part) if part.isdigit() else 0 for part in __version__.split(".")[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    return f"{major % 100:02d}.{minor % 100:02d}{patch % 100:02d}"


def app_properties(doc: JobDescription) -> bytes:
    """docProps/app.xml written fresh: our name and version, no page or word counts
    (only Word can count them honestly; it writes them when it saves)."""
    root = etree.Element(f"{{{EP_NS}}}Properties", nsmap={None: EP_NS})
    for name, value in (
        ("Application", APP_NAME),
        ("DocSecurity", "0"),
        ("ScaleCrop", "false"),
        ("Company", _prop(doc.meta.organisation)),
        ("LinksUpToDate", "false"),
        ("SharedDoc", "false"),
        ("HyperlinksChanged", "false"),
        ("AppVersion", _app_version()),
    ):
        etree.SubElement(root, f"{{{EP_NS}}}{name}").text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def replace_app_properties(document: Document, doc: JobDescription) -> None:
    """Drop the template's docProps/app.xml and relate a fresh one to the package."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            del package.rels[rid]
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, app_properties(doc), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
