"""What every section form shares: its bindings, its lists, and following the model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...model import JobDescription
from ...model.paths import ModelPath, starts_with
from ..editor import DocumentEditor
from ..item_ops import ListOps
from .fields import Binding
from .list_editor import ListEditor


def positions_in(doc: JobDescription) -> list[str]:
    """Positions already written somewhere in the document, for completion."""
    g = doc.general
    found = [g.job_title, g.manager, *g.substituted_by, *g.substitutes,
             *(s.position for s in doc.signatories)]
    return [p for p in found if p.strip()]


def units_in(doc: JobDescription) -> list[str]:
    found = [doc.general.unit, *(r.text for r in doc.general.extra_rows
                                 if r.label.casefold().startswith("struktuuri"))]
    return [u for u in found if u.strip()]


class SectionForm(QWidget):
    """A page of the form stack; subclasses build widgets and register them here."""

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bindings: list[Binding] = []
        self.lists: list[ListEditor] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)

    # -- building helpers -------------------------------------------------------------

    def form_layout(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(form)
        return form

    def bind(self, pair: tuple[QWidget, Binding]) -> QWidget:
        widget, binding = pair
        self.bindings.append(binding)
        return widget

    def add_list(self, editor: ListEditor) -> ListEditor:
        self.lists.append(editor)
        self.layout_.addWidget(editor)
        return editor

    def hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)
        self.layout_.addWidget(label)
        return label

    def finish(self) -> None:
        self.layout_.addStretch(1)

    # -- following the model ----------------------------------------------------------

    def value_changed(self, path: ModelPath) -> None:
        for binding in self.bindings:
            if binding.path == path:
                binding.refresh()
        for editor in self.lists:
            editor.value_changed(path)
        if path == ("meta", "kind"):
            self.kind_changed()

    def list_changed(self, list_path: ModelPath) -> None:
        for editor in self.lists:
            editor.list_changed(list_path)

    def refresh_all(self) -> None:
        for binding in self.bindings:
            binding.refresh()
        for editor in self.lists:
            editor.refresh()
        self.kind_changed()

    def kind_changed(self) -> None:
        """Update wording that depends on ametnik/töötaja (placeholders, hints)."""

    def widget_for(self, path: ModelPath) -> QWidget | None:
        for editor in self.lists:
            if starts_with(path, editor.list_path):
                return editor.widget_for(path)
        for binding in self.bindings:
            if binding.path == path:
                return binding.widget
        candidates: Sequence[Binding] = [b for b in self.bindings if starts_with(b.path, path)]
        if candidates:
            return candidates[0].widget
        for editor in self.lists:
            if starts_with(editor.list_path, path):
                return editor.widget_for(editor.list_path)
        return None

    def ops(self) -> ListOps | None:
        """The item actions when the focus is in this form but in no list."""
        return None
