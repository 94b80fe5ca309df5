"""The dialog after an unexpected error: what happened, where the work is, where the log is.

Shown by ``last_resort`` after it has saved the document. Plain words for the person at
the desk; the technical details (traceback, versions) are one button away, for whoever
they send them to. ``exec`` is replaced in tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .icons import icon


class Rescue(Enum):
    """What became of the open document when the error came."""

    SAVED = "saved"  # written to the recovery file
    NOTHING_UNSAVED = "nothing_unsaved"  # the file on disk has it all
    FAILED = "failed"  # neither: the user should save now


@dataclass(frozen=True)
class CrashReport:
    rescue: Rescue
    recovery_file: Path | None  # set when SAVED
    log_file: Path | None  # None: the log folder could not be written
    details: str  # traceback and versions, for the clipboard


class CrashDialog(QDialog):
    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Ootamatu viga"))
        self.setWindowIcon(icon("app"))
        layout = QVBoxLayout(self)
        self.message = QLabel(self.text())
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.copy = QPushButton(self.tr("&Kopeeri üksikasjad"))
        self.copy.setToolTip(self.tr("Vea tehniline kirjeldus lõikelauale, "
                                     "et saata see abistajale"))
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sulge"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        report = self.report
        parts = [self.tr("Ametijuhendis tekkis ootamatu viga.")]
        if report.rescue is Rescue.SAVED:
            parts.append(self.tr("Teie töö on tallel taastefailis:\n{0}\nKui programm peaks "
                                 "sulguma, pakub Ametijuhend järgmisel käivitamisel selle "
                                 "taastamist.").format(report.recovery_file))
            parts.append(self.tr("Võite tööd jätkata; salvestage dokument esimesel võimalusel."))
        elif report.rescue is Rescue.NOTHING_UNSAVED:
            parts.append(self.tr("Salvestamata muudatusi ei olnud: teie fail on alles."))
        else:
            parts.append(self.tr("Taastefaili ei õnnestunud kirjutada. Salvestage dokument "
                                 "kohe, soovitatavalt teise nimega."))
        if report.log_file is not None:
            parts.append(self.tr("Üksikasjad on logifailis:\n{0}").format(report.log_file))
        return "\n\n".join(parts)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.report.details)
        self.copy.setText(self.tr("Kopeeritud"))
