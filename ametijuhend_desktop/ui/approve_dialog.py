"""Approve the selected documents with one directive: date, number, approver, the order
of the annexes and where the Word files go. The work itself is the core's
``folder.approve``; this dialog only gathers what it needs and shows what came of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..folder.approve import Approval, ApprovalRefused, Approved, approve


class ApproveDialog(QDialog):
    def __init__(self, paths: list[Path], out_dir: Path, lang: str = "et",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Kinnita käskkirjaga"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("nt 1-2/27"))
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("tühi: iga dokumendi oma kinnitaja"))
        self.out_dir = QLineEdit(str(out_dir))
        browse = QPushButton(self.tr("Vali…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.out_dir, 1)
        folder_row.addWidget(browse)
        self.employees = QCheckBox(self.tr("Ka töötajate ametijuhendid (need on tavaliselt "
                                           "töölepingu lisad)"))
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.order.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kinnita ja ekspordi"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Loobu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Käskkirja kuupäev"), self.date)
        form.addRow(self.tr("Käskkirja number"), self.number)
        form.addRow(self.tr("Kinnitaja"), self.approver)
        form.addRow(self.tr("Lisade järjekord (lohista)"), self.order)
        form.addRow(self.tr("Wordi failid kausta"), folder_row)
        form.addRow(self.employees)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Wordi failide kaust"),
                                                  self.out_dir.text())
        if chosen:
            self.out_dir.setText(chosen)

    def ordered_paths(self) -> list[Path]:
        return [Path(self.order.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.order.count())]

    def approval(self) -> Approval:
        day = self.date.date()
        return Approval(dt.date(day.year(), day.month(), day.day()), self.number.text().strip(),
                        self.approver.text().strip(), self.employees.isChecked())

    def accept(self) -> None:
        if not self.number.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Käskkirja number on puudu."))
            return
        super().accept()


def run_approval(paths: list[Path], out_dir: Path, lang: str, parent: QWidget | None,
                 unsaved: Callable[[Path], bool] | None = None) -> Approved | None:
    """Ask, approve, and say what happened; None when cancelled or refused."""
    dialog = ApproveDialog(paths, out_dir, lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        done = approve(dialog.ordered_paths(), dialog.approval(), Path(dialog.out_dir.text()),
                       lang=lang, unsaved=unsaved)
    except ApprovalRefused as refused:
        box = QMessageBox(QMessageBox.Icon.Warning, dialog.windowTitle(),
                          dialog.tr("Kinnitamine jäi tegemata: ükski fail ei muutunud."), parent=parent)
        box.setInformativeText(refused.message(lang))
        box.exec()
        return None
    except Exception as error:
        message = error.message(lang) if hasattr(error, "message") else str(error)
        QMessageBox.warning(parent, dialog.windowTitle(), message)
        return None
    text = dialog.tr("Kinnitatud {0} ametijuhendit; Wordi failid ja lisade loetelu: {1}").format(
        len(done.annexes), done.annex_list.parent)
    if done.left_out:
        text += "\n" + dialog.tr("Välja jäeti {0} töötaja ametijuhendit.").format(len(done.left_out))
    QMessageBox.information(parent, dialog.windowTitle(), text)
    return done
