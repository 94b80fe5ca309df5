"""A user fills in every section, reorders and deletes, undoes it all, redoes, saves, reopens."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit

from ametijuhend_desktop.ajx import read_file
from ametijuhend_desktop.model import Cefr, PostKind, SectionId
from ametijuhend_desktop.ui.forms.fields import OptionalDateEdit
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

from .conftest import field, keys, type_into

pytestmark = pytest.mark.gui

D = ("duties", "items")


def press(qtbot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_fill_every_section_undo_all_redo_save_and_reopen(qtbot, window: MainWindow,
                                                         tmp_path: Path) -> None:
    doc = window.editor.doc
    start = copy.deepcopy(doc)

    # Document data: the kind, organisation, approval.
    window.tree.select(Node(NodeKind.META))
    meta = window.form(Page.META)
    qtbot.mouseClick(meta.tootaja, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert doc.kind is PostKind.TOOTAJA
    assert window.tree.model().index(3, 0).data() == "Tööülesanded"
    qtbot.mouseClick(meta.ametnik, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    type_into(qtbot, window, ("meta", "organisation"), "Sotsiaalkindlustusamet")
    type_into(qtbot, window, ("meta", "approval", "approver"), "peadirektori")
    date = field(window, ("meta", "approval", "date")).parentWidget()
    assert isinstance(date, OptionalDateEdit)
    date.set_value(dt.date(2024, 3, 5), emit=True)
    type_into(qtbot, window, ("meta", "approval", "directive_number"), "1-1/24")

    # 1. Üldosa, with completion material for later.
    type_into(qtbot, window, ("general", "job_title"), "Peaspetsialist (ennetusteenus)")
    type_into(qtbot, window, ("general", "unit"), "Laste heaolu osakond, ennetustalitus")
    type_into(qtbot, window, ("general", "manager"), "Talituse juhataja")
    field(window, ("general", "substituted_by")).setFocus()
    press(qtbot, window, Qt.Key.Key_Insert)
    assert doc.general.substituted_by == [""]
    keys(window.focusWidget(), "Peaspetsialist (lastekaitse)")

    # 2. Eesmärk.
    type_into(qtbot, window, ("purpose", "paragraphs", 0), "Laste heaolu toetamine.")
    pasted = field(window, ("purpose", "paragraphs", 0))
    assert isinstance(pasted, QPlainTextEdit)
    pasted.insertPlainText(" „Šokk” –\u00a0žanr\u00ad\x0b")  # what a paste from Word brings

    # 3. Duties: type, add two with Insert in the tree, move, delete.
    type_into(qtbot, window, (*D, 0, "text"), "Nõustamine")
    type_into(qtbot, window, (*D, 0, "results", 0), "Kliendid on nõustatud.")
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Insert)
    assert window.tree.current_node() == Node(NodeKind.DUTY, SectionId.DUTIES, 1)
    type_into(qtbot, window, (*D, 1, "text"), "Aruandlus")
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 1))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Insert)
    type_into(qtbot, window, (*D, 2, "text"), "Kustutatav")
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 1))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [d.text for d in doc.duties.items] == ["Aruandlus", "Nõustamine", "Kustutatav"]
    assert window.editor.tree.label(window.tree.current_node()) == "3.1 Aruandlus"
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 2))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert [d.text for d in doc.duties.items] == ["Aruandlus", "Nõustamine"]
    type_into(qtbot, window, (*D, 0, "results", 0), "Aruanne on esitatud.")

    # 4.–5. Rights and responsibilities: edit one, delete one with the keyboard, move one.
    type_into(qtbot, window, ("rights", "items", 0), "teha kaugtööd;")
    field(window, ("responsibilities", "items", 5)).setFocus()
    press(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert len(doc.responsibilities.items) == 5
    field(window, ("responsibilities", "items", 4)).setFocus()
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert doc.responsibilities.items[3].startswith("oma kvalifikatsiooni")

    # 6. Tools: switched on from the tree's check box.
    model = window.tree.model()
    tools = model.index_of(Node(NodeKind.SECTION, SectionId.TOOLS))  # type: ignore[attr-defined]
    model.setData(tools, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    type_into(qtbot, window, ("tools", "text"), "Sülearvuti\tja telefon")

    # 7. Requirements: a row, a language with its level, a competency behaviour.
    type_into(qtbot, window, ("requirements", "rows", 0, "text"), "Kõrgharidus")
    field(window, ("requirements", "languages", 0, "name")).setFocus()
    press(qtbot, window, Qt.Key.Key_Insert)
    keys(window.focusWidget(), "inglise")
    level = field(window, ("requirements", "languages", 1, "level"))
    assert isinstance(level, QComboBox)
    level.setCurrentIndex(level.findText("B1"))
    level.activated.emit(level.currentIndex())
    type_into(qtbot, window, ("requirements", "competency_groups", 0, "behaviours", 0),
              "Lähtub kliendist.")

    # 8. Review and the signatures.
    type_into(qtbot, window, ("review", "text"), "Vaadatakse üle igal aastal.")
    type_into(qtbot, window, ("signatories", 0, "name"), "Mari Maasikas")

    typed = copy.deepcopy(doc)
    assert typed.general.substituted_by == ["Peaspetsialist (lastekaitse)"]
    assert typed.requirements.languages[1].name == "inglise"
    assert typed.requirements.languages[1].level is Cefr.B1
    assert typed.meta.approval.date == dt.date(2024, 3, 5)
    assert typed.tools.included and typed.tools.text == "Sülearvuti\tja telefon"
    assert window.isWindowModified()

    stack = window.editor.stack
    steps = stack.index()
    assert steps < 60, "typing in one field should be one step"
    while stack.canUndo():
        stack.undo()
    assert window.editor.doc == start
    assert not window.isWindowModified()
    while stack.canRedo():
        stack.redo()
    assert window.editor.doc == typed

    target = tmp_path / "peaspetsialist.ajx"
    window.files.ask_save_path = lambda: str(tmp_path / "peaspetsialist")  # type: ignore[method-assign]
    assert window.files.save()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("peaspetsialist.ajx")
    assert read_file(target) == typed

    window.files.new(PostKind.TOOTAJA)
    assert window.editor.doc.kind is PostKind.TOOTAJA
    assert window.files.open(target)
    assert window.editor.doc == typed
    assert window.settings.recent_files()[0] == str(target.resolve())


def test_typing_in_one_field_is_one_undo_step(qtbot, window: MainWindow) -> None:
    stack = window.editor.stack
    before = stack.index()
    type_into(qtbot, window, ("general", "job_title"), "Jurist", clear=False)
    assert stack.index() == before + 1
    assert window.editor.doc.general.job_title == "Jurist"
    type_into(qtbot, window, ("general", "unit"), "Õigusosakond", clear=False)
    assert stack.index() == before + 2
    stack.undo()
    assert window.editor.doc.general.unit == ""
    assert window.editor.doc.general.job_title == "Jurist"
    stack.undo()
    assert field(window, ("general", "job_title")).text() == ""  # type: ignore[attr-defined]


def test_window_undo_shortcut_wins_over_the_fields_own(qtbot, window: MainWindow) -> None:
    type_into(qtbot, window, (*D, 0, "text"), "Planeerimine")
    widget = field(window, (*D, 0, "text"))
    assert isinstance(widget, QPlainTextEdit)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.doc.duties.items[0].text == ""
    assert widget.toPlainText() == ""


def test_empty_bullet_goes_away_with_backspace(qtbot, window: MainWindow) -> None:
    widget = field(window, ("rights", "items", 0))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Insert)
    assert window.editor.doc.rights.items[1] == ""
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backspace)
    assert len(window.editor.doc.rights.items) == 6


def test_duplicate_and_drag_reorder_renumber_at_once(qtbot, window: MainWindow) -> None:
    type_into(qtbot, window, (*D, 0, "text"), "Esimene")
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [d.text for d in window.editor.doc.duties.items] == ["Esimene", "Esimene"]
    assert window.form_title.text() == "2.2 Esimene"  # a new document's purpose is empty
    window.actions_.add.trigger()
    type_into(qtbot, window, (*D, 2, "text"), "Kolmas")
    model = window.editor.tree
    data = model.mimeData([model.index(2, 0, model.duties_index())])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.duties_index())
    assert model.label(Node(NodeKind.DUTY, SectionId.DUTIES, 0)) == "2.1 Kolmas"


def test_kind_switch_changes_the_wording_shown(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.SECTION, SectionId.RIGHTS))
    rights = window.form(Page.RIGHTS)
    assert rights.intro.text() == "Ametnikul on õigus:"  # type: ignore[attr-defined]
    window.editor.set_value(("meta", "kind"), PostKind.TOOTAJA)
    assert rights.intro.text() == "Töötajal on õigus:"  # type: ignore[attr-defined]
    assert "Töölepingu juurde kuuluv lisa" in window.form(Page.META).kind_hint.text()  # type: ignore[attr-defined]
    assert "TÖÖÜLESANDED" in window.form(Page.DUTIES).heading.placeholderText()  # type: ignore[attr-defined]


def test_clicking_a_finding_selects_the_section_and_focuses_the_field(qtbot,
                                                                    window: MainWindow) -> None:
    window.findings.check_now()
    items = [window.findings.item(i) for i in range(window.findings.count())]
    item = next(i for i in items if i.text() == "Ametinimetus on täitmata.")
    window.tree.select(Node(NodeKind.SIGNATORIES))
    window.findings.itemClicked.emit(item)
    assert window.tree.current_node() == Node(NodeKind.SECTION, SectionId.GENERAL)
    assert window.focusWidget() is field(window, ("general", "job_title"))
    # Findings follow typing after a short pause.
    type_into(qtbot, window, ("general", "job_title"), "Jurist")
    qtbot.waitUntil(lambda: all(window.findings.item(i).text() != "Ametinimetus on täitmata."
                                for i in range(window.findings.count())), timeout=2000)


def test_a_finding_inside_a_duty_opens_that_duty(qtbot, window: MainWindow) -> None:
    window.editor.insert(D, 1, window.editor.doc.duties.items[0].__class__("Teine", [], [""]))
    window.findings.check_now()
    finding = next(f for f in window.findings.findings if f.path == ("duties", 1, "results"))
    window.go_to_finding(finding)
    assert window.tree.current_node() == Node(NodeKind.DUTY, SectionId.DUTIES, 1)
    assert window.focusWidget() is field(window, (*D, 1, "results", 0))


def test_preview_follows_the_selection_and_the_typing(qtbot, window: MainWindow) -> None:
    window.tree.select(Node(NodeKind.SECTION, SectionId.REQUIREMENTS))
    assert window.preview.anchor == "requirements"
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 0))
    assert window.preview.anchor == "duty-1"
    type_into(qtbot, window, (*D, 0, "text"), "Eelvaates näha")
    qtbot.waitUntil(lambda: "2.1 Eelvaates näha" in window.preview.toPlainText(), timeout=2000)


def test_own_heading_and_row_labels_of_an_older_document(qtbot, window: MainWindow) -> None:
    type_into(qtbot, window, ("general", "heading"), "Üldinfo")
    type_into(qtbot, window, ("general", "labels", "job_title"), "Teenistuskoht")
    general = window.form(Page.GENERAL)
    assert window.editor.doc.general.labels.job_title == "Teenistuskoht"
    row_label = general.form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()  # type: ignore[attr-defined]
    assert row_label.text() == "1.1 Teenistuskoht"
    assert window.editor.tree.label(Node(NodeKind.SECTION, SectionId.GENERAL)) == "1. Üldinfo"
    window.editor.stack.undo()
    assert row_label.text() == "1.1 Ametinimetus"
    assert window.editor.doc.general.labels.job_title == ""


def test_departures_from_the_standard_texts_are_shown_and_lead_to_the_item(
        qtbot, window: MainWindow) -> None:
    window.findings.check_now()
    assert window.findings.departures == []
    type_into(qtbot, window, ("rights", "items", 1), "kasutada ameti autot;")
    window.findings.check_now()
    texts = [window.findings.item(i).text() for i in range(window.findings.count())]
    assert any(t.startswith("Õigused 2: Erineb standardtekstist: „kasutada kõiki") for t in texts)
    assert window.findings.summary().endswith("standardtekstist erinevusi: 1")
    item = next(window.findings.item(i) for i in range(window.findings.count())
                if window.findings.item(i).text().startswith("Õigused 2"))
    window.tree.select(Node(NodeKind.SIGNATORIES))
    window.findings.itemClicked.emit(item)
    assert window.tree.current_node() == Node(NodeKind.SECTION, SectionId.RIGHTS)
    assert window.focusWidget() is field(window, ("rights", "items", 1))
