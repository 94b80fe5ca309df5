"""A file saved again by LibreOffice (as a manager without Word does) still reads back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ametijuhend_desktop.model import PostKind
from ametijuhend_desktop.opening import open_document

from .support import sample_document
from .word_edits import edit_body, exported, paragraph, run, set_runs

pytestmark = pytest.mark.slow


def resaved(data: bytes, folder: Path) -> Path:
    """``data`` opened and saved as .docx by LibreOffice, for real."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice missing: install libreoffice-writer-nogui to run this test")
    source = folder / "juhi-parandus.docx"
    source.write_bytes(data)
    out = folder / "out"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    return out / source.name


def test_an_edit_survives_a_libreoffice_save(tmp_path: Path) -> None:
    doc = sample_document(PostKind.TOOTAJA)

    def edit(root: object) -> None:
        p = paragraph(root, "Hanked on korrektselt läbiviidud.")  # type: ignore[arg-type]
        set_runs(p, run("Hanked on korrektselt ja õigeaegselt läbiviidud."))

    reading = open_document(resaved(edit_body(exported(doc), edit), tmp_path))
    assert reading.doc.duties.items[1].results[0] == "Hanked on korrektselt ja õigeaegselt läbiviidud."
    assert [c.message("et") for c in reading.changes()] == ["3.2 tulemus 1 muudetud"]
    reading.doc.duties.items[1].results[0] = doc.duties.items[1].results[0]
    assert reading.doc == doc  # nothing else moved in LibreOffice's hands
    assert [n for n in reading.notes if n.path] == []  # nothing unplaced, no comment
