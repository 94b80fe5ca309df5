"""Help ▸ Open log folder and Help ▸ About: what someone helping the user asks for first.

The log folder opens in the system's file manager (the user attaches the log to an
e-mail); About names the versions of the program and of the libraries it runs on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import logs

log = logging.getLogger(__name__)


class HelpMenu(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.open_logs = QAction(self.tr("Ava &logikaust"), window)
        self.open_logs.setToolTip(self.tr("Logifailid, mida abistaja võib küsida"))
        self.open_logs.triggered.connect(self.open_log_folder)
        self.about = QAction(self.tr("&Teave"), window)
        self.about.triggered.connect(self.show_about)

    def actions(self) -> list[QAction]:
        return [self.open_logs, self.about]

    def open_log_folder(self) -> bool:
        """Show the log folder (made if it is not there yet); False if it cannot be shown."""
        folder = logs.log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("log folder %s cannot be made: %s", folder, error.strerror)
        return self.open_url(QUrl.fromLocalFile(str(folder)))

    def open_url(self, url: QUrl) -> bool:
        """The system opens it (replaced in tests)."""
        return QDesktopServices.openUrl(url)

    def about_text(self) -> str:
        versions = logs.versions()
        lines = [self.tr("Ametijuhend {0}").format(versions.pop("Ametijuhend")),
                 self.tr("Ametijuhendite koostamine ja eksport Wordi."), ""]
        lines += [f"{name} {value}" for name, value in versions.items()]
        lines += ["", self.tr("Logikaust: {0}").format(logs.log_dir())]
        return "\n".join(lines)

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("Teave"), self.about_text())
