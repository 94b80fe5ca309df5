"""Loading then saving gives back the same document, whatever text it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from lxml import etree

from ametijuhend_desktop import ajx
from ametijuhend_desktop.ajx.reader import parse
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, JobDescription, PostKind

from ..strategies import documents


@given(documents)
def test_any_document_survives_save_and_load(doc: JobDescription) -> None:
    data = ajx.to_bytes(doc)
    assert ajx.from_bytes(data) == doc
    # Deterministic: the same document gives the same bytes.
    assert ajx.to_bytes(ajx.from_bytes(data)) == data


def test_control_characters_are_kept_as_char_elements() -> None:
    doc = new_document()
    doc.duties.items = [Duty("a\x0bb\x0cc\rd\x00e", [], ["tulemus"])]
    data = ajx.to_bytes(doc)
    assert b'<char code="B"/>' in data and b'<char code="C"/>' in data
    assert b"&#13;" in data
    assert ajx.from_bytes(data).duties.items[0].text == "a\x0bb\x0cc\rd\x00e"


def test_whitespace_at_the_edges_of_a_text_is_kept() -> None:
    doc = new_document()
    doc.general.job_title = "  Peaspetsialist\n\n "
    doc.purpose.paragraphs = ["\t", " ", ""]
    assert ajx.from_bytes(ajx.to_bytes(doc)) == doc


def test_the_file_is_readable_and_diff_friendly() -> None:
    doc = new_document(PostKind.TOOTAJA)
    doc.general.job_title = "Peaspetsialist (ennetusteenus)"
    text = ajx.to_bytes(doc).decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<ametijuhend ')
    assert "    <job-title>Peaspetsialist (ennetusteenus)</job-title>\n" in text
    assert "õ" in text or "ü" in text  # Estonian letters as they are, not as references
    assert f'version="{ajx.CURRENT_VERSION}"' in text


def test_every_written_file_matches_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "uus.ajx"
    ajx.write_file(new_document(), path)
    root = parse(path.read_bytes(), path)
    assert etree.QName(root).localname == "ametijuhend"
    assert ajx.read_file(path) == new_document()


def test_own_row_labels_of_older_documents_are_kept() -> None:
    doc = new_document()
    doc.general.labels.job_title = "Teenistuskoht"
    doc.general.labels.substitutes = "Teenistuja asendab"
    data = ajx.to_bytes(doc)
    assert b'<own-label field="job-title">Teenistuskoht</own-label>' in data
    assert ajx.from_bytes(data) == doc
    twice = data.replace(b'field="substitutes"', b'field="job-title"')
    with pytest.raises(FileFormatError) as info:
        ajx.from_bytes(twice)
    assert "kaks korda" in info.value.message("et")
