"""A small window (1024 × 700, or a laptop at 150–200 %): no form is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

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
