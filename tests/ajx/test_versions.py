"""One fixture file per format version: each still loads, into the document it holds.

When the format changes, the old fixture stays, a migration step is added, and this test
shows the old file still reads as before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.model import Cefr, PostKind, SectionId
from ametijuhend_desktop.model.numbering import section_numbers

DATA = Path(__file__).parent / "data"


def test_version_1_fixture_loads() -> None:
    doc = ajx.read_file(DATA / "ajx-1.ajx")
    assert doc.meta.kind is PostKind.AMETNIK
    assert doc.meta.approval.date == dt.date(2025, 3, 14)
    assert doc.meta.approval.directive_number == "1-1/25/17"
    assert doc.general.unit == "Laste heaolu osakond,\nasendushoolduse talitus"
    assert doc.purpose.paragraphs[1] == "Teine\u00a0lõik\ttabeliga."
    assert doc.duties.items[0].sub_items == ["eesmärgid", "ajakava"]
    assert doc.duties.items[0].results[1] == "Plaan on\x0bkinnitatud."
    assert doc.duties.items[1].text == "Teavitus\x0ctegevused."
    assert doc.rights.intro == "Omab õigust:" and doc.responsibilities.intro == ""
    assert doc.requirements.languages[1].level is Cefr.B1
    assert section_numbers(doc)[SectionId.TOOLS] == 6


def test_the_current_writer_still_writes_version_1_byte_for_byte() -> None:
    data = (DATA / "ajx-1.ajx").read_bytes()
    assert ajx.CURRENT_VERSION == 1
    assert ajx.to_bytes(ajx.from_bytes(data)) == data


def test_every_version_up_to_the_current_has_a_fixture() -> None:
    for version in range(1, ajx.CURRENT_VERSION + 1):
        assert (DATA / f"ajx-{version}.ajx").is_file()


def test_a_newer_version_is_refused_with_a_clear_message() -> None:
    data = (DATA / "ajx-1.ajx").read_bytes().replace(b'version="1"', b'version="2"', 1)
    with pytest.raises(FileFormatError) as info:
        ajx.from_bytes(data, "uuem.ajx")
    assert "uuemas versioonis (vorming 2" in info.value.message("et")
    assert "Please update" in info.value.message("en")
