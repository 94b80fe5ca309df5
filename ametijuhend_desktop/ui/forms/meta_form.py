"""Document data: kind of post, organisation, approval, version and dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QRadioButton, QWidget

from ...model import PostKind
from ...model.paths import ModelPath
from ...model.wording import wording
from ..editor import DocumentEditor
from .base import SectionForm, positions_in
from .fields import Binding, date_field, line_field


class MetaForm(SectionForm):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        kind_box = QGroupBox(self.tr("Ametikoha liik"))
        row = QHBoxLayout(kind_box)
        self.ametnik = QRadioButton(self.tr("Ametnik (avaliku teenistuse seadus)"))
        self.tootaja = QRadioButton(self.tr("Töötaja (töölepingu seadus)"))
        group = QButtonGroup(self)
        group.addButton(self.ametnik)
        group.addButton(self.tootaja)
        row.addWidget(self.ametnik)
        row.addWidget(self.tootaja)
        row.addStretch(1)
        self.layout_.addWidget(kind_box)

        def read() -> Any:
            # Neither checked (a form just built) is no kind: refresh() then checks one.
            if self.ametnik.isChecked():
                return PostKind.AMETNIK
            return PostKind.TOOTAJA if self.tootaja.isChecked() else None

        def write(value: Any) -> None:
            (self.ametnik if value is PostKind.AMETNIK else self.tootaja).setChecked(True)

        kind = Binding(editor, ("meta", "kind"), self.ametnik, read, write)
        Binding(editor, ("meta", "kind"), self.tootaja, read, write)
        # The approval and the signatories follow the kind, in the same undo step.
        group.buttonClicked.connect(lambda _b: editor.switch_kind(read()))
        self.bindings.append(kind)
        kind.refresh()
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)
        self.layout_.addWidget(self.kind_hint)

        form = self.form_layout()
        form.addRow(self.tr("Asutus"), self.bind(line_field(
            editor, ("meta", "organisation"), self.tr("nt Sotsiaalkindlustusamet"))))

        self.approval = QGroupBox(self.tr("Kinnitamine (ametniku ametijuhend)"))
        approval = self._group_form(self.approval)
        approval.addRow(self.tr("Kinnitaja"), self.bind(line_field(
            editor, ("meta", "approval", "approver"), self.tr("nt peadirektori"),
            lambda: positions_in(editor.doc))))
        approval.addRow(self.tr("Käskkirja kuupäev"), self.bind(date_field(
            editor, ("meta", "approval", "date"))))
        approval.addRow(self.tr("Käskkirja number"), self.bind(line_field(
            editor, ("meta", "approval", "directive_number"), self.tr("nt 1-1/23"))))
        approval.addRow(self.tr("Lisa"), self.bind(line_field(
            editor, ("meta", "approval", "annex"), self.tr("nt Lisa 2"))))

        document = QGroupBox(self.tr("Dokument"))
        doc_form = self._group_form(document)
        doc_form.addRow(self.tr("Versioon"), self.bind(line_field(editor, ("meta", "version"))))
        doc_form.addRow(self.tr("Kehtib alates"), self.bind(date_field(
            editor, ("meta", "effective_date"))))
        doc_form.addRow(self.tr("Viimati üle vaadatud"), self.bind(date_field(
            editor, ("meta", "last_review"))))
        doc_form.addRow(self.tr("Koostaja"), self.bind(line_field(editor, ("meta", "author"))))
        self.finish()
        self.kind_changed()

    def _group_form(self, box: QGroupBox) -> Any:
        form = self.form_layout()
        self.layout_.removeItem(form)
        box.setLayout(form)
        self.layout_.addWidget(box)
        return form

    def kind_changed(self) -> None:
        kind = self.editor.doc.kind
        w = wording(kind)
        if kind is PostKind.AMETNIK:
            text = self.tr("Päises: „{header}” ja kinnitamise rida; ülesannete pealkiri "
                           "„{duties}”; allkirjastab kinnitaja.")
        else:
            text = self.tr("Päises: „{header}”; ülesannete pealkiri „{duties}”; "
                           "allkirjastavad tööandja ja töötaja.")
        self.kind_hint.setText(text.format(header=w.header, duties=w.duties_heading))
        self.approval.setVisible(kind is PostKind.AMETNIK or self._has_approval())

    def value_changed(self, path: ModelPath) -> None:
        super().value_changed(path)
        # Switching to töötaja empties the approval after the kind: the box goes then.
        if path[:2] == ("meta", "approval") and not self.approval.isAncestorOf(
                self.focusWidget()):
            self.kind_changed()

    def _has_approval(self) -> bool:
        a = self.editor.doc.meta.approval
        return bool(a.approver or a.date or a.directive_number or a.annex)
