"""Builds the agency template resources/templates/ska.docx.

Run once when the look changes in code (``python
packaging/tools/build_template.py [OUT.docx]``); the result is committed, and
from then on the agency may just as well change it in Word. Starts from python-docx's
blank document, strips it to what the template needs and adds named styles (Times New
Roman 12, Estonian as the language), Word numbering for the section headings, duties and
bullets, A4 page set-up, page numbers in the footer and the fields of the header.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ametijuhend_desktop.docx.template import PARAGRAPH_STYLES, TABLE_STYLES
from ametijuhend_desktop.docx.text import add_paragraph, w

FONT = "Times New Roman"
LANG = "et-EE"
_KEEP_STYLES = {"Normal", "Default Paragraph Font", "Normal Table", "No List"}


def _el(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        element.set(w(key), value)
    return element


def _ensure(parent: etree._Element, tag: str) -> etree._Element:
    found = parent.find(w(tag))
    return found if found is not None else _el(parent, tag)


def _strip_package(document: Document) -> None:
    """Drop what a template does not need: effects styles, thumbnail, sample custom XML."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, RT.WEB_SETTINGS) or rel.reltype.endswith("/stylesWithEffects"):
            del part.rels[rid]
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]


def _defaults(document: Document) -> None:
    styles = document.styles.element
    latent = styles.find(w("latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for style in list(styles.iterchildren(w("style"))):
        name = style.find(w("name"))
        if name is None or name.get(w("val")) not in _KEEP_STYLES:
            styles.remove(style)
    defaults = styles.find(w("docDefaults"))
    assert defaults is not None
    for child in list(defaults):
        defaults.remove(child)
    rpr = _el(_el(defaults, "rPrDefault"), "rPr")
    _el(rpr, "rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, eastAsia=FONT)
    _el(rpr, "sz", val="24")
    _el(rpr, "szCs", val="24")
    _el(rpr, "lang", val=LANG, eastAsia=LANG, bidi="ar-SA")
    ppr = _el(_el(defaults, "pPrDefault"), "pPr")
    _el(ppr, "spacing", after="0", line="240", lineRule="auto")


def _paragraph_style(
    document: Document, name: str, style_id: str, based_on: str = "Normal", *,
    bold: bool = False, size: int | None = None, align: str | None = None,
    before: int = 0, after: int = 0, keep_next: bool = False, ind_left: int | None = None,
    outline: int | None = None, num: tuple[int, int] | None = None, next_id: str | None = None,
) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    el = style.element
    el.set(w("styleId"), style_id)
    el.set(w("customStyle"), "1")
    base = document.styles[based_on].element.get(w("styleId"), "Normal")
    _el(el, "basedOn", val=base)
    _el(el, "next", val=next_id or style_id)
    _el(el, "qFormat")
    ppr = _el(el, "pPr")
    if keep_next:
        _el(ppr, "keepNext")
    if num is not None:
        numpr = _el(ppr, "numPr")
        _el(numpr, "ilvl", val=str(num[1]))
        _el(numpr, "numId", val=str(num[0]))
    _el(ppr, "spacing", before=str(before), after=str(after))
    if ind_left is not None:
        _el(ppr, "ind", left=str(ind_left))
    if align:
        _el(ppr, "jc", val=align)
    if outline is not None:
        _el(ppr, "outlineLvl", val=str(outline))
    rpr = _el(el, "rPr")
    if bold:
        _el(rpr, "b")
        _el(rpr, "bCs")
    if size:
        _el(rpr, "sz", val=str(size * 2))
        _el(rpr, "szCs", val=str(size * 2))
    _el(rpr, "lang", val=LANG)


def _table_style(document: Document, name: str, style_id: str, borders: bool) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    el = style.element
    el.set(w("styleId"), style_id)
    el.set(w("customStyle"), "1")
    _el(el, "basedOn", val="TableNormal")
    _el(el, "qFormat")
    tblpr = _el(el, "tblPr")
    _el(tblpr, "tblInd", w="0", type="dxa")
    if borders:
        b = _el(tblpr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _el(b, side, val="single", sz="4", space="0", color="000000")
    mar = _el(tblpr, "tblCellMar")
    _el(mar, "top", w="57" if borders else "0", type="dxa")
    _el(mar, "left", w="108", type="dxa")
    _el(mar, "bottom", w="57" if borders else "0", type="dxa")
    _el(mar, "right", w="108", type="dxa")


def _level(abstract: etree._Element, ilvl: int, fmt: str, text: str, *,
           style: str | None = None, left: int = 0, hanging: int = 0, suffix: str = "tab") -> None:
    lvl = _el(abstract, "lvl", ilvl=str(ilvl))
    _el(lvl, "start", val="1")
    _el(lvl, "numFmt", val=fmt)
    if style:
        _el(lvl, "pStyle", val=style)
    if suffix != "tab":
        _el(lvl, "suff", val=suffix)
    _el(lvl, "lvlText", val=text)
    _el(lvl, "lvlJc", val="left")
    ppr = _el(lvl, "pPr")
    _el(ppr, "ind", left=str(left), hanging=str(hanging))
    if fmt == "bullet":
        rpr = _el(lvl, "rPr")
        _el(rpr, "rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, hint="default")


def _numbering(document: Document) -> None:
    """numId 1: "2." headings and "3.1" duties (one list, so duties follow their section);
    numId 2: bullets, with dashes for sub-items."""
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    sections = _el(numbering, "abstractNum", abstractNumId="0")
    _el(sections, "multiLevelType", val="multilevel")
    _level(sections, 0, "decimal", "%1.", style="AJJaotis", suffix="space")
    _level(sections, 1, "decimal", "%1.%2", style="AJYlesanne", suffix="space")
    bullets = _el(numbering, "abstractNum", abstractNumId="1")
    _el(bullets, "multiLevelType", val="hybridMultilevel")
    _level(bullets, 0, "bullet", "•", style="AJTapp", left=357, hanging=357)
    _level(bullets, 1, "bullet", "–", style="AJAlampunkt", left=714, hanging=357)
    for num_id, abstract_id in (("1", "0"), ("2", "1")):
        _el(_el(numbering, "num", numId=num_id), "abstractNumId", val=abstract_id)


def _styles(document: Document) -> None:
    s = PARAGRAPH_STYLES
    _paragraph_style(document, s["body"], "AJTekst", after=120)
    _paragraph_style(document, s["approval"], "AJKinnitus", ind_left=4536)
    _paragraph_style(document, s["title"], "AJPealkiri", bold=True, size=14, align="center",
                     before=480, after=360, keep_next=True, next_id="AJTekst")
    _paragraph_style(document, s["heading"], "AJJaotis", bold=True, before=240, after=120,
                     keep_next=True, outline=0, num=(1, 0), next_id="AJTekst")
    _paragraph_style(document, s["cell"], "AJTabelitekst")
    _paragraph_style(document, s["label"], "AJTabelisilt", "AJ Tabelitekst", bold=True,
                     next_id="AJTabelitekst")
    _paragraph_style(document, s["duty"], "AJYlesanne", "AJ Tabelitekst", num=(1, 1))
    _paragraph_style(document, s["bullet"], "AJTapp", num=(2, 0))
    _paragraph_style(document, s["sub_bullet"], "AJAlampunkt", num=(2, 1))
    _paragraph_style(document, s["group"], "AJVahepealkiri", "AJ Tabelitekst", before=120,
                     keep_next=True)
    _paragraph_style(document, s["signature"], "AJAllkiri", keep_next=True)
    _paragraph_style(document, "Footer", "Footer", size=10, align="center")
    _table_style(document, TABLE_STYLES["table"], "AJTabel", borders=True)
    _table_style(document, TABLE_STYLES["signatures"], "AJAllkirjad", borders=False)


def _page(document: Document) -> None:
    sect = document.element.body.find(w("sectPr"))
    assert sect is not None
    for child in list(sect):
        sect.remove(child)
    _el(sect, "pgSz", w="11906", h="16838")
    _el(sect, "pgMar", top="1134", right="850", bottom="1134", left="1701",
        header="567", footer="567", gutter="0")
    _el(sect, "cols", space="708")
    _el(sect, "docGrid", linePitch="360")
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]._p
    p.clear_content()
    pstyle = _ensure(_ensure(p, "pPr"), "pStyle")
    pstyle.set(w("val"), "Footer")
    for i, instr in enumerate(("PAGE", "NUMPAGES")):
        if i:
            between = _el(_el(p, "r"), "t")
            between.text = " ("  # "1 (6)": the space is kept only when marked so
            between.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        field = _el(p, "fldSimple", instr=f" {instr} ")
        _el(_el(field, "r"), "t").text = "1"
    _el(_el(p, "r"), "t").text = ")"


def _settings(document: Document) -> None:
    settings = document.settings.element
    for tag in ("rsids", "attachedTemplate", "proofState"):
        for el in settings.findall(w(tag)):
            settings.remove(el)
    lang = settings.find(w("themeFontLang"))
    if lang is not None:
        lang.set(w("val"), LANG)
        lang.attrib.pop(w("eastAsia"), None)
    for mode in settings.iter(w("compatSetting")):
        if mode.get(w("name")) == "compatibilityMode":
            mode.set(w("val"), "15")  # a current Word document, not Compatibility Mode
    tab = settings.find(w("defaultTabStop"))
    if tab is not None:
        tab.set(w("val"), "708")


def _body(document: Document) -> None:
    body = document.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    holder = etree.Element(w("body"))
    for style_id, text in (
        ("AJKinnitus", "{header}"),
        ("AJKinnitus", "{approval_line}"),
        ("AJKinnitus", "{annex}"),
        ("AJPealkiri", "{title}"),
        ("AJTekst", "{content}"),
        ("AJTekst", "{signatures}"),
    ):
        add_paragraph(holder, style_id, text)
    assert sect is not None
    for p in list(holder):
        sect.addprevious(p)


def build_template() -> Document:
    document = docx.Document()
    _strip_package(document)
    _defaults(document)
    _styles(document)
    _numbering(document)
    _page(document)
    _settings(document)
    _body(document)
    props = document.core_properties
    props.title = "Ametijuhendi mall"
    props.author = "Sotsiaalkindlustusamet"
    props.last_modified_by = "Sotsiaalkindlustusamet"
    props.comments = (
        "Sisu tuleb välja {content} asemele, allkirjad välja {signatures} asemele; "
        "muud väljad vt docx_template.INLINE_FIELDS."
    )
    props.language = LANG
    props.revision = 1
    props.created = props.modified = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return document


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path("resources/templates/ska.docx")
    build_template().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
