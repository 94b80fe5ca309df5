"""Bringing work back: what a crash left unsaved (at start-up), and earlier versions.

Both ask through a dialog's ``choose`` class method (tests patch its ``exec``) and hand the
chosen document to the window; the lock and the recovery file are ``Safekeeping``'s.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..errors import UserError
from ..model import JobDescription
from ..storage import locks
from .recovery_dialog import RecoveryAction, RecoveryDialog
from .safekeeping import LockChoice, Safekeeping
from .versions_dialog import VersionsDialog

log = logging.getLogger(__name__)


@dataclass
class Recovered:
    doc: JobDescription
    original: Path | None  # open it under this path (None: it was never saved)


def offer_recovery(safe: Safekeeping, parent: QWidget | None = None) -> Recovered | None:
    """At start-up: offer what a crash left unsaved; the chosen document, or None."""
    while entries := safe.recovery.list_recoverable():
        log.info("recovery: %d document(s) left unsaved", len(entries))
        choice, accepted = RecoveryDialog.choose(entries, safe.lang, parent)
        if not accepted or choice is None:
            return None
        action, entry = choice
        if action is RecoveryAction.DISCARD:
            log.info("recovery: the user discarded %s", entry.file)
            safe.recovery.discard(entry.key)
            continue
        try:
            doc = safe.recovery.load(entry)
        except UserError as error:
            safe.show_error(error, QCoreApplication.translate(
                "Safekeeping", "Taastamine ebaõnnestus"), parent)
            continue
        lock, read_only = None, False
        if entry.original is not None and entry.original.parent.is_dir():
            try:
                lock = locks.acquire(entry.original)
            except locks.LockedError as error:
                answer = safe.ask_locked(error, parent)
                if answer is LockChoice.CANCEL:
                    return None
                if answer is LockChoice.OPEN_ANYWAY:
                    lock = locks.take_over(entry.original)
                read_only = answer is LockChoice.READ_ONLY
        safe.take_recovered(entry, lock, read_only)
        return Recovered(doc, entry.original)
    return None


def restore_earlier_version(safe: Safekeeping,
                            parent: QWidget | None = None) -> JobDescription | None:
    """A backup of the open file, chosen by the user, as a document (None: none chosen)."""
    if safe.path is None:
        return None
    backup, accepted = VersionsDialog.choose(safe.backups.versions(safe.path),
                                             safe.path.name, parent)
    if not accepted or backup is None:
        return None
    try:
        return safe.backups.open(backup)
    except UserError as error:
        safe.show_error(error, QCoreApplication.translate("Safekeeping", "Faili ei saa avada"),
                        parent)
        return None
