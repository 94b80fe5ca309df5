"""The editor window: section tree and findings on the left, the form, the preview.

Child widgets ask (signals), the window wires: every connection between the parts is
made here, so a newcomer can follow what happens on a keystroke from this one file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..library.new_document import new_document
from ..model import Finding, JobDescription, PostKind, SectionId
from ..preview.html import anchor_for
from .actions import Actions
from .editor import DocumentEditor
from .file_actions import SUFFIX, FileActions
from .findings_panel import FindingsPanel
from .focus_order import next_stop
from .forms.base import SectionForm
from .forms.duty_forms import DutiesForm, DutyForm, new_duty
from .forms.general_form import GeneralForm
from .forms.list_editor import ListEditor
from .forms.meta_form import MetaForm
from .forms.requirements_form import RequirementsForm
from .forms.signatories_form import SignatoriesForm
from .forms.simple_forms import BulletsForm, PurposeForm, TextSectionForm
from .icons import icon
from .item_ops import ListOps
from .paths import DUTIES, duty_index, from_finding
from .paths import Path as ModelPath
from .preview import Preview
from .safekeeping import Safekeeping
from .section_tree import SectionTree
from .settings import AppSettings
from .settings_dialog import Preferences, SettingsDialog
from .snippet_menu import open_store
from .tree_model import Node


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, lang: str = "et",
                 doc: JobDescription | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.path: Path | None = None
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        doc = doc or new_document(PostKind.AMETNIK, settings.organisation,
                                  settings.default_signatory)
        self.editor = DocumentEditor(doc, self)
        self.editor.snippets, snippet_problem = open_store(settings.data_dir)
        for problem in (settings.problem, snippet_problem):
            if problem:  # shown for the whole session; the damaged file is kept
                warning = QLabel(problem)
                warning.setToolTip(problem)
                self.statusBar().addPermanentWidget(warning)
        self.files = FileActions(self)
        self.read_only = False
        # Autosave to recovery, lock, changed-on-disk, backups: see safekeeping.py.
        self.safe = Safekeeping(lambda: self.editor.doc, lang=lang, data_dir=settings.data_dir,
                                keep_backups=settings.backup_count, parent=self)
        self.safe.watch(self.editor.stack)

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
        self.pages = QStackedWidget()
        self.forms: dict[object, SectionForm] = {}
        self._build_forms()

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

        self.actions_ = Actions(self)
        self.actions_.build_menus()
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

    def _build_forms(self) -> None:
        """Say how to make each page; a page is built the first time it is shown."""
        e = self.editor
        self._factories: dict[object, Callable[[], SectionForm]] = {
            "meta": lambda: MetaForm(e),
            SectionId.GENERAL: lambda: GeneralForm(e),
            SectionId.PURPOSE: lambda: PurposeForm(e),
            SectionId.DUTIES: lambda: DutiesForm(e, lambda: self.tree_ops(append=True).add()),
            "duty": lambda: DutyForm(e, self.tree_ops),
            SectionId.RIGHTS: lambda: BulletsForm(e, SectionId.RIGHTS),
            SectionId.RESPONSIBILITIES: lambda: BulletsForm(e, SectionId.RESPONSIBILITIES),
            SectionId.TOOLS: lambda: TextSectionForm(e, SectionId.TOOLS),
            SectionId.REQUIREMENTS: lambda: RequirementsForm(e),
            SectionId.REVIEW: lambda: TextSectionForm(e, SectionId.REVIEW),
            "signatories": lambda: SignatoriesForm(e),
        }
        self._pages: dict[object, QWidget] = {}

    def form(self, key: object) -> SectionForm:
        """The form for a page key (a SectionId, "meta", "duty", "signatories")."""
        if key not in self.forms:
            form = self._factories[key]()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 4, 8, 8)
            layout.addWidget(form)
            scroll.setWidget(holder)
            # Only if the window is narrower than any layout allows: then scroll, not clip.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.pages.addWidget(scroll)
            self.forms[key] = form
            self._pages[key] = scroll
        return self.forms[key]

    @property
    def duty_form(self) -> DutyForm:
        form = self.form("duty")
        assert isinstance(form, DutyForm)
        return form

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
        self.tree.select(Node("section", SectionId.GENERAL))
        self.tree.setFocus()  # not whatever field follows the one that was just hidden

    def set_path(self, path: Path | None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        mark = " " + self.tr("(ainult lugemiseks)") if read_only else ""
        self.setWindowTitle(f"{self.display_name()}[*]{mark} — {self.tr('Ametijuhend')}")
        self.setWindowModified(not self.editor.stack.isClean())
        self.actions_.save.setEnabled(not read_only)
        self.actions_.restore.setEnabled(path is not None)

    def _changed_on_disk(self, _change: object) -> None:
        doc = self.safe.offer_reload(self)
        if doc is not None:
            self.editor.load(doc)
            self.set_path(self.path, self.read_only)

    def offer_recovery(self) -> None:
        """At start-up: bring back what a crash left unsaved, if the user wants it."""
        recovered = self.safe.offer_recovery(self)
        if recovered is not None:
            self.set_document(recovered.doc, recovered.original, self.safe.read_only)
            self.editor.stack.resetClean()

    def restore_earlier_version(self) -> None:
        if not self.files.maybe_save():
            return
        doc = self.safe.restore_earlier_version(self)
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
        if node is not None and node.kind == "duty" and node.duty is not None:
            self.duty_form.bind_duty(node.duty)
        elif "duty" in self._pages and self.pages.currentWidget() is self._pages["duty"]:
            self.tree.select(Node("section", SectionId.DUTIES))
        self._update_form_title()

    def _update_status(self) -> None:
        self.statusBar().showMessage(self.findings.summary())

    # -- navigation -------------------------------------------------------------------

    def _page(self, key: object) -> QWidget:
        self.form(key)
        return self._pages[key]

    def show_node(self, node: Node) -> None:
        if node.kind == "duty" and node.duty is not None:
            if node.duty >= len(self.editor.doc.duties.items):
                return  # rows are being removed; _sync_duty_form follows
            key: object = "duty"
            self.duty_form.bind_duty(node.duty)
            anchor = anchor_for(duty=node.duty)
        elif node.kind == "section" and node.section is not None:
            key, anchor = node.section, anchor_for(node.section)
        else:
            key = node.kind
            anchor = anchor_for(signatories=node.kind == "signatories")
        self.pages.setCurrentWidget(self._page(key))
        self._fit_form_width(key)
        self._update_form_title()
        self.preview.show_anchor(anchor)
        self.update_item_actions()

    def _fit_form_width(self, key: object) -> None:
        """Keep the shown form at least as wide as it needs: in a small window or at 200 %
        the tree and the preview give way, instead of the fields being cut off."""
        scroll = self._pages[key]
        assert isinstance(scroll, QScrollArea)
        layout = self.center.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        need = (self.forms[key].minimumSizeHint().width() + 8  # the holder's right margin
                + scroll.verticalScrollBar().sizeHint().width()
                + margins.left() + margins.right())
        self.center.setMinimumWidth(need)

    def _update_form_title(self) -> None:
        node = self.tree.current_node()
        self.form_title.setText(self.editor.tree.label(node) if node else "")

    def node_for(self, path: ModelPath) -> Node:
        head = path[0] if path else "meta"
        if head in ("meta", "signatories"):
            return Node(str(head))
        if head == "duties":
            i = duty_index(path)
            if i is not None and i < len(self.editor.doc.duties.items):
                return Node("duty", SectionId.DUTIES, i)
        return Node("section", SectionId(head))

    def reveal(self, path: ModelPath, focus: bool = True) -> None:
        """Select the node that shows ``path`` and put the cursor in its field."""
        node = self.node_for(path)
        if self.tree.current_node() != node:
            self.tree.select(node)
        if not focus:
            return
        form = self.form("duty" if node.kind == "duty" else
                         (node.section if node.kind == "section" else node.kind))
        widget = form.widget_for(path)
        if widget is not None:
            scroll = self.pages.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_finding(self, finding: Finding) -> None:
        self.reveal(from_finding(finding.path))

    # -- item actions -----------------------------------------------------------------

    def tree_ops(self, append: bool = False) -> ListOps:
        node = self.tree.current_node()
        current = None if append or node is None else node.duty
        return ListOps(self.editor, DUTIES, current, new_duty, self._select_duty)

    def _select_duty(self, index: int) -> None:
        self.tree.select(Node("duty", SectionId.DUTIES, index))
        if not self.editor.doc.duties.items[index].text:
            # A new duty: the user types its text next, not a search in the tree.
            self.reveal((*DUTIES, index, "text"))

    def active_ops(self) -> ListOps | None:
        """The list the item actions work on: where the focus is, else the tree's duties."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, ListEditor):
                return widget.ops()
            if widget is self.tree:
                break
            if isinstance(widget, SectionForm):
                return widget.ops()
            widget = widget.parentWidget()
        node = self.tree.current_node()
        if node is not None and node.section is SectionId.DUTIES:
            return self.tree_ops()
        return None

    def item_action(self, key: str) -> None:
        ops = self.active_ops()
        if ops is None or not ops.can()[key]:
            return
        if key in ("up", "down"):
            ops.move(-1 if key == "up" else 1)
        else:
            getattr(ops, key)()
        self.update_item_actions()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_item_actions()

    def update_item_actions(self) -> None:
        ops = self.active_ops()
        allowed = ops.can() if ops is not None else {}
        for key, action in self.actions_.items.items():
            action.setEnabled(allowed.get(key, False))

    def _tree_menu(self, node: Node, menu: QMenu) -> None:
        self.update_item_actions()
        if node.section is SectionId.DUTIES:
            menu.addActions(list(self.actions_.items.values()))
        elif node.kind == "section" and node.section is not None:
            section = node.section
            if section is not SectionId.GENERAL:
                on = self.editor.doc.is_included(section)
                action = menu.addAction(self.tr("Jäta ametijuhendist välja") if on
                                        else self.tr("Lisa ametijuhendisse"))
                action.triggered.connect(
                    lambda: self.editor.set_value((section.value, "included"), not on))

    # -- window -----------------------------------------------------------------------

    def update_recent_menu(self) -> None:
        menu = self.actions_.recent_menu if hasattr(self, "actions_") else None
        if menu is None:
            return
        menu.clear()
        recent = self.settings.recent_files()
        for number, name in enumerate(recent, 1):
            # "&1 …" as in Word; a "&" in a folder name is shown, not taken as a shortcut.
            shown = name.replace("&", "&&")
            action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name: self.files.open(n))
        menu.setEnabled(bool(recent))

    def edit_settings(self) -> None:
        prefs, accepted = SettingsDialog.ask(Preferences.from_settings(self.settings),
                                             str(self.settings.path), self)
        if accepted:
            prefs.store(self.settings)
            self.safe.backups.keep = self.settings.backup_count  # from the next save on

    def _restore_state(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in (("main_splitter", self.main), ("left_splitter", self.left)):
            state = self.settings.state(key)
            if state is not None:
                splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.set_state("geometry", QByteArray(self.saveGeometry()))
        self.settings.set_state("main_splitter", QByteArray(self.main.saveState()))
        self.settings.set_state("left_splitter", QByteArray(self.left.saveState()))
        self.settings.sync()

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
