"""A small window (1024 × 700, or a laptop at 150–200 %): no form is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QToolBar

from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind
from ametijuhend_desktop.ui.window_state import fitting_size

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("node", [Node(NodeKind.META), Node(NodeKind.SECTION, SectionId.GENERAL),
                                  Node(NodeKind.DUTY, SectionId.DUTIES, 0),
                                  Node(NodeKind.SECTION, SectionId.REQUIREMENTS)])
def test_the_form_keeps_its_width_when_the_window_is_small(window: MainWindow,
                                                           node: Node) -> None:
    window.resize(1024, 700)
    window.main.setSizes([400, 150, 474])  # as restored from a wider window's settings
    window.tree.select(node)
    QApplication.processEvents()
    scroll = window.pages.currentWidget()
    assert isinstance(scroll, QScrollArea)
    form = window.forms[Page.of(node)]
    assert scroll.viewport().width() >= form.minimumSizeHint().width()
    assert window.width() <= 1024  # the tree and the preview gave way, not the window


def test_the_first_window_fits_a_1366_by_768_laptop() -> None:
    free = QRect(0, 0, 1366, 768 - 40)  # a task bar takes its share
    size = fitting_size(free)
    assert size.width() <= 1366 and size.height() + 40 <= free.height()
    assert fitting_size(QRect(0, 0, 2560, 1400)) == QSize(1280, 800)


def test_at_800_by_600_every_toolbar_button_is_in_sight(qtbot, window: MainWindow) -> None:
    window.resize(800, 600)
    QApplication.processEvents()
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar is not None
    hidden = [a.text() for a in toolbar.actions()
              if a.isVisible() and not a.isSeparator()
              and not toolbar.widgetForAction(a).isVisible()]
    assert hidden == []  # nothing pushed into the » menu
    assert window.width() <= 800


def test_a_long_label_wraps_between_words_not_inside_one(window: MainWindow) -> None:
    window.resize(1024, 700)
    window.tree.select(Node(NodeKind.SECTION, SectionId.REQUIREMENTS))
    QApplication.processEvents()
    form = window.forms[Page.REQUIREMENTS]
    label = form.widget_for(("requirements", "rows", 2, "label"))
    assert isinstance(label, QPlainTextEdit)
    assert label.toPlainText() == "Arvutikasutamise oskus"
    word = label.fontMetrics().horizontalAdvance("Arvutikasutamise")
    assert label.viewport().width() >= word
