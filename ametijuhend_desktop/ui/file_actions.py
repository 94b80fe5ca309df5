"""New, Open, Open folder, Save, Save As, Export to Word and the "save changes?" question.

The dialogs are small methods (``ask_*``) so tests can replace them; errors from the core
arrive as UserError and are shown in the user's language; the document stays open and
unchanged, so nothing typed is lost. The window is reached only through the few services
of :class:`DocumentWindow`; status messages and the recent-files list are signals it wires.
"""

from __future__ import annotations

import importlib.util
import logging
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..errors import UserError
from ..files.names import suggested_file_name
from ..library.new_document import new_document
from ..model import JobDescription, PostKind
from ..model.based_on import based_on
from ..model.locations import describe
from ..model.paths import ModelPath, from_finding
from ..opening import Note, Source, open_document
from .editor import DocumentEditor
from .export_done import offer_to_open
from .folder_views import FolderViews
from .safekeeping import Safekeeping
from .settings import AppSettings

log = logging.getLogger(__name__)


SUFFIX = ".ajx"
MAX_LISTED = 8  # errors listed in a message box; the rest are counted


class ExportChoice(Enum):
    """The answer when the document to export has errors."""

    EXPORT = "export"
    GO_TO = "go_to"
    CANCEL = "cancel"


class SaveChoice(Enum):
    """The answer to "save the changes?" before the document is dropped."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class DocumentWindow(Protocol):
    """What the file actions need of the window that shows the document."""

    @property
    def path(self) -> Path | None: ...

    @property
    def read_only(self) -> bool: ...

    def set_document(self, doc: JobDescription, path: Path | None,
                     read_only: bool = False) -> None: ...

    def set_path(self, path: Path | None, read_only: bool = False) -> None: ...

    def reveal(self, path: ModelPath, focus: bool = True) -> None: ...

    def display_name(self) -> str: ...

    def show_notes(self, notes: tuple[Note, ...]) -> None: ...


def export_available() -> bool:
    """The Word export is a separate module; the action hides if it is not there.

    Found without importing it: python-docx costs a sixth of a second at start-up.
    """
    try:
        return importlib.util.find_spec("ametijuhend_desktop.docx.export") is not None
    except ImportError:
        return False


class FileActions(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds to show it
    recentChanged = Signal()  # the settings' recent files changed

    def __init__(self, editor: DocumentEditor, settings: AppSettings, safe: Safekeeping,
                 window: DocumentWindow, parent: QWidget, lang: str = "et") -> None:
        super().__init__(parent)
        self.editor = editor
        self.settings = settings
        self.safe = safe
        self.window = window
        self.dialog_parent = parent
        self.lang = lang
        self.folders = FolderViews(self)

    @property
    def _doc(self) -> JobDescription:
        return self.editor.doc

    # -- dialogs (replaced in tests) --------------------------------------------------

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, self.tr("Ava ametijuhend"), self.settings.last_folder,
            self.tr("Ametijuhendid (*.ajx);;Ametijuhendist eksporditud Wordi failid (*.docx);;"
                    "Kõik failid (*)"))
        return path

    def ask_import_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, self.tr("Impordi vana ametijuhend"), self.settings.last_folder,
            self.tr("Vanad ametijuhendid (*.docx *.doc *.odt *.rtf *.txt);;Kõik failid (*)"))
        return path

    def show_import_notes(self, source: Path, notes: list[str]) -> None:
        """What the import guessed or could not place: the user checks these places."""
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Importimine"))
        box.setText(self.tr("„{0}” on loetud uueks dokumendiks. Kontrolli neid kohti:").format(
            source.name))
        box.setInformativeText("\n".join(f"• {note}" for note in notes[:8]))
        if len(notes) > 8:
            box.setDetailedText("\n".join(notes))
        box.exec()

    def ask_save_path(self) -> str:
        start = str(self.window.path or Path(self.settings.last_folder) / self._suggested())
        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Salvesta ametijuhend"), start,
            self.tr("Ametijuhendid (*.ajx)"))
        return path

    def ask_export_path(self) -> str:
        base = self.window.path or Path(self.settings.last_folder) / self._suggested()
        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Ekspordi Wordi"), str(Path(base).with_suffix(".docx")),
            self.tr("Wordi dokumendid (*.docx)"))
        return path

    def ask_save_changes(self) -> SaveChoice:
        box = QMessageBox(self.dialog_parent)
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
            return SaveChoice.SAVE
        return SaveChoice.DISCARD if answer == discard else SaveChoice.CANCEL

    def errors_allow_export(self) -> bool:
        """Before a Word or PDF export: show the check's errors first; True to go on."""
        from ..docx.export import check_for_export

        check = check_for_export(self._doc)
        if not check.has_errors:
            return True
        choice = self.ask_export_with_errors(
            [f"{describe(self._doc, f.path, self.lang)}: {f.message(self.lang)}"
             for f in check.errors])
        if choice is ExportChoice.GO_TO:
            self.window.reveal(from_finding(check.errors[0].path))
        return choice is ExportChoice.EXPORT

    def ask_export_with_errors(self, errors: list[str]) -> ExportChoice:
        """The check found errors: export anyway, go to the first one, or not now."""
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Dokumendis on vigu"))
        box.setText(self.tr("Kontroll leidis dokumendist vigu ({0}). Kas eksportida ikkagi?")
                    .format(len(errors)))
        shown = [f"• {e}" for e in errors[:MAX_LISTED]]
        if len(errors) > MAX_LISTED:
            shown.append(self.tr("… ja veel {0}").format(len(errors) - MAX_LISTED))
        box.setInformativeText("\n".join(shown))
        export = box.addButton(self.tr("&Ekspordi ikkagi"), QMessageBox.ButtonRole.AcceptRole)
        go_to = box.addButton(self.tr("&Näita viga"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Loobu"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_to)
        box.exec()
        clicked = box.clickedButton()
        if clicked is export:
            return ExportChoice.EXPORT
        return ExportChoice.GO_TO if clicked is go_to else ExportChoice.CANCEL

    def show_changes(self, exported: JobDescription, path: Path) -> None:
        """What was changed in Word since the export, in the comparison window."""
        from .compare_dialog import CompareDialog

        dialog = CompareDialog(self.editor, exported, path.name, self.window.reveal,
                               self.dialog_parent, self.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def compare(self, path: str | Path | None = None) -> bool:
        """File ▸ Võrdle…: the open document against another version (.ajx or .docx)."""
        from .compare_dialog import compare_with_file

        chosen = Path(path) if path else None
        return compare_with_file(self.editor, self.window.reveal, self.dialog_parent, chosen,
                                 self.lang) is not None

    def show_error(self, error: UserError, title: str) -> None:
        log.warning("shown: %s", error.message("en"))
        QMessageBox.warning(self.dialog_parent, title, error.message(self.lang))

    def _suggested(self) -> str:
        return suggested_file_name(self._doc.general.job_title, self.tr("ametijuhend"), SUFFIX)

    # -- the actions ------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if self.editor.stack.isClean():
            return True
        answer = self.ask_save_changes()
        if answer is SaveChoice.SAVE:
            return self.save()
        return answer is SaveChoice.DISCARD

    def new(self, kind: PostKind) -> None:
        if not self.maybe_save():
            return
        settings = self.settings
        doc = new_document(kind, settings.organisation, settings.default_signatory)
        self.window.set_document(doc, None)
        self.safe.start_new()
        self.window.reveal(("general", "job_title"))  # a new document starts with its title

    def new_based_on(self) -> None:
        """The open document copied as a new, unsaved one: approval, annex, dates,
        version and signatures cleared (model/based_on.py)."""
        if not self.maybe_save():
            return
        self.window.set_document(based_on(self.editor.doc), None)
        self.safe.start_new()
        self.editor.stack.resetClean()  # not saved anywhere yet: closing asks
        self.statusMessage.emit(self.tr("Uus ametijuhend, tehtud avatud dokumendi põhjal"), 5000)
        self.window.reveal(("general", "job_title"))

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
        document, so saving never writes .ajx data into a .docx. A folder opens the
        folder view.
        """
        if path.is_dir():
            return self.open_folder(path)
        opened = self.safe.open(path, self.dialog_parent)
        if opened is None:
            if not path.exists():
                self.settings.remove_recent(str(path.resolve()))
                self.recentChanged.emit()
            return False
        if opened.source is not Source.AJX:
            return self._as_new(path, opened.doc, opened.notes, opened.embedded)
        self.window.set_document(opened.doc, path, opened.read_only)
        self._remember(path)
        return True

    # -- the folder view -------------------------------------------------------------

    def open_folder(self, path: str | Path | None = None) -> bool:
        """Every job description under a folder, in a window of its own."""
        return self.folders.open(path)

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
        return self._as_new(path, opened.doc, opened.notes, opened.embedded)

    def _as_new(self, path: Path, doc: JobDescription, notes: tuple[Note, ...],
                exported: JobDescription | None = None) -> bool:
        """A document read from a file that is not ours to write (Word, text) as a new one.
        An export of ours edited in Word opens as its Word text, and the comparison with
        what was exported comes up, so every change made there can be seen or taken back."""
        log.info("import: %s, %d note(s)", path, len(notes))
        self.window.set_document(doc, None)
        self.safe.start_new()
        self.editor.stack.resetClean()  # not saved anywhere yet
        self.window.set_path(None)
        self.settings.last_folder = str(path.parent)
        if notes:
            self.window.show_notes(notes)
        if exported is not None and exported != doc:
            self.show_changes(exported, path)
        elif notes:
            self.show_import_notes(path, [note.message(self.lang) for note in notes])
        return True

    def save(self) -> bool:
        if self.window.read_only:  # the file is someone else's now: a copy, said aloud
            self.statusMessage.emit(self.tr(
                "Dokument on avatud ainult lugemiseks: salvesta koopia teise nimega."), 10000)
            return self.save_as()
        if self.window.path is None:
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
        if not self.safe.save(path, self.dialog_parent):
            return False
        self.editor.stack.setClean()
        self._remember(path)
        self.statusMessage.emit(self.tr("Salvestatud: {0}").format(path), 5000)
        return True

    def export_word(self) -> bool:
        if not export_available():
            return False
        from ..docx.export import export_document

        if not self.errors_allow_export():
            return False
        chosen = self.ask_export_path()
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        template = self.settings.template_path or None
        try:
            written = export_document(self._doc, path, template)
        except UserError as error:
            self.show_error(error, self.tr("Eksport ebaõnnestus"))
            return False
        log.info("export: %s", written)
        self.settings.last_folder = str(path.parent)
        self.statusMessage.emit(self.tr("Eksporditud: {0}").format(written), 8000)
        offer_to_open(written, self.dialog_parent)
        return True

    def _remember(self, path: Path) -> None:
        settings = self.settings
        settings.add_recent(path)
        settings.last_folder = str(path.resolve().parent)
        self.recentChanged.emit()
