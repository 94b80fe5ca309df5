"""Suggestions under a one-line field that never swallow the user's next click.

Qt's completion list is a popup: a click outside it only closes it, and Qt's own
replay of that click arrives after the mouse button is already up again (on X the
release even goes to the closed popup), so a fast click on + or on the tree after
typing "soome" did nothing, or typing went on in the previous row. Here the click
that closes the list is handed whole (press and release) to the widget under the
mouse at once, as if no list had been open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QWidget


class _PassClickThrough(QObject):
    """On the popup: a press outside it closes it and goes to the widget under the mouse."""

    def __init__(self, popup: QWidget) -> None:
        super().__init__(popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)  # no second, late press

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ``watched`` is the popup; a wrapper kept from before Qt reparented it may be stale.
        if (event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent)
                or not isinstance(watched, QWidget)):
            return False
        where = event.globalPosition().toPoint()
        if watched.geometry().contains(where):
            return False  # a click on a suggestion: the completer takes it
        watched.hide()
        target = QApplication.widgetAt(where)
        handle = target.window().windowHandle() if target is not None else None
        if handle is not None:
            # The whole click, now: on X the button's release would go to the closed popup.
            local = handle.mapFromGlobal(where).toPointF()
            for kind, buttons in ((QEvent.Type.MouseButtonPress, event.buttons()),
                                  (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
                QApplication.sendEvent(handle, QMouseEvent(
                    kind, local, event.globalPosition(), event.button(), buttons,
                    event.modifiers()))
        return True


def attach_completer(widget: QLineEdit, completions: Callable[[], Sequence[str]],
                     accepted: Callable[[], None]) -> QCompleter:
    """Suggest ``completions()`` (read afresh on each focus) as the user types."""
    completer = QCompleter([], widget)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    widget.setCompleter(completer)
    completer.activated.connect(lambda _text: accepted())
    popup = completer.popup()
    if popup is not None:
        popup.installEventFilter(_PassClickThrough(popup))  # after the completer's own: runs first
    return completer


def fill(completer: QCompleter, own: str, completions: Sequence[str]) -> None:
    """The suggestions, without the field's own text (it would only repeat it)."""
    words = sorted({w for w in completions if w.strip() and w != own})
    completer.model().setStringList(words)  # type: ignore[attr-defined]
