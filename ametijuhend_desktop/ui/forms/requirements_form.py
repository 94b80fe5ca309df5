"""7. Requirements: labelled rows, languages with CEFR levels, competencies."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

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
        # Where the languages row goes, named by its neighbour: a number box showed the
        # wrong number and its ▲ moved the row down.
        self.position = QComboBox()
        self.position.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        binding = Binding(editor, (*r, "languages_index"), self.position,
                          lambda: self.position.currentIndex(), self._show_position)
        self.position.activated.connect(lambda _i: binding.edited())
        self.bindings.append(binding)
        self._position_binding = binding
        self._fill_positions()
        languages.addRow(self.tr("Keeleoskuse rea koht nõuete seas"), self.position)
        self.add_list(ListEditor(editor, (*r, "languages"), ListSpec(
            self.tr("Keeled"), lambda: Language("", Cefr.B2, True, ""), [
                Column("name", "line", self.tr("keel, nt inglise"),
                       completions=lambda: LANGUAGES),
                Column("level", "combo", choices=[(c.value, c) for c in Cefr], stretch=0),
                Column("required", "combo", stretch=0, choices=[
                    (self.tr("nõutav"), True), (self.tr("kasuks tuleb"), False)]),
                Column("wording", "text", self.tr("oma sõnastus (vaikimisi luuakse lause)"),
                       own_line=True,
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

    def _fill_positions(self) -> None:
        rows = self.editor.doc.requirements.rows
        choices = [self.tr("esimesena")] + [
            self.tr("pärast „{0}”").format(row.label.strip() or self.tr("rida {0}").format(i + 1))
            for i, row in enumerate(rows)]
        if [self.position.itemText(i) for i in range(self.position.count())] != choices:
            self.position.clear()
            self.position.addItems(choices)
        self._show_position(self.editor.doc.requirements.languages_index)

    def _show_position(self, value: object) -> None:
        index = value if isinstance(value, int) else 0
        self.position.setCurrentIndex(max(0, min(index, self.position.count() - 1)))

    def value_changed(self, path: ModelPath) -> None:
        super().value_changed(path)
        if path[:2] == ("requirements", "rows"):
            self._fill_positions()  # a label was renamed

    def list_changed(self, list_path: ModelPath) -> None:
        super().list_changed(list_path)
        if list_path == ("requirements", "rows"):
            self._fill_positions()

    def refresh_all(self) -> None:
        super().refresh_all()
        self._fill_positions()

