"""The read-only preview: the whole document as it will read, following the selection."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..model import JobDescription
from ..preview.html import STYLE_SHEET, render_html

DEBOUNCE_MS = 300


class Preview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.doc: JobDescription | None = None
        self.anchor = "meta"
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)

    def watch(self, doc: JobDescription) -> None:
        self.doc = doc
        self.render_now()

    def schedule(self) -> None:
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        if self.doc is None or not self.isVisible():
            self._stale = True
            return
        self._stale = False
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(render_html(self.doc))
        bar.setValue(position)

    def show_anchor(self, anchor: str) -> None:
        self.anchor = anchor
        if getattr(self, "_stale", False):
            self.render_now()
        self.scrollToAnchor(anchor)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.render_now()
            self.scrollToAnchor(self.anchor)
