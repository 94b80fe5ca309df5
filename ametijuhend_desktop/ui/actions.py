"""The window's actions, menus and toolbar, built in one place with standard shortcuts.

The actions reach the window only through :class:`WindowCommands`, the few things the
menus ask of it; File actions go to :class:`~.file_actions.FileActions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from ..model import PostKind
from .file_actions import FileActions, export_available
from .focus_order import open_context_menu
from .help_menu import HelpMenu
from .icons import icon
from .item_ops import (
    ADD_KEY,
    DOWN_KEY,
    DUPLICATE_KEY,
    EXPORT_KEY,
    REDO_KEY,
    REMOVE_KEYS,
    UP_KEY,
    ItemAction,
)
from .print_actions import PrintActions


class _CompactWhenNarrow(QObject):
    NARROW = 960  # below this window width the buttons' words do not fit beside the icons

    def __init__(self, toolbar: QToolBar, window: QWidget) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            narrow = watched.width() < self.NARROW
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if narrow
                                            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return False


class WindowCommands(Protocol):
    """What the menus ask of the window itself."""

    def restore_earlier_version(self) -> None: ...

    def edit_settings(self) -> None: ...

    def close(self) -> bool: ...

    def item_action(self, action: ItemAction) -> None: ...


def with_ctrl_y(redo: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Y, which X11 desktops leave out."""
    return redo if REDO_KEY in redo else [*redo, REDO_KEY]


class Actions:
    def __init__(self, parent: QWidget, stack: QUndoStack, files: FileActions,
                 window: WindowCommands, panels: tuple[QWidget, QWidget]) -> None:
        """``panels``: the preview and the findings, which View shows or hides."""
        self.parent = parent
        self.files = files
        std = QKeySequence.StandardKey

        def make(text: str, slot: Callable[[], object],
                 keys: QKeySequence | QKeySequence.StandardKey | Sequence[QKeySequence] | None
                 = None, icon_name: str = "", tip: str = "") -> QAction:
            action = QAction(text, parent)
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
        self.new_based_on = make(
            QCoreApplication.translate("Actions", "Uus selle põ&hjal…"), files.new_based_on,
            tip=QCoreApplication.translate("Actions", "Uus ametijuhend avatud dokumendi "
                                           "põhjal: kinnitamine, kuupäevad ja allkirjad tühjad"))
        self.open = make(QCoreApplication.translate("Actions", "&Ava…"), lambda: files.open(), std.Open, "open")
        self.open_folder = make(QCoreApplication.translate("Actions", "Ava &kaust…"),
                                lambda: files.open_folder(), QKeySequence("Ctrl+Shift+O"),
                                tip=QCoreApplication.translate(
                                    "Actions", "Kõik kausta ametijuhendid tabelina, "
                                    "kontrollid üle dokumentide ja käskkirja lisad"))
        self.save = make(QCoreApplication.translate("Actions", "&Salvesta"), files.save, std.Save, "save")
        self.save_as = make(QCoreApplication.translate("Actions", "Salvesta &nimega…"), files.save_as, std.SaveAs)
        self.export = make(QCoreApplication.translate("Actions", "&Ekspordi Wordi…"), files.export_word,
                           EXPORT_KEY, "export")
        self.export.setVisible(export_available())
        self.printing = PrintActions(files)
        self.export_pdf = make(QCoreApplication.translate("Actions", "Ekspordi PD&F-iks…"),
                               self.printing.export_pdf)
        self.print = make(QCoreApplication.translate("Actions", "&Prindi…"),
                          self.printing.print_document, std.Print)
        self.import_old = make(QCoreApplication.translate("Actions", "&Impordi vana ametijuhend…"),
                               lambda: files.import_old(),
                               tip=QCoreApplication.translate(
                                   "Actions", "Loe varem Wordis tehtud ametijuhend uueks dokumendiks"))
        self.restore = make(QCoreApplication.translate("Actions", "Ava va&rasem versioon…"),
                            window.restore_earlier_version)
        self.compare = make(QCoreApplication.translate("Actions", "Võrd&le…"), lambda: files.compare(),
                            tip=QCoreApplication.translate(
                                "Actions", "Võrdle avatud dokumenti teise versiooniga (.ajx või .docx)"))
        self.settings = make(QCoreApplication.translate("Actions", "Sea&ded…"), window.edit_settings, std.Preferences)
        self.close = make(QCoreApplication.translate("Actions", "Väl&ju"), window.close, std.Quit)

        self.undo = stack.createUndoAction(parent, QCoreApplication.translate("Actions", "&Võta tagasi"))
        self.undo.setShortcuts(std.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = stack.createRedoAction(parent, QCoreApplication.translate("Actions", "Tee &uuesti"))
        self.redo.setShortcuts(with_ctrl_y(QKeySequence.keyBindings(std.Redo)))
        self.redo.setIcon(icon("redo"))

        self.add = make(QCoreApplication.translate("Actions", "&Lisa"), lambda: window.item_action(ItemAction.ADD), ADD_KEY, "add",
                        QCoreApplication.translate("Actions", "Lisa uus ülesanne või rida (Insert)"))
        self.duplicate = make(QCoreApplication.translate("Actions", "Tee k&oopia"), lambda: window.item_action(ItemAction.DUPLICATE),
                              DUPLICATE_KEY, "duplicate", QCoreApplication.translate("Actions", "Tee valitust koopia (Ctrl+D)"))
        self.remove = make(QCoreApplication.translate("Actions", "&Kustuta"), lambda: window.item_action(ItemAction.REMOVE), REMOVE_KEYS,
                           "delete", QCoreApplication.translate("Actions", "Kustuta valitud ülesanne või rida"))
        self.up = make(QCoreApplication.translate("Actions", "&Üles"), lambda: window.item_action(ItemAction.UP), UP_KEY, "up",
                       QCoreApplication.translate("Actions", "Liiguta üles (Ctrl+Üles)"))
        self.down = make(QCoreApplication.translate("Actions", "&Alla"), lambda: window.item_action(ItemAction.DOWN), DOWN_KEY, "down",
                         QCoreApplication.translate("Actions", "Liiguta alla (Ctrl+Alla)"))
        self.items = {ItemAction.ADD: self.add, ItemAction.DUPLICATE: self.duplicate,
                      ItemAction.REMOVE: self.remove, ItemAction.UP: self.up,
                      ItemAction.DOWN: self.down}
        for action in self.items.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        # Plain setters rather than QAction(..., checkable=True) keyword properties: fewer
        # trips through shiboken's property path (PySide6 6.12.0 miscounted references there).
        self.show_preview = QAction(QCoreApplication.translate("Actions", "&Eelvaade"), parent)
        self.show_findings = QAction(QCoreApplication.translate("Actions", "Lei&ud"), parent)
        for action, target in zip((self.show_preview, self.show_findings), panels, strict=True):
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(target.setVisible)
        self.help = HelpMenu(parent)  # Help ▸ Open log folder, About
        # Not in a menu: Shift+F10 opens the context menu where the focus is (see focus_order).
        self.context_menu = QAction(parent)
        self.context_menu.setShortcut(QKeySequence(QKeyCombination(
            Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_F10)))
        self.context_menu.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.context_menu.triggered.connect(open_context_menu)
        parent.addAction(self.context_menu)
        self.recent_menu = QMenu(QCoreApplication.translate("Actions", "Viimati a&vatud"), parent)

    def build_menus(self, bar: QMenuBar) -> None:
        file = bar.addMenu(QCoreApplication.translate("Actions", "&Fail"))
        file.addActions([self.new_ametnik, self.new_tootaja, self.new_based_on, self.open])
        file.addMenu(self.recent_menu)
        file.addAction(self.open_folder)
        file.addAction(self.import_old)
        file.addSeparator()
        file.addActions([self.save, self.save_as, self.export, self.export_pdf, self.print])
        file.addActions([self.restore, self.compare])
        file.addSeparator()
        file.addActions([self.settings, self.close])
        self.edit_menu = edit = bar.addMenu(QCoreApplication.translate("Actions", "&Muuda"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions(list(self.items.values()))
        view = bar.addMenu(QCoreApplication.translate("Actions", "&Vaade"))
        view.addActions([self.show_preview, self.show_findings])
        help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Abi"))
        help_menu.addActions(self.help.actions())

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(QCoreApplication.translate("Actions", "Tööriistad"), self.parent)
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
        self.compact_toolbar(toolbar)
        return toolbar

    def compact_toolbar(self, toolbar: QToolBar) -> None:
        """Icons only when the window is narrow (800 px): every button stays in sight,
        each still named by its tooltip; wider, the words come back."""
        self._toolbar_filter = _CompactWhenNarrow(toolbar, self.parent)

    def fill_recent(self, recent: list[str]) -> None:
        """File ▸ Open Recent: "&1 …" as in Word; a "&" in a folder name is shown as is."""
        menu = self.recent_menu
        menu.clear()
        for number, name in enumerate(recent, 1):
            shown = name.replace("&", "&&")
            action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name: self.files.open(n))
        menu.setEnabled(bool(recent))
