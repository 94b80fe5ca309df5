"""Switching the window's language while it is open (Settings ▸ Keel), no restart.

The window's texts are set when its parts are built, so the parts that carry text are
built again in the new language: the menus and the toolbar, the form pages (built
afresh as they are shown), the tree's own rows, the findings and the panel titles.
The document, its undo history, the file lock and the place the user was at stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QToolBar

from ..app import install_translator
from .actions import Actions
from .pages import FormPages

if TYPE_CHECKING:
    from .main_window import MainWindow


def switch_language(window: MainWindow, lang: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication) or lang == window.lang:
        return
    install_translator(app, lang)
    window.lang = window.files.lang = window.safe.lang = window.findings.lang = lang
    _rebuild_actions(window)
    _rebuild_pages(window)
    for box, title in ((window.findings_box, "Leiud"), (window.preview_box, "Eelvaade")):
        label = box.findChild(QLabel)
        if label is not None:
            label.setText(f"<b>{QCoreApplication.translate('MainWindow', title)}</b>")
    tree = window.editor.tree
    tree.layoutAboutToBeChanged.emit()
    tree.layoutChanged.emit()  # "Dokumendi andmed" / "Document details" read again
    window.findings.check_now()
    window.set_path(window.path, window.read_only)  # the title
    node = window.tree.current_node()
    if node is not None:
        window.show_node(node)


def _rebuild_actions(window: MainWindow) -> None:
    old = window.actions_
    toolbar = window.findChild(QToolBar, "main-toolbar")
    if toolbar is not None:
        window.removeToolBar(toolbar)
        toolbar.deleteLater()
    for value in vars(old).values():
        if isinstance(value, QAction):
            window.removeAction(value)
            value.deleteLater()  # its shortcut goes with it
    old.recent_menu.deleteLater()
    window.menuBar().clear()
    new = Actions(window, window.editor.stack, window.files, window,
                  (window.preview_box, window.findings_box))
    new.show_preview.setChecked(window.preview_box.isVisible() or not window.isVisible())
    new.show_findings.setChecked(window.findings_box.isVisible() or not window.isVisible())
    new.build_menus(window.menuBar())
    window.addToolBar(new.build_toolbar())
    window.actions_ = new
    window.update_recent_menu()


def _rebuild_pages(window: MainWindow) -> None:
    old = window.pages
    new = FormPages(window.editor, window.current_list.tree_ops)
    layout = window.center.layout()
    if layout is not None:
        layout.replaceWidget(old, new)
    window.pages = new
    old.hide()
    old.deleteLater()
