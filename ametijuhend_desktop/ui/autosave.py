"""When to autosave: a few seconds after the user stops typing, and never much later.

The undo stack says when the document changed (its clean state is the dirty flag); this
waits for 2 s of quiet, but no more than 5 s after the first unsaved change while typing
goes on, then calls back. What is written and where is ``Safekeeping``'s business.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QUndoStack

IDLE_MS = 2000  # autosave this long after the last change ...
MAX_WAIT_MS = 5000  # ... but no later than this after the first unsaved one


def single_shot(parent: QObject, ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


class AutosaveTiming(QObject):
    def __init__(self, due: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack: QUndoStack | None = None
        self.idle = single_shot(self, IDLE_MS, due)
        self.max_wait = single_shot(self, MAX_WAIT_MS, due)

    def watch(self, stack: QUndoStack) -> None:
        """Count every change of the undo stack as a change of the document."""
        self.stack = stack
        # Bound methods, not lambdas: Qt drops the connection when this object goes.
        stack.indexChanged.connect(self._index_changed)
        stack.cleanChanged.connect(self._clean_changed)

    def unwatch(self) -> None:
        if self.stack is not None:
            self.stack.indexChanged.disconnect(self._index_changed)
            self.stack.cleanChanged.disconnect(self._clean_changed)
            self.stack = None

    def unsaved(self) -> bool:
        return self.stack is not None and not self.stack.isClean()

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

    def stop(self) -> None:
        self.idle.stop()
        self.max_wait.stop()
