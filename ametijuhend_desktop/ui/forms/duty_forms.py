"""3. The duties: the section's own settings, and one duty with its results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from ...library.snippets import Category
from ...model import Duty, SectionId
from ...model.numbering import section_numbers
from ...model.pasted import duty_and_sub_items
from ...model.paths import DUTIES, ModelPath
from ...model.wording import DUTY_COLUMN, RESULT_COLUMN, wording
from ..editor import DocumentEditor
from ..item_ops import ListOps
from .base import SectionForm
from .fields import line_field, text_field
from .list_editor import ListEditor, ListSpec


def new_duty() -> Duty:
    return Duty("", [], [""])


class DutiesForm(SectionForm):
    """The heading and column names; the duties themselves are rows of the tree."""

    def __init__(self, editor: DocumentEditor, add_duty: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        form = self.form_layout()
        self.heading = self.bind(line_field(editor, ("duties", "heading")))
        form.addRow(self.tr("Pealkiri"), self.heading)
        form.addRow(self.tr("Ülesannete veerg"), self.bind(line_field(
            editor, ("duties", "duty_column"), self.tr("vaikimisi: {0}").format(DUTY_COLUMN))))
        form.addRow(self.tr("Tulemuste veerg"), self.bind(line_field(
            editor, ("duties", "result_column"), self.tr("vaikimisi: {0}").format(RESULT_COLUMN))))
        self.count = self.hint("")
        button = QPushButton(self.tr("Lisa ülesanne"))
        button.clicked.connect(add_duty)
        self.layout_.addWidget(button)
        self.finish()
        self.kind_changed()

    def kind_changed(self) -> None:
        default = wording(self.editor.doc.kind).duties_heading
        self.heading.setPlaceholderText(self.tr("vaikimisi: {0}").format(default))  # type: ignore[attr-defined]
        self.update_count()

    def list_changed(self, list_path: ModelPath) -> None:
        super().list_changed(list_path)
        if list_path == DUTIES:
            self.update_count()

    def update_count(self) -> None:
        n = len(self.editor.doc.duties.items)
        self.count.setText(self.tr("Ülesandeid: {0}. Vali ülesanne vasakult puust; "
                                   "järjekorda saab muuta lohistades või Ctrl+Üles/Alla.")
                           .format(n))


class DutyForm(SectionForm):
    """One duty: its text, optional sub-items ("sh:") and expected results."""

    def __init__(self, editor: DocumentEditor, ops: Callable[[], ListOps],
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.index = 0
        self._ops = ops
        self.number = QLabel()  # "Ülesanne 3.4": the title says the same, this names the field
        self.layout_.addWidget(self.number)
        text, binding = text_field(editor, (*DUTIES, 0, "text"), self.tr("Ülesande kirjeldus"),
                                   min_lines=3)
        text.paste_filter = lambda pasted: self._paste_duty(text, pasted)
        self.text = self.bind((text, binding))
        self.layout_.addWidget(self.text)
        self.sub_items = self.add_list(ListEditor(editor, (*DUTIES, 0, "sub_items"), ListSpec(
            self.tr("Alapunktid (kui tekst lõpeb „sh:”)"), str, marker="–")))
        self.results = self.add_list(ListEditor(editor, (*DUTIES, 0, "results"), ListSpec(
            self.tr("Oodatavad tulemused"), str, snippets=Category.RESULT)))
        self.finish()

    def _paste_duty(self, field: QPlainTextEdit, pasted: str) -> bool:
        """A duty copied with its "sh:" items: the text here, the items as sub-items."""
        split = duty_and_sub_items(pasted)
        if split is None:
            return False
        text, items = split
        cursor = field.textCursor()
        old = field.toPlainText()
        new = old[:cursor.selectionStart()] + text + old[cursor.selectionEnd():]
        duty = self.editor.doc.duties.items[self.index]
        keep = [s for s in duty.sub_items if s.strip()]
        path = (*DUTIES, self.index)
        with self.editor.one_step(self.tr("Kleebi ülesanne")):
            self.editor.set_value((*path, "text"), new)
            for i in reversed(range(len(duty.sub_items))):
                if not duty.sub_items[i].strip():
                    self.editor.remove((*path, "sub_items"), i)
            for offset, item in enumerate(items):
                self.editor.insert((*path, "sub_items"), len(keep) + offset, item)
        return True

    def bind_duty(self, index: int) -> None:
        """Show duty ``index`` (the tree selection moved, or duties were reordered)."""
        self.index = index
        self.bindings[0].rebind((*DUTIES, index, "text"))
        for editor, attr in ((self.sub_items, "sub_items"), (self.results, "results")):
            editor.set_list_path((*DUTIES, index, attr))
        self.update_number()

    def refresh_all(self) -> None:
        """A new document (New, Open, a reload) may have fewer duties than the index shown."""
        count = len(self.editor.doc.duties.items)
        if count == 0:
            return  # nothing to show; the tree offers no duty to select
        if self.index >= count:
            self.bind_duty(count - 1)
        super().refresh_all()

    def update_number(self) -> None:
        number = section_numbers(self.editor.doc)[SectionId.DUTIES]
        self.number.setText("<b>" + self.tr("Ülesanne {0}.{1}").format(number, self.index + 1)
                            + "</b>")

    def value_changed(self, path: ModelPath) -> None:
        super().value_changed(path)
        if path[-1] == "included":
            self.update_number()

    def ops(self) -> ListOps | None:
        return self._ops()
