"""File ▸ Restore earlier version: the backups of the open file, newest first, with dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..storage.backups import Backup
from .recovery_dialog import local_time


class VersionsDialog(QDialog):
    def __init__(self, backups: list[Backup], document_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Varasemad versioonid"))
        layout = QVBoxLayout(self)
        if backups:
            text = self.tr("Faili „{0}” varasemad salvestatud versioonid. Valitud versioon "
                           "avatakse uue, salvestamata dokumendina; fail ise jääb muutmata."
                           ).format(document_name)
        else:
            text = self.tr("Failist „{0}” ei ole veel varasemaid versioone: need tekivad "
                           "iga salvestamisega.").format(document_name)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for backup in backups:
            label = self.tr("Salvestatud {0} ({1} kB)").format(
                local_time(backup.saved_at, seconds=True), max(1, round(backup.size / 1024)))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Ava koopiana"))
        buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(backups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Loobu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @classmethod
    def choose(cls, backups: list[Backup], document_name: str,
               parent: QWidget | None = None) -> tuple[Backup | None, bool]:
        dialog = cls(backups, document_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        backup = dialog.selected()
        return (backup, True) if accepted and backup is not None else (None, False)
