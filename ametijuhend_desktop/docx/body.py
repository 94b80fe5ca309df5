"""The generated part of the Word document: sections, tables and the signature block.

Plain lxml elements with the template's style ids; the look is the template's. Section
numbers and duty numbers ("3.1") come from Word numbering linked to the heading and duty
styles, so a gap closes by itself when a section is left out or empty, exactly as
``model.numbering`` counts (the tests check the two agree in the PDF).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from lxml import etree

from ..model import JobDescription, PostKind, SectionId
from ..model.document import Requirements
from ..model.numbering import general_row_number, section_numbers
from ..model.printing import comma_list
from ..model.wording import (
    PARTIES_SIGNATURES,
    ROLE_LABELS,
    SIGNED_DIGITALLY,
    bullet_intro,
    duty_columns,
    general_labels,
    language_sentence,
    section_heading,
)
from .text import add_paragraph, add_run, w


class Para(NamedTuple):
    """One paragraph of a table cell: a style role, its text, and a bold head before it
    (a competency's name heads its item, as in the agency's documents)."""

    role: str
    text: str
    head: str = ""


Cell = list[Para]

# A row estimated at more lines than this may break across pages; a shorter one is kept
# whole. A page holds about 50 lines of Times 12: a quarter page moved whole costs little,
# while a row taller than a page marked "can't split" is cut off by Word and LibreOffice.
KEEP_WHOLE_LINES = 12
_TWIPS_PER_CHAR = 110  # an average Times New Roman 12 character with its spacing
_CELL_MARGINS = 216  # left and right cell margins of the template's table styles


def estimated_lines(cell: Cell, width: int) -> int:
    """Roughly how many printed lines a cell takes at ``width`` twips."""
    per_line = max(8, (width - _CELL_MARGINS) // _TWIPS_PER_CHAR)
    lines = 0
    for para in cell:
        for line in (para.head + para.text).split("\n"):
            lines += max(1, math.ceil(len(line) / per_line))
    return lines


class BodyBuilder:
    """Builds body elements for one document with one template's style ids."""

    def __init__(self, style_ids: Mapping[str, str], text_width: int) -> None:
        self.ids = style_ids
        self.width = text_width  # twips between the margins

    # -- small pieces -------------------------------------------------------------------

    def para(self, parent: etree._Element, role: str, text: str = "", head: str = "") -> etree._Element:
        p = add_paragraph(parent, self.ids[role], "" if head else text)
        if head:
            add_run(p, head, bold=True)
            if text:
                add_run(p, text)
        return p

    def table(
        self,
        parent: etree._Element,
        fractions: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        *,
        style: str = "table",
        header_rows: int = 0,
        keep_short_rows: bool = False,
    ) -> etree._Element:
        """A table at full text width; each cell a list of paragraphs.

        ``keep_short_rows``: a row that fits comfortably on a page never breaks across
        pages; a longer one may, so that none of its text is lost.
        """
        tbl = etree.SubElement(parent, w("tbl"))
        pr = etree.SubElement(tbl, w("tblPr"))
        etree.SubElement(pr, w("tblStyle")).set(w("val"), self.ids[style])
        width = etree.SubElement(pr, w("tblW"))
        width.set(w("w"), "5000")
        width.set(w("type"), "pct")
        etree.SubElement(pr, w("tblLayout")).set(w("type"), "fixed")
        look = etree.SubElement(pr, w("tblLook"))
        look.set(w("val"), "04A0")
        grid = etree.SubElement(tbl, w("tblGrid"))
        widths = [str(int(self.width * f)) for f in fractions]
        for cw in widths:
            etree.SubElement(grid, w("gridCol")).set(w("w"), cw)
        for index, row in enumerate(rows):
            tr = etree.SubElement(tbl, w("tr"))
            cant_split = keep_short_rows and max(
                estimated_lines(cell, int(cw)) for cw, cell in zip(widths, row, strict=True)
            ) <= KEEP_WHOLE_LINES
            if index < header_rows or cant_split:
                trpr = etree.SubElement(tr, w("trPr"))
                if cant_split:
                    etree.SubElement(trpr, w("cantSplit"))
                if index < header_rows:
                    etree.SubElement(trpr, w("tblHeader"))
            for cw, cell in zip(widths, row, strict=True):
                tc = etree.SubElement(tr, w("tc"))
                tcw = etree.SubElement(etree.SubElement(tc, w("tcPr")), w("tcW"))
                tcw.set(w("w"), cw)
                tcw.set(w("type"), "dxa")
                for para in cell or [Para("cell", "")]:
                    self.para(tc, *para)
        return tbl

    def spacer(self, parent: etree._Element) -> None:
        """An empty paragraph: two tables side by side would merge into one in Word."""
        self.para(parent, "cell")

    def _sections(self) -> Mapping[SectionId, Callable[[etree._Element, JobDescription], None]]:
        return {
            SectionId.GENERAL: self._general,
            SectionId.PURPOSE: self._purpose,
            SectionId.DUTIES: self._duties,
            SectionId.RIGHTS: self._rights,
            SectionId.RESPONSIBILITIES: self._responsibilities,
            SectionId.TOOLS: self._tools,
            SectionId.REQUIREMENTS: self._requirements,
            SectionId.REVIEW: self._review,
        }

    # -- sections -----------------------------------------------------------------------

    def content(self, holder: etree._Element, doc: JobDescription) -> None:
        """The numbered sections, appended to ``holder``; one left out or left empty prints
        nothing."""
        build = self._sections()
        for section in section_numbers(doc):
            self.para(holder, "heading", section_heading(doc, section))
            build[section](holder, doc)

    def _general(self, holder: etree._Element, doc: JobDescription) -> None:
        g, labels = doc.general, general_labels(doc)
        first: list[Cell] = [
            [Para("label", f"{general_row_number(0)} {labels['job_title']}")],
            [Para("label", f"{general_row_number(1)} {labels['unit']}")],
        ]
        self.table(holder, (0.5, 0.5), [first, [[Para("cell", g.job_title)], [Para("cell", g.unit)]]])
        self.spacer(holder)
        second: list[Cell] = [
            [Para("label", f"{general_row_number(2)} {labels['manager']}")],
            [Para("label", f"{general_row_number(3)} {labels['substituted_by']}")],
            [Para("label", f"{general_row_number(4)} {labels['substitutes']}")],
        ]
        values: list[Cell] = [
            [Para("cell", g.manager)],
            [Para("cell", comma_list(g.substituted_by))],
            [Para("cell", comma_list(g.substitutes))],
        ]
        self.table(holder, (1 / 3, 1 / 3, 1 / 3), [second, values])
        if g.extra_rows:
            self.spacer(holder)
            rows = [[[Para("label", row.label)], [Para("cell", row.text)]] for row in g.extra_rows]
            self.table(holder, (0.35, 0.65), rows)

    def _purpose(self, holder: etree._Element, doc: JobDescription) -> None:
        for text in doc.purpose.paragraphs:
            if text.strip():
                self.para(holder, "body", text)

    def _duties(self, holder: etree._Element, doc: JobDescription) -> None:
        duty_col, result_col = duty_columns(doc)
        rows: list[list[Cell]] = [[[Para("label", duty_col)], [Para("label", result_col)]]]
        for duty in doc.duties.items:
            left: Cell = [Para("duty", duty.text)] + [Para("sub_bullet", s) for s in duty.sub_items]
            rows.append([left, [Para("bullet", r) for r in duty.results]])
        self.table(holder, (0.55, 0.45), rows, header_rows=1, keep_short_rows=True)

    def _bullets(self, holder: etree._Element, doc: JobDescription, section: SectionId) -> None:
        intro = bullet_intro(doc, section)
        if intro:
            p = self.para(holder, "body", intro)
            p[0].append(etree.Element(w("keepNext")))  # the intro stays with its first bullet
        for text in getattr(doc, section.value).items:
            if text.strip():
                self.para(holder, "bullet", text)

    def _rights(self, holder: etree._Element, doc: JobDescription) -> None:
        self._bullets(holder, doc, SectionId.RIGHTS)

    def _responsibilities(self, holder: etree._Element, doc: JobDescription) -> None:
        self._bullets(holder, doc, SectionId.RESPONSIBILITIES)

    def _tools(self, holder: etree._Element, doc: JobDescription) -> None:
        self.para(holder, "body", doc.tools.text)

    def _requirements(self, holder: etree._Element, doc: JobDescription) -> None:
        rows = requirement_rows(doc.requirements)
        if rows:
            self.table(holder, (0.3, 0.7), [[[Para("label", label)], cell] for label, cell in rows])

    def _review(self, holder: etree._Element, doc: JobDescription) -> None:
        self.para(holder, "body", doc.review.text)

    # -- signatures ---------------------------------------------------------------------

    def signatures(self, holder: etree._Element, doc: JobDescription) -> None:
        """Appended to ``holder``: ametnik, the approver's block; töötaja, both parties
        under "Poolte allkirjad:"."""
        if not doc.signatories:
            return
        parties = doc.kind is PostKind.TOOTAJA
        self.para(holder, "body")
        if parties:
            self.para(holder, "signature", PARTIES_SIGNATURES)
            self.para(holder, "signature")
        cells: list[Cell] = []
        for signatory in doc.signatories:
            cell: Cell = []
            if parties:
                cell += [Para("signature", f"{ROLE_LABELS[signatory.role]}:"), Para("signature", "")]
            cell.append(Para("signature", SIGNED_DIGITALLY))
            cell += [Para("signature", t) for t in (signatory.name, signatory.position) if t]
            cells.append(cell)
        per_row = 2 if len(cells) <= 4 else 3
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [[] for _ in range(per_row - len(rows[-1]))]
        # No "can't split" here: the style's keep-with-next holds a signature together, and
        # LibreOffice moves the closing paragraph after such a last row onto a blank page.
        self.table(holder, [1 / per_row] * per_row, rows, style="signatures")


def requirement_rows(req: Requirements) -> list[tuple[str, Cell]]:
    """Label and cell of each row: the free rows with Keeleoskus at its index, then the
    competencies. Rows for languages or competencies are left out when there are none."""
    rows: list[tuple[str, Cell]] = [(r.label, [Para("cell", r.text)]) for r in req.rows]
    if req.languages:
        at = max(0, min(req.languages_index, len(rows)))
        rows.insert(at, (req.languages_label, [Para("cell", language_sentence(x)) for x in req.languages]))
    if req.competency_groups:
        cell: Cell = []
        for group in req.competency_groups:
            cell.append(Para("group", "", f"{group.name}:"))
            cell += [Para("bullet", b) for b in group.behaviours]
        rows.append((req.competencies_label, cell))
    if req.additional:
        items = [Para("bullet", f": {a.description}" if a.name and a.description else a.description,
                      a.name) for a in req.additional]
        rows.append((req.additional_label, items))
    return rows

