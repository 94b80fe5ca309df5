"""Keyboard: the window's Tab order (tree, the shown form's fields, findings, preview), and
Shift+F10 for context menus.

Forms are built when first shown and their rows are rebuilt as lists change, so Qt's own
focus chain (creation order) would put every form after the preview and send Tab from
the tree into the findings. The window asks here instead, each time Tab is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit, QWidget


def _takes_tab(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def tab_stops(window: QWidget, zones: list[QWidget]) -> list[QWidget]:
    """The widgets Tab visits, zone by zone; within a zone in Qt's focus-chain order."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 100_000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    stops: list[QWidget] = []
    for zone in zones:
        if not zone.isVisible():
            continue
        if _takes_tab(zone):
            stops.append(zone)
        stops.extend(w for w in chain
                     if w is not zone and zone.isAncestorOf(w) and _takes_tab(w))
    return stops


def next_stop(window: QWidget, zones: list[QWidget], current: QWidget | None,
              forward: bool) -> QWidget | None:
    """Where Tab (``forward``) or Shift+Tab goes from ``current``; None: let Qt decide."""
    stops = tab_stops(window, zones)
    if not stops:
        return None
    widget = current
    while widget is not None and widget not in stops:
        widget = widget.parentWidget()  # a line edit inside a combo box, a viewport …
    if widget is None:
        return None
    step = 1 if forward else -1
    return stops[(stops.index(widget) + step) % len(stops)]


def open_context_menu() -> None:
    """Shift+F10: the focused widget's context menu, as the menu key gives it.

    Laptops often have no menu key; Windows and GNOME users reach context menus with
    Shift+F10, which Qt maps on Windows only. Lists show it at their current row.
    """
    widget = QApplication.focusWidget()
    if widget is None:
        return
    pos = widget.rect().center()
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        rect = widget.visualRect(widget.currentIndex())
        pos = widget.viewport().mapTo(widget, rect.center())
    elif isinstance(widget, QLineEdit):
        pos = widget.cursorRect().center()
    elif isinstance(widget, QPlainTextEdit):
        pos = widget.viewport().mapTo(widget, widget.cursorRect().center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
