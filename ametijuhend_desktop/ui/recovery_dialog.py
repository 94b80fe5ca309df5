"""The start-up question after a crash: which unsaved documents to recover or discard."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..storage.recovery import RecoveryEntry


class RecoveryAction(Enum):
    RECOVER = "recover"
    DISCARD = "discard"


def local_time(when: dt.datetime | None, seconds: bool = False) -> str:
    """A time as people here write it, in the computer's time zone: 23.11.2026 16:05
    (with seconds where saves a minute apart must be told apart)."""
    if when is None:
        return "?"
    return when.astimezone().strftime("%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M")


class RecoveryDialog(QDialog):
    def __init__(self, entries: list[RecoveryEntry], lang: str = "et",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.action: RecoveryAction | None = None
        self.setWindowTitle(self.tr("Salvestamata muudatuste taastamine"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Programm suleti eelmisel korral ootamatult. Need dokumendid jäid salvestamata; "
            "valige, kas taastada viimati automaatselt salvestatud seis või see kustutada."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for entry in entries:
            item = QListWidgetItem(self.describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._finish(RecoveryAction.RECOVER))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.recover = QPushButton(self.tr("Taasta"))
        self.discard = QPushButton(self.tr("Kustuta"))
        later = QPushButton(self.tr("Hiljem"))
        buttons.addButton(self.recover, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover.clicked.connect(lambda: self._finish(RecoveryAction.RECOVER))
        self.discard.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(560, 320)

    def describe(self, entry: RecoveryEntry) -> str:
        name = entry.original.name if entry.original else self.tr("Nimetu dokument")
        if entry.title:
            name = f"{name} — {entry.title}"
        if entry.error is not None:
            return self.tr("{0}\nTaastefail on vigane: {1}").format(
                name, entry.error.en if self.lang == "en" else entry.error.et)
        where = str(entry.original.parent) if entry.original else self.tr("salvestamata")
        return self.tr("{0}\nAutomaatselt salvestatud {1} · {2}").format(
            name, local_time(entry.saved_at), where)

    def selected(self) -> RecoveryEntry | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.recover.setEnabled(entry is not None and entry.error is None)
        self.discard.setEnabled(entry is not None)

    def confirm_discard(self) -> bool:
        """Discarding throws away typed work for good: ask first (as LibreOffice does)."""
        answer = QMessageBox.question(
            self, self.tr("Kustuta taastefail"),
            self.tr("Kas kustutada selle dokumendi salvestamata muudatused jäädavalt? "
                    "Seda ei saa tagasi võtta."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _discard(self) -> None:
        if self.selected() is not None and self.confirm_discard():
            self._finish(RecoveryAction.DISCARD)

    def _finish(self, action: RecoveryAction) -> None:
        entry = self.selected()
        if entry is None or (action is RecoveryAction.RECOVER and entry.error is not None):
            return
        self.action = action
        self.accept()

    @classmethod
    def choose(cls, entries: list[RecoveryEntry], lang: str = "et",
               parent: QWidget | None = None
               ) -> tuple[tuple[RecoveryAction, RecoveryEntry] | None, bool]:
        """((action, entry), True), or (None, False) for "later"."""
        dialog = cls(entries, lang, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        entry = dialog.selected()
        if not accepted or dialog.action is None or entry is None:
            return None, False
        return (dialog.action, entry), True
