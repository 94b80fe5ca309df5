"""Noticing that someone else changed the open file: a watch that waits for quiet.

An atomic save by anyone replaces the file, and a watch on the file goes with the old
one, so the folder is watched too, to see the new file arrive. Sync clients write in
bursts: ``settled`` is emitted once it has been quiet for a moment, and what changed is
for ``Safekeeping`` to find out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal, Slot

from .autosave import single_shot

WATCH_SETTLE_MS = 300  # sync clients write in bursts: look once it is quiet


class FileWatch(QObject):
    settled = Signal()  # something happened to the file or its folder, and it is quiet now

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settle = single_shot(self, WATCH_SETTLE_MS, self.settled.emit)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._something_changed)
        self.watcher.directoryChanged.connect(self._something_changed)

    def follow(self, path: Path | None) -> None:
        """Watch ``path`` and its folder from now on (None: watch nothing)."""
        for watched in self.watcher.files() + self.watcher.directories():
            self.watcher.removePath(watched)
        if path is None:
            return
        targets = [str(path.parent)]
        if path.exists():
            targets.append(str(path))
        self.watcher.addPaths(targets)

    def rewatch(self, path: Path) -> None:
        """The file came back after a replace: watch the new one."""
        if str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))

    @Slot(str)
    def _something_changed(self, _path: str) -> None:
        self.settle.start()
