"""Nothing is ever lost: the open file's lock, its state on disk, the save loop, autosave.

One ``Safekeeping`` per window, between the window and ``storage`` (which does the work and
never asks anything). It holds the lock beside the open file, remembers what the file
looked like when it was read (so a save never silently overwrites someone else's), asks
before overwriting or replacing, writes the recovery file when ``AutosaveTiming`` says it
is time, and reports outside changes that ``FileWatch`` noticed. The questions are the
``ask_*`` methods (thin over ``safekeeping_dialogs``), so tests replace them; recovery
after a crash and earlier versions are in ``recovery_offer``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..errors import UserError
from ..model import JobDescription
from ..opening import Note, Source, open_document
from ..storage import locks
from ..storage.backups import DEFAULT_KEEP, BackupStore
from ..storage.disk_state import (
    ChangedOnDiskError,
    DiskState,
    changed_since,
    snapshot,
)
from ..storage.recovery import RecoveryEntry, RecoveryStore
from ..storage.save import save_document
from . import safekeeping_dialogs as dialogs
from .autosave import AutosaveTiming
from .file_watch import FileWatch
from .safekeeping_dialogs import LockChoice

log = logging.getLogger(__name__)

__all__ = ["LockChoice", "Opened", "Safekeeping"]


@dataclass
class Opened:
    doc: JobDescription
    read_only: bool
    source: Source = Source.AJX  # not AJX: the window shows it as a new document
    notes: tuple[Note, ...] = ()
    embedded: JobDescription | None = None  # our Word export: the data it carried


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
        self._failing = False
        self._notified: str | None = None  # the outside content already reported
        self.timing = AutosaveTiming(self.autosave_now, self)
        self.file_watch = FileWatch(self)
        self.file_watch.settled.connect(self._look_at_file)

    # -- autosave ---------------------------------------------------------------------

    def watch(self, stack: QUndoStack) -> None:
        """Autosave on every change of the undo stack (the dirty flag is its clean state)."""
        self.timing.watch(stack)

    def autosave_now(self) -> None:
        """Write the recovery file now (or remove it when there is nothing unsaved)."""
        self.timing.stop()
        if self.timing.stack is not None and self.timing.stack.isClean():
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
            log.info("lock: %s open elsewhere, the user chose %s", path, choice.value)
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
            return Opened(opened.doc, False, opened.source, opened.notes, opened.embedded)
        doc, state = opened.doc, opened.state
        log.info("open: %s%s", path, " (read-only)" if read_only else "")
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
        self.timing.unwatch()

    def take_recovered(self, entry: RecoveryEntry, lock: locks.FileLock | None,
                       read_only: bool) -> None:
        """Go on with a recovered document: its file (if any), the state its edits began
        from, and its recovery file, which stays until the document is saved or closed."""
        self._switch(entry.original, entry.base, lock, entry.key)
        self.read_only = read_only

    def _switch(self, path: Path | None, state: DiskState | None,
                lock: locks.FileLock | None, key: str) -> None:
        self.timing.stop()
        if key != self.key:
            self.recovery.discard(self.key)
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.path, self.state, self.lock, self.key = path, state, lock, key
        self.read_only = False
        self._notified = None
        self.file_watch.follow(path)

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
                    log.info("lock: Save As onto %s, open elsewhere: the user cancelled", path)
                    return False
                new_lock = _take_over_quietly(path)
        overwrite = False
        while True:
            try:
                result = save_document(self.current(), path, known, backups=self.backups,
                                       overwrite=overwrite)
                break
            except ChangedOnDiskError as error:
                log.info("save: %s changed on disk (%s)", path, error.change.value)
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

    def _look_at_file(self) -> None:
        if self.path is None:
            return
        self.file_watch.rewatch(self.path)
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

    # -- questions (replaced in tests) ------------------------------------------------

    def ask_locked(self, error: locks.LockedError, parent: QWidget | None) -> LockChoice:
        return dialogs.ask_locked(error, self.lang, parent)

    def ask_replace_locked(self, error: locks.LockedError, parent: QWidget | None) -> bool:
        return dialogs.ask_replace_locked(error, self.lang, parent)

    def ask_overwrite(self, error: ChangedOnDiskError, parent: QWidget | None) -> bool:
        return dialogs.ask_overwrite(error, self.lang, parent)

    def ask_reload(self, parent: QWidget | None) -> bool:
        return dialogs.ask_reload(self.path.name if self.path else "", self.timing.unsaved(),
                                  parent)

    def show_error(self, error: UserError, title: str, parent: QWidget | None) -> None:
        log.warning("shown: %s", error.message("en"))
        dialogs.show_error(error, title, self.lang, parent)


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
