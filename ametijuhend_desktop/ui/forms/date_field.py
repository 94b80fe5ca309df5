"""A date the user can type (01.01.2027, 1.1.2027, 01012027) or pick, or leave empty.

Qt's date box edits day, month and year as separate sections and shows "no date" as a
text inside the box, so typing over it gave "puudub01012027" and ↑ gave 02.01.1900.
Here the date is plain text in the Estonian form; it reaches the model as soon as it
is a whole date (or empty), ↑/↓ step a day (from today when empty), and the calendar
and ✕ are buttons beside it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    """The date in ``text`` (day first, as written in Estonia); None if it is not one."""
    for pattern, order in ((_SEPARATED, (2, 1, 0)), (_DIGITS, (2, 1, 0)), (_ISO, (0, 1, 2))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i + 1)) for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


def show_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


class DateText(QLineEdit):
    """The typed date; ↑ and ↓ move it by a day."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        current = parse_date(self.text())
        day = dt.date.today() if current is None else current + dt.timedelta(days=step)
        self.setText(show_date(day))
        self.textEdited.emit(self.text())


class OptionalDateEdit(QWidget):
    """A date with a calendar that may also be empty ("no date")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateText()
        self.edit.setPlaceholderText(self.tr("pp.kk.aaaa"))
        self.edit.setToolTip(self.tr("Kirjuta kuupäev, nt 01.01.2027, või vali kalendrist; "
                                     "↑ ja ↓ muudavad päeva"))
        self.edit.setMaxLength(10)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 12)
        self.edit.setMaximumWidth(self.edit.minimumWidth() + 40)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        today = QTextCharFormat()  # today stands out, as in a paper calendar
        today.setFontWeight(QFont.Weight.Bold)
        today.setFontUnderline(True)
        self.calendar.setDateTextFormat(QDate.currentDate(), today)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_calendar)
        self.calendar.clicked.connect(lambda date: self._picked(date, menu))
        self.calendar.activated.connect(lambda date: self._picked(date, menu))
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar_button.setToolTip(self.tr("Vali kalendrist"))
        self.calendar_button.setMenu(menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Eemalda kuupäev"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.edit, self.calendar_button, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.clear_button.clicked.connect(lambda: self.set_value(None, emit=True))
        self._value: dt.date | None = None

    def _open_calendar(self) -> None:
        """At the date shown, or at today for no date (not at 1900)."""
        shown = self._value or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)

    def _picked(self, date: QDate, menu: QMenu) -> None:
        menu.hide()
        self.set_value(dt.date(date.year(), date.month(), date.day()), emit=True)
        self.edit.setFocus()

    def _typed(self, text: str) -> None:
        """A whole date or an empty box is taken at once; anything else waits (shown red)."""
        value = parse_date(text)
        valid = value is not None or not text.strip()
        self.edit.setStyleSheet("" if valid else "QLineEdit { color: #b00020; }")
        if valid and value != self._value:
            self._value = value
            self.clear_button.setEnabled(value is not None)
            self.changed.emit()

    def _tidy(self) -> None:
        """Leaving the box: a date typed as 1.1.2027 is shown as 01.01.2027."""
        if parse_date(self.edit.text()) is not None or not self.edit.text().strip():
            self.edit.setText(show_date(self._value))

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None, emit: bool = False) -> None:
        self._value = value
        self.edit.setText(show_date(value))
        self.edit.setStyleSheet("")
        self.clear_button.setEnabled(value is not None)
        if emit:
            self.changed.emit()
