"""The settings dialog: organisation, default signatory, Word template, language, and
how many earlier versions to keep. A chosen template is checked at once, and the dialog
says in plain words what is wrong with it rather than failing at export time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..storage.backups import DEFAULT_KEEP, MAX_KEEP
from .settings import AppSettings, user_templates_dir


@dataclass
class Preferences:
    organisation: str
    default_signatory: str
    template_path: str
    language: str
    backup_count: int = DEFAULT_KEEP

    @classmethod
    def from_settings(cls, settings: AppSettings) -> Preferences:
        return cls(settings.organisation, settings.default_signatory, settings.template_path,
                   settings.language, settings.backup_count)

    def store(self, settings: AppSettings) -> None:
        settings.organisation = self.organisation
        settings.default_signatory = self.default_signatory
        settings.template_path = self.template_path
        settings.language = self.language
        settings.backup_count = self.backup_count
        settings.sync()


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, settings_file: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = prefs.language  # the language the window speaks now
        self.setWindowTitle(self.tr("Seaded"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.organisation = QLineEdit(prefs.organisation)
        self.organisation.setPlaceholderText(self.tr("nt Sotsiaalkindlustusamet"))
        form.addRow(self.tr("Asutus"), self.organisation)
        self.signatory = QLineEdit(prefs.default_signatory)
        self.signatory.setPlaceholderText(self.tr("uue ametijuhendi kinnitaja või tööandja"))
        form.addRow(self.tr("Vaikimisi allkirjastaja"), self.signatory)
        self.template = QLineEdit(prefs.template_path)
        self.template.setPlaceholderText(self.tr("programmi oma mall"))
        browse = QPushButton(self.tr("Vali…"))
        browse.clicked.connect(self._choose_template)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Wordi mall"), row)
        self.template_problem = QLabel()
        self.template_problem.setWordWrap(True)
        self.template_problem.setStyleSheet("color: #b00020;")
        self.template_problem.hide()
        form.addRow("", self.template_problem)
        self.template.editingFinished.connect(self._check_template)
        self.backups = QSpinBox()
        self.backups.setRange(0, MAX_KEEP)
        self.backups.setValue(prefs.backup_count)
        self.backups.setToolTip(self.tr("Iga salvestus jätab eelmise versiooni alles; "
                                        "vanemad kustutatakse."))
        form.addRow(self.tr("Varasemaid versioone alles"), self.backups)
        self.language = QComboBox()
        self.language.addItem("Eesti", "et")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        form.addRow(self.tr("Keel"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Seaded: {0}\nOmad mallid: {1}").format(settings_file,
                                                                      user_templates_dir()))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Salvesta"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Loobu"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose_template(self) -> None:
        start = self.template.text() or str(user_templates_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Wordi mall"), start,
                                              self.tr("Wordi mallid (*.docx *.dotx)"))
        if path:
            self.template.setText(path)
            self._check_template()

    def _check_template(self) -> bool:
        """Check the chosen template now; show what is wrong with it under the field."""
        path = self.template.text().strip()
        problem, notes = "", ""
        if path:
            # Here, not at the top: python-docx costs a sixth of the start-up time.
            from ..docx.template import check_template

            try:
                notes = "\n".join(note.message(self.lang) for note in check_template(path))
            except UserError as exc:
                problem = exc.message(self.lang)
        # A problem in red; what exports will leave out of a usable template, plainly.
        self.template_problem.setStyleSheet("color: #b00020;" if problem else "")
        self.template_problem.setText(problem or notes)
        self.template_problem.setVisible(bool(problem or notes))
        return not problem

    def _accept_if_valid(self) -> None:
        if self._check_template():
            self.accept()

    def preferences(self) -> Preferences:
        return Preferences(self.organisation.text(), self.signatory.text(),
                           self.template.text().strip(), str(self.language.currentData()),
                           self.backups.value())

    @classmethod
    def ask(cls, prefs: Preferences, settings_file: str,
            parent: QWidget | None = None) -> tuple[Preferences, bool]:
        """Show the dialog; (new preferences, True) when the user saved them."""
        dialog = cls(prefs, settings_file, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.preferences(), accepted
