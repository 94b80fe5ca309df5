"""A DOCX exported by the app opens back as the document it came from."""

from pathlib import Path

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.opening import Source, open_document

EXAMPLE = Path(__file__).parents[1] / "resources" / "examples" / "peaspetsialist-jarelhooldus.ajx"


def test_ajx_and_exported_docx_open_alike(tmp_path: Path) -> None:
    doc = ajx.read_file(EXAMPLE)
    out = export_document(doc, tmp_path / "välja.docx")
    assert open_document(EXAMPLE).doc == doc
    assert open_document(EXAMPLE).source is Source.AJX
    assert open_document(out).doc == doc
    assert open_document(out).source is Source.OUR_DOCX
    renamed = out.rename(tmp_path / "nimetatud.ajx")  # by content, not by name
    assert open_document(renamed).doc == doc


def test_a_foreign_docx_is_imported(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "võõras.docx"
    document = docx.Document()
    document.add_paragraph("1. ÜLDOSA")
    document.add_paragraph("Ametinimetus: Nõunik")
    document.save(str(path))
    opened = open_document(path)
    assert opened.source is Source.FOREIGN_WORD
    assert opened.doc.general.job_title == "Nõunik"
