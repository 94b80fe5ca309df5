"""The editor window: section tree and findings on the left, the form, the preview.

Child widgets ask (signals), the window wires: every connection between the parts is
made here, so a newcomer can follow what happens on a keystroke from this one file.
The parts get what they need (the editor, the settings, safekeeping) and reach the
window only through the small protocols they declare (``DocumentWindow``,
``WindowCommands``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..library.new_document import new_document
from ..model import Finding, JobDescription, PostKind, SectionId
from ..model.paths import DUTIES, ModelPath, from_finding
from ..opening import Note
from ..preview.html import anchor_for
from . import window_state
from .actions import Actions
from .current_list import CurrentList
from .editor import DocumentEditor
from .file_actions import SUFFIX, FileActions
from .find_bar import install_find_bar
from .findings_panel import FindingsPanel
from .focus_order import next_stop
from .forms.base import SectionForm
from .forms.duty_forms import DutyForm
from .icons import icon
from .item_ops import ItemAction
from .language_switch import switch_language
from .pages import FormPages, Page
from .preview import Preview
from .read_only import set_read_only
from .recovery_offer import offer_recovery, restore_earlier_version
from .safekeeping import Safekeeping
from .section_tree import SectionTree
from .settings import AppSettings
from .settings_dialog import Preferences, SettingsDialog
from .snippet_menu import open_store
from .spelling import spell_service
from .tree_model import Node, NodeKind


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, lang: str = "et",
                 doc: JobDescription | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.path: Path | None = None
        self.read_only = False
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        doc = doc or new_document(PostKind.AMETNIK, settings.organisation,
                                  settings.default_signatory)
        self.editor = DocumentEditor(doc, self)
        self.editor.snippets, snippet_problem = open_store(settings.data_dir)
        spell_service().use_data_dir(settings.data_dir)  # loads in the background
        for problem in (settings.problem, snippet_problem):
            if problem:  # shown for the whole session; the damaged file is kept
                warning = QLabel(problem)
                warning.setToolTip(problem)
                self.statusBar().addPermanentWidget(warning)
        # Autosave to recovery, lock, changed-on-disk, backups: see safekeeping.py.
        self.safe = Safekeeping(lambda: self.editor.doc, lang=lang, data_dir=settings.data_dir,
                                keep_backups=settings.backup_count, parent=self)
        self.safe.watch(self.editor.stack)
        self.files = FileActions(self.editor, settings, self.safe, self, self, lang)

        self.tree = SectionTree(self.editor.tree)
        self.findings = FindingsPanel(lang)
        self.findings_box = self._titled(self.tr("Leiud"), self.findings)
        self.preview = Preview()
        self.form_title = QLabel()
        font = self.form_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.form_title.setFont(font)
        self.form_title.setWordWrap(True)
        self.current_list = CurrentList(self.editor, self.tree, self, self.reveal)
        self.pages = FormPages(self.editor, self.current_list.tree_ops)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.tree)
        self.left.addWidget(self.findings_box)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 1)
        self.center = center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(8, 6, 4, 0)
        column.addWidget(self.form_title)
        column.addWidget(self.pages, 1)
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.addWidget(self.left)
        self.main.addWidget(center)
        self.preview_box = self._titled(self.tr("Eelvaade"), self.preview)
        self.main.addWidget(self.preview_box)
        self.main.setStretchFactor(1, 1)
        self.main.setSizes([300, 560, 400])
        self.main.setChildrenCollapsible(False)
        self.setCentralWidget(self.main)

        self.actions_ = Actions(self, self.editor.stack, self.files, self,
                                (self.preview_box, self.findings_box))
        self.actions_.build_menus(self.menuBar())
        self.find_bar = install_find_bar(self, column, self.actions_.edit_menu, lang)
        self.addToolBar(self.actions_.build_toolbar())
        self._wire()
        self.update_recent_menu()
        self.set_document(doc, None)
        self._restore_state()  # after the first form is shown: its width is part of the layout

    # -- building ---------------------------------------------------------------------

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        label = QLabel(f"<b>{title}</b>")
        label.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    @property
    def forms(self) -> dict[Page, SectionForm]:
        """The pages built so far."""
        return self.pages.forms

    def form(self, page: Page) -> SectionForm:
        return self.pages.form(page)

    @property
    def duty_form(self) -> DutyForm:
        return self.pages.duty_form

    def _wire(self) -> None:
        e = self.editor
        e.valueChanged.connect(self._value_changed)
        e.listChanged.connect(self._list_changed)
        e.documentReplaced.connect(self._document_replaced)
        e.revealRequested.connect(self.reveal)
        e.stack.cleanChanged.connect(self._clean_changed)
        e.stack.indexChanged.connect(self._stack_changed)
        self.tree.nodeSelected.connect(self.show_node)
        self.tree.contextMenuWanted.connect(self._tree_menu)
        self.findings.findingActivated.connect(self.go_to_finding)
        self.findings.updated.connect(self._update_status)
        self.safe.changedOnDisk.connect(self._changed_on_disk)
        self.safe.autosaveFailed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.files.statusMessage.connect(self.statusBar().showMessage)
        self.files.recentChanged.connect(self.update_recent_menu)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- document ---------------------------------------------------------------------

    def set_document(self, doc: JobDescription, path: Path | None,
                     read_only: bool = False) -> None:
        if doc is not self.editor.doc:
            self.editor.load(doc)
        else:
            self._document_replaced()
        self.set_path(path, read_only)
        self.tree.select(Node(NodeKind.SECTION, SectionId.GENERAL))
        self.tree.setFocus()  # not whatever field follows the one that was just hidden

    def set_path(self, path: Path | None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        mark = " " + self.tr("(ainult lugemiseks)") if read_only else ""
        self.setWindowTitle(f"{self.display_name()}[*]{mark} — {self.tr('Ametijuhend')}")
        self.setWindowModified(not self.editor.stack.isClean())
        self.editor.read_only = read_only
        for form in self.forms.values():
            set_read_only(form, read_only)
        self.update_item_actions()
        self.actions_.restore.setEnabled(path is not None)

    def _changed_on_disk(self, _change: object) -> None:
        doc = self.safe.offer_reload(self)
        if doc is not None:
            self.editor.load(doc)
            self.set_path(self.path, self.read_only)

    def offer_recovery(self) -> None:
        """At start-up: bring back what a crash left unsaved, if the user wants it."""
        recovered = offer_recovery(self.safe, self)
        if recovered is not None:
            self.set_document(recovered.doc, recovered.original, self.safe.read_only)
            self.editor.stack.resetClean()

    def restore_earlier_version(self) -> None:
        if not self.files.maybe_save():
            return
        doc = restore_earlier_version(self.safe, self)
        if doc is not None:
            self.set_document(doc, None)
            self.safe.start_new()
            self.editor.stack.resetClean()

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Nimetu")

    def _document_replaced(self) -> None:
        for form in self.forms.values():
            form.refresh_all()
        self.findings.watch(self.editor.doc)
        self.preview.watch(self.editor.doc)
        self._update_status()

    # -- following the model ----------------------------------------------------------

    def _value_changed(self, path: ModelPath) -> None:
        for form in self.forms.values():
            form.value_changed(path)
        self._update_form_title()

    def _list_changed(self, list_path: ModelPath) -> None:
        for form in self.forms.values():
            form.list_changed(list_path)
        if list_path == DUTIES:
            self._sync_duty_form()

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _stack_changed(self, _index: int) -> None:
        self.findings.schedule()
        self.preview.schedule()
        self.update_item_actions()

    def _sync_duty_form(self) -> None:
        node = self.tree.current_node()
        if node is not None and node.kind is NodeKind.DUTY and node.duty is not None:
            self.duty_form.bind_duty(node.duty)
        elif self.pages.showing(Page.DUTY):
            self.tree.select(Node(NodeKind.SECTION, SectionId.DUTIES))
        self._update_form_title()

    def _update_status(self) -> None:
        self.statusBar().showMessage(self.findings.summary())

    # -- navigation -------------------------------------------------------------------

    def show_node(self, node: Node) -> None:
        page = Page.of(node)
        if node.kind is NodeKind.DUTY and node.duty is not None:
            if node.duty >= len(self.editor.doc.duties.items):
                return  # rows are being removed; _sync_duty_form follows
            self.duty_form.bind_duty(node.duty)
            anchor = anchor_for(duty=node.duty)
        elif node.kind is NodeKind.SECTION and node.section is not None:
            anchor = anchor_for(node.section)
        else:
            anchor = anchor_for(signatories=node.kind is NodeKind.SIGNATORIES)
        self.pages.show_page(page)
        set_read_only(self.form(page), self.read_only)  # a page may be built just now
        self._fit_form_width(page)
        self._update_form_title()
        self.preview.show_anchor(anchor)
        self.update_item_actions()

    def _fit_form_width(self, page: Page) -> None:
        """Keep the shown form at least as wide as it needs: in a small window or at 200 %
        the tree and the preview give way, instead of the fields being cut off."""
        layout = self.center.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        self.center.setMinimumWidth(self.pages.width_needed(page)
                                    + margins.left() + margins.right())

    def _update_form_title(self) -> None:
        node = self.tree.current_node()
        self.form_title.setText(self.editor.tree.label(node) if node else "")

    def reveal(self, path: ModelPath, focus: bool = True) -> None:
        """Select the node that shows ``path`` and put the cursor in its field."""
        node = self.editor.tree.node_for(path)
        if self.tree.current_node() != node:
            self.tree.select(node)
        if not focus:
            return
        widget = self.form(Page.of(node)).widget_for(path)
        if widget is not None:
            scroll = self.pages.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_notes(self, notes: tuple[Note, ...]) -> None:
        self.findings.show_import_notes(notes)

    def go_to_finding(self, finding: Finding) -> None:
        self.reveal(from_finding(finding.path))

    # -- item actions -----------------------------------------------------------------

    def item_action(self, action: ItemAction) -> None:
        ops = self.current_list.ops()
        if ops is not None and ops.run(action):
            self.update_item_actions()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_item_actions()

    def update_item_actions(self) -> None:
        ops = self.current_list.ops()
        allowed = ops.can() if ops is not None and not self.read_only else {}
        for key, action in self.actions_.items.items():
            action.setEnabled(allowed.get(key, False))

    def _tree_menu(self, node: Node, menu: QMenu) -> None:
        self.update_item_actions()
        if node.section is SectionId.DUTIES:
            menu.addActions(list(self.actions_.items.values()))
        elif node.kind is NodeKind.SECTION and node.section is not None:
            section = node.section
            if section is not SectionId.GENERAL:
                on = self.editor.doc.is_included(section)
                action = menu.addAction(self.tr("Jäta ametijuhendist välja") if on
                                        else self.tr("Lisa ametijuhendisse"))
                action.triggered.connect(
                    lambda: self.editor.set_value((section.value, "included"), not on))

    # -- window -----------------------------------------------------------------------

    def update_recent_menu(self) -> None:
        self.actions_.fill_recent(self.settings.recent_files())

    def edit_settings(self) -> None:
        prefs, accepted = SettingsDialog.ask(Preferences.from_settings(self.settings),
                                             str(self.settings.path), self)
        if accepted:
            prefs.store(self.settings)
            self.safe.backups.keep = self.settings.backup_count  # from the next save on
            switch_language(self, prefs.language)  # at once, no restart

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main_splitter": self.main, "left_splitter": self.left}

    def _restore_state(self) -> None:
        window_state.restore(self, self.settings, self._splitters())

    def save_state(self) -> None:
        window_state.save(self, self.settings, self._splitters())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            self.save_state()
            self.safe.shut_down()
            event.accept()
        else:
            event.ignore()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab: tree, the shown form's fields, findings, preview (see focus_order.py)."""
        zones = [self.tree, self.pages.currentWidget(), self.findings, self.preview]
        target = next_stop(self, [z for z in zones if z is not None],
                           QApplication.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open(path)
