"""The window's actions, menus and toolbar, built in one place with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QKeyCombination, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ..model import PostKind
from .file_actions import export_available
from .focus_order import open_context_menu
from .icons import icon
from .item_ops import (
    ADD_KEY,
    DOWN_KEY,
    DUPLICATE_KEY,
    EXPORT_KEY,
    REDO_KEY,
    REMOVE_KEYS,
    UP_KEY,
)

if TYPE_CHECKING:
    from .main_window import MainWindow


def with_ctrl_y(redo: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Y, which X11 desktops leave out."""
    return redo if REDO_KEY in redo else [*redo, REDO_KEY]


class Actions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        files = window.files
        std = QKeySequence.StandardKey

        def make(text: str, slot: Callable[[], object],
                 keys: QKeySequence | QKeySequence.StandardKey | Sequence[QKeySequence] | None
                 = None, icon_name: str = "", tip: str = "") -> QAction:
            action = QAction(text, window)
            if icon_name:
                action.setIcon(icon(icon_name))
            if isinstance(keys, QKeySequence.StandardKey):
                action.setShortcuts(keys)
            elif isinstance(keys, QKeySequence):
                action.setShortcut(keys)
            elif keys is not None:
                action.setShortcuts(list(keys))
            if tip:
                action.setToolTip(tip)
            action.triggered.connect(slot)
            return action

        self.new_ametnik = make(QCoreApplication.translate("Actions", "&Uus ametniku ametijuhend"),
                                lambda: files.new(PostKind.AMETNIK), std.New, "new")
        self.new_tootaja = make(QCoreApplication.translate("Actions", "Uus &töötaja ametijuhend"),
                                lambda: files.new(PostKind.TOOTAJA))
        self.open = make(QCoreApplication.translate("Actions", "&Ava…"), lambda: files.open(), std.Open, "open")
        self.save = make(QCoreApplication.translate("Actions", "&Salvesta"), files.save, std.Save, "save")
        self.save_as = make(QCoreApplication.translate("Actions", "Salvesta &nimega…"), files.save_as, std.SaveAs)
        self.export = make(QCoreApplication.translate("Actions", "&Ekspordi Wordi…"), files.export_word,
                           EXPORT_KEY, "export")
        self.export.setVisible(export_available())
        self.import_old = make(QCoreApplication.translate("Actions", "&Impordi vana ametijuhend…"),
                               lambda: files.import_old(),
                               tip=QCoreApplication.translate(
                                   "Actions", "Loe varem Wordis tehtud ametijuhend uueks dokumendiks"))
        self.restore = make(QCoreApplication.translate("Actions", "Ava va&rasem versioon…"),
                            window.restore_earlier_version)
        self.compare = make(QCoreApplication.translate("Actions", "Võrd&le…"), lambda: _compare(window),
                            tip=QCoreApplication.translate(
                                "Actions", "Võrdle avatud dokumenti teise versiooniga (.ajx või .docx)"))
        self.settings = make(QCoreApplication.translate("Actions", "Sea&ded…"), window.edit_settings, std.Preferences)
        self.close = make(QCoreApplication.translate("Actions", "Väl&ju"), window.close, std.Quit)

        stack = window.editor.stack
        self.undo = stack.createUndoAction(window, QCoreApplication.translate("Actions", "&Võta tagasi"))
        self.undo.setShortcuts(std.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = stack.createRedoAction(window, QCoreApplication.translate("Actions", "Tee &uuesti"))
        self.redo.setShortcuts(with_ctrl_y(QKeySequence.keyBindings(std.Redo)))
        self.redo.setIcon(icon("redo"))

        self.add = make(QCoreApplication.translate("Actions", "&Lisa"), lambda: window.item_action("add"), ADD_KEY, "add",
                        QCoreApplication.translate("Actions", "Lisa uus ülesanne või rida (Insert)"))
        self.duplicate = make(QCoreApplication.translate("Actions", "Tee k&oopia"), lambda: window.item_action("duplicate"),
                              DUPLICATE_KEY, "duplicate", QCoreApplication.translate("Actions", "Tee valitust koopia (Ctrl+D)"))
        self.remove = make(QCoreApplication.translate("Actions", "&Kustuta"), lambda: window.item_action("remove"), REMOVE_KEYS,
                           "delete", QCoreApplication.translate("Actions", "Kustuta valitud ülesanne või rida"))
        self.up = make(QCoreApplication.translate("Actions", "&Üles"), lambda: window.item_action("up"), UP_KEY, "up",
                       QCoreApplication.translate("Actions", "Liiguta üles (Ctrl+Üles)"))
        self.down = make(QCoreApplication.translate("Actions", "&Alla"), lambda: window.item_action("down"), DOWN_KEY, "down",
                         QCoreApplication.translate("Actions", "Liiguta alla (Ctrl+Alla)"))
        self.items = {"add": self.add, "duplicate": self.duplicate, "remove": self.remove,
                      "up": self.up, "down": self.down}
        for action in self.items.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        # Plain setters rather than QAction(..., checkable=True) keyword properties: fewer
        # trips through shiboken's property path (PySide6 6.12.0 miscounted references there).
        self.show_preview = QAction(QCoreApplication.translate("Actions", "&Eelvaade"), window)
        self.show_findings = QAction(QCoreApplication.translate("Actions", "Lei&ud"), window)
        for action, target in ((self.show_preview, window.preview_box),
                               (self.show_findings, window.findings_box)):
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(target.setVisible)
        self.about = make(QCoreApplication.translate("Actions", "&Programmist"), window.about)
        # Not in a menu: Shift+F10 opens the context menu where the focus is (see focus_order).
        self.context_menu = QAction(window)
        self.context_menu.setShortcut(QKeySequence(QKeyCombination(
            Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_F10)))
        self.context_menu.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.context_menu.triggered.connect(open_context_menu)
        window.addAction(self.context_menu)
        self.recent_menu = QMenu(QCoreApplication.translate("Actions", "Viimati a&vatud"), window)

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu(QCoreApplication.translate("Actions", "&Fail"))
        file.addActions([self.new_ametnik, self.new_tootaja, self.open])
        file.addMenu(self.recent_menu)
        file.addAction(self.import_old)
        file.addSeparator()
        file.addActions([self.save, self.save_as, self.export])
        file.addActions([self.restore, self.compare])
        file.addSeparator()
        file.addActions([self.settings, self.close])
        edit = bar.addMenu(QCoreApplication.translate("Actions", "&Muuda"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions(list(self.items.values()))
        view = bar.addMenu(QCoreApplication.translate("Actions", "&Vaade"))
        view.addActions([self.show_preview, self.show_findings])
        help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Abi"))
        help_menu.addAction(self.about)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(QCoreApplication.translate("Actions", "Tööriistad"), self.window)
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
        self.new_ametnik.setIconText(QCoreApplication.translate("Actions", "Uus"))
        self.open.setIconText(QCoreApplication.translate("Actions", "Ava"))
        self.export.setIconText(QCoreApplication.translate("Actions", "Word"))
        for action in (self.undo, self.redo):
            action.setIconText(action.text().split(":")[0].replace("&", ""))
        return toolbar


def _compare(window: MainWindow) -> None:
    """File ▸ Võrdle…; the comparison code loads only when asked for."""
    from .compare_dialog import compare_with_file

    compare_with_file(window.editor, window.reveal, window)
