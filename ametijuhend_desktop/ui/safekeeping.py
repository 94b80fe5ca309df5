"""Nothing is ever lost: autosave to recovery, locks, changed-on-disk, backups, in the window.

One ``Safekeeping`` per window, between the window and ``storage`` (which does the work and
never asks anything). It autosaves a few seconds after the user stops typing (2 s of quiet,
and at most 5 s while typing goes on), watches the open file for outside changes, holds the
lock beside it, and asks the questions: recover after a crash, the file is locked, the file
changed on disk, restore an earlier version. Each question is an ``ask_*`` method or a
dialog's ``choose`` class method, so tests replace them.

How the main window plugs it in (the window keeps doing the rest as before):

    self.safe = Safekeeping(lambda: self.editor.doc, lang=lang,
                            keep_backups=settings.value("backup_count"), parent=self)
    self.safe.watch(self.editor.stack)
    self.safe.changedOnDisk.connect(self._changed_on_disk)     # -> self.safe.offer_reload(self)
    # File ▸ Open:   opened = self.safe.open(path, self); if opened: set_document(opened.doc, path)
    #                (opened.read_only: disable Save, "(kirjutuskaitstud)" in the title)
    # File ▸ New:    set_document(doc, None); self.safe.start_new()
    # Save/Save As:  ok = self.safe.save(path, self)  (replaces write_file; on True setClean())
    # Start-up:      rec = self.safe.offer_recovery(self)
    #                if rec: set_document(rec.doc, rec.original); editor.stack.resetClean()
    # Restore earlier version:  doc = self.safe.restore_earlier_version(self)
    #                if doc: set_document(doc, None); self.safe.start_new(); stack.resetClean()
    # closeEvent, after maybe_save() said yes:  self.safe.shut_down()
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import UserError
from ..model import JobDescription
from ..opening import Note, Source, open_document
from ..storage import locks
from ..storage.backups import DEFAULT_KEEP, BackupStore
from ..storage.disk_state import (
    Change,
    ChangedOnDiskError,
    DiskState,
    changed_since,
    snapshot,
)
from ..storage.recovery import RecoveryStore
from ..storage.save import save_document
from .recovery_dialog import RecoveryAction, RecoveryDialog
from .versions_dialog import VersionsDialog

IDLE_MS = 2000  # autosave this long after the last change ...
MAX_WAIT_MS = 5000  # ... but no later than this after the first unsaved one
WATCH_SETTLE_MS = 300  # sync clients write in bursts: look once it is quiet


class LockChoice(Enum):
    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"
    CANCEL = "cancel"


@dataclass
class Opened:
    doc: JobDescription
    read_only: bool
    source: Source = Source.AJX  # not AJX: the window shows it as a new document
    notes: tuple[Note, ...] = ()


@dataclass
class Recovered:
    doc: JobDescription
    original: Path | None  # open it under this path (None: it was never saved)


class Safekeeping(QObject):
    changedOnDisk = Signal(object)  # storage.disk_state.Change
    autosaved = Signal(object)  # the recovery file's Path
    autosaveFailed = Signal(str)  # a plain message; the window shows it in the status bar

    def __init__(self, current: Callable[[], JobDescription], *, lang: str = "et",
                 data_dir: Path | None = None, keep_backups: object = DEFAULT_KEEP,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.lang = lang
        self.recovery = RecoveryStore(data_dir)
        self.backups = BackupStore(data_dir, keep_backups)
        self.path: Path | None = None
        self.state: DiskState | None = None
        self.key = RecoveryStore.key_for(None)
        self.lock: locks.FileLock | None = None
        self.read_only = False
        self.stack: QUndoStack | None = None
        self._failing = False
        self._notified: str | None = None  # the outside content already reported
        self.idle = self._timer(IDLE_MS, self.autosave_now)
        self.max_wait = self._timer(MAX_WAIT_MS, self.autosave_now)
        self.settle = self._timer(WATCH_SETTLE_MS, self._look_at_file)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._something_changed)
        self.watcher.directoryChanged.connect(self._something_changed)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # -- autosave ---------------------------------------------------------------------

    def watch(self, stack: QUndoStack) -> None:
        """Autosave on every change of the undo stack (the dirty flag is its clean state)."""
        self.stack = stack
        # Bound methods, not lambdas: Qt drops the connection when this object goes.
        stack.indexChanged.connect(self._index_changed)
        stack.cleanChanged.connect(self._clean_changed)

    def unwatch(self) -> None:
        if self.stack is not None:
            self.stack.indexChanged.disconnect(self._index_changed)
            self.stack.cleanChanged.disconnect(self._clean_changed)
            self.stack = None

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        self.document_changed()

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self.document_changed()

    def document_changed(self) -> None:
        if "idle" not in vars(self):
            return  # a stack being destroyed at exit, after our Python half is gone
        self.idle.start()
        if not self.max_wait.isActive():
            self.max_wait.start()

    def autosave_now(self) -> None:
        """Write the recovery file now (or remove it when there is nothing unsaved)."""
        self.idle.stop()
        self.max_wait.stop()
        if self.stack is not None and self.stack.isClean():
            self.recovery.discard(self.key)
            return
        try:
            file = self.recovery.save(self.key, self.current(), self.path, self.state)
        except UserError as error:
            if not self._failing:
                self._failing = True
                self.autosaveFailed.emit(self.tr("Automaatne salvestamine ebaõnnestus: {0}")
                                         .format(error.message(self.lang)))
            return
        self._failing = False
        self.autosaved.emit(file)

    # -- opening, new, closing --------------------------------------------------------

    def open(self, path: Path, parent: QWidget | None = None) -> Opened | None:
        """Lock and read ``path``; None if the user cancelled or it cannot be read (shown)."""
        lock: locks.FileLock | None = None
        read_only = False
        try:
            lock = locks.acquire(path)
        except locks.LockedError as error:
            choice = self.ask_locked(error, parent)
            if choice is LockChoice.CANCEL:
                return None
            if choice is LockChoice.OPEN_ANYWAY:
                lock = locks.take_over(path)
            read_only = choice is LockChoice.READ_ONLY
        try:
            opened = open_document(path)
        except UserError as error:
            if lock is not None:
                lock.release()
            self.show_error(error, self.tr("Faili ei saa avada"), parent)
            return None
        if opened.source is not Source.AJX:  # read, never written back: no lock, no watch
            if lock is not None:
                lock.release()
            return Opened(opened.doc, False, opened.source, opened.notes)
        doc, state = opened.doc, opened.state
        self._switch(path, state, lock, RecoveryStore.key_for(path))
        self.read_only = read_only
        return Opened(doc, read_only)

    def start_new(self) -> None:
        """A new, never saved document (File ▸ New, or an earlier version opened as new)."""
        self._switch(None, None, None, RecoveryStore.key_for(None))

    def close(self) -> None:
        """Clean close (the user saved or chose not to): no recovery file, no lock left."""
        self._switch(None, None, None, RecoveryStore.key_for(None))

    def shut_down(self) -> None:
        """The window closes: clean close and stop listening to its undo stack."""
        self.close()
        self.unwatch()

    def _switch(self, path: Path | None, state: DiskState | None,
                lock: locks.FileLock | None, key: str) -> None:
        self.idle.stop()
        self.max_wait.stop()
        if key != self.key:
            self.recovery.discard(self.key)
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.path, self.state, self.lock, self.key = path, state, lock, key
        self.read_only = False
        self._notified = None
        self._watch_file()

    # -- saving -----------------------------------------------------------------------

    def save(self, path: Path, parent: QWidget | None = None) -> bool:
        """Save the current document to ``path``, asking if it changed on disk meanwhile.

        False leaves everything as it was: the document open and modified, the file whole.
        """
        same = self.path is not None and path == self.path
        if same and self.read_only:
            self.show_error(UserError(
                "fail on avatud ainult lugemiseks; salvestage see teise nimega.",
                "the file is open read-only; save it under another name.", path=path),
                self.tr("Salvestamine ebaõnnestus"), parent)
            return False
        known = self.state if same else _state_or_none(path)
        new_lock: locks.FileLock | None = None
        if not same:  # Save As onto a file someone has open: ask before replacing it
            try:
                new_lock = locks.acquire(path)
            except locks.LockedError as error:
                if not self.ask_replace_locked(error, parent):
                    return False
                new_lock = _take_over_quietly(path)
        overwrite = False
        while True:
            try:
                result = save_document(self.current(), path, known, backups=self.backups,
                                       overwrite=overwrite)
                break
            except ChangedOnDiskError as error:
                if overwrite or not self.ask_overwrite(error, parent):
                    if new_lock is not None:
                        new_lock.release()
                    return False
                overwrite = True
            except UserError as error:
                if new_lock is not None:
                    new_lock.release()
                self.show_error(error, self.tr("Salvestamine ebaõnnestus"), parent)
                return False
        if result.warning is not None:
            self.autosaveFailed.emit(result.warning.message(self.lang))
        lock = self.lock if same else new_lock
        self._switch(path, result.state, lock, RecoveryStore.key_for(path))
        self.recovery.discard(self.key)
        return True

    # -- outside changes --------------------------------------------------------------

    def _watch_file(self) -> None:
        for watched in self.watcher.files() + self.watcher.directories():
            self.watcher.removePath(watched)
        if self.path is None:
            return
        # An atomic save by anyone replaces the file, and the watch goes with the old one:
        # watch the folder too, to see the new file arrive.
        targets = [str(self.path.parent)]
        if self.path.exists():
            targets.append(str(self.path))
        self.watcher.addPaths(targets)

    @Slot(str)
    def _something_changed(self, _path: str) -> None:
        self.settle.start()

    def _look_at_file(self) -> None:
        if self.path is None:
            return
        if str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))
        try:
            change = changed_since(self.path, self.state)
        except UserError:
            return  # unreadable for a moment (a sync client mid-write); look again later
        if change is None:
            self._notified = None
            return
        marker = f"{change.value}:{_fingerprint(self.path)}"
        if marker != self._notified:
            self._notified = marker
            self.changedOnDisk.emit(change)

    def offer_reload(self, parent: QWidget | None = None) -> JobDescription | None:
        """Ask whether to load the outside version; the document if so (the window loads it)."""
        if self.path is None or not self.path.exists() or not self.ask_reload(parent):
            return None
        try:
            opened = open_document(self.path)
            doc, state = opened.doc, opened.state
        except UserError as error:
            self.show_error(error, self.tr("Faili ei saa avada"), parent)
            return None
        self.state = state
        self._notified = None
        return doc

    # -- recovery and earlier versions ------------------------------------------------

    def offer_recovery(self, parent: QWidget | None = None) -> Recovered | None:
        """At start-up: offer what a crash left unsaved; the chosen document, or None."""
        while entries := self.recovery.list_recoverable():
            choice, accepted = RecoveryDialog.choose(entries, self.lang, parent)
            if not accepted or choice is None:
                return None
            action, entry = choice
            if action is RecoveryAction.DISCARD:
                self.recovery.discard(entry.key)
                continue
            try:
                doc = self.recovery.load(entry)
            except UserError as error:
                self.show_error(error, self.tr("Taastamine ebaõnnestus"), parent)
                continue
            lock, read_only = None, False
            if entry.original is not None and entry.original.parent.is_dir():
                try:
                    lock = locks.acquire(entry.original)
                except locks.LockedError as error:
                    answer = self.ask_locked(error, parent)
                    if answer is LockChoice.CANCEL:
                        return None
                    if answer is LockChoice.OPEN_ANYWAY:
                        lock = locks.take_over(entry.original)
                    read_only = answer is LockChoice.READ_ONLY
            self._switch(entry.original, entry.base, lock, entry.key)
            self.read_only = read_only
            return Recovered(doc, entry.original)
        return None

    def restore_earlier_version(self, parent: QWidget | None = None) -> JobDescription | None:
        if self.path is None:
            return None
        backup, accepted = VersionsDialog.choose(self.backups.versions(self.path),
                                                 self.path.name, parent)
        if not accepted or backup is None:
            return None
        try:
            return self.backups.open(backup)
        except UserError as error:
            self.show_error(error, self.tr("Faili ei saa avada"), parent)
            return None

    # -- questions (replaced in tests) ------------------------------------------------

    def ask_locked(self, error: locks.LockedError, parent: QWidget | None) -> LockChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Fail on kasutusel"))
        box.setText(error.message(self.lang))
        owner = error.owner
        if owner.on_this_machine() and owner.user == locks.LockOwner.current().user:
            # A second double-click on the same file, most likely: say so plainly.
            box.setInformativeText(self.tr(
                "Fail on juba avatud teises Ametijuhendi aknas selles arvutis; jätkake "
                "pigem seal. Kui avate selle ka siin, võivad kahe akna muudatused "
                "teineteist üle kirjutada."))
        else:
            box.setInformativeText(self.tr(
                "Kui avate selle tavapäraselt, võivad teie ja teise kasutaja muudatused "
                "teineteist üle kirjutada."))
        read_only = box.addButton(self.tr("Ava ainult lugemiseks"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Ava siiski"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Loobu"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return LockChoice.READ_ONLY
        return LockChoice.OPEN_ANYWAY if clicked is anyway else LockChoice.CANCEL

    def ask_replace_locked(self, error: locks.LockedError, parent: QWidget | None) -> bool:
        """Save As onto a file that someone has open: replace it only if the user says so."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Fail on kasutusel"))
        box.setText(error.message(self.lang))
        box.setInformativeText(self.tr(
            "Kui salvestate selle üle, lähevad tema salvestamata muudatused kaotsi; "
            "turvalisem on salvestada teise nimega."))
        replace = box.addButton(self.tr("Salvesta siiski"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Loobu"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is replace

    def ask_overwrite(self, error: ChangedOnDiskError, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Fail on muutunud"))
        box.setText(error.message(self.lang))
        box.setInformativeText(
            self.tr("Kas salvestada siiski? Teise muudatused lähevad siis kaotsi; "
                    "turvalisem on salvestada teise nimega.")
            if error.change is not Change.DELETED
            else self.tr("Kas salvestada fail uuesti samasse kohta?"))
        save = box.addButton(self.tr("Salvesta siiski"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Loobu"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is save

    def ask_reload(self, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Fail on muutunud"))
        box.setText(self.tr("Faili „{0}” on väljaspool seda akent muudetud. "
                            "Kas laadida uus seis?").format(self.path.name if self.path else ""))
        if self.stack is not None and not self.stack.isClean():  # only then is anything lost
            box.setInformativeText(self.tr("Teie salvestamata muudatused lähevad siis kaotsi."))
        load = box.addButton(self.tr("&Laadi uus seis"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Jäta see seis"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.exec()
        return box.clickedButton() is load

    def show_error(self, error: UserError, title: str, parent: QWidget | None) -> None:
        QMessageBox.warning(parent, title, error.message(self.lang))


def _state_or_none(path: Path) -> DiskState | None:
    """Save As onto a file that exists: the user chose to replace it in the file dialog."""
    try:
        return snapshot(path)
    except UserError:
        return None


def _take_over_quietly(path: Path) -> locks.FileLock | None:
    try:
        return locks.take_over(path)
    except (locks.LockedError, OSError):
        return None


def _fingerprint(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return "gone"
    return f"{stat.st_size}:{stat.st_mtime_ns}"
