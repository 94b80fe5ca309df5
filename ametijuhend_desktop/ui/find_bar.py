"""Find and replace in the open document (Ctrl+F, Ctrl+H): a bar above the form.

The searching is ``model/find.py``; this bar lists the matches by place ("3.4 tulemus 2"),
jumps to one by selecting its tree node and its text in the field, and replaces through
the editor's ``set_value``: replace-all is one undo step (a QUndoStack macro), so Ctrl+Z
brings every field back at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.find import FindOptions, Match, find_all, next_index, place, replace_all, replace_one
from ..model.paths import ModelPath, resolve
from .editor import DocumentEditor
from .pages import Page
from .tree_model import DocumentTreeModel

ShowField = Callable[[ModelPath], QWidget | None]  # reveal the field, return its widget
MAX_LISTED = 500  # a list longer than this helps nobody; the count still says how many


class _Form(Protocol):
    def widget_for(self, path: ModelPath) -> QWidget | None: ...


class _Window(Protocol):
    """What the bar needs of the main window: its editor and a way to show a field."""

    editor: DocumentEditor

    def reveal(self, path: ModelPath, focus: bool = True) -> None: ...

    def form(self, page: Page) -> _Form: ...


def install_find_bar(window: _Window, column: QVBoxLayout, menu: QMenu, lang: str) -> FindBar:
    """Put the bar at the top of the form column and Find/Replace into the Edit menu."""
    tree: DocumentTreeModel = window.editor.tree

    def show_field(path: ModelPath) -> QWidget | None:
        window.reveal(path)
        return window.form(Page.of(tree.node_for(path))).widget_for(path)

    bar = FindBar(window.editor, show_field, lang)
    column.insertWidget(0, bar)
    menu.addSeparator()
    menu.addActions(bar.actions_for_menu())
    return bar


class FindBar(QWidget):
    def __init__(self, editor: DocumentEditor, show_field: ShowField, lang: str = "et",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._show_field = show_field
        self._lang = lang
        self.matches: list[Match] = []
        self.current: Match | None = None

        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Otsitav tekst"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Asendustekst"))
        self.match_case = QCheckBox(self.tr("Tõstutundlik"))
        self.whole_words = QCheckBox(self.tr("Terved sõnad"))
        self.next_button = QPushButton(self.tr("Järgmine"))
        self.replace_button = QPushButton(self.tr("Asenda"))
        self.replace_all_button = QPushButton(self.tr("Asenda kõik"))
        self.count = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Sulge otsing (Esc)"))
        self.results = QListWidget()
        self.results.setMaximumHeight(140)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.addWidget(QLabel(self.tr("Otsi")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.match_case, 0, 3)
        grid.addWidget(self.whole_words, 0, 4)
        grid.addWidget(close, 0, 5)
        self.replace_label = QLabel(self.tr("Asenda"))
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3, 1, 2)
        grid.addWidget(self.count, 2, 0, 1, 6)
        grid.addWidget(self.results, 3, 0, 1, 6)
        grid.setColumnStretch(1, 1)

        # Typing re-searches after a short pause, not on every key of a 500-duty document.
        self._search_later = QTimer(self)
        self._search_later.setSingleShot(True)
        self._search_later.setInterval(150)
        self._search_later.timeout.connect(self.search)
        self.find_edit.textEdited.connect(self._edited)
        self.match_case.toggled.connect(lambda _on: self.search())
        self.whole_words.toggled.connect(lambda _on: self.search())
        self.find_edit.returnPressed.connect(self.next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.next)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_everywhere)
        self.results.itemActivated.connect(self._activated)
        close.clicked.connect(self.close_bar)
        editor.documentReplaced.connect(self.search)
        self.installEventFilter(self)
        for child in (self.find_edit, self.replace_edit, self.results):
            child.installEventFilter(self)

        self.find_action = QAction(self.tr("Ot&si…"), self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.open_bar(replace=False))
        self.replace_action = QAction(self.tr("Asen&da…"), self)
        self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        self.replace_action.triggered.connect(lambda: self.open_bar(replace=True))
        self.hide()

    def actions_for_menu(self) -> list[QAction]:
        return [self.find_action, self.replace_action]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self.close_bar()
            return True
        return False

    # -- opening and closing -----------------------------------------------------------

    def open_bar(self, replace: bool) -> None:
        """Show the bar with the field's selected text as the needle, as editors do."""
        for widget in (self.replace_label, self.replace_edit, self.replace_button,
                       self.replace_all_button):
            widget.setVisible(replace)
        selected = self._selected_text()
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        widget = self._show_field(self.current.path) if self.current else None
        if widget is not None:
            widget.setFocus()

    @staticmethod
    def _selected_text() -> str:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            return widget.selectedText()
        if isinstance(widget, QPlainTextEdit):
            return widget.textCursor().selectedText()
        return ""

    # -- searching ---------------------------------------------------------------------

    def options(self) -> FindOptions:
        return FindOptions(self.match_case.isChecked(), self.whole_words.isChecked())

    def search(self) -> None:
        self._search_later.stop()
        self.matches = find_all(self.editor.doc, self.find_edit.text(), self.options())
        self.results.clear()
        doc = self.editor.doc
        for match in self.matches[:MAX_LISTED]:
            text: str = resolve(doc, match.path)
            left = max(0, match.start - 25)
            snippet = " ".join(text[left: match.end + 25].split())
            item = QListWidgetItem(f"{place(doc, match.path, self._lang)}: {snippet}")
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.results.addItem(item)
        if not self.find_edit.text():
            self.count.setText("")
        else:
            self.count.setText(self.tr("Vasteid: {0}").format(len(self.matches)))
        enabled = bool(self.matches)
        for button in (self.next_button, self.replace_button, self.replace_all_button):
            button.setEnabled(enabled)

    def _edited(self, text: str) -> None:
        self._search_later.start()
        for button in (self.next_button, self.replace_button, self.replace_all_button):
            button.setEnabled(bool(text))

    def next(self) -> None:
        """Enter: select the next match in its field; the focus stays here for the next Enter."""
        if self._search_later.isActive() or not self.matches:
            self.search()
        index = next_index(self.editor.doc, self.matches, self.current)
        if index >= 0:
            self.go_to(self.matches[index], keep_focus=True)

    def _activated(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole), keep_focus=False)

    def go_to(self, match: Match, keep_focus: bool) -> None:
        self.current = match
        index = self.matches.index(match) if match in self.matches else -1
        if 0 <= index < self.results.count():
            self.results.setCurrentRow(index)
        focus = QApplication.focusWidget() if keep_focus else None
        if focus is not None and not self.isAncestorOf(focus):
            focus = None
        widget = self._show_field(match.path)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        # Selected after the focus came back: a line edit drops its selection on leaving,
        # and both draw a selection without the focus (in the inactive colour).
        if isinstance(widget, QLineEdit):
            widget.setSelection(match.start, match.end - match.start)
        elif isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()

    # -- replacing ---------------------------------------------------------------------

    def replace_current(self) -> None:
        """Replace the selected match (if it is still there), then go to the next one."""
        match = self.current
        if match is None or match not in self.matches:
            self.next()
            return
        path, text = replace_one(self.editor.doc, match, self.replace_edit.text())
        self.editor.set_value(path, text)
        self.search()
        # Continue after the replacement, so "ab" -> "abab" is not found again at once.
        self.current = Match(path, match.start, match.start + len(self.replace_edit.text()))
        self.next()

    def replace_everywhere(self) -> None:
        self._search_later.stop()
        edits = replace_all(self.editor.doc, self.find_edit.text(), self.replace_edit.text(),
                            self.options())
        if not edits:
            return
        stack = self.editor.stack
        stack.beginMacro(self.tr("Asenda kõik"))
        try:
            for path, text in edits:
                self.editor.set_value(path, text)
        finally:
            stack.endMacro()
        self.current = None
        self.search()
        self.count.setText(self.tr("Muudetud välju: {0}").format(len(edits)))
