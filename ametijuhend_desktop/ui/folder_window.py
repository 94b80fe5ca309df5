"""The folder view: every job description under a folder, the checks across them, and
the directive's annexes for a selection.

Reading a folder is long work: it runs off the GUI thread (the window's own thread pool
around the core's ``index_folder``), with the table filled when it is done; the view follows changes on
disk (a QFileSystemWatcher, debounced) and keeps the user's sort, filters and selection.
Double-clicking a row or a finding asks the editor to open the document.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QFileSystemWatcher,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..files.os_errors import os_reason, unexpected
from ..folder.checks import SetFinding, check_set
from ..folder.index import index_folder
from ..folder.search import search
from ..folder.summary import Message, Summary
from ..model import Severity
from .approve_dialog import run_approval
from .folder_table import WIDTHS, Column, FolderFilter, FolderTableModel, Status

log = logging.getLogger(__name__)

RESCAN_MS = 700
PROGRESS_EVERY = 25  # files between two updates of the status line


class _Signals(QObject):
    done = Signal(list, list)  # summaries, findings
    failed = Signal(object)  # Message: why the folder could not be read
    progressed = Signal(int, int)  # files read, files in all


class _Indexer(QRunnable):
    """Reads the folder in the window's thread pool; one success and one failure signal."""

    def __init__(self, folder: Path, today: dt.date, signals: _Signals) -> None:
        super().__init__()
        self.folder, self.today, self.signals = folder, today, signals

    def _tell(self, done: int, total: int) -> None:
        if done == total or done % PROGRESS_EVERY == 0:  # not 2,000 repaints
            self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            rows = index_folder(self.folder, today=self.today, progress=self._tell)
            self.signals.done.emit(rows, check_set(rows, self.today))
        except UserError as exc:  # shown to the user; the view stays usable
            self.signals.failed.emit(Message(exc.et, exc.en))
        except OSError as exc:
            self.signals.failed.emit(Message(*os_reason(exc)))
        except Exception as exc:
            log.exception("folder: reading %s failed", self.folder)
            self.signals.failed.emit(Message(*unexpected(exc)))


class FolderWindow(QMainWindow):
    openRequested = Signal(object)  # Path of a document to open in the editor

    def __init__(self, folder: Path, lang: str = "et", parent: QWidget | None = None,
                 today: dt.date | None = None,
                 unsaved: Callable[[Path], bool] | None = None) -> None:
        super().__init__(parent)
        self.folder, self.lang = folder, lang
        self.unsaved = unsaved  # the editor's "open here with unsaved changes?"
        self.today = today or dt.date.today()
        self.findings: list[SetFinding] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.done.connect(self._loaded)
        self.signals.failed.connect(self._failed)
        self.signals.progressed.connect(self._progressed)
        self._reading = False
        self._again = False
        self.setWindowTitle(self.tr("Kaust: {0}").format(folder))
        self.model = FolderTableModel(lang, self.today)
        self.proxy = FolderFilter()
        self.proxy.setSourceModel(self.model)
        self._build()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._schedule)
        self.watcher.fileChanged.connect(self._schedule)
        self.rescan = QTimer(self)
        self.rescan.setSingleShot(True)
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.reload)
        self.resize(1200, 720)
        self.reload()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Otsi kõigi dokumentide tekstist…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._filter_changed)
        self.unit_box = QComboBox()
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Kõik liigid"), "")
        self.kind_box.addItem(self.tr("ametnik"), "ametnik")
        self.kind_box.addItem(self.tr("töötaja"), "tootaja")
        self.status_box = QComboBox()
        for status, text in ((Status.ALL, self.tr("Kõik")),
                             (Status.ERRORS, self.tr("Vigadega")),
                             (Status.WARNINGS, self.tr("Hoiatustega")),
                             (Status.OVERDUE, self.tr("Ülevaatus hilinenud")),
                             (Status.DAMAGED, self.tr("Ei saa avada"))):
            self.status_box.addItem(text, status)
        for box in (self.unit_box, self.kind_box, self.status_box):
            box.currentIndexChanged.connect(self._filter_changed)
        self.approve_button = QPushButton(self.tr("Kinnita valitud käskkirjaga…"))
        self.approve_button.clicked.connect(self._approve_selected)
        self.bulk_button = QPushButton(self.tr("Muuda kõigis…"))
        self.bulk_button.setToolTip(self.tr("Nimeta üksus või ametikoht ümber või uuenda "
                                            "standardteksti kõigis dokumentides, eelvaatega"))
        self.bulk_button.clicked.connect(self._bulk_change)
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.unit_box, 2)
        filters.addWidget(self.kind_box)
        filters.addWidget(self.status_box)
        filters.addWidget(self.bulk_button)
        filters.addWidget(self.approve_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TITLE.value, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, width in WIDTHS.items():
            title = self.model.headerData(column.value, Qt.Orientation.Horizontal)
            needed = self.fontMetrics().horizontalAdvance(str(title)) + 3 * char
            self.table.setColumnWidth(column.value, max(width * char, needed))
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)

        self.finding_list = QTreeWidget()
        self.finding_list.setHeaderLabels([self.tr("Fail"), self.tr("Leid")])
        self.finding_list.setRootIsDecorated(False)
        self.finding_list.header().setStretchLastSection(True)
        self.finding_list.setWordWrap(True)
        self.finding_list.itemActivated.connect(self._open_finding)
        self.finding_list.itemDoubleClicked.connect(self._open_finding)

        self.status = QLabel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.finding_list)
        split.setSizes([480, 200])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(body)

    # -- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the folder again (cached files that did not change are not re-read)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self.status.setText(self.tr("Loen kausta {0}…").format(self.folder))
        self.pool.start(_Indexer(self.folder, self.today, self.signals))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop following the disk and let a running read finish: a thread must not outlive
        the window that owns it."""
        self.rescan.stop()
        self._again = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.wait()
        super().closeEvent(event)

    def wait(self, ms: int = 30_000) -> bool:
        """Block until a running read is done (for tests and the screenshot mode)."""
        return self.pool.waitForDone(ms)

    def _read_done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.reload()

    @Slot(list, list)
    def _loaded(self, rows: list[Summary], findings: list[SetFinding]) -> None:
        self._read_done()
        selected = set(self.selected_paths())
        self.model.set_rows(rows)
        self.findings = findings
        self._fill_units(rows)
        self._fill_findings()
        self._filter_changed()
        self._reselect(selected)
        self._watch(rows)
        damaged = sum(1 for r in rows if not r.readable)
        self.status.setText(self.tr("{0} ametijuhendit, {1} leidu, {2} ei saa avada").format(
            len(rows), len(findings), damaged))

    @Slot(str)
    def _progressed(self, done: int, total: int) -> None:
        if self._reading:
            self.status.setText(self.tr("Loen kausta {0}… {1} / {2}").format(self.folder, done, total))

    def _failed(self, message: Message) -> None:
        self._read_done()
        self.status.setText(self.tr("Kausta ei saanud lugeda: {0}").format(message.text(self.lang)))

    def _watch(self, rows: list[Summary]) -> None:
        folders = {str(self.folder)} | {str(Path(r.path).parent) for r in rows}
        old = set(self.watcher.directories())
        if folders - old:
            self.watcher.addPaths(sorted(folders - old))

    def _schedule(self, _path: str) -> None:
        self.rescan.start()

    def _fill_units(self, rows: list[Summary]) -> None:
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("Kõik üksused"), "")
        for unit in sorted({r.unit for r in rows if r.unit}, key=str.casefold):
            self.unit_box.addItem(unit.replace("\n", ", "), unit)
        index = self.unit_box.findData(current)
        self.unit_box.setCurrentIndex(max(index, 0))
        self.unit_box.blockSignals(False)

    def _fill_findings(self) -> None:
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self.finding_list.clear()
        for finding in self.findings:
            item = QTreeWidgetItem([Path(finding.file).name, finding.message.text(self.lang)])
            item.setIcon(0, icons[finding.severity])
            item.setToolTip(0, "\n".join([finding.file, *finding.related]))
            item.setToolTip(1, finding.message.text(self.lang))
            item.setData(0, Qt.ItemDataRole.UserRole, finding.file)
            self.finding_list.addTopLevelItem(item)
        self.finding_list.resizeColumnToContents(0)

    # -- filtering and acting ---------------------------------------------------------

    def _filter_changed(self, *_args: object) -> None:
        query = self.search_box.text().strip()
        self.proxy.matching = ({h.summary.path for h in search(self.model.rows, query)}
                               if query else None)
        self.proxy.unit = self.unit_box.currentData() or ""
        self.proxy.kind = self.kind_box.currentData() or ""
        self.proxy.status = self.status_box.currentData() or Status.ALL
        self.proxy.refresh()

    def selected_paths(self) -> list[Path]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [Path(self.proxy.summary_at(self.proxy.index(r, 0)).path) for r in rows]

    def _reselect(self, paths: set[Path]) -> None:
        if not paths:
            return
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if Path(self.proxy.summary_at(index).path) in paths:
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def visible_rows(self) -> list[Summary]:
        return [self.proxy.summary_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def _open_row(self, index: object) -> None:
        from PySide6.QtCore import QModelIndex

        if isinstance(index, QModelIndex) and index.isValid():
            self.openRequested.emit(Path(self.proxy.summary_at(index).path))

    def _open_finding(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.openRequested.emit(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def _bulk_change(self) -> None:
        from .bulk_dialog import BulkDialog

        rows = [r for r in self.model.rows if r.readable]
        units = sorted({r.unit for r in rows if r.unit}, key=str.casefold)
        titles = sorted({r.title for r in rows if r.title}, key=str.casefold)
        dialog = BulkDialog([Path(r.path) for r in rows], units, titles, self.lang, self)
        dialog.exec()
        if dialog.result_ is not None:
            self.reload()

    def _approve_selected(self) -> None:
        paths = self.selected_paths()
        if not paths:
            self.status.setText(self.tr("Vali tabelist kinnitatavad ametijuhendid."))
            return
        if run_approval(paths, self.folder / "Word", self.lang, self, self.unsaved) is not None:
            self.reload()
