"""The comparison window: the open document against another version, change by change.

Lists each change as ``compare_documents`` names it, shows the old and new wording with
the changed words marked, jumps to the place in the form, and takes back one change or
all of them. Taking back goes through the editor, so it is on the undo stack like any
edit (all at once is one undo step).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..compare import Change, SegmentKind, compare_documents
from ..compare.take_back import take_back
from ..errors import UserError
from ..model import JobDescription
from ..model.paths import ModelPath, from_finding
from ..opening import open_document
from .editor import DocumentEditor

_REMOVED = "background:#fbd5d5;text-decoration:line-through"
_ADDED = "background:#cdeccd"


def marked(change: Change, lang: str = "et") -> str:
    """Old and new wording as HTML, the removed words struck through, the added marked."""
    def side(kind: SegmentKind, style: str) -> str:
        parts = [html.escape(s.text) if s.kind is SegmentKind.SAME else
                 f'<span style="{style}">{html.escape(s.text)}</span>'
                 for s in change.words if s.kind in (SegmentKind.SAME, kind)]
        return "".join(parts).replace("\n", "<br>") or "—"

    was = QCoreApplication.translate("CompareDialog", "Oli")
    now = QCoreApplication.translate("CompareDialog", "Nüüd")
    return (f"<p><b>{html.escape(change.message(lang))}</b></p>"
            f"<p>{was}:<br>{side(SegmentKind.REMOVED, _REMOVED)}</p>"
            f"<p>{now}:<br>{side(SegmentKind.ADDED, _ADDED)}</p>")


class CompareDialog(QDialog):
    def __init__(self, editor: DocumentEditor, old: JobDescription, old_name: str,
                 reveal: Callable[[ModelPath], None], parent: QWidget | None = None,
                 lang: str = "et") -> None:
        super().__init__(parent)
        self.editor, self.old, self.reveal, self.lang = editor, old, reveal, lang
        self.changes: list[Change] = []
        self.setWindowTitle(QCoreApplication.translate("CompareDialog", "Võrdle: {name}").format(name=old_name))
        self.summary = QLabel()
        self.list = QListWidget()
        self.detail = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("CompareDialog", "Sulge"))
        self.go = QPushButton(QCoreApplication.translate("CompareDialog", "&Mine kohale"))
        self.back = QPushButton(QCoreApplication.translate("CompareDialog", "&Võta see muudatus tagasi"))
        self.back_all = QPushButton(QCoreApplication.translate("CompareDialog", "Võta &kõik tagasi"))
        for button in (self.go, self.back, self.back_all):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self.go_to)
        self.back.clicked.connect(self.take_back_selected)
        self.back_all.clicked.connect(self.take_back_all)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.go_to())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.refresh()

    def refresh(self, row: int = 0) -> None:
        self.changes = compare_documents(self.old, self.editor.doc)
        self.list.clear()
        self.list.addItems([c.message(self.lang) for c in self.changes])
        n = len(self.changes)
        self.summary.setText(QCoreApplication.translate("CompareDialog", "Erinevusi ei ole.") if not n else
                             QCoreApplication.translate("CompareDialog", "{n} erinevust. Vali muudatus, et näha muudetud sõnu.").format(n=n))
        for button in (self.go, self.back, self.back_all):
            button.setEnabled(bool(n))
        if n:
            self.list.setCurrentRow(min(row, n - 1))
        else:
            self.detail.clear()

    def current(self) -> Change | None:
        row = self.list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def _show(self, _row: int) -> None:
        change = self.current()
        self.detail.setHtml(marked(change, self.lang) if change else "")

    def go_to(self) -> None:
        change = self.current()
        if change is not None:
            self.reveal(from_finding(change.path))

    def take_back_selected(self) -> None:
        change, row = self.current(), self.list.currentRow()
        if change is not None:
            self.editor.apply(take_back(change, self.old))
            self.refresh(row)

    def take_back_all(self) -> None:
        """One change at a time from the end (indexes before it stay right), as one step."""
        self.editor.stack.beginMacro(QCoreApplication.translate("CompareDialog", "Võta kõik muudatused tagasi"))
        try:
            for _ in range(3 * len(self.changes) + 3):
                changes = compare_documents(self.old, self.editor.doc)
                if not changes:
                    break
                self.editor.apply(take_back(changes[-1], self.old))
        finally:
            self.editor.stack.endMacro()
        self.refresh()


def compare_with_file(editor: DocumentEditor, reveal: Callable[[ModelPath], None],
                      parent: QWidget, path: Path | None = None,
                      lang: str = "et") -> CompareDialog | None:
    """File ▸ Võrdle…: pick a version (.ajx or .docx) and compare the open document with it."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("CompareDialog", "Võrdle failiga"), "",
                                                QCoreApplication.translate("CompareDialog", "Ametijuhendid (*.ajx *.docx)"))
        if not chosen:
            return None
        path = Path(chosen)
    try:
        old = open_document(path).doc
    except UserError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("CompareDialog", "Faili ei saa võrrelda"), error.message(lang))
        return None
    dialog = CompareDialog(editor, old, path.name, reveal, parent, lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
