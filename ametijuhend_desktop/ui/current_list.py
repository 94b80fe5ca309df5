"""Which list the five item actions (add, duplicate, delete, up, down) work on.

The list editor holding the focus, or a form's own list; when the tree has the focus, or
nothing else claims it, the duties in the tree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from ..model import SectionId
from ..model.paths import DUTIES, ModelPath
from .editor import DocumentEditor
from .forms.base import SectionForm
from .forms.duty_forms import new_duty
from .forms.list_editor import ListEditor
from .item_ops import ListOps
from .section_tree import SectionTree
from .tree_model import Node, NodeKind


class CurrentList:
    def __init__(self, editor: DocumentEditor, tree: SectionTree, window: QWidget,
                 reveal: Callable[[ModelPath], None]) -> None:
        self.editor = editor
        self.tree = tree
        self.window = window  # where the search for a focused list stops
        self.reveal = reveal

    def tree_ops(self, append: bool = False) -> ListOps:
        """The duties, around the duty chosen in the tree (``append``: after the last)."""
        node = self.tree.current_node()
        current = None if append or node is None else node.duty
        return ListOps(self.editor, DUTIES, current, new_duty, self._select_duty)

    def _select_duty(self, index: int) -> None:
        self.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, index))
        if not self.editor.doc.duties.items[index].text:
            # A new duty: the user types its text next, not a search in the tree.
            self.reveal((*DUTIES, index, "text"))

    def ops(self) -> ListOps | None:
        """The list the item actions work on: where the focus is, else the tree's duties."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self.window:
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
