"""1. ÜLDOSA: title, unit, manager, substitutes and the older extra rows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...model import LabelledRow
from ...model.wording import GENERAL_LABELS
from ..editor import DocumentEditor
from .base import SectionForm, positions_in, units_in
from .fields import line_field
from .list_editor import Column, ListEditor, ListSpec

EXTRA_LABELS = ("Alluvad", "Ametikoha grupp", "Teenistuskoht", "Riigisaladus", "Riigikaitse")


class GeneralForm(SectionForm):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)

        def positions() -> list[str]:
            return positions_in(editor.doc)

        form = self.form_layout()
        form.addRow(f"1.1 {GENERAL_LABELS['job_title']}", self.bind(line_field(
            editor, ("general", "job_title"), self.tr("nt Peaspetsialist (ennetusteenus)"),
            positions)))
        form.addRow(f"1.2 {GENERAL_LABELS['unit']}", self.bind(line_field(
            editor, ("general", "unit"), self.tr("osakond, talitus, tiim"),
            lambda: units_in(editor.doc))))
        form.addRow(f"1.3 {GENERAL_LABELS['manager']}", self.bind(line_field(
            editor, ("general", "manager"), self.tr("vahetu juhi ametikoht"), positions)))
        position = Column(kind="line", placeholder=self.tr("ametikoht"), completions=positions)
        self.add_list(ListEditor(editor, ("general", "substituted_by"), ListSpec(
            f"1.4 {GENERAL_LABELS['substituted_by']}", str, [position])))
        self.add_list(ListEditor(editor, ("general", "substitutes"), ListSpec(
            f"1.5 {GENERAL_LABELS['substitutes']}", str, [position])))
        self.add_list(ListEditor(editor, ("general", "extra_rows"), ListSpec(
            self.tr("Lisaread (vanemates ametijuhendites)"), LabelledRow, [
                Column("label", "line", self.tr("nimetus, nt Alluvad"),
                       completions=lambda: EXTRA_LABELS, stretch=1),
                Column("text", "text", self.tr("sisu"), stretch=2),
            ])))
        self.finish()
