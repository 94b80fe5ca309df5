"""The section tree: a correct item model whose labels and rows follow every edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, PostKind, SectionId
from ametijuhend_desktop.model.paths import DUTIES
from ametijuhend_desktop.ui.editor import DocumentEditor
from ametijuhend_desktop.ui.tree_model import DUTIES_ROW, DUTY_MIME, Node, NodeKind, NumberRole

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot: object) -> DocumentEditor:
    doc = new_document(PostKind.AMETNIK)
    doc.purpose.paragraphs = ["Ametikoha eesmärk."]  # an empty section prints no number
    doc.duties.items = [Duty(f"Ülesanne number {i}", [], ["tulemus"]) for i in range(1, 5)]
    return DocumentEditor(doc)


def labels(editor: DocumentEditor) -> list[str]:
    model = editor.tree
    return [model.label(model.node(model.index(r, 0, model.duties_index())))
            for r in range(model.rowCount(model.duties_index()))]


def test_model_passes_qtmodeltester_through_edits(qtmodeltester, editor: DocumentEditor) -> None:
    qtmodeltester.check(editor.tree, force_py=True)
    editor.insert(DUTIES, 1, Duty("Uus", [], [""]))
    editor.move(DUTIES, 0, 3)
    editor.remove(DUTIES, 2)
    editor.set_value(("tools", "included"), True)
    editor.stack.undo()
    editor.stack.undo()
    qtmodeltester.check(editor.tree, force_py=True)


def test_section_labels_are_numbered_and_close_gaps(editor: DocumentEditor) -> None:
    model = editor.tree
    top = [model.label(model.node(model.index(r, 0))) for r in range(model.rowCount())]
    assert top[1] == "1. Üldosa"
    assert top[3] == "3. Teenistusülesanded"
    assert top[6] == "Töövahendid"  # off in a new document: no number
    assert top[7] == "6. Ametikohale esitatavad nõuded"
    assert model.index(6, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(6, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert editor.doc.tools.included
    assert model.index(6, 0).data(NumberRole) == ""  # on, but nothing to print yet
    editor.set_value(("tools", "text"), "Sülearvuti.")
    assert model.index(7, 0).data(NumberRole) == "7."
    editor.set_value(("purpose", "paragraphs"), [""])  # switched on but empty: not printed
    assert labels(editor)[0].startswith("2.1 ")
    assert model.index(2, 0).data(NumberRole) == ""
    editor.stack.undo()
    editor.set_value(("purpose", "included"), False)
    assert labels(editor)[0].startswith("2.1 ")
    editor.set_value(("meta", "kind"), PostKind.TOOTAJA)
    assert model.index(DUTIES_ROW, 0).data() == "Tööülesanded"
    assert model.index(DUTIES_ROW, 0).data(NumberRole) == "2."


def test_duty_labels_follow_typing_and_moves(editor: DocumentEditor) -> None:
    editor.set_value(("duties", "items", 0, "text"), "Nõustamine ja klientide teenindamine "
                     "kõigis ameti esindustes üle Eesti ning telefoni teel", token=1)
    assert labels(editor)[0] == "3.1 Nõustamine ja klientide teenindamine kõigis ameti…"
    editor.move(DUTIES, 0, 2)
    assert labels(editor)[2].startswith("3.3 Nõustamine")
    assert labels(editor)[0] == "3.1 Ülesanne number 2"
    editor.stack.undo()
    assert labels(editor)[0].startswith("3.1 Nõustamine")


def test_drop_moves_a_duty_and_is_one_undo_step(editor: DocumentEditor) -> None:
    model = editor.tree
    data = model.mimeData([model.index(0, 0, model.duties_index())])
    assert data.hasFormat(DUTY_MIME)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.duties_index())
    assert [d.text for d in editor.doc.duties.items][1:3] == ["Ülesanne number 3",
                                                               "Ülesanne number 1"]
    # Dropped onto a duty: it lands in that duty's place.
    data = model.mimeData([model.index(3, 0, model.duties_index())])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0,
                              model.index(0, 0, model.duties_index()))
    assert editor.doc.duties.items[0].text == "Ülesanne number 4"
    editor.stack.undo()
    editor.stack.undo()
    assert [d.text for d in editor.doc.duties.items] == [f"Ülesanne number {i}" for i in range(1, 5)]
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_nodes_round_trip_through_indexes(editor: DocumentEditor) -> None:
    model = editor.tree
    for node in (Node(NodeKind.META), Node(NodeKind.SECTION, SectionId.REVIEW), Node(NodeKind.DUTY, SectionId.DUTIES, 2),
                 Node(NodeKind.SIGNATORIES)):
        assert model.node(model.index_of(node)) == node
