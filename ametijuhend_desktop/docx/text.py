"""Text into WordprocessingML runs, so that every character the user typed gets through.

XML 1.0 cannot hold most control characters, and Word wants tabs and line breaks as
elements, not characters. The mapping, decided once for the whole export:

- tab -> ``w:tab``; line feed, carriage return (and CR LF as one), vertical tab, form feed,
  U+0085, U+2028 and U+2029 -> ``w:br`` (a line break; a form feed pasted from a PDF is
  not meant as a page break);
- soft hyphen U+00AD -> ``w:softHyphen`` (Word's own optional hyphen);
- the invisible control characters (the remaining C0 controls such as BEL, DEL, the C1
  controls, lone surrogates, U+FFFE, U+FFFF) are dropped: they print as "�" or a box
  and mean nothing on paper; validation names the place (``model.print_findings``);
- everything else (Estonian letters, „quotes”, dashes, NBSP, emoji, a typed "�" …)
  goes through as is.

Nothing raises and nothing after an odd character is lost.
"""

from __future__ import annotations

import re

from lxml import etree

from ..model.printing import INVISIBLE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML element or attribute: w("p") -> {ns}p."""
    return f"{{{W_NS}}}{tag}"


_P, _R, _T, _TAB, _BR, _SOFT = w("p"), w("r"), w("t"), w("tab"), w("br"), w("softHyphen")
_PPR, _PSTYLE, _RPR, _VAL = w("pPr"), w("pStyle"), w("rPr"), w("val")
_SPACE = f"{{{XML_NS}}}space"

_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
# Invisible controls (model.printing.INVISIBLE) are dropped; with the breaks handled
# before them, what is left is every character XML 1.0 can hold.
_SPECIAL = re.compile("(\r\n|[\t\n\r\x0b\x0c\x85\u2028\u2029\u00ad])")


def xml_safe(text: str) -> str:
    """``text`` with only characters XML can hold: tabs and breaks kept, controls dropped.

    For places that hold plain text only (document properties, attribute values).
    """
    text = text.replace("\r\n", "\n")
    text = re.sub("[\x0b\x0c\x85\u2028\u2029\r]", "\n", text)
    return INVISIBLE.sub("", text)


def _text_element(parent: etree._Element, text: str) -> None:
    text = INVISIBLE.sub("", text)
    if not text:
        return
    t = etree.SubElement(parent, _T)
    t.text = text
    if text[:1].isspace() or text[-1:].isspace():
        t.set(_SPACE, "preserve")


def fill_run(run: etree._Element, text: str) -> None:
    """Append ``text`` to ``run`` as w:t, w:tab, w:br and w:softHyphen children."""
    for piece in _SPECIAL.split(text):
        if not piece:
            continue
        if piece == "\t":
            etree.SubElement(run, _TAB)
        elif piece == "\u00ad":
            etree.SubElement(run, _SOFT)
        elif piece == "\r\n" or piece in _BREAKS:
            etree.SubElement(run, _BR)
        else:
            _text_element(run, piece)


def add_run(
    paragraph: etree._Element, text: str, rstyle: str | None = None, bold: bool = False
) -> etree._Element:
    run = etree.SubElement(paragraph, _R)
    if rstyle or bold:
        rpr = etree.SubElement(run, _RPR)
        if rstyle:
            etree.SubElement(rpr, w("rStyle")).set(_VAL, rstyle)
        if bold:
            etree.SubElement(rpr, w("b"))
    fill_run(run, text)
    return run


def add_paragraph(parent: etree._Element, style_id: str, text: str = "") -> etree._Element:
    """A paragraph of style ``style_id`` holding ``text`` (no run when the text is empty)."""
    p = etree.SubElement(parent, _P)
    etree.SubElement(etree.SubElement(p, _PPR), _PSTYLE).set(_VAL, style_id)
    if text:
        add_run(p, text)
    return p


def rewrite_special_text(t: etree._Element) -> None:
    """Split a w:t whose text holds tabs, breaks or illegal characters into proper elements.

    Used after placeholder substitution, where a value lands inside an existing run.
    """
    text = t.text or ""
    if not _SPECIAL.search(text) and not INVISIBLE.search(text):
        return
    run = t.getparent()
    if run is None:
        return
    holder = etree.Element(_R)
    fill_run(holder, text)
    index = run.index(t)
    run.remove(t)
    for offset, child in enumerate(list(holder)):
        run.insert(index + offset, child)


def paragraph_text(p: etree._Element) -> str:
    """The visible text of a paragraph: w:t joined, w:tab as tab, w:br as newline."""
    out: list[str] = []
    for el in p.iter(_T, _TAB, _BR, _SOFT):
        if el.tag == _T:
            out.append(el.text or "")
        elif el.tag == _TAB:
            out.append("\t")
        elif el.tag == _BR:
            out.append("\n")
        else:
            out.append("\u00ad")
    return "".join(out)
