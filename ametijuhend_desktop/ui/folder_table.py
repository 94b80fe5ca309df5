"""The folder view's table: one row per document, sortable, filtered by unit, kind, status
and a text search across all documents.

A thin model over the core's summaries; dates sort as dates, counts as numbers.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..folder.summary import Summary

Index = QModelIndex | QPersistentModelIndex


class Column(Enum):
    TITLE = 0
    UNIT = 1
    KIND = 2
    MANAGER = 3
    APPROVED = 4
    DIRECTIVE = 5
    ANNEX = 6
    LAST_REVIEW = 7
    NEXT_REVIEW = 8
    ERRORS = 9
    WARNINGS = 10
    MODIFIED = 11
    FILE = 12


# Starting widths in characters: what a typical value needs (the user may drag them).
WIDTHS: dict[Column, int] = {
    Column.TITLE: 28, Column.UNIT: 30, Column.KIND: 11, Column.MANAGER: 22, Column.APPROVED: 11,
    Column.DIRECTIVE: 15, Column.ANNEX: 9, Column.LAST_REVIEW: 11, Column.NEXT_REVIEW: 11,
    Column.ERRORS: 6, Column.WARNINGS: 8, Column.MODIFIED: 16, Column.FILE: 24,
}


def column_titles() -> list[str]:
    return [QCoreApplication.translate("FolderTable", "Ametinimetus"), QCoreApplication.translate("FolderTable", "Struktuuriüksus"), QCoreApplication.translate("FolderTable", "Liik"), QCoreApplication.translate("FolderTable", "Vahetu juht"),
            QCoreApplication.translate("FolderTable", "Kinnitatud"), QCoreApplication.translate("FolderTable", "Käskkiri nr"), QCoreApplication.translate("FolderTable", "Lisa"), QCoreApplication.translate("FolderTable", "Viimane ülevaatus"),
            QCoreApplication.translate("FolderTable", "Järgmine ülevaatus"), QCoreApplication.translate("FolderTable", "Vigu"), QCoreApplication.translate("FolderTable", "Hoiatusi"), QCoreApplication.translate("FolderTable", "Muudetud"),
            QCoreApplication.translate("FolderTable", "Fail")]


class Status(Enum):
    ALL = "all"
    ERRORS = "errors"
    WARNINGS = "warnings"
    OVERDUE = "overdue"
    DAMAGED = "damaged"


def _date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y") if iso else ""


class FolderTableModel(QAbstractTableModel):
    def __init__(self, lang: str = "et", today: dt.date | None = None) -> None:
        super().__init__()
        self.lang = lang
        self.rows: list[Summary] = []
        self.today = today or dt.date.today()
        self._titles = column_titles()

    def set_rows(self, rows: list[Summary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def overdue(self, row: Summary) -> bool:
        return bool(row.next_review) and dt.date.fromisoformat(row.next_review) < self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem.text(self.lang) if row.problem else row.path
        if role == Qt.ItemDataRole.ForegroundRole and (row.problem or
                                                       (column is Column.NEXT_REVIEW and self.overdue(row))):
            return QBrush(QColor(160, 0, 0))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, column)

    def _text(self, row: Summary, column: Column) -> str:
        if column is Column.TITLE:
            if row.problem is not None:
                return QCoreApplication.translate("FolderTable", "(ei saa avada)") + " " + row.problem.text(self.lang)
            return row.title
        if column is Column.FILE:
            return row.file.name
        if column is Column.MODIFIED:
            return dt.datetime.fromtimestamp(row.mtime_ns / 1e9).strftime("%d.%m.%Y %H:%M")
        if row.problem is not None:
            return ""
        values: dict[Column, str] = {
            Column.UNIT: row.unit.replace("\n", ", "),
            Column.KIND: QCoreApplication.translate("FolderTable", "ametnik") if row.kind == "ametnik" else QCoreApplication.translate("FolderTable", "töötaja"),
            Column.MANAGER: row.manager,
            Column.APPROVED: _date(row.approval_date),
            Column.DIRECTIVE: row.directive_number,
            Column.ANNEX: row.annex,
            Column.LAST_REVIEW: _date(row.last_review),
            Column.NEXT_REVIEW: _date(row.next_review),
            Column.ERRORS: str(len(row.errors)),
            Column.WARNINGS: str(row.warnings),
        }
        return values[column]

    def _sort_key(self, row: Summary, column: Column) -> Any:
        if column is Column.ERRORS:
            return len(row.errors) + (1000 if row.problem else 0)
        if column is Column.WARNINGS:
            return row.warnings
        if column is Column.MODIFIED:
            return row.mtime_ns
        if column in (Column.APPROVED, Column.LAST_REVIEW, Column.NEXT_REVIEW):
            return {Column.APPROVED: row.approval_date, Column.LAST_REVIEW: row.last_review,
                    Column.NEXT_REVIEW: row.next_review}[column] or "9999"
        return self._text(row, column).casefold()


class FolderFilter(QSortFilterProxyModel):
    """Rows that pass the unit, kind and status filters and the text search."""

    def __init__(self) -> None:
        super().__init__()
        self.unit = ""
        self.kind = ""
        self.status = Status.ALL
        self.matching: set[str] | None = None  # paths found by the search; None: no search
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def table(self) -> FolderTableModel:
        model = self.sourceModel()
        assert isinstance(model, FolderTableModel)
        return model

    def refresh(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        row = self.table().rows[source_row]
        if self.matching is not None and row.path not in self.matching:
            return False
        if self.unit and row.unit != self.unit:
            return False
        if self.kind and row.kind != self.kind:
            return False
        return {
            Status.ALL: True,
            Status.ERRORS: bool(row.errors) or row.problem is not None,
            Status.WARNINGS: row.warnings > 0,
            Status.OVERDUE: self.table().overdue(row),
            Status.DAMAGED: row.problem is not None,
        }[self.status]

    def summary_at(self, index: QModelIndex) -> Summary:
        return self.table().rows[self.mapToSource(index).row()]
