"""New, Open, Save, Save As, Export to Word and the "save changes?" question.

The dialogs are small methods (``ask_*``) so tests can replace them; errors from the core
arrive as UserError and are shown in the user's language; the document stays open and
unchanged, so nothing typed is lost.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..errors import UserError
from ..library.new_document import new_document
from ..model import JobDescription, PostKind
from ..opening import Note, Source, open_document

if TYPE_CHECKING:
    from .main_window import MainWindow

SUFFIX = ".ajx"


def export_available() -> bool:
    """The Word export is a separate module; the action hides if it is not there.

    Found without importing it: python-docx costs a sixth of a second at start-up.
    """
    try:
        return importlib.util.find_spec("ametijuhend_desktop.docx.export") is not None
    except ImportError:
        return False


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def _doc(self) -> JobDescription:
        return self.window.editor.doc

    # -- dialogs (replaced in tests) --------------------------------------------------

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Ava ametijuhend"), self.window.settings.last_folder,
            self.tr("Ametijuhendid (*.ajx);;Ametijuhendist eksporditud Wordi failid (*.docx);;"
                    "Kõik failid (*)"))
        return path

    def ask_import_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Impordi vana ametijuhend"), self.window.settings.last_folder,
            self.tr("Vanad ametijuhendid (*.docx *.txt);;Kõik failid (*)"))
        return path

    def show_import_notes(self, source: Path, notes: list[str]) -> None:
        """What the import guessed or could not place: the user checks these places."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import"))
        box.setText(self.tr("„{0}” on loetud uueks dokumendiks. Kontrolli neid kohti:").format(
            source.name))
        box.setInformativeText("\n".join(f"• {note}" for note in notes[:8]))
        if len(notes) > 8:
            box.setDetailedText("\n".join(notes))
        box.exec()

    def ask_save_path(self) -> str:
        start = str(self.window.path or Path(self.window.settings.last_folder) / self._suggested())
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Salvesta ametijuhend"), start,
            self.tr("Ametijuhendid (*.ajx)"))
        return path

    def ask_export_path(self) -> str:
        base = self.window.path or Path(self.window.settings.last_folder) / self._suggested()
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Ekspordi Wordi"), str(Path(base).with_suffix(".docx")),
            self.tr("Wordi dokumendid (*.docx)"))
        return path

    def ask_save_changes(self) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Salvestamata muudatused"))
        box.setText(self.tr("Kas salvestada muudatused failis „{0}”?").format(
            self.window.display_name()))
        box.setInformativeText(self.tr("Kui muudatusi ei salvesta, lähevad need kaotsi."))
        save = QMessageBox.StandardButton.Save
        discard = QMessageBox.StandardButton.Discard
        cancel = QMessageBox.StandardButton.Cancel
        box.setStandardButtons(save | discard | cancel)
        box.setDefaultButton(save)
        box.button(save).setText(self.tr("&Salvesta"))  # Alt+S, Alt+R as in Word
        box.button(discard).setText(self.tr("Ä&ra salvesta"))
        box.button(cancel).setText(self.tr("Loobu"))  # Esc
        answer = box.exec()
        if answer == save:
            return "save"
        if answer == discard:
            return "discard"
        return "cancel"

    def show_error(self, error: UserError, title: str) -> None:
        QMessageBox.warning(self.window, title, error.message(self.window.lang))

    def _suggested(self) -> str:
        title = self._doc.general.job_title.strip() or self.tr("ametijuhend")
        safe = "".join(c if c.isalnum() or c in " -_()" else "_" for c in title).strip()
        return f"{safe or 'ametijuhend'}{SUFFIX}"

    # -- the actions ------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if self.window.editor.stack.isClean():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new(self, kind: PostKind) -> None:
        if not self.maybe_save():
            return
        settings = self.window.settings
        doc = new_document(kind, settings.organisation, settings.default_signatory)
        self.window.set_document(doc, None)
        self.window.safe.start_new()
        self.window.reveal(("general", "job_title"))  # a new document starts with its title

    def open(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        chosen = str(path) if path else self.ask_open_path()
        if not chosen:
            return False
        return self.open_now(Path(chosen))

    def open_now(self, path: Path) -> bool:
        """Read and show ``path`` without asking about the current document.

        Through safekeeping: it takes the lock (or asks what to do when someone holds it)
        and shows a read error itself. A Word file (ours, or an old one) becomes a new
        document, so saving never writes .ajx data into a .docx.
        """
        opened = self.window.safe.open(path, self.window)
        if opened is None:
            if not path.exists():
                self.window.settings.remove_recent(str(path.resolve()))
                self.window.update_recent_menu()
            return False
        if opened.source is not Source.AJX:
            return self._as_new(path, opened.doc, opened.notes)
        self.window.set_document(opened.doc, path, opened.read_only)
        self._remember(path)
        return True

    def import_old(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        chosen = str(path) if path else self.ask_import_path()
        if not chosen:
            return False
        return self.import_now(Path(chosen))

    def import_now(self, path: Path) -> bool:
        """An old job description (Word or text), or a Word file we exported, as a new
        unsaved document; what had to be guessed is shown, never dropped."""
        try:
            opened = open_document(path)
        except UserError as error:
            self.show_error(error, self.tr("Faili ei saa importida"))
            return False
        return self._as_new(path, opened.doc, opened.notes)

    def _as_new(self, path: Path, doc: JobDescription, notes: tuple[Note, ...]) -> bool:
        self.window.set_document(doc, None)
        self.window.safe.start_new()
        self.window.editor.stack.resetClean()  # not saved anywhere yet
        self.window.set_path(None)
        self.window.settings.last_folder = str(path.parent)
        if notes:
            self.show_import_notes(path, [note.message(self.window.lang) for note in notes])
        return True

    def save(self) -> bool:
        if self.window.path is None or self.window.read_only:
            return self.save_as()
        return self._write(self.window.path)

    def save_as(self) -> bool:
        chosen = self.ask_save_path()
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if not self._write(path):
            return False
        self.window.set_path(path)
        return True

    def _write(self, path: Path) -> bool:
        """Save through safekeeping: atomic, a backup kept, and a question if the file changed
        on disk since it was read; errors are shown there."""
        if not self.window.safe.save(path, self.window):
            return False
        self.window.editor.stack.setClean()
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Salvestatud: {0}").format(path), 5000)
        return True

    def export_word(self) -> bool:
        if not export_available():
            return False
        from ..docx.export import export_document

        chosen = self.ask_export_path()
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        template = self.window.settings.template_path or None
        try:
            written = export_document(self._doc, path, template)
        except UserError as error:
            self.show_error(error, self.tr("Eksport ebaõnnestus"))
            return False
        self.window.settings.last_folder = str(path.parent)
        self.window.statusBar().showMessage(self.tr("Eksporditud: {0}").format(written), 8000)
        return True

    def _remember(self, path: Path) -> None:
        settings = self.window.settings
        settings.add_recent(path)
        settings.last_folder = str(path.resolve().parent)
        self.window.update_recent_menu()
