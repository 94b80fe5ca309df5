"""A DOCX exported by the app opens back as the document it came from."""

from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.opening import read_document

EXAMPLE = Path(__file__).parents[1] / "resources" / "examples" / "peaspetsialist-jarelhooldus.ajx"


def test_ajx_and_exported_docx_open_alike(tmp_path: Path) -> None:
    doc = ajx.read_file(EXAMPLE)
    out = export_document(doc, tmp_path / "välja.docx")
    assert read_document(EXAMPLE) == doc
    assert read_document(out) == doc
    renamed = out.rename(tmp_path / "nimetatud.ajx")  # by content, not by name
    assert read_document(renamed) == doc


def test_a_foreign_docx_is_explained(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "võõras.docx"
    docx.Document().save(str(path))
    with pytest.raises(FileFormatError) as info:
        read_document(path)
    assert "ainult Ametijuhendist eksporditud" in info.value.message("et")
