"""The tree view: numbers drawn beside each label, duties reordered by dragging."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .tree_model import DocumentTreeModel, Node, NumberRole


class _NumberDelegate(QStyledItemDelegate):
    """"3.1 Nõustamine …": the number is its own role so inserts do not rewrite labels."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        number = index.data(NumberRole)
        if number:
            option.text = f"{number} {option.text}"


class SectionTree(QTreeView):
    nodeSelected = Signal(object)  # Node
    contextMenuWanted = Signal(object, object)  # Node, QMenu to fill

    def __init__(self, model: DocumentTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setItemDelegate(_NumberDelegate(self))
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setExpandsOnDoubleClick(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._kept: Node | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self._after_reset()

    def tree_model(self) -> DocumentTreeModel:
        model = self.model()
        assert isinstance(model, DocumentTreeModel)
        return model

    def _before_reset(self) -> None:
        self._kept = self.current_node()

    def _after_reset(self) -> None:
        """Stay where the user was (a reload from disk); New and Open choose for themselves."""
        self.expand(self.tree_model().duties_index())
        kept, self._kept = self._kept, None
        if kept is not None:
            self.select(kept)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model().node(current)
        if node is not None:
            self.nodeSelected.emit(node)

    def current_node(self) -> Node | None:
        return self.tree_model().node(self.currentIndex())

    def select(self, node: Node) -> None:
        index = self.tree_model().index_of(node)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        node = self.current_node()
        if node is None:
            return
        menu = QMenu(self)
        self.contextMenuWanted.emit(node, menu)
        if not menu.isEmpty():
            menu.exec(event.globalPos())
