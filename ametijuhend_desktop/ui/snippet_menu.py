"""The "Standardtekstid" button of a list: insert a standard text with a click, or keep
the current row as an own variant for next time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ..errors import UserError
from ..files.user_folders import data_dir as user_data_dir
from ..library.snippets import FILE_NAME, Category, Snippet, SnippetStore
from .icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("SnippetMenu", text)


def open_store(data_dir: Path | None) -> tuple[SnippetStore | None, str]:
    """The user's store, or None and the reason when its file is damaged (it is then
    left as it is, so nothing the user kept is overwritten)."""
    folder = data_dir or user_data_dir()
    try:
        return SnippetStore.load(folder / FILE_NAME), ""
    except UserError as exc:
        return None, exc.message()


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def snippet_button(store: SnippetStore, category: Category, current_text: Callable[[], str],
                   insert: Callable[[str], None], parent: QWidget | None = None) -> QToolButton:
    """A tool button whose menu lists the texts of ``category`` and keeps own variants."""
    button = QToolButton(parent)
    button.setIcon(icon("library"))
    button.setIconSize(QSize(16, 16))
    button.setToolTip(tr("Standardtekstid: lisa asutuse või oma tekst"))
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(tr("&Standardtekstid"), button)  # also a submenu of the row's context menu
    button.setMenu(menu)

    def keep() -> None:
        if store.add(category, current_text()):
            store.save()

    def forget(snippet: Snippet) -> None:
        store.remove(snippet)
        store.save()

    def fill() -> None:
        menu.clear()
        snippets = store.snippets(category)
        for snippet in snippets:
            label = _short(snippet.text) + (tr(" (oma)") if snippet.own else "")
            action = menu.addAction(label)
            action.setToolTip(snippet.text)
            action.triggered.connect(lambda _c=False, t=snippet.text: insert(t))
        if not snippets:
            menu.addAction(tr("Standardtekste veel pole")).setEnabled(False)
        menu.addSeparator()
        text = current_text()
        kept = menu.addAction(tr("Jäta praegune rida meelde oma tekstina"))
        kept.setEnabled(bool(text.strip()) and all(s.text != text for s in snippets))
        kept.triggered.connect(keep)
        own = [s for s in snippets if s.own]
        if own:
            forget_menu = menu.addMenu(tr("Unusta oma tekst"))
            for snippet in own:
                action = forget_menu.addAction(_short(snippet.text))
                action.triggered.connect(lambda _c=False, s=snippet: forget(s))

    menu.aboutToShow.connect(fill)
    return button
