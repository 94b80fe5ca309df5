"""Package-level parts of the exported DOCX: the embedded .ajx data and the properties.

The .ajx XML goes in as a custom XML part (customXml/itemN.xml with its itemProps,
related from the document part), which Word keeps when it saves the file; so an exported
DOCX opens back in the editor without loss (``docx_import.read_docx``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ..model import JobDescription
from ..model.wording import TITLE, wording
from .text import xml_safe

CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
ITEM_NAME = re.compile(r"^/?customXml/item(\d+)\.xml$")
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
