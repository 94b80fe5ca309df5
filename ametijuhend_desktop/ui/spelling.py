"""Spell check in the window: one speller for the process, loaded off the GUI thread.

``attach_spelling`` is the one hook the text fields call: it puts the underline painter
(``spelling_paint``) on the widget and adds suggestions and "Lisa minu sõnastikku" to the
top of whatever context menu the widget shows (its own or a list row's), by watching
for that menu rather than replacing it. Until the dictionary has loaded nothing is
underlined; if there is none, nothing ever is and the log says why once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from ..files.user_folders import data_dir as user_data_dir
from ..model.paths import ModelPath
from ..spelling.engine import Speller, load_engine
from ..spelling.personal import FILE_NAME, PersonalDictionary
from ..spelling.words import Word, as_checked, words, worth_checking
from .editor import DocumentEditor
from .spelling_paint import LineUnderliner, SpellHighlighter

LOAD_DELAY_MS = 700


class Bound(Protocol):
    """The field's binding: where its text lives, and the editor that changes it."""

    @property
    def path(self) -> ModelPath: ...

    @property
    def editor(self) -> DocumentEditor: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("Spelling", text)


def holds_names(path: ModelPath) -> bool:
    """Fields of people's names: every capitalised word there is a name, never checked."""
    return (path[:1] == ("signatories",) and path[-1:] == ("name",)) or path in (
        ("meta", "author"), ("meta", "approval", "approver"))


class SpellService(QObject):
    """The speller once loaded, and a signal whenever what is underlined may change."""

    changed = Signal()
    _loaded = Signal(object)  # from the loading thread; queued to the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self.speller: Speller | None = None
        self._personal_path: Path | None = None
        self._started = False
        self._loaded.connect(self._take)

    def use_data_dir(self, data_dir: Path | None) -> None:
        """The user's own words live beside their other files (the window's data folder)."""
        folder = data_dir or user_data_dir()
        self._personal_path = folder / FILE_NAME
        if self.speller is not None:
            self.speller = Speller(self.speller.engine, PersonalDictionary(self._personal_path))
            self.changed.emit()
        self.start()

    def start(self) -> None:
        """Begin loading in the background (once); typing and start-up never wait for it.

        Vabamorf reads its lexicon holding Python's lock for about 0.15 s, which would
        stall the window even from a thread; started after the window has painted, that
        falls before the user's first keystroke instead of into the start-up.
        """
        if self._started:
            return
        self._started = True
        QTimer.singleShot(LOAD_DELAY_MS, lambda: threading.Thread(
            target=lambda: self._loaded.emit(load_engine()), name="spelling-load",
            daemon=True).start())

    def ready(self) -> bool:
        return self.speller is not None

    def _take(self, engine: object) -> None:
        if engine is None:
            return  # load_engine has logged why
        self.speller = Speller(engine, PersonalDictionary(self._personal_path))  # type: ignore[arg-type]
        self.changed.emit()

    def misspelled(self, text: str, names: bool) -> list[Word]:
        speller = self.speller
        if speller is None:
            return []
        return [w for w in words(text)
                if worth_checking(text, w, names) and not speller.correct(as_checked(text, w))]

    def add(self, word: str) -> None:
        if self.speller is not None:
            self.speller.add(word)
            self.changed.emit()


_service: SpellService | None = None


def spell_service() -> SpellService:
    global _service
    if _service is None:
        _service = SpellService()
    return _service


class _MenuHook(QObject):
    """Watches one field for the context menu it is about to show, and fills in spelling."""

    def __init__(self, widget: QLineEdit | QPlainTextEdit, bound: Bound) -> None:
        super().__init__(widget)
        self.widget = widget
        self.bound = bound
        self._at: int | None = None  # text position of the right click
        widget.installEventFilter(self)
        if isinstance(widget, QPlainTextEdit):
            widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._at = self._position(watched, event.pos(), event.reason())
        elif kind == QEvent.Type.ChildPolished:  # a QPlainTextEdit parents it to the viewport
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QMenu):
                child.aboutToShow.connect(lambda menu=child: self._fill(menu))
        return False

    def _position(self, watched: QObject, pos: QPoint, reason: QContextMenuEvent.Reason) -> int:
        w = self.widget
        keyboard = reason == QContextMenuEvent.Reason.Keyboard
        if isinstance(w, QLineEdit):
            return w.cursorPosition() if keyboard else w.cursorPositionAt(pos)
        if keyboard or watched is w:
            return w.textCursor().position()
        return w.cursorForPosition(pos).position()

    def _fill(self, menu: QMenu) -> None:
        text = self.widget.text() if isinstance(self.widget, QLineEdit) else self.widget.toPlainText()
        at, self._at = self._at, None
        if at is None:
            return
        wrong = next((w for w in spell_service().misspelled(text, holds_names(self.bound.path))
                      if w.start <= at <= w.end), None)
        speller = spell_service().speller
        if wrong is None or speller is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        found = speller.suggestions(wrong.text)
        added: list[QAction] = []
        for suggestion in found:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, s=suggestion: self.replace(text, wrong, s))
            added.append(action)
        if not found:
            none = QAction(tr("Soovitusi pole"), menu)
            none.setEnabled(False)
            added.append(none)
        learn = QAction(tr("Lisa minu sõnastikku"), menu)
        learn.triggered.connect(lambda: spell_service().add(wrong.text))
        added.append(learn)
        separator = QAction(menu)
        separator.setSeparator(True)
        added.append(separator)
        menu.insertActions(first, added)  # type: ignore[arg-type]

    def replace(self, text: str, word: Word, new: str) -> None:
        """Its own undo step, not merged into the typing before it; the field follows."""
        self.bound.editor.set_value(self.bound.path, text[: word.start] + new + text[word.end:])


def attach_spelling(widget: QWidget, bound: Bound) -> None:
    """Underline misspelled words in ``widget`` and offer corrections on right-click."""
    service = spell_service()
    service.start()

    def names() -> bool:
        return holds_names(bound.path)

    if isinstance(widget, QPlainTextEdit):
        highlighter = SpellHighlighter(widget, service.misspelled, names)
        service.changed.connect(highlighter.refresh)  # dropped with the widget's document
    elif isinstance(widget, QLineEdit):
        LineUnderliner(widget, service.misspelled, names)  # kept alive as the widget's child
        service.changed.connect(widget.update)
    else:
        return
    _MenuHook(widget, bound)
