"""Export to PDF/A: the real LibreOffice makes it, pdftotext reads it back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.docx import pdf
from ametijuhend_desktop.errors import UserError
from ametijuhend_desktop.model import JobDescription

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"
needs_soffice = pytest.mark.skipif(pdf.find_soffice() is None or shutil.which("pdftotext") is None,
                                   reason="LibreOffice or pdftotext is not installed")


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _text(path: Path) -> str:
    return _words(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                 check=True).stdout)


@pytest.fixture(scope="module")
def example() -> JobDescription:
    return ajx.read_file(EXAMPLE)


@pytest.mark.slow
@needs_soffice
def test_the_pdf_is_an_archival_pdf_with_the_documents_text(example: JobDescription,
                                                             tmp_path: Path) -> None:
    out = pdf.export_pdf(example, tmp_path / "ametijuhend.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert re.search(rb"pdfaid:part(>|=\")2", data), "not declared PDF/A-2"
    text = _text(out)
    assert _words(example.general.job_title) in text
    duty = _words(example.duties.items[0].text)
    assert duty[:60] in text
    assert [p.name for p in tmp_path.iterdir()] == ["ametijuhend.pdf"]  # nothing else left


def test_without_libreoffice_one_line_says_what_to_install(
        example: JobDescription, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(UserError) as raised:
        pdf.export_pdf(example, tmp_path / "a.pdf")
    for lang in ("et", "en"):
        message = raised.value.message(lang)
        assert "\n" not in message and "LibreOffice" in message
    assert "install LibreOffice" in raised.value.message("en")
    assert not (tmp_path / "a.pdf").exists()


def test_cli_without_libreoffice_is_one_line_and_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    assert main(["export", str(EXAMPLE), "--pdf", "-o", str(tmp_path / "a.pdf"), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "install LibreOffice" in err


def test_cli_pdf_is_for_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(EXAMPLE.parent), "--pdf", "--out-dir", str(tmp_path)]) == 2
    assert "--pdf" in capsys.readouterr().err


@pytest.mark.slow
@needs_soffice
def test_cli_exports_a_pdf_next_to_the_file(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, source)
    assert main(["export", str(source), "--pdf"]) == 0
    out = source.with_suffix(".pdf")
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().err
    assert "AMETIJUHEND" in _text(out)
