"""The settings dialog: organisation, default signatory, Word template, language."""

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
    QVBoxLayout,
    QWidget,
)

from .settings import AppSettings, user_templates_dir


@dataclass
class Preferences:
    organisation: str
    default_signatory: str
    template_path: str
    language: str

    @classmethod
    def from_settings(cls, settings: AppSettings) -> Preferences:
        return cls(settings.organisation, settings.default_signatory, settings.template_path,
                   settings.language)

    def store(self, settings: AppSettings) -> None:
        settings.organisation = self.organisation
        settings.default_signatory = self.default_signatory
        settings.template_path = self.template_path
        settings.language = self.language
        settings.sync()


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, settings_file: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.language = QComboBox()
        self.language.addItem("Eesti", "et")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        form.addRow(self.tr("Keel"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Keele muutus rakendub programmi järgmisel käivitamisel.\n"
                              "Seaded: {0}\nOmad mallid: {1}").format(settings_file,
                                                                      user_templates_dir()))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Salvesta"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Loobu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose_template(self) -> None:
        start = self.template.text() or str(user_templates_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Wordi mall"), start,
                                              self.tr("Wordi mallid (*.docx *.dotx)"))
        if path:
            self.template.setText(path)

    def preferences(self) -> Preferences:
        return Preferences(self.organisation.text(), self.signatory.text(),
                           self.template.text(), str(self.language.currentData()))

    @classmethod
    def ask(cls, prefs: Preferences, settings_file: str,
            parent: QWidget | None = None) -> tuple[Preferences, bool]:
        """Show the dialog; (new preferences, True) when the user saved them."""
        dialog = cls(prefs, settings_file, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.preferences(), accepted
