"""The signature block: who signs, by role."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...model import PostKind, Signatory, SignatoryRole
from ...model.wording import ROLE_LABELS
from ..editor import DocumentEditor
from .base import SectionForm, positions_in
from .list_editor import Column, ListEditor, ListSpec


class SignatoriesForm(SectionForm):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.kind_hint = self.hint("")

        def make() -> Signatory:
            kind = editor.doc.kind
            role = SignatoryRole.APPROVER if kind is PostKind.AMETNIK else SignatoryRole.EMPLOYER
            return Signatory(role, "", "")

        self.add_list(ListEditor(editor, ("signatories",), ListSpec(
            self.tr("Allkirjastajad"), make, [
                Column("role", "combo", stretch=0,
                       choices=[(ROLE_LABELS[r], r) for r in SignatoryRole]),
                Column("name", "line", self.tr("nimi")),
                Column("position", "line", self.tr("ametikoht"),
                       completions=lambda: positions_in(editor.doc)),
            ])))
        self.finish()
        self.kind_changed()

    def kind_changed(self) -> None:
        if self.editor.doc.kind is PostKind.AMETNIK:
            self.kind_hint.setText(self.tr("Ametniku ametijuhendi allkirjastab kinnitaja."))
        else:
            self.kind_hint.setText(self.tr("Töötaja ametijuhendi allkirjastavad mõlemad pooled: "
                                           "tööandja ja töötaja."))
