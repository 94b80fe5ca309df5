"""7. Requirements: labelled rows, languages with CEFR levels, competencies."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from ...library.snippets import Category
from ...model import AdditionalCompetency, Cefr, CompetencyGroup, LabelledRow, Language, SectionId
from ...model.paths import ModelPath
from ..editor import DocumentEditor
from .fields import Binding, line_field
from .list_editor import Column, ListEditor, ListSpec
from .simple_forms import _OptionalSection

LANGUAGES = ("eesti", "inglise", "vene", "soome", "saksa", "prantsuse", "läti", "leedu",
             "rootsi", "ukraina")


class RequirementsForm(_OptionalSection):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, SectionId.REQUIREMENTS, parent)
        r: ModelPath = ("requirements",)
        self.add_list(ListEditor(editor, (*r, "rows"), ListSpec(self.tr("Nõuded"), LabelledRow, [
            Column("label", "text", self.tr("nt Haridus"), stretch=1),  # wraps, never clipped
            Column("text", "text", self.tr("nõue"), stretch=2),
        ])))

        languages = self.form_layout()
        languages.addRow(self.tr("Keeleoskuse rea nimetus"), self.bind(line_field(
            editor, (*r, "languages_label"))))
        self.position = QSpinBox()
        self.position.setRange(1, 99)  # the reader clamps it to the rows there are
        binding = Binding(editor, (*r, "languages_index"), self.position,
                          lambda: self.position.value() - 1,
                          lambda v: self.position.setValue(int(v) + 1))
        self.position.valueChanged.connect(lambda _v: binding.edited())
        self.bindings.append(binding)
        languages.addRow(self.tr("Keeleoskuse rea koht nõuete seas"), self.position)
        self.add_list(ListEditor(editor, (*r, "languages"), ListSpec(
            self.tr("Keeled"), lambda: Language("", Cefr.B2, True, ""), [
                Column("name", "line", self.tr("keel, nt inglise"),
                       completions=lambda: LANGUAGES),
                Column("level", "combo", choices=[(c.value, c) for c in Cefr], stretch=0),
                Column("required", "combo", stretch=0, choices=[
                    (self.tr("nõutav"), True), (self.tr("kasuks tuleb"), False)]),
                Column("wording", "line", self.tr("oma sõnastus (vaikimisi luuakse lause)"),
                       stretch=2),
            ])))

        competencies = self.form_layout()
        competencies.addRow(self.tr("Kompetentside rea nimetus"), self.bind(line_field(
            editor, (*r, "competencies_label"))))
        behaviours = ListSpec(self.tr("Käitumised"), str, snippets=Category.BEHAVIOUR)
        self.add_list(ListEditor(editor, (*r, "competency_groups"), ListSpec(
            self.tr("Kompetentsigrupid"), lambda: CompetencyGroup("", [""]), [
                Column("name", "line", self.tr("grupi nimi, nt Koostöövõime")),
                Column("behaviours", "list", nested=behaviours),
            ], marker="#")))
        additional = self.form_layout()
        additional.addRow(self.tr("Täiendavate kompetentside rea nimetus"), self.bind(line_field(
            editor, (*r, "additional_label"))))
        self.add_list(ListEditor(editor, (*r, "additional"), ListSpec(
            self.tr("Täiendavad kompetentsid"), AdditionalCompetency, [
                Column("name", "text", self.tr("nimi")),
                Column("description", "text", self.tr("kirjeldus"), stretch=2),
            ])))
        self.finish()

