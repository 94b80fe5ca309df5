"""The form pages beside the tree: which page shows a tree row, built when first shown.

A page is named by a :class:`Page`, never by a string: the eight sections, the document's
own data, the signatures, and one page shared by every duty (bound to the chosen duty).
Building a page costs time, so the window starts with the one it shows first.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..model import SectionId
from .editor import DocumentEditor
from .forms.base import SectionForm
from .forms.duty_forms import DutiesForm, DutyForm
from .forms.general_form import GeneralForm
from .forms.meta_form import MetaForm
from .forms.requirements_form import RequirementsForm
from .forms.signatories_form import SignatoriesForm
from .forms.simple_forms import BulletsForm, PurposeForm, TextSectionForm
from .item_ops import ListOps
from .tree_model import Node, NodeKind

HOLDER_RIGHT_MARGIN = 8


class Page(Enum):
    """One form page; a section's page has the section's own value."""

    META = "meta"
    GENERAL = "general"
    PURPOSE = "purpose"
    DUTIES = "duties"
    DUTY = "duty"
    RIGHTS = "rights"
    RESPONSIBILITIES = "responsibilities"
    TOOLS = "tools"
    REQUIREMENTS = "requirements"
    REVIEW = "review"
    SIGNATORIES = "signatories"

    @classmethod
    def of_section(cls, section: SectionId) -> Page:
        return cls(section.value)

    @classmethod
    def of(cls, node: Node) -> Page:
        """The page that shows a tree row."""
        if node.kind is NodeKind.SECTION and node.section is not None:
            return cls.of_section(node.section)
        return {NodeKind.META: cls.META, NodeKind.DUTY: cls.DUTY,
                NodeKind.SIGNATORIES: cls.SIGNATORIES}[node.kind]


# The duty form and the duties form act on the tree's duties: (append) -> their ListOps.
DutyOps = Callable[[bool], ListOps]


class FormPages(QStackedWidget):
    """The stack of form pages, each in its own scroll area."""

    def __init__(self, editor: DocumentEditor, duty_ops: DutyOps,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        e = editor
        self._factories: dict[Page, Callable[[], SectionForm]] = {
            Page.META: lambda: MetaForm(e),
            Page.GENERAL: lambda: GeneralForm(e),
            Page.PURPOSE: lambda: PurposeForm(e),
            Page.DUTIES: lambda: DutiesForm(e, lambda: duty_ops(True).add()),
            Page.DUTY: lambda: DutyForm(e, lambda: duty_ops(False)),
            Page.RIGHTS: lambda: BulletsForm(e, SectionId.RIGHTS),
            Page.RESPONSIBILITIES: lambda: BulletsForm(e, SectionId.RESPONSIBILITIES),
            Page.TOOLS: lambda: TextSectionForm(e, SectionId.TOOLS),
            Page.REQUIREMENTS: lambda: RequirementsForm(e),
            Page.REVIEW: lambda: TextSectionForm(e, SectionId.REVIEW),
            Page.SIGNATORIES: lambda: SignatoriesForm(e),
        }
        self.forms: dict[Page, SectionForm] = {}
        self._scrolls: dict[Page, QScrollArea] = {}

    def form(self, page: Page) -> SectionForm:
        """The page's form, built now if it was not yet."""
        if page not in self.forms:
            form = self._factories[page]()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 4, HOLDER_RIGHT_MARGIN, 8)
            layout.addWidget(form)
            scroll.setWidget(holder)
            # Only if the window is narrower than any layout allows: then scroll, not clip.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.addWidget(scroll)
            self.forms[page] = form
            self._scrolls[page] = scroll
        return self.forms[page]

    @property
    def duty_form(self) -> DutyForm:
        form = self.form(Page.DUTY)
        assert isinstance(form, DutyForm)
        return form

    def show_page(self, page: Page) -> None:
        self.form(page)
        self.setCurrentWidget(self._scrolls[page])

    def showing(self, page: Page) -> bool:
        return page in self._scrolls and self.currentWidget() is self._scrolls[page]

    def width_needed(self, page: Page) -> int:
        """The width the page's fields need, with the scroll bar beside them."""
        scroll = self._scrolls[page]
        return (self.forms[page].minimumSizeHint().width() + HOLDER_RIGHT_MARGIN
                + scroll.verticalScrollBar().sizeHint().width())
