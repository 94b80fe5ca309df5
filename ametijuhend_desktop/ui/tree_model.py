"""The section tree: a thin QAbstractItemModel over the job description.

Top rows are fixed (document data, the eight sections, signatures); the duties row has one
child per duty. Row changes are bracketed by :class:`~.editor.DocumentEditor` through
``inserting``/``removing``/``moving``, so views and persistent indexes stay right.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..model import OPTIONAL_SECTIONS, SECTION_ORDER, SectionId
from ..model.numbering import section_numbers
from ..model.paths import DUTIES, ModelPath, duty_index
from ..model.wording import section_heading

if TYPE_CHECKING:
    from .editor import DocumentEditor

ModelIndex = QModelIndex | QPersistentModelIndex
DUTY_MIME = "application/x-ametijuhend-duty"
# The automatic number ("3.1", "6.") is its own role: it changes on every insert above a
# row, while the row's text stays put; the delegate draws the two together.
NumberRole = Qt.ItemDataRole.UserRole + 1


class NodeKind(Enum):
    """What a tree row stands for."""

    META = "meta"  # the document's own data: approval, dates, author
    SECTION = "section"  # one of the eight numbered sections
    DUTY = "duty"  # one duty, a child of the duties section
    SIGNATORIES = "signatories"


@dataclass(frozen=True)
class Node:
    """One row of the tree: its kind, and which section or duty it is."""

    kind: NodeKind
    section: SectionId | None = None
    duty: int | None = None


TOP: tuple[Node, ...] = (
    Node(NodeKind.META),
    *(Node(NodeKind.SECTION, s) for s in SECTION_ORDER),
    Node(NodeKind.SIGNATORIES),
)
DUTIES_ROW = TOP.index(Node(NodeKind.SECTION, SectionId.DUTIES))
_TOP_ID, _DUTY_ID = 0, 1


def display_heading(text: str) -> str:
    """"TEENISTUSÜLESANDED" reads better in a tree as "Teenistusülesanded"."""
    return text[:1] + text[1:].lower() if text.isupper() else text


def first_words(text: str, limit: int = 50) -> str:
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0]
    return cut + "…"


class DocumentTreeModel(QAbstractItemModel):
    def __init__(self, editor: DocumentEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor

    # -- structure --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP_ID)
        return self.createIndex(row, column, _DUTY_ID)

    def parent(self, index: ModelIndex | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if index.isValid() and index.internalId() == _DUTY_ID:
            return self.createIndex(DUTIES_ROW, 0, _TOP_ID)
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(TOP)
        if parent.column() == 0 and parent.internalId() == _TOP_ID and parent.row() == DUTIES_ROW:
            return len(self.editor.doc.duties.items)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def node(self, index: ModelIndex) -> Node | None:
        if not index.isValid():
            return None
        if index.internalId() == _DUTY_ID:
            return Node(NodeKind.DUTY, SectionId.DUTIES, index.row())
        return TOP[index.row()]

    def index_of(self, node: Node) -> QModelIndex:
        if node.kind is NodeKind.DUTY and node.duty is not None:
            return self.index(node.duty, 0, self.duties_index())
        return self.index(TOP.index(node), 0)

    def node_for(self, path: ModelPath) -> Node:
        """The row that shows the field at ``path``."""
        head = path[0] if path else NodeKind.META.value
        if head == NodeKind.META.value:
            return Node(NodeKind.META)
        if head == NodeKind.SIGNATORIES.value:
            return Node(NodeKind.SIGNATORIES)
        if head == SectionId.DUTIES.value:
            i = duty_index(path)
            if i is not None and i < len(self.editor.doc.duties.items):
                return Node(NodeKind.DUTY, SectionId.DUTIES, i)
        return Node(NodeKind.SECTION, SectionId(head))

    def duties_index(self) -> QModelIndex:
        return self.index(DUTIES_ROW, 0)

    # -- content ----------------------------------------------------------------------

    def number(self, node: Node) -> str:
        """"3.1" for a duty, "6." for a section, "" for what has no number."""
        if node.kind in (NodeKind.META, NodeKind.SIGNATORIES) or node.section is None:
            return ""
        numbers = section_numbers(self.editor.doc)
        if node.kind is NodeKind.DUTY and node.duty is not None:
            return f"{numbers[SectionId.DUTIES]}.{node.duty + 1}"
        number = numbers.get(node.section)
        return f"{number}." if number else ""

    def text(self, node: Node) -> str:
        doc = self.editor.doc
        if node.kind is NodeKind.META:
            return self.tr("Dokumendi andmed")
        if node.kind is NodeKind.SIGNATORIES:
            return self.tr("Allkirjad")
        if node.kind is NodeKind.DUTY and node.duty is not None:
            return first_words(doc.duties.items[node.duty].text) or self.tr("(tühi)")
        assert node.section is not None
        return display_heading(section_heading(doc, node.section))

    def label(self, node: Node) -> str:
        """What the user reads in the tree: "3.1 Nõustamine ja …"."""
        number = self.number(node)
        return f"{number} {self.text(node)}" if number else self.text(node)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(node)
        if role == NumberRole:
            return self.number(node)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.label(node)
        if role == Qt.ItemDataRole.ToolTipRole and node.duty is not None:
            return self.editor.doc.duties.items[node.duty].text[:400]
        optional = node.kind is NodeKind.SECTION and node.section in OPTIONAL_SECTIONS
        if role == Qt.ItemDataRole.CheckStateRole and optional and node.section is not None:
            on = self.editor.doc.is_included(node.section)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if (role == Qt.ItemDataRole.ForegroundRole and optional and node.section is not None
                and not self.editor.doc.is_included(node.section)):
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.SECTION:
            font = QFont()
            font.setBold(node.section is SectionId.DUTIES)
            return font
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if (role != Qt.ItemDataRole.CheckStateRole or node is None or node.section is None
                or node.kind is not NodeKind.SECTION or node.section not in OPTIONAL_SECTIONS):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.editor.set_value((node.section.value, "included"), checked)
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind is NodeKind.DUTY:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren
        elif node.section is SectionId.DUTIES:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        elif node.section in OPTIONAL_SECTIONS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # -- drag and drop of duties ------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DUTY_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid() and i.internalId() == _DUTY_ID]
        if rows:
            data.setData(DUTY_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        """Move the dragged duty; the view must not remove anything itself (no removeRows)."""
        if not data.hasFormat(DUTY_MIME) or action != Qt.DropAction.MoveAction:
            return False
        if parent.isValid() and parent.internalId() == _DUTY_ID:  # dropped onto a duty
            row, parent = parent.row(), parent.parent()
        if not (parent.isValid() and parent.row() == DUTIES_ROW):
            return False
        source = int(bytes(data.data(DUTY_MIME).data()).decode())
        count = len(self.editor.doc.duties.items)
        target = count if row < 0 else row
        if target > source:
            target -= 1
        self.editor.move(DUTIES, source, min(target, count - 1))
        return True

    # -- what the editor calls --------------------------------------------------------

    def value_changed(self, path: ModelPath) -> None:
        if len(path) == 4 and path[:2] == DUTIES and path[3] == "text":
            assert isinstance(path[2], int)
            idx = self.index(path[2], 0, self.duties_index())
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.AccessibleTextRole])
        elif path[-1] in ("included", "heading", "kind"):
            self.dataChanged.emit(self.index(0, 0), self.index(len(TOP) - 1, 0))
            self._renumber(0)

    def _renumber(self, first: int) -> None:
        count = len(self.editor.doc.duties.items)
        if first < count:
            parent = self.duties_index()
            self.dataChanged.emit(self.index(first, 0, parent), self.index(count - 1, 0, parent),
                                  [NumberRole, Qt.ItemDataRole.AccessibleTextRole])

    @contextmanager
    def inserting(self, list_path: ModelPath, index: int) -> Iterator[None]:
        if list_path != DUTIES:
            yield
            return
        self.beginInsertRows(self.duties_index(), index, index)
        yield
        self.endInsertRows()
        self._renumber(index + 1)

    @contextmanager
    def removing(self, list_path: ModelPath, index: int) -> Iterator[None]:
        if list_path != DUTIES:
            yield
            return
        self.beginRemoveRows(self.duties_index(), index, index)
        yield
        self.endRemoveRows()
        self._renumber(index)

    @contextmanager
    def moving(self, list_path: ModelPath, source: int, target: int) -> Iterator[None]:
        if list_path != DUTIES:
            yield
            return
        parent = self.duties_index()
        self.beginMoveRows(parent, source, source, parent, target + 1 if target > source else target)
        yield
        self.endMoveRows()
        self._renumber(min(source, target))
