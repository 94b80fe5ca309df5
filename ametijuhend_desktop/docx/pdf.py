"""Export a job description to PDF/A-2b: the Word export, laid out by LibreOffice.

The PDF is the same document as the Word export (one renderer, one look); LibreOffice
turns it into an archival PDF/A so it can be filed with the directive. LibreOffice runs
with a private profile in a private temporary folder, under a time limit, and the PDF is
written atomically. Without LibreOffice the user is told what to install.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import UserError
from ..files.atomic import atomic_write_bytes
from ..files.bounded import read_file
from ..files.os_errors import os_reason
from ..importing.convert import find_soffice, run_soffice
from ..model import JobDescription
from .export import render, resolve_template
from .template import Template

MAX_PDF_BYTES = 200 * 1024 * 1024

SUFFIX = ".pdf"
TIME_LIMIT_S = 120.0  # a first start of LibreOffice takes the longest
# LibreOffice's PDF filter with SelectPdfVersion 2: PDF/A-2b.
PDF_A2_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'


class PdfError(UserError):
    """The PDF could not be made; the document itself is untouched."""


def _missing() -> PdfError:
    return PdfError(
        "PDF-i tegemiseks on vaja LibreOffice'it: paigalda LibreOffice (libreoffice.org) "
        "või ekspordi Wordi ja salvesta seal PDF-ina.",
        "making a PDF needs LibreOffice: install LibreOffice (libreoffice.org), or export "
        "to Word and save as PDF there.",
    )


def _run(command: list[str], time_limit: float) -> None:
    try:
        finished = run_soffice(command, time_limit)
    except OSError as exc:
        et, en = os_reason(exc)
        raise PdfError(f"LibreOffice'it ei saanud käivitada ({et}).",
                       f"LibreOffice could not be started ({en}).") from None
    if not finished:
        raise PdfError(
            f"LibreOffice ei teinud PDF-i {time_limit:.0f} sekundiga: proovi uuesti või "
            "ekspordi Wordi ja salvesta seal PDF-ina.",
            f"LibreOffice did not make the PDF within {time_limit:.0f} seconds: try again, "
            "or export to Word and save as PDF there.",
        )


def pdf_bytes(doc: JobDescription, template: str | Path | Template | None = None,
              time_limit: float = TIME_LIMIT_S) -> bytes:
    """The PDF/A-2b file of ``doc`` as bytes."""
    soffice = find_soffice()
    if soffice is None:
        raise _missing()
    data = render(doc, resolve_template(template))
    with tempfile.TemporaryDirectory(prefix="ametijuhend-pdf-") as folder:
        root = Path(folder)
        source = root / "ametijuhend.docx"
        source.write_bytes(data)
        profile = root / "profile"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                   "--convert-to", PDF_A2_FILTER, "--outdir", str(root), str(source)]
        _run(command, time_limit)
        result = source.with_suffix(SUFFIX)
        if not result.is_file():
            raise PdfError("LibreOffice ei saanud PDF-i teha: ekspordi Wordi ja salvesta seal "
                           "PDF-ina.",
                           "LibreOffice could not make the PDF: export to Word and save as "
                           "PDF there.")
        return read_file(result, MAX_PDF_BYTES)  # LibreOffice's output, bounded too


def export_pdf(doc: JobDescription, out_path: str | Path,
               template: str | Path | Template | None = None) -> Path:
    """Write ``doc`` as PDF/A-2b to ``out_path`` atomically; return the path written."""
    target = Path(out_path)
    atomic_write_bytes(target, pdf_bytes(doc, template))
    return target
