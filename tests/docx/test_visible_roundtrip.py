"""An untouched export reads back, by its visible text, as exactly the document exported."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from ametijuhend_desktop.compare import compare_documents
from ametijuhend_desktop.docx.export import render, resolve_template
from ametijuhend_desktop.docx.visible import read_visible
from ametijuhend_desktop.model import JobDescription, PostKind

from ..strategies import documents
from .support import sample_document
from .word_edits import SOURCE


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_untouched_export_reads_back_equal(doc: JobDescription) -> None:
    data = render(doc, resolve_template(None))
    reading = read_visible(data, doc, SOURCE)
    assert reading.doc == doc
    assert reading.notes == []
    assert reading.summary() == []


def test_both_kinds_of_sample_read_back_equal() -> None:
    for kind in PostKind:
        doc = sample_document(kind)
        reading = read_visible(render(doc, resolve_template(None)), doc, SOURCE)
        assert reading.doc == doc
        assert compare_documents(reading.embedded, reading.doc) == []


def test_a_heading_of_only_a_line_break_still_reads_as_its_section() -> None:
    doc = sample_document(PostKind.AMETNIK)
    doc.requirements.heading = "\r"  # printed as a line break: blank, but there
    reading = read_visible(render(doc, resolve_template(None)), doc, SOURCE)
    assert reading.doc == doc
