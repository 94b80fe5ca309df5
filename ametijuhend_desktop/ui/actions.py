"""The window's actions, menus and toolbar, built in one place with standard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ..model import PostKind
from .file_actions import export_available
from .icons import icon
from .item_ops import ADD_KEY, DOWN_KEY, DUPLICATE_KEY, REMOVE_KEYS, UP_KEY

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        files = window.files
        std = QKeySequence.StandardKey

        def make(text: str, slot: object, keys: object = None, icon_name: str = "",
                 tip: str = "") -> QAction:
            action = QAction(text, window)
            if icon_name:
                action.setIcon(icon(icon_name))
            if isinstance(keys, QKeySequence.StandardKey):
                action.setShortcuts(keys)
            elif isinstance(keys, list | tuple):
                action.setShortcuts(list(keys))
            elif keys is not None:
                action.setShortcut(keys)  # type: ignore[arg-type]
            if tip:
                action.setToolTip(tip)
            action.triggered.connect(slot)  # type: ignore[arg-type]
            return action

        self.new_ametnik = make(_tr("Uus ametniku ametijuhend"),
                                lambda: files.new(PostKind.AMETNIK), std.New, "new")
        self.new_tootaja = make(_tr("Uus töötaja ametijuhend"),
                                lambda: files.new(PostKind.TOOTAJA))
        self.open = make(_tr("Ava…"), lambda: files.open(), std.Open, "open")
        self.save = make(_tr("Salvesta"), files.save, std.Save, "save")
        self.save_as = make(_tr("Salvesta nimega…"), files.save_as, std.SaveAs)
        self.export = make(_tr("Ekspordi Wordi…"), files.export_word,
                           QKeySequence(_tr("Ctrl+E")), "export")
        self.export.setVisible(export_available())
        self.settings = make(_tr("Seaded…"), window.edit_settings, std.Preferences)
        self.close = make(_tr("Välju"), window.close, std.Quit)

        stack = window.editor.stack
        self.undo = stack.createUndoAction(window, _tr("Võta tagasi"))
        self.undo.setShortcuts(std.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = stack.createRedoAction(window, _tr("Tee uuesti"))
        self.redo.setShortcuts(std.Redo)
        self.redo.setIcon(icon("redo"))

        self.add = make(_tr("Lisa"), lambda: window.item_action("add"), ADD_KEY, "add",
                        _tr("Lisa uus ülesanne või rida (Insert)"))
        self.duplicate = make(_tr("Tee koopia"), lambda: window.item_action("duplicate"),
                              DUPLICATE_KEY, "duplicate", _tr("Tee valitust koopia (Ctrl+D)"))
        self.remove = make(_tr("Kustuta"), lambda: window.item_action("remove"), REMOVE_KEYS,
                           "delete", _tr("Kustuta valitud ülesanne või rida"))
        self.up = make(_tr("Üles"), lambda: window.item_action("up"), UP_KEY, "up",
                       _tr("Liiguta üles (Ctrl+Üles)"))
        self.down = make(_tr("Alla"), lambda: window.item_action("down"), DOWN_KEY, "down",
                         _tr("Liiguta alla (Ctrl+Alla)"))
        self.items = {"add": self.add, "duplicate": self.duplicate, "remove": self.remove,
                      "up": self.up, "down": self.down}
        for action in self.items.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        # Not QAction(..., checkable=True): PySide6 6.12 on Python 3.11 miscounts references
        # of property keyword arguments and the interpreter aborts at exit.
        self.show_preview = QAction(_tr("Eelvaade"), window)
        self.show_findings = QAction(_tr("Leiud"), window)
        for action, target in ((self.show_preview, window.preview_box),
                               (self.show_findings, window.findings_box)):
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(target.setVisible)
        self.about = make(_tr("Programmist"), window.about)
        self.recent_menu = QMenu(_tr("Viimati avatud"), window)

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu(_tr("&Fail"))
        file.addActions([self.new_ametnik, self.new_tootaja, self.open])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addActions([self.save, self.save_as, self.export])
        file.addSeparator()
        file.addActions([self.settings, self.close])
        edit = bar.addMenu(_tr("&Muuda"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions(list(self.items.values()))
        view = bar.addMenu(_tr("&Vaade"))
        view.addActions([self.show_preview, self.show_findings])
        help_menu = bar.addMenu(_tr("&Abi"))
        help_menu.addAction(self.about)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(_tr("Tööriistad"), self.window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_ametnik, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions(list(self.items.values()))
        toolbar.addSeparator()
        toolbar.addAction(self.export)
        self.new_ametnik.setIconText(_tr("Uus"))
        self.open.setIconText(_tr("Ava"))
        self.export.setIconText(_tr("Word"))
        for action in (self.undo, self.redo):
            action.setIconText(action.text().split(":")[0])
        return toolbar
