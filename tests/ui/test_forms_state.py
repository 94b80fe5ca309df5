"""Forms show what the document holds the first time they are built, for every kind."""

from __future__ import annotations

import pytest

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import PostKind
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.tree_model import Node

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", [PostKind.TOOTAJA, PostKind.AMETNIK])
def test_the_kind_of_post_is_checked_when_a_document_opens(window: MainWindow,
                                                          kind: PostKind) -> None:
    window.set_document(new_document(kind, "Sotsiaalkindlustusamet"), None)
    window.tree.select(Node("meta"))  # the form is built now, for this document
    meta = window.form("meta")
    assert meta.tootaja.isChecked() is (kind is PostKind.TOOTAJA)  # type: ignore[attr-defined]
    assert meta.ametnik.isChecked() is (kind is PostKind.AMETNIK)  # type: ignore[attr-defined]
