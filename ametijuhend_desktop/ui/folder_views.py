"""The folder views the window opened: File ▸ Ava kaust… and ``ametijuhend DIR``.

Each view is a window of its own; a double-click in it opens the document in the editor
(asking to save the current one first), and the view asks the editor whether a document
it is about to approve or change is open here with unsaved changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from .file_actions import FileActions
    from .folder_window import FolderWindow


class FolderViews(QObject):
    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self.files = files
        self.windows: list[FolderWindow] = []

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self.files.dialog_parent, self.tr("Ava kaust"), self.files.settings.last_folder)

    def open(self, path: str | Path | None = None) -> bool:
        """Show every job description under a folder (asked for when not given)."""
        from .folder_window import FolderWindow  # its modules load only when used

        chosen = str(path) if path else self.ask_folder()
        if not chosen:
            return False
        folder = Path(chosen)
        view = FolderWindow(folder, self.files.lang, unsaved=self.has_unsaved_changes)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.openRequested.connect(self._open_document)
        view.destroyed.connect(lambda *_: self.windows.remove(view)
                               if view in self.windows else None)
        self.windows.append(view)
        self.files.settings.last_folder = str(folder)
        view.show()
        return True

    def has_unsaved_changes(self, path: Path) -> bool:
        """Whether ``path`` is the editor's document with changes not yet saved."""
        current = self.files.window.path
        return (current is not None and not self.files.editor.stack.isClean()
                and current.resolve() == path.resolve())

    def _open_document(self, path: Path) -> None:
        current = self.files.window.path
        if current is None or current.resolve() != path.resolve():
            self.files.open(path)
        editor_window = self.files.dialog_parent.window()
        editor_window.raise_()
        editor_window.activateWindow()
