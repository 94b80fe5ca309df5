"""The sections that are a heading and some text: purpose, rights, responsibilities,
work tools, the review clause."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...library.snippets import Category
from ...model import SectionId
from ...model.wording import DEFAULT_HEADINGS, bullet_intro
from ..editor import DocumentEditor
from .base import SectionForm
from .fields import Binding, check_field, line_field, text_field
from .list_editor import ListEditor, ListSpec


class _OptionalSection(SectionForm):
    """Included switch and own heading, shared by every optional section."""

    def __init__(self, editor: DocumentEditor, section: SectionId,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.section = section
        key = section.value
        self.layout_.addWidget(self.bind(check_field(
            editor, (key, "included"), self.tr("See osa on ametijuhendis"))))
        self.form = self.form_layout()
        self.form.addRow(self.tr("Pealkiri"), self.bind(line_field(
            editor, (key, "heading"),
            self.tr("vaikimisi: {heading}").format(heading=DEFAULT_HEADINGS[section]))))


class PurposeForm(_OptionalSection):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, SectionId.PURPOSE, parent)
        self.add_list(ListEditor(editor, ("purpose", "paragraphs"), ListSpec(
            self.tr("Lõigud"), str, marker="¶")))
        self.finish()


class TextSectionForm(_OptionalSection):
    """Work tools and the review clause: one paragraph."""

    def __init__(self, editor: DocumentEditor, section: SectionId,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, section, parent)
        self.form.addRow(self.tr("Tekst"), self.bind(text_field(
            editor, (section.value, "text"), min_lines=3)))
        self.finish()


class BulletsForm(_OptionalSection):
    """Rights or responsibilities: an intro line (default by kind, own, or none) and bullets."""

    def __init__(self, editor: DocumentEditor, section: SectionId,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, section, parent)
        key = section.value
        self.own_intro = QCheckBox(self.tr("Oma sissejuhatus"))
        self.intro = QLineEdit()
        self.form.addRow(self.own_intro, self.intro)

        def read() -> Any:
            return self.intro.text() if self.own_intro.isChecked() else None

        def write(value: Any) -> None:
            self.own_intro.setChecked(value is not None)
            self.intro.setEnabled(value is not None)
            self.intro.setText(bullet_intro(editor.doc, section))

        intro = Binding(editor, (key, "intro"), self.intro, read, write)
        Binding(editor, (key, "intro"), self.own_intro, read, write)
        self.intro.textEdited.connect(lambda _t: intro.edited())
        self.own_intro.toggled.connect(lambda _on: self._toggle(intro))
        self.bindings.append(intro)
        self._intro = intro
        intro._updating = True
        write(getattr(editor.doc, key).intro)
        intro._updating = False
        # Under the intro it explains, not below a long list of bullets.
        self.intro_hint = self.hint(
            self.tr("Tühi sissejuhatus tähendab, et sissejuhatavat rida ei trükita."))
        title = self.tr("Õigused") if section is SectionId.RIGHTS else self.tr("Vastutus")
        self.bullets = self.add_list(ListEditor(editor, (key, "items"), ListSpec(
            title, str, snippets=Category(key))))
        self.finish()

    def _toggle(self, intro: Binding) -> None:
        self.intro.setEnabled(self.own_intro.isChecked())
        intro.edited()

    def kind_changed(self) -> None:
        if getattr(self.editor.doc, self.section.value).intro is None:
            self._intro.refresh()
            self.intro.setText(bullet_intro(self.editor.doc, self.section))
