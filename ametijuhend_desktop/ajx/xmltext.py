"""User text in XML: every character kept, including those XML 1.0 cannot hold.

A character outside XML 1.0's Char production (most C0 controls, U+FFFE, U+FFFF, lone
surrogates) is written as an empty ``<char code="HEX"/>`` element inside the text, so
a form feed pasted from a PDF survives a save. Carriage returns are legal but a parser
normalises them to line feeds; lxml writes them as ``&#13;``, which survives.
"""

from __future__ import annotations

import re

from lxml import etree

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def set_text(element: etree._Element, text: str, char_tag: str) -> None:
    """Put ``text`` into ``element``, escaping illegal characters as ``char_tag`` children."""
    pos = 0
    last: etree._Element | None = None
    element.text = None
    for match in _ILLEGAL.finditer(text):
        chunk = text[pos : match.start()]
        if last is None:
            element.text = chunk or None
        else:
            last.tail = chunk or None
        last = etree.SubElement(element, char_tag, code=f"{ord(match.group()):X}")
        pos = match.end()
    rest = text[pos:]
    if last is None:
        element.text = rest or None
    else:
        last.tail = rest or None


def get_text(element: etree._Element) -> str:
    """The text of ``element`` with ``char`` children turned back into characters."""
    if len(element) == 0:
        return element.text or ""
    parts = [element.text or ""]
    for child in element:
        parts.append(chr(int(child.get("code", "0"), 16)))
        parts.append(child.tail or "")
    return "".join(parts)
