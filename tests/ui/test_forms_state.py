"""Forms show what the document holds the first time they are built, for every kind."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, PostKind, SectionId
from ametijuhend_desktop.ui.forms.fields import OptionalDateEdit
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", [PostKind.TOOTAJA, PostKind.AMETNIK])
def test_the_kind_of_post_is_checked_when_a_document_opens(window: MainWindow,
                                                          kind: PostKind) -> None:
    window.set_document(new_document(kind, "Sotsiaalkindlustusamet"), None)
    window.tree.select(Node(NodeKind.META))  # the form is built now, for this document
    meta = window.form(Page.META)
    assert meta.tootaja.isChecked() is (kind is PostKind.TOOTAJA)  # type: ignore[attr-defined]
    assert meta.ametnik.isChecked() is (kind is PostKind.AMETNIK)  # type: ignore[attr-defined]


def test_the_calendar_of_an_empty_date_opens_at_today(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.META))
    meta = window.form(Page.META)
    date = meta.widget_for(("meta", "effective_date"))
    assert date is not None
    holder = date.parentWidget()
    assert isinstance(holder, OptionalDateEdit) and holder.value() is None
    calendar = holder.calendar
    calendar.setCurrentPage(1900, 1)
    menu = holder.calendar_button.menu()
    menu.aboutToShow.emit()  # the calendar opening
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.dateTextFormat(today).font().bold()
    assert holder.value() is None  # looking is not choosing


@pytest.mark.parametrize("section", [SectionId.RIGHTS, SectionId.RESPONSIBILITIES])
def test_the_intro_hint_sits_under_the_intro_not_under_the_list(window: MainWindow,
                                                               section: SectionId) -> None:
    window.tree.select(Node(NodeKind.SECTION, section))
    QApplication.processEvents()
    form = window.form(Page.of_section(section))
    hint, items = form.intro_hint, form.bullets  # type: ignore[attr-defined]
    intro = form.intro  # type: ignore[attr-defined]
    assert intro.y() < hint.y() < items.y()


def test_a_reload_from_disk_keeps_the_users_place(window: MainWindow) -> None:
    doc = window.editor.doc
    window.editor.insert(("duties", "items"), 1, Duty("Teine ülesanne", [], ["Tulemus"]))
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 1))
    window.editor.load(copy.deepcopy(doc))  # what "the file changed: load it?" does
    assert window.tree.current_node() == Node(NodeKind.DUTY, SectionId.DUTIES, 1)
    assert window.pages.showing(Page.DUTY)
    window.editor.load(new_document(PostKind.AMETNIK))  # that duty is gone now
    assert window.tree.current_node() != Node(NodeKind.DUTY, SectionId.DUTIES, 1)


def test_new_while_a_later_duty_is_shown_refreshes_preview_and_findings(
        qtbot, window: MainWindow) -> None:
    window.editor.insert(("duties", "items"), 1, Duty("Teine ülesanne", [], ["Tulemus"]))
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 1))
    window.files.maybe_save = lambda: True  # type: ignore[method-assign]
    window.files.new(PostKind.TOOTAJA)  # one duty only: the duty form must not fail
    assert window.findings.doc is window.editor.doc
    assert window.preview.doc is window.editor.doc
