"""A DOCX exported by the app opens back as the document it came from."""

from pathlib import Path

import pytest

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


def test_notes_are_bounded_and_counted() -> None:
    from ametijuhend_desktop.opening import MAX_NOTES, bounded_notes

    notes = bounded_notes([f"rida {i}" for i in range(2_900_000 + MAX_NOTES)])
    assert len(notes) == MAX_NOTES + 1
    assert notes[-1].message("et") == "… ja veel 2 900 000"
    assert notes[-1].message("en") == "… and 2,900,000 more"
    assert bounded_notes(["üks"]) == (bounded_notes(["üks"])[0],)


def test_a_word_file_of_100_mb_of_runs_is_refused_quickly(tmp_path: Path) -> None:
    import io
    import time
    import zipfile

    from ametijuhend_desktop.errors import UserError

    run = b"<w:r><w:t>x</w:t></w:r>"
    body = b"<w:p>" + run * (100 * 1024 * 1024 // len(run)) + b"</w:p>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b'<w:document xmlns:w="urn:w"><w:body>' + body
                         + b"</w:body></w:document>")
    path = tmp_path / "suur.docx"
    path.write_bytes(out.getvalue())
    started = time.perf_counter()
    with pytest.raises(UserError, match="lahtipakituna liiga suur"):
        open_document(path)
    assert time.perf_counter() - started < 2
