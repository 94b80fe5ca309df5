"""File ▸ Print shows a print preview of the document; File ▸ Export to PDF says what failed."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox

from ametijuhend_desktop.docx import pdf
from ametijuhend_desktop.ui.file_actions import ExportChoice
from ametijuhend_desktop.ui.main_window import MainWindow


def test_print_builds_a_preview_of_the_document(window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window.editor.doc.general.job_title = "Prinditav ametinimetus"
    shown: list[str] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        document = window.actions_.printing.text_document(dialog)
        shown.append(document.toPlainText())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    assert window.actions_.print.shortcut().toString() == "Ctrl+P"
    window.actions_.print.trigger()
    assert shown and "Prinditav ametinimetus" in shown[0]
    dialog = window.actions_.printing.preview_dialog()
    assert dialog.receivers("2paintRequested(QPrinter*)") == 1  # the document is painted
    dialog.deleteLater()


def test_export_pdf_without_libreoffice_tells_the_user(window: MainWindow, tmp_path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    asked: list[list[str]] = []  # a new document has errors: they are shown first
    monkeypatch.setattr(window.files, "ask_export_with_errors",
                        lambda errors: asked.append(errors) or ExportChoice.EXPORT)
    printing = window.actions_.printing
    monkeypatch.setattr(printing, "ask_pdf_path", lambda: str(tmp_path / "a"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.actions_.export_pdf.trigger()
    assert asked and warnings and "LibreOffice" in warnings[0]
    assert not (tmp_path / "a.pdf").exists()
