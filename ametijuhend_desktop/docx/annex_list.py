"""The list of a directive's annexes as a Word table, for the directive's own body.

The directive ("käskkiri") is written in the agency's document system, not here: this
file only carries the table to paste into it, so it is plain Word (Times New Roman 12,
A4, a grid table) rather than the job-description template.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from ..files.atomic import atomic_write_bytes

HEADERS = {"et": ("Lisa", "Ametinimetus", "Struktuuriüksus", "Fail"),
           "en": ("Annex", "Job title", "Structural unit", "File")}


@dataclass(frozen=True)
class AnnexRow:
    annex: str  # "Lisa 1"
    title: str
    unit: str
    file: str


def write_annex_list(rows: Sequence[AnnexRow], heading: str, out: Path, lang: str = "et") -> Path:
    """Write the table of ``rows`` under ``heading`` to ``out`` atomically."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    title = document.add_paragraph()
    title.add_run(heading).bold = True
    table = document.add_table(rows=1, cols=4)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, HEADERS[lang], strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (row.annex, row.title, row.unit, row.file), strict=True):
            cell.text = text
    document.add_paragraph()  # Word wants a paragraph after a final table
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
    return out
