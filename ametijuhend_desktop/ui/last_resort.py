"""The last resort: an error nobody expected never passes silently, and never loses work.

``install()`` (called by app.py at start-up) puts a handler in ``sys.excepthook`` (errors
in slots and event handlers arrive there), ``threading.excepthook`` (relayed to the main
thread) and Qt's message handler (a fatal message saves the work before Qt ends the
program). On an error it first writes each open window's document to its recovery file,
the same store and key the autosave uses, then logs the traceback and shows the
``CrashDialog``. The program keeps running: Qt carries on after a failed slot.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from .. import logs
from .crash_dialog import CrashDialog, CrashReport, Rescue
from .main_window import MainWindow

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def rescue(window: MainWindow) -> tuple[Rescue, Path | None]:
    """Write the window's document to its recovery file, as the autosave would now."""
    safe = window.safe
    if safe.timing.stack is not None and safe.timing.stack.isClean():
        return Rescue.NOTHING_UNSAVED, None
    try:
        file = safe.recovery.save(safe.key, safe.current(), safe.path, safe.state)
    except Exception:  # the document itself may be what broke; say so, keep going
        log.exception("recovery: the document could not be written to the recovery file")
        return Rescue.FAILED, None
    log.info("recovery: the document was written to %s", file)
    return Rescue.SAVED, file


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


class LastResort(QObject):
    """The installed handlers; ``uninstall`` puts the previous ones back (tests)."""

    _relay = Signal(object)  # an error from another thread, handled in the main thread

    def __init__(self, show: Callable[[CrashDialog], object] | None = None) -> None:
        super().__init__()
        self.show = show or (lambda dialog: dialog.exec())
        self._busy = False
        self._previous = (sys.excepthook, threading.excepthook)
        self._relay.connect(self._handle_relayed)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._previous_qt = qInstallMessageHandler(self.qt_message)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(self._previous_qt)

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self.handle((kind, error, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._relay.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def _handle_relayed(self, info: ExcInfo) -> None:
        self.handle(info)

    def handle(self, info: ExcInfo) -> None:
        """Save the work first, then log, then tell the user."""
        if self._busy:  # an error while handling one: logging is all that is safe
            log.critical("unexpected error while reporting an error", exc_info=info)
            return
        self._busy = True
        try:
            windows = _windows()
            rescued = [rescue(w) for w in windows]
            log.critical("unexpected error", exc_info=info)
            outcome = _worst([r for r, _ in rescued])
            files = [f for _, f in rescued if f is not None]
            log_path = logs.log_file()
            report = CrashReport(outcome, files[0] if files else None,
                                 log_path if log_path.exists() else None,
                                 logs.details(*info))
            parent = windows[0] if windows else None
            dialog = CrashDialog(report, parent)
            self.show(dialog)
            dialog.deleteLater()
        except Exception:
            log.critical("unexpected error while reporting an error", exc_info=True)
            sys.__excepthook__(*info)
        finally:
            self._busy = False

    def qt_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if kind is QtMsgType.QtFatalMsg:
            for window in _windows():  # Qt ends the program when this returns
                rescue(window)
        logging.getLogger(f"{__name__}.qt").log(level, "%s", message)
        if level >= logging.WARNING and sys.stderr is not None:
            print(message, file=sys.stderr)  # where Qt itself would have put it


def _worst(outcomes: list[Rescue]) -> Rescue:
    if Rescue.FAILED in outcomes:
        return Rescue.FAILED
    return Rescue.SAVED if Rescue.SAVED in outcomes else Rescue.NOTHING_UNSAVED


def install() -> LastResort:
    """The handlers for this process; app.py calls it once the QApplication exists."""
    return LastResort()
