"""Typing as an HR specialist does: no click lost after typing, Enter makes the next item,
pasted lists split into items, dates typed by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.forms.fields import OptionalDateEdit
from ametijuhend_desktop.ui.item_ops import ItemAction
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

from .conftest import keys

pytestmark = pytest.mark.gui
LANGUAGES = ("requirements", "languages")


def click(qtbot, widget: QWidget) -> None:
    """A click as the window system delivers it (through an open popup, if any); pytest-qt's
    click on the widget itself would slip past the popup that ate the user's click."""
    pos = widget.mapTo(widget.window(), widget.rect().center())
    qtbot.mouseClick(widget.window().windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, pos)


def languages_editor(window: MainWindow):
    window.tree.select(Node(NodeKind.SECTION, SectionId.REQUIREMENTS))
    form = window.form(Page.of(Node(NodeKind.SECTION, SectionId.REQUIREMENTS)))
    return next(e for e in form.lists if e.list_path == LANGUAGES)


def test_a_click_on_plus_right_after_typing_a_language_is_not_lost(qtbot, window: MainWindow) -> None:
    langs = languages_editor(window)
    plus = langs.buttons[ItemAction.ADD]
    before = len(window.editor.doc.requirements.languages)
    click(qtbot, plus)
    qtbot.keyClicks(window.focusWidget(), "soome")  # its suggestion list opens
    click(qtbot, plus)
    qtbot.keyClicks(window.focusWidget(), "vene")
    names = [lang.name for lang in window.editor.doc.requirements.languages]
    assert len(names) == before + 2
    assert names[-2:] == ["soome", "vene"]


def test_a_click_on_the_tree_right_after_typing_a_language_is_not_lost(qtbot,
                                                                      window: MainWindow) -> None:
    langs = languages_editor(window)
    click(qtbot, langs.buttons[ItemAction.ADD])
    qtbot.keyClicks(window.focusWidget(), "inglise")
    purpose = window.editor.tree.index_of(Node(NodeKind.SECTION, SectionId.PURPOSE))
    rect = window.tree.visualRect(purpose)
    pos = window.tree.viewport().mapTo(window, rect.center())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, pos)
    assert window.tree.current_node() == Node(NodeKind.SECTION, SectionId.PURPOSE)


def date_box(window: MainWindow, path: tuple[str, ...]) -> OptionalDateEdit:
    window.tree.select(Node(NodeKind.META))
    widget = window.form(Page.META).widget_for(path)
    assert widget is not None
    holder = widget.parentWidget()
    assert isinstance(holder, OptionalDateEdit)
    return holder


def test_a_date_is_typed_over_an_empty_date(qtbot, window: MainWindow) -> None:
    box = date_box(window, ("meta", "effective_date"))
    assert window.editor.doc.meta.effective_date is None
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.edit, "01.01.2027")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert window.editor.doc.meta.effective_date == dt.date(2027, 1, 1)
    assert box.edit.text() == "01.01.2027"


@pytest.mark.parametrize("typed", ["1.1.2027", "01012027", "2027-01-01"])
def test_a_date_is_understood_in_the_ways_people_write_it(qtbot, window: MainWindow,
                                                         typed: str) -> None:
    box = date_box(window, ("meta", "last_review"))
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, typed)
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert window.editor.doc.meta.last_review == dt.date(2027, 1, 1)
    assert box.edit.text() == "01.01.2027"


def test_up_on_an_empty_date_gives_today_and_then_steps_a_day(qtbot, window: MainWindow) -> None:
    box = date_box(window, ("meta", "effective_date"))
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)
    assert window.editor.doc.meta.effective_date == dt.date.today()
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)
    assert window.editor.doc.meta.effective_date == dt.date.today() + dt.timedelta(days=1)


def test_a_half_typed_date_is_not_stored_and_clearing_empties_it(qtbot,
                                                                 window: MainWindow) -> None:
    box = date_box(window, ("meta", "effective_date"))
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "31.02.2027")  # no such day
    assert window.editor.doc.meta.effective_date is None
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.edit, "28.02.2027")
    assert window.editor.doc.meta.effective_date == dt.date(2027, 2, 28)
    qtbot.mouseClick(box.clear_button, Qt.MouseButton.LeftButton)
    assert window.editor.doc.meta.effective_date is None and box.edit.text() == ""


RESULTS = ("duties", "items", 0, "results")


def result_field(window: MainWindow, row: int) -> QWidget:
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    widget = window.duty_form.results.widget_for((*RESULTS, row))
    assert widget is not None
    return widget


def test_enter_in_a_language_row_starts_the_next_language(qtbot, window: MainWindow) -> None:
    langs = languages_editor(window)
    first = langs.first_field(0)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_End)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClicks(window.focusWidget(), "inglise")
    names = [lang.name for lang in window.editor.doc.requirements.languages]
    assert names == ["eesti", "inglise"]


def test_enter_splits_a_result_and_shift_enter_breaks_the_line(qtbot, window: MainWindow) -> None:
    first = result_field(window, 0)
    first.setFocus()
    qtbot.keyClicks(first, "aruanne valmib")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClicks(window.focusWidget(), "kava on kinnitatud")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    keys(window.focusWidget(), "tähtajaks")  # QTest types ASCII only
    assert window.editor.doc.duties.items[0].results == [
        "aruanne valmib", "kava on kinnitatud\ntähtajaks"]


def test_backspace_in_an_empty_result_removes_it_and_goes_back(qtbot, window: MainWindow) -> None:
    first = result_field(window, 0)
    first.setFocus()
    qtbot.keyClicks(first, "aruanne")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert len(window.editor.doc.duties.items[0].results) == 2
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backspace)
    assert window.editor.doc.duties.items[0].results == ["aruanne"]
    qtbot.keyClicks(window.focusWidget(), " valmib")  # back at the end of the one before
    assert window.editor.doc.duties.items[0].results == ["aruanne valmib"]


def paste(qtbot, widget: QWidget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_list_pasted_from_word_becomes_results_in_one_undo_step(qtbot,
                                                                  window: MainWindow) -> None:
    first = result_field(window, 0)
    first.setFocus()
    paste(qtbot, first, "•\taruanne valmib\r\n•\tkava on kinnitatud\r\n1.\tnõu on antud\r\n")
    assert window.editor.doc.duties.items[0].results == [
        "aruanne valmib", "kava on kinnitatud", "nõu on antud"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.duties.items[0].results == [""]


def test_a_duty_pasted_with_sh_items_gets_them_as_sub_items(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    text = window.duty_form.text
    text.setFocus()
    paste(qtbot, text, "Korraldab nõustamist, sh:\n•\tnõustab kliente\no\tpeab registrit\n")
    duty = window.editor.doc.duties.items[0]
    assert duty.text == "Korraldab nõustamist, sh:"
    assert duty.sub_items == ["nõustab kliente", "peab registrit"]
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.duties.items[0].text == ""
    assert window.editor.doc.duties.items[0].sub_items == []


def test_line_breaks_pasted_into_the_title_become_spaces(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.SECTION, SectionId.GENERAL))
    title = window.form(Page.GENERAL).widget_for(("general", "job_title"))
    assert title is not None
    title.setFocus()
    paste(qtbot, title, "Peaspetsialist\r\n(ennetusteenus)")
    assert window.editor.doc.general.job_title == "Peaspetsialist (ennetusteenus)"


def test_backspace_over_a_selected_result_clears_it_but_keeps_the_item(qtbot,
                                                                       window: MainWindow) -> None:
    first = result_field(window, 0)
    first.setFocus()
    qtbot.keyClicks(first, "aruanne")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClicks(window.focusWidget(), "kava")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backspace)
    assert window.editor.doc.duties.items[0].results == ["aruanne", ""]


def test_switching_to_tootaja_clears_the_approval_and_offers_the_signing_pair(
        qtbot, window: MainWindow) -> None:
    doc = window.editor.doc
    a = doc.meta.approval
    window.editor.set_value(("meta", "approval", "annex"), "Lisa 3")
    window.editor.set_value(("meta", "approval", "date"), dt.date(2026, 1, 5))
    window.tree.select(Node(NodeKind.META))
    meta = window.form(Page.META)
    qtbot.mouseClick(meta.tootaja, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert (a.annex, a.date, a.approver, a.directive_number) == ("", None, "", "")
    assert not meta.approval.isVisibleTo(meta)  # type: ignore[attr-defined]
    assert [s.role.value for s in doc.signatories] == ["employer", "employee"]
    window.findings.check_now()
    texts = [window.findings.item(i).text() for i in range(window.findings.count())]
    assert not any("käskkir" in t.lower() or "kinnit" in t.lower() for t in texts)
    qtbot.keyClick(meta.tootaja, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert doc.kind.value == "ametnik" and a.annex == "Lisa 3"
    assert [s.role.value for s in doc.signatories] == ["approver"]


def test_the_languages_row_position_names_its_place_and_up_moves_it_up(qtbot,
                                                                       window: MainWindow) -> None:
    languages_editor(window)
    form = window.form(Page.of(Node(NodeKind.SECTION, SectionId.REQUIREMENTS)))
    box = form.position  # type: ignore[attr-defined]
    assert window.editor.doc.requirements.languages_index == 2  # the third row
    assert box.currentText() == "pärast „Töökogemus”"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert window.editor.doc.requirements.languages_index == 1
    assert box.currentText() == "pärast „Haridus”"
