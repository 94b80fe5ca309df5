"""The generated part of the Word document: sections, tables and the signature block.

Plain lxml elements with the template's style ids; the look is the template's. Section
numbers and duty numbers ("3.1") come from Word numbering linked to the heading and duty
styles, so a gap closes by itself when a section is left out, exactly as
``model.numbering`` counts (the tests check the two agree in the PDF).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lxml import etree

from ..model import JobDescription, PostKind, SectionId
from ..model.document import SECTION_ORDER, Requirements
from ..model.numbering import general_row_number
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
from .text import add_paragraph, w

Cell = list[tuple[str, str]]  # (style role, text) paragraphs of one table cell


class BodyBuilder:
    """Builds body elements for one document with one template's style ids."""

    def __init__(self, style_ids: Mapping[str, str], text_width: int) -> None:
        self.ids = style_ids
        self.width = text_width  # twips between the margins

    # -- small pieces -------------------------------------------------------------------

    def para(self, parent: etree._Element, role: str, text: str = "") -> etree._Element:
        return add_paragraph(parent, self.ids[role], text)

    def table(
        self,
        parent: etree._Element,
        fractions: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        *,
        style: str = "table",
        header_rows: int = 0,
        cant_split: bool = False,
    ) -> etree._Element:
        """A table at full text width; each cell a list of (role, text) paragraphs."""
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
                for role, text in cell or [("cell", "")]:
                    self.para(tc, role, text)
        return tbl

    def spacer(self, parent: etree._Element) -> None:
        """An empty paragraph: two tables side by side would merge into one in Word."""
        self.para(parent, "cell")

    # -- sections -----------------------------------------------------------------------

    def content(self, doc: JobDescription) -> list[etree._Element]:
        holder = etree.Element(w("body"))
        for section in SECTION_ORDER:
            if not doc.is_included(section):
                continue
            self.para(holder, "heading", section_heading(doc, section))
            getattr(self, f"_{section.value}")(holder, doc)
        return list(holder)

    def _general(self, holder: etree._Element, doc: JobDescription) -> None:
        g, labels = doc.general, general_labels(doc)
        first: list[Cell] = [
            [("label", f"{general_row_number(0)} {labels['job_title']}")],
            [("label", f"{general_row_number(1)} {labels['unit']}")],
        ]
        self.table(holder, (0.5, 0.5), [first, [[("cell", g.job_title)], [("cell", g.unit)]]])
        self.spacer(holder)
        second: list[Cell] = [
            [("label", f"{general_row_number(2)} {labels['manager']}")],
            [("label", f"{general_row_number(3)} {labels['substituted_by']}")],
            [("label", f"{general_row_number(4)} {labels['substitutes']}")],
        ]
        values: list[Cell] = [
            [("cell", g.manager)],
            [("cell", text) for text in g.substituted_by],
            [("cell", text) for text in g.substitutes],
        ]
        self.table(holder, (1 / 3, 1 / 3, 1 / 3), [second, values])
        if g.extra_rows:
            self.spacer(holder)
            rows = [[[("label", row.label)], [("cell", row.text)]] for row in g.extra_rows]
            self.table(holder, (0.35, 0.65), rows)

    def _purpose(self, holder: etree._Element, doc: JobDescription) -> None:
        for text in doc.purpose.paragraphs:
            self.para(holder, "body", text)

    def _duties(self, holder: etree._Element, doc: JobDescription) -> None:
        duty_col, result_col = duty_columns(doc)
        rows: list[list[Cell]] = [[[("label", duty_col)], [("label", result_col)]]]
        for duty in doc.duties.items:
            left: Cell = [("duty", duty.text)] + [("sub_bullet", s) for s in duty.sub_items]
            rows.append([left, [("bullet", r) for r in duty.results]])
        self.table(holder, (0.55, 0.45), rows, header_rows=1, cant_split=True)

    def _bullets(self, holder: etree._Element, doc: JobDescription, section: SectionId) -> None:
        intro = bullet_intro(doc, section)
        if intro:
            p = self.para(holder, "body", intro)
            p[0].append(etree.Element(w("keepNext")))  # the intro stays with its first bullet
        for text in getattr(doc, section.value).items:
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
            self.table(holder, (0.3, 0.7), [[[("label", label)], cell] for label, cell in rows])

    def _review(self, holder: etree._Element, doc: JobDescription) -> None:
        self.para(holder, "body", doc.review.text)

    # -- signatures ---------------------------------------------------------------------

    def signatures(self, doc: JobDescription) -> list[etree._Element]:
        """Ametnik: the approver's block; töötaja: both parties under "Poolte allkirjad:"."""
        holder = etree.Element(w("body"))
        if not doc.signatories:
            return []
        parties = doc.kind is PostKind.TOOTAJA
        self.para(holder, "body")
        if parties:
            self.para(holder, "signature", PARTIES_SIGNATURES)
            self.para(holder, "signature")
        cells: list[Cell] = []
        for signatory in doc.signatories:
            cell: Cell = []
            if parties:
                cell += [("signature", f"{ROLE_LABELS[signatory.role]}:"), ("signature", "")]
            cell.append(("signature", SIGNED_DIGITALLY))
            cell += [("signature", t) for t in (signatory.name, signatory.position) if t]
            cells.append(cell)
        per_row = 2 if len(cells) <= 4 else 3
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [[] for _ in range(per_row - len(rows[-1]))]
        self.table(holder, [1 / per_row] * per_row, rows, style="signatures", cant_split=True)
        return list(holder)


def requirement_rows(req: Requirements) -> list[tuple[str, Cell]]:
    """Label and cell of each row: the free rows with Keeleoskus at its index, then the
    competencies. Rows for languages or competencies are left out when there are none."""
    rows: list[tuple[str, Cell]] = [(r.label, [("cell", r.text)]) for r in req.rows]
    if req.languages:
        at = max(0, min(req.languages_index, len(rows)))
        rows.insert(at, (req.languages_label, [("cell", language_sentence(x)) for x in req.languages]))
    if req.competency_groups:
        cell: Cell = []
        for group in req.competency_groups:
            cell.append(("group", f"{group.name}:"))
            cell += [("bullet", b) for b in group.behaviours]
        rows.append((req.competencies_label, cell))
    if req.additional:
        items = [": ".join(p for p in (a.name, a.description) if p) for a in req.additional]
        rows.append((req.additional_label, [("bullet", text) for text in items]))
    return rows
