"""Drawing the red wavy underline under misspelled words, in both kinds of text field.

Multi-line fields (QPlainTextEdit) get a QSyntaxHighlighter: Qt re-checks only the line
being typed in. One-line fields (QLineEdit) have no highlighter, and turning them into
multi-line widgets would change their keys, sizes and completers; instead the field
paints itself as usual and the underline is drawn on top, positioned from the cursor's
place and the font's advances (QLineEdit lays its text out in one line with that font).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStyle, QStyleOptionFrame

from ..spelling.words import Word

Misspelled = Callable[[str, bool], list[Word]]  # (text, holds names) -> words
UNDERLINE = QColor(220, 30, 30)


def spelling_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, widget: QPlainTextEdit, misspelled: Misspelled,
                 names: Callable[[], bool]) -> None:
        super().__init__(widget.document())
        self._widget = widget
        self._misspelled = misspelled
        self._names = names
        self._format = spelling_format()

    def refresh(self) -> None:
        """Underline again (dictionary loaded, a word learnt). Re-formatting ends an edit
        block and the field would report a text change; its binding must not record it,
        nor, for a row being removed, write it to a place that is gone."""
        was = self._widget.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            self._widget.blockSignals(was)

    def highlightBlock(self, text: str) -> None:
        for word in self._misspelled(text, self._names()):
            self.setFormat(word.start, word.end - word.start, self._format)


class LineUnderliner(QObject):
    """Paints the underline over a QLineEdit after the field has painted itself."""

    def __init__(self, widget: QLineEdit, misspelled: Misspelled,
                 names: Callable[[], bool]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._misspelled = misspelled
        self._names = names
        self._cache: tuple[str, bool, list[Word]] = ("", False, [])
        widget.installEventFilter(self)

    def words(self) -> list[Word]:
        """The misspelled words of the field's text (kept until the text changes)."""
        text, names = self.widget.text(), self._names()
        if (text, names) != self._cache[:2]:
            self._cache = (text, names, self._misspelled(text, names))
        return self._cache[2]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or watched is not self.widget:
            return False
        w = self.widget
        QLineEdit.paintEvent(w, event)  # type: ignore[arg-type]
        if w.echoMode() == QLineEdit.EchoMode.Normal and w.text():
            wrong = self.words()
            if wrong:
                self._paint(wrong)
        return True

    def _paint(self, wrong: list[Word]) -> None:
        w = self.widget
        text = w.text()
        metrics = w.fontMetrics()
        cursor = w.cursorRect()
        # x of the text's start: the cursor's x less the advance of the text before it.
        origin = cursor.center().x() - metrics.horizontalAdvance(text[: w.cursorPosition()])
        option = QStyleOptionFrame()
        w.initStyleOption(option)
        area = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w)
        area = area.marginsRemoved(w.textMargins())
        y = min(cursor.bottom(), area.bottom()) - 1.5
        painter = QPainter(w)
        painter.setClipRect(area)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(UNDERLINE, 1.0, Qt.PenStyle.SolidLine))
        for word in wrong:
            x0 = origin + metrics.horizontalAdvance(text[: word.start])
            x1 = origin + metrics.horizontalAdvance(text[: word.end])
            painter.drawPath(_wave(x0, x1, y))
        painter.end()


def _wave(x0: float, x1: float, y: float, step: float = 2.0) -> QPainterPath:
    path = QPainterPath(QPointF(x0, y))
    x, up = x0, True
    while x < x1:
        x = min(x + step, x1)
        path.lineTo(QPointF(x, y - step if up else y))
        up = not up
    return path
