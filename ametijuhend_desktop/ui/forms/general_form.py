"""1. ÜLDOSA: title, unit, manager, substitutes and the older extra rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QToolButton, QWidget

from ...model import LabelledRow, SectionId
from ...model.paths import ModelPath
from ...model.wording import DEFAULT_HEADINGS, GENERAL_LABELS, general_labels
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

        heading = self.form_layout()
        heading.addRow(self.tr("Pealkiri"), self.bind(line_field(
            editor, ("general", "heading"),
            self.tr("vaikimisi: {heading}").format(heading=DEFAULT_HEADINGS[SectionId.GENERAL]))))
        form = self.form_layout()
        self.form = form
        form.addRow("1.1", self.bind(line_field(
            editor, ("general", "job_title"), self.tr("nt Peaspetsialist (ennetusteenus)"),
            positions)))
        form.addRow("1.2", self.bind(line_field(
            editor, ("general", "unit"), self.tr("osakond, talitus, tiim"),
            lambda: units_in(editor.doc))))
        form.addRow("1.3", self.bind(line_field(
            editor, ("general", "manager"), self.tr("vahetu juhi ametikoht"), positions)))
        position = Column(kind="line", placeholder=self.tr("ametikoht"), completions=positions)
        self.add_list(ListEditor(editor, ("general", "substituted_by"), ListSpec(
            "1.4", str, [position])))
        self.add_list(ListEditor(editor, ("general", "substitutes"), ListSpec(
            "1.5", str, [position])))
        self.add_list(ListEditor(editor, ("general", "extra_rows"), ListSpec(
            self.tr("Lisaread (vanemates ametijuhendites)"), LabelledRow, [
                Column("label", "line", self.tr("nimetus, nt Alluvad"),
                       completions=lambda: EXTRA_LABELS, stretch=1),  # short labels
                Column("text", "text", self.tr("sisu"), stretch=2),
            ])))
        # Rarely needed, so folded away unless the document has own labels.
        self.labels_toggle = QToolButton()
        self.labels_toggle.setText(self.tr("Ridade oma nimetused (vanemates ametijuhendites)"))
        self.labels_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.labels_toggle.setCheckable(True)
        self.labels_toggle.setAutoRaise(True)
        self.labels_toggle.toggled.connect(self._show_labels)
        self.layout_.addWidget(self.labels_toggle)
        self.labels_box = QWidget()
        label_form = QFormLayout(self.labels_box)
        label_form.setContentsMargins(18, 0, 0, 0)
        hint = QLabel(self.tr("Nt „Teenistuskoht” ametinimetuse asemel; tühi: tavaline nimetus."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        label_form.addRow(hint)
        for number, key in enumerate(GENERAL_LABELS, start=1):
            label_form.addRow(f"1.{number}", self.bind(line_field(
                editor, ("general", "labels", key), GENERAL_LABELS[key])))
        self.layout_.addWidget(self.labels_box)
        self._show_labels(False)
        self.labels_toggle.setChecked(any(vars(editor.doc.general.labels).values()))
        self.finish()
        self.kind_changed()

    def _show_labels(self, shown: bool) -> None:
        self.labels_box.setVisible(shown)
        self.labels_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def refresh_all(self) -> None:
        super().refresh_all()
        if any(vars(self.editor.doc.general.labels).values()):
            self.labels_toggle.setChecked(True)

    def widget_for(self, path: ModelPath) -> QWidget | None:
        if path[:2] == ("general", "labels"):
            self.labels_toggle.setChecked(True)
        return super().widget_for(path)

    def value_changed(self, path: ModelPath) -> None:
        super().value_changed(path)
        if path[:2] == ("general", "labels"):
            self.kind_changed()

    def kind_changed(self) -> None:
        """Row labels as the document prints them (older documents have their own)."""
        labels = general_labels(self.editor.doc)
        for row, key in enumerate(("job_title", "unit", "manager")):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(f"1.{row + 1} {labels[key]}")  # type: ignore[union-attr]
        self.lists[0].title.setText(f"<b>1.4 {labels['substituted_by']}</b>")
        self.lists[1].title.setText(f"<b>1.5 {labels['substitutes']}</b>")
