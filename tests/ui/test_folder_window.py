"""The folder view as a user drives it: the table, filters, search, findings, opening a
document, following the disk, and approving a selection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ametijuhend_desktop import ajx
from ametijuhend_desktop.ui import approve_dialog
from ametijuhend_desktop.ui.folder_table import Column, Status
from ametijuhend_desktop.ui.folder_window import FolderWindow

from ..folder.support import consistent_set, write_set

TODAY = dt.date(2026, 12, 2)
pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMETIJUHEND_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def open_view(qtbot, folder: Path) -> FolderWindow:
    view = FolderWindow(folder, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    return view


def titles(view: FolderWindow) -> list[str]:
    return [r.title for r in view.visible_rows()]


def test_the_table_lists_every_document_sorted(qtbot, tmp_path: Path) -> None:
    write_set(tmp_path / "set", consistent_set())
    view = open_view(qtbot, tmp_path / "set")
    assert titles(view) == ["Peaspetsialist (ennetusteenus)", "Peaspetsialist (järelhooldus)",
                            "Talitusejuhataja"]
    view.table.sortByColumn(Column.TITLE.value, Qt.SortOrder.DescendingOrder)
    assert titles(view)[0] == "Talitusejuhataja"
    assert "3 ametijuhendit, 0 leidu" in view.status.text()


def test_the_status_line_counts_the_files_while_reading(qtbot, tmp_path: Path) -> None:
    """A large folder takes seconds the first time: the status line says how far it is."""
    import shutil

    write_set(tmp_path / "set", consistent_set())
    one = next((tmp_path / "set").rglob("*.ajx"))
    for i in range(57):
        shutil.copy(one, one.with_name(f"koopia-{i}.ajx"))
    seen: list[str] = []
    view = FolderWindow(tmp_path / "set", today=TODAY)
    qtbot.addWidget(view)
    view.signals.progressed.connect(lambda *_: seen.append(view.status.text()))
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 60, timeout=20_000)
    assert seen[0].endswith("… 25 / 60") and seen[-1].endswith("… 60 / 60"), seen
    assert "60 ametijuhendit" in view.status.text()


def test_filters_and_search_narrow_the_table(qtbot, tmp_path: Path) -> None:
    docs = consistent_set()
    docs["juht"].general.unit = "Lastekaitse osakond"
    docs["juht"].purpose.paragraphs = ["Mesinduse korraldamine."]
    write_set(tmp_path / "set", docs)
    view = open_view(qtbot, tmp_path / "set")
    view.unit_box.setCurrentIndex(view.unit_box.findData("Lastekaitse osakond"))
    assert titles(view) == ["Talitusejuhataja"]
    view.unit_box.setCurrentIndex(0)
    qtbot.keyClicks(view.search_box, "MESINDUSE")
    assert titles(view) == ["Talitusejuhataja"]
    view.search_box.clear()
    view.status_box.setCurrentIndex(view.status_box.findData(Status.WARNINGS))
    assert len(titles(view)) <= 3


def test_findings_are_listed_and_open_their_document(qtbot, tmp_path: Path) -> None:
    docs = consistent_set()
    docs["ennetus"].general.manager = "Talitusejuhatja"
    paths = write_set(tmp_path / "set", docs)
    view = open_view(qtbot, tmp_path / "set")
    assert view.finding_list.topLevelItemCount() == 1
    item = view.finding_list.topLevelItem(0)
    assert "kas „Talitusejuhataja”?" in item.text(1)
    with qtbot.waitSignal(view.openRequested) as opened:
        view.finding_list.itemActivated.emit(item, 0)
    assert opened.args == [paths["ennetus"]]


def test_double_click_opens_the_document(qtbot, tmp_path: Path) -> None:
    paths = write_set(tmp_path / "set", consistent_set())
    view = open_view(qtbot, tmp_path / "set")
    index = view.proxy.index(2, Column.TITLE.value)
    with qtbot.waitSignal(view.openRequested) as opened:
        view.table.doubleClicked.emit(index)
    assert opened.args == [paths["juht"]]


def test_the_table_follows_changes_on_disk(qtbot, tmp_path: Path) -> None:
    write_set(tmp_path / "set", consistent_set())
    view = open_view(qtbot, tmp_path / "set")
    (tmp_path / "set" / "katki.ajx").write_bytes(b"<ametijuhend")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)
    assert "1 ei saa avada" in view.status.text()
    broken = [r for r in view.model.rows if not r.readable]
    assert broken and broken[0].file.name == "katki.ajx"


def test_approve_the_selection(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = consistent_set()
    docs["juht"].general.manager = "Osakonnajuhataja"
    paths = write_set(tmp_path / "set", docs)
    view = open_view(qtbot, tmp_path / "set")
    view.table.selectAll()

    def fill_and_accept(dialog: QDialog) -> int:
        assert isinstance(dialog, approve_dialog.ApproveDialog)
        qtbot.keyClicks(dialog.number, "1-2/27")
        dialog.out_dir.setText(str(tmp_path / "word"))
        return QDialog.DialogCode.Accepted

    shown: list[str] = []
    monkeypatch.setattr(approve_dialog.ApproveDialog, "exec", fill_and_accept)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    view.approve_button.click()
    assert shown and "Kinnitatud 3 ametijuhendit" in shown[0]
    assert (tmp_path / "word" / "lisade-loetelu.docx").is_file()
    annexes = {ajx.read_file(p).meta.approval.annex for p in paths.values()}
    assert annexes == {"Lisa 1", "Lisa 2", "Lisa 3"}
    qtbot.waitUntil(lambda: all(r.annex for r in view.model.rows), timeout=10_000)
    assert view.table.selectionModel().selectedRows()  # the selection survives the reload


def test_rename_a_unit_in_every_document_after_the_preview(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ametijuhend_desktop.ui import bulk_dialog

    paths = write_set(tmp_path / "set", consistent_set())
    view = open_view(qtbot, tmp_path / "set")
    seen: list[int] = []

    def preview_then_apply(dialog: QDialog) -> int:
        assert isinstance(dialog, bulk_dialog.BulkDialog)
        assert dialog.old.findText("Ohvriabi osakond") >= 0  # the folder's units offered
        dialog.old.setCurrentText("Ohvriabi osakond")
        qtbot.keyClicks(dialog.new.lineEdit(), "Ohvriabi ja ennetuse osakond")
        dialog.show_preview()
        seen.append(dialog.places.topLevelItemCount())
        assert {ajx.read_file(p).general.unit for p in paths.values()} == {"Ohvriabi osakond"}
        dialog.apply_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(bulk_dialog.BulkDialog, "exec", preview_then_apply)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    view.bulk_button.click()
    assert seen == [3]
    assert {ajx.read_file(p).general.unit for p in paths.values()} == {"Ohvriabi ja ennetuse osakond"}
    qtbot.waitUntil(lambda: {r.unit for r in view.model.rows} == {"Ohvriabi ja ennetuse osakond"},
                    timeout=10_000)
