"""The window's size and splitters, kept between sessions and fitted to the screen.

A first start (or a size saved on a bigger monitor) must fit the screen the window
opens on: a 1366×768 laptop has about 1366×728 to give once the task bar is there.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from .settings import AppSettings

DEFAULT_SIZE = QSize(1280, 800)


def fitting_size(free: QRect | None) -> QSize:
    """The default size, or less where the screen's free area is smaller."""
    if free is None:
        return DEFAULT_SIZE
    frame = 40  # title bar and borders the window manager adds
    return QSize(min(DEFAULT_SIZE.width(), free.width()),
                 min(DEFAULT_SIZE.height(), free.height() - frame))


def restore(window: QMainWindow, settings: AppSettings,
            splitters: dict[str, QSplitter]) -> None:
    geometry = settings.state("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    screen = window.screen()
    size = fitting_size(screen.availableGeometry() if screen is not None else None)
    if geometry is None or window.width() > size.width() or window.height() > size.height():
        window.resize(window.size().boundedTo(size) if geometry is not None else size)
    for key, splitter in splitters.items():
        state = settings.state(key)
        if state is not None:
            splitter.restoreState(state)


def save(window: QMainWindow, settings: AppSettings, splitters: dict[str, QSplitter]) -> None:
    settings.set_state("geometry", QByteArray(window.saveGeometry()))
    for key, splitter in splitters.items():
        settings.set_state(key, QByteArray(splitter.saveState()))
    settings.sync()
