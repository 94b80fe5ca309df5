"""The window's parts work without the window: each gets only what it needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from ametijuhend_desktop import ajx
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, JobDescription, SectionId
from ametijuhend_desktop.model.paths import DUTIES, ModelPath
from ametijuhend_desktop.storage.locks import LockedError, lock_path
from ametijuhend_desktop.ui import safekeeping_dialogs
from ametijuhend_desktop.ui.editor import DocumentEditor
from ametijuhend_desktop.ui.file_actions import FileActions, SaveChoice
from ametijuhend_desktop.ui.item_ops import ItemAction, ListOps
from ametijuhend_desktop.ui.pages import FormPages, Page
from ametijuhend_desktop.ui.safekeeping import LockChoice, Safekeeping
from ametijuhend_desktop.ui.settings import AppSettings
from ametijuhend_desktop.ui.tree_model import TOP, Node, NodeKind

pytestmark = pytest.mark.gui


class FakeWindow:
    """Only the services FileActions asks of a window, recording what it was told."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.read_only = False
        self.shown: list[tuple[JobDescription, Path | None, bool]] = []
        self.revealed: list[ModelPath] = []

    def set_document(self, doc: JobDescription, path: Path | None,
                     read_only: bool = False) -> None:
        self.shown.append((doc, path, read_only))
        self.path, self.read_only = path, read_only

    def set_path(self, path: Path | None, read_only: bool = False) -> None:
        self.path, self.read_only = path, read_only

    def reveal(self, path: ModelPath, focus: bool = True) -> None:
        self.revealed.append(path)

    def display_name(self) -> str:
        return self.path.name if self.path else "Nimetu"


@pytest.fixture
def parts(qtbot, tmp_path: Path) -> tuple[FileActions, FakeWindow, DocumentEditor]:
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = DocumentEditor(new_document(), parent)
    safe = Safekeeping(lambda: editor.doc, data_dir=tmp_path / "andmed", parent=parent)
    safe.watch(editor.stack)
    window = FakeWindow()
    files = FileActions(editor, AppSettings(tmp_path / "s.ini"), safe, window, parent)
    yield files, window, editor
    safe.shut_down()


def _saved(tmp_path: Path, title: str) -> Path:
    doc = new_document()
    doc.general.job_title = title
    path = tmp_path / "töö.ajx"
    ajx.write_file(doc, path)
    return path


def test_file_actions_open_a_file_into_any_window(parts, tmp_path: Path) -> None:
    files, window, _editor = parts
    path = _saved(tmp_path, "Peaspetsialist")
    recent: list[bool] = []
    files.recentChanged.connect(lambda: recent.append(True))
    assert files.open_now(path)
    doc, shown_path, read_only = window.shown[-1]
    assert doc.general.job_title == "Peaspetsialist"
    assert (shown_path, read_only) == (path, False)
    assert recent and files.settings.recent_files() == [str(path.resolve())]


@pytest.mark.parametrize(("answer", "dropped"), [(SaveChoice.CANCEL, False),
                                                 (SaveChoice.DISCARD, True)])
def test_the_save_question_decides_whether_the_document_goes(
        parts, answer: SaveChoice, dropped: bool) -> None:
    files, window, editor = parts
    editor.set_value(("general", "job_title"), "Muudetud")
    files.ask_save_changes = lambda: answer  # type: ignore[method-assign]
    files.new(new_document().kind)
    assert bool(window.shown) is dropped
    assert window.revealed == ([("general", "job_title")] if dropped else [])


def test_a_lock_question_can_be_answered_by_replacing_its_function(
        parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files, _window, _editor = parts
    path = _saved(tmp_path, "Lukus")
    lock_path(path).write_text(json.dumps(  # a colleague has it open on another computer
        {"user": "Mari Maasikas", "host": "PC-17", "pid": 1, "time": "2026-11-23T09:15:00+00:00"}))
    asked: list[LockedError] = []

    def cancel(error: LockedError, _lang: str, _parent: QWidget | None) -> LockChoice:
        asked.append(error)
        return LockChoice.CANCEL

    monkeypatch.setattr(safekeeping_dialogs, "ask_locked", cancel)
    assert files.safe.open(path) is None
    assert len(asked) == 1 and asked[0].owner.user == "Mari Maasikas"


def test_every_tree_row_has_a_page_that_can_be_built(qtbot) -> None:
    editor = DocumentEditor(new_document())
    editor.doc.duties.items = [Duty(text="Üks")]
    pages = FormPages(editor, lambda append: ListOps(editor, DUTIES, None, Duty, lambda i: None))
    qtbot.addWidget(pages)
    rows = [*TOP, Node(NodeKind.DUTY, SectionId.DUTIES, 0)]
    for node in rows:
        pages.show_page(Page.of(node))
        assert pages.showing(Page.of(node))
    assert set(pages.forms) == set(Page)


def test_an_item_action_that_is_not_possible_changes_nothing(qtbot) -> None:
    editor = DocumentEditor(new_document())
    editor.doc.duties.items = [Duty(text="Esimene"), Duty(text="Teine")]
    shown: list[int] = []
    first = ListOps(editor, DUTIES, 0, Duty, shown.append)
    assert not first.run(ItemAction.UP)
    assert editor.stack.count() == 0
    assert first.run(ItemAction.DOWN)
    assert [d.text for d in editor.doc.duties.items] == ["Teine", "Esimene"]
    assert shown == [1]
