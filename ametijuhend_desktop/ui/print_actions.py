"""File ▸ Export to PDF and File ▸ Print: the document on paper or as an archival PDF.

The PDF is made by the core (the Word export laid out by LibreOffice, PDF/A-2b); printing
prints the preview's HTML, so what is printed is what the preview shows, with no
LibreOffice needed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..errors import UserError
from ..preview.html import STYLE_SHEET, render_html
from .file_actions import FileActions

log = logging.getLogger(__name__)


class PrintActions(QObject):
    """Export to PDF and Print for the document open in ``files``' window."""

    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self.files = files

    def ask_pdf_path(self) -> str:
        files = self.files
        base = files.window.path or Path(files.settings.last_folder) / files._suggested()
        path, _ = QFileDialog.getSaveFileName(
            files.dialog_parent, self.tr("Ekspordi PDF-iks"), str(Path(base).with_suffix(".pdf")),
            self.tr("PDF-dokumendid (*.pdf)"))
        return path

    def export_pdf(self) -> bool:
        from ..docx.pdf import SUFFIX, export_pdf

        if not self.files.errors_allow_export():
            return False
        chosen = self.ask_pdf_path()
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        files = self.files
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_pdf(files.editor.doc, path, files.settings.template_path or None)
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(error)
            return False
        QGuiApplication.restoreOverrideCursor()
        log.info("export pdf: %s", written)
        files.settings.last_folder = str(path.parent)
        files.statusMessage.emit(self.tr("Eksporditud: {0}").format(written), 8000)
        return True

    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self.files.dialog_parent, self.tr("PDF-i eksport ebaõnnestus"),
                            error.message(self.files.lang))

    def text_document(self, parent: QObject) -> QTextDocument:
        """The preview's HTML as a document to print."""
        document = QTextDocument(parent)
        document.setDefaultStyleSheet(STYLE_SHEET)
        document.setHtml(render_html(self.files.editor.doc))
        return document

    def preview_dialog(self) -> QPrintPreviewDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.files.window.display_name())
        dialog = QPrintPreviewDialog(printer, self.files.dialog_parent)
        dialog.setWindowTitle(self.tr("Prindi"))
        dialog.paintRequested.connect(self.text_document(dialog).print_)
        return dialog

    def print_document(self) -> None:
        dialog = self.preview_dialog()
        dialog.exec()
        dialog.deleteLater()
