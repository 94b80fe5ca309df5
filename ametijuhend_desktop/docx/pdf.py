"""Export a job description to PDF/A-2b: the Word export, laid out by LibreOffice.

The PDF is the same document as the Word export (one renderer, one look); LibreOffice
turns it into an archival PDF/A so it can be filed with the directive. LibreOffice runs
on a copy in a private temporary folder, with the product's own profile (``files.libreoffice``:
kept between runs, since a new one costs seconds), under a time limit, and the PDF is
written atomically. Without LibreOffice the user is told what to install.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import UserError
from ..files import libreoffice
from ..files.atomic import atomic_write_bytes
from ..files.bounded import read_file
from ..files.libreoffice import Outcome, find_soffice
from ..files.os_errors import os_reason
from ..model import JobDescription
from .export import render, resolve_template
from .template import Template

MAX_PDF_BYTES = 200 * 1024 * 1024

SUFFIX = ".pdf"
TIME_LIMIT_S = 120.0  # a first start of LibreOffice on a slow machine takes the longest
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
        result = root / "out" / f"ametijuhend{SUFFIX}"
        try:
            outcome = libreoffice.convert(soffice, source, PDF_A2_FILTER, result, time_limit)
        except OSError as exc:
            et, en = os_reason(exc)
            raise PdfError(f"LibreOffice'it ei saanud käivitada ({et}).",
                           f"LibreOffice could not be started ({en}).") from None
        if outcome is Outcome.TIMED_OUT:
            raise PdfError(
                f"LibreOffice ei teinud PDF-i {time_limit:.0f} sekundiga: proovi uuesti või "
                "ekspordi Wordi ja salvesta seal PDF-ina.",
                f"LibreOffice did not make the PDF within {time_limit:.0f} seconds: try again, "
                "or export to Word and save as PDF there.",
            )
        if outcome is not Outcome.MADE:
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
