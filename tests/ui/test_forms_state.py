"""Forms show what the document holds the first time they are built, for every kind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import PostKind, SectionId
from ametijuhend_desktop.ui.forms.fields import OptionalDateEdit
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


def test_the_calendar_of_an_empty_date_opens_at_today(qtbot, window: MainWindow) -> None:
    window.tree.select(Node("meta"))
    meta = window.form("meta")
    date = meta.widget_for(("meta", "effective_date"))
    assert date is not None
    holder = date.parentWidget()
    assert isinstance(holder, OptionalDateEdit) and holder.value() is None
    calendar = holder.edit.calendarWidget()
    calendar.setCurrentPage(1900, 1)  # where QDateEdit puts it for "no date"
    calendar.window().show()  # the popup opening
    QApplication.processEvents()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.dateTextFormat(today).font().bold()
    calendar.window().hide()
    assert holder.value() is None  # looking is not choosing


@pytest.mark.parametrize("section", [SectionId.RIGHTS, SectionId.RESPONSIBILITIES])
def test_the_intro_hint_sits_under_the_intro_not_under_the_list(window: MainWindow,
                                                               section: SectionId) -> None:
    window.tree.select(Node("section", section))
    QApplication.processEvents()
    form = window.form(section)
    hint, items = form.intro_hint, form.bullets  # type: ignore[attr-defined]
    intro = form.intro  # type: ignore[attr-defined]
    assert intro.y() < hint.y() < items.y()
