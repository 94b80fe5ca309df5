"""A window with its own settings file, and helpers to act on it as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from ametijuhend_desktop.model.paths import ModelPath
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings: AppSettings) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    win.resize(1200, 760)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.editor.stack.setClean()  # no "save changes?" prompt when the test is over
    win.close()
    win.deleteLater()


def field(window: MainWindow, path: ModelPath) -> QWidget:
    """Go to the field for ``path`` the way a finding click does; return its widget."""
    window.reveal(path)
    widget = window.form(Page.of(window.editor.tree.node_for(path))).widget_for(path)
    assert widget is not None, path
    return widget


def type_into(qtbot, window: MainWindow, path: ModelPath, text: str, clear: bool = True) -> None:
    widget = field(window, path)
    widget.setFocus()
    if clear and isinstance(widget, QLineEdit | QPlainTextEdit):
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    keys(widget, text)
    settle(window, widget)


def keys(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks stops at letters outside ASCII (õ, š, „)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def settle(window: MainWindow, widget: QWidget | None = None) -> None:
    """Close a completion popup the way the user's next click would, and come back."""
    if isinstance(widget, QLineEdit) and widget.completer() is not None:
        widget.completer().popup().hide()
    window.activateWindow()
    QApplication.processEvents()
