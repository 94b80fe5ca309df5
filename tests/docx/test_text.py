"""Any text into runs: never raises, nothing after an odd character is lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from ametijuhend_desktop.docx.text import add_paragraph, paragraph_text, xml_safe

from .support import normalise


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_every_string_becomes_valid_xml_with_the_same_visible_text(text: str) -> None:
    holder = etree.Element("holder")
    p = add_paragraph(holder, "AJTekst", text)
    reparsed = etree.fromstring(etree.tostring(p))  # serialisable and parseable again
    assert paragraph_text(reparsed) == normalise(text)


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_xml_safe_keeps_everything_it_can(text: str) -> None:
    safe = xml_safe(text)
    etree.Element("x").text = safe  # lxml accepts it
    assert safe == normalise(text)


def test_the_mapping() -> None:
    p = add_paragraph(etree.Element("holder"), "AJTekst", " a\tb\r\nc\x0bd\x0ce\x00f\u00adg\u00a0„õ” ")
    assert paragraph_text(p) == " a\tb\nc\nd\nef\u00adg\u00a0„õ” "
    assert [el.tag.split("}")[1] for el in p.iter() if el.tag.split("}")[1] in
            {"t", "tab", "br", "softHyphen"}] == ["t", "tab", "t", "br", "t", "br", "t", "br", "t",
                                                 "softHyphen", "t"]
