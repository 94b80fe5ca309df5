"""After an export: open the Word file or its folder, or go on.

Not modal: the message waits beside the window, and the user may as well keep typing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def offer_to_open(written: Path, parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ExportDone", "Eksporditud"),
                      QCoreApplication.translate("ExportDone", "Wordi fail on valmis: {0}")
                      .format(written.name), QMessageBox.StandardButton.Close, parent)
    document = box.addButton(QCoreApplication.translate("ExportDone", "Ava &dokument"),
                             QMessageBox.ButtonRole.ActionRole)
    folder = box.addButton(QCoreApplication.translate("ExportDone", "Ava &kaust"),
                           QMessageBox.ButtonRole.ActionRole)

    def clicked(button: QAbstractButton) -> None:
        target = written if button is document else written.parent if button is folder else None
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
