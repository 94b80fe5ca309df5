"""The window's habits: the close prompt, errors, settings, dropped files, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ametijuhend_desktop.ajx import read_file, write_file
from ametijuhend_desktop.app import open_window, run
from ametijuhend_desktop.cli.args import parse_editor
from ametijuhend_desktop.editor_options import EditorOptions, parse_select
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import PostKind, SectionId
from ametijuhend_desktop.ui.file_actions import SaveChoice
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.settings import AppSettings
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

from .conftest import type_into

pytestmark = pytest.mark.gui

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "peaspetsialist-jarelhooldus.ajx"


@pytest.fixture
def edited(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> MainWindow:
    """A window with a saved file and one unsaved edit on top."""
    target = tmp_path / "jurist.ajx"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: str(target))
    type_into(qtbot, window, ("general", "job_title"), "Jurist")
    assert window.files.save()
    type_into(qtbot, window, ("general", "unit"), "Õigusosakond")
    assert window.isWindowModified()
    return window


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def test_close_and_save(edited: MainWindow, monkeypatch) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert edited.close()
    assert asked == ["Kas salvestada muudatused failis „jurist.ajx”?"]
    assert read_file(edited.path).general.unit == "Õigusosakond"  # type: ignore[arg-type]


def test_close_and_discard(edited: MainWindow, monkeypatch) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert edited.close()
    assert read_file(edited.path).general.unit == ""  # type: ignore[arg-type]


def test_close_cancelled_keeps_everything(edited: MainWindow, monkeypatch) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not edited.close()
    assert edited.isVisible()
    assert edited.editor.doc.general.unit == "Õigusosakond"
    assert edited.isWindowModified()
    assert read_file(edited.path).general.unit == ""  # type: ignore[arg-type]


def test_new_asks_first_and_cancel_keeps_the_document(edited: MainWindow, monkeypatch) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    edited.files.new(PostKind.TOOTAJA)
    assert edited.editor.doc.general.unit == "Õigusosakond"


def test_a_bad_file_shows_a_plain_message_and_keeps_the_document(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    type_into(qtbot, window, ("general", "job_title"), "Jurist")
    bad = tmp_path / "katki.ajx"
    bad.write_text("<ametijuhend>pooleli", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: SaveChoice.DISCARD)
    assert not window.files.open(bad)
    assert shown and shown[0].startswith(str(bad))
    assert window.editor.doc.general.job_title == "Jurist"


def test_a_failed_save_keeps_the_document_modified(qtbot, window: MainWindow, tmp_path: Path,
                                                   monkeypatch) -> None:
    type_into(qtbot, window, ("general", "job_title"), "Jurist")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(window.files, "ask_save_path", lambda: str(tmp_path / "puudub" / "x"))
    assert not window.files.save()
    assert "kausta pole olemas" in shown[0]
    assert window.isWindowModified() and window.path is None


def test_dropped_file_opens(qtbot, window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLE))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.path == EXAMPLE
    assert window.editor.doc == read_file(EXAMPLE)
    assert window.windowTitle().startswith(EXAMPLE.name)


def test_settings_remember_geometry_splitters_and_recent_files(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.main.setSizes([150, 350, 200])
    first.files.open_now(EXAMPLE)
    sizes = first.main.sizes()
    first.close()
    again = MainWindow(AppSettings(tmp_path / "s.ini"))
    qtbot.addWidget(again)
    assert again.size().width() == 700
    assert again.main.sizes() == sizes
    assert again.settings.recent_files() == [str(EXAMPLE.resolve())]
    assert again.settings.last_folder == str(EXAMPLE.resolve().parent)
    assert [a.data() for a in again.actions_.recent_menu.actions()] == [str(EXAMPLE.resolve())]
    assert again.actions_.recent_menu.actions()[0].text() == f"&1 {EXAMPLE.resolve()}"


def test_new_document_uses_the_settings(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    settings.organisation = "Sotsiaalkindlustusamet"
    settings.default_signatory = "Mari Maasikas"
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.files.new(PostKind.TOOTAJA)
    assert window.editor.doc == new_document(PostKind.TOOTAJA, "Sotsiaalkindlustusamet",
                                             "Mari Maasikas")


def test_select_paths_from_the_command_line() -> None:
    assert parse_select("duties/3") == ("duties", "items", 2)
    assert parse_select("requirements") == ("requirements",)
    assert parse_select("duties/1/results") == ("duties", "items", 0, "results")


def test_screenshot_mode_writes_a_png(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "aken.png"
    code = run(EditorOptions(EXAMPLE, out, parse_select("duties/3"), (1000, 700)),
               settings_path=tmp_path / "s.ini")
    assert code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    args = parse_editor([str(EXAMPLE), "--select", "duties/3"])
    window = open_window(app, args, tmp_path / "s.ini")
    assert window is not None
    qtbot.addWidget(window)
    assert window.tree.current_node() == Node(NodeKind.DUTY, SectionId.DUTIES, 2)
    assert window.form_title.text().startswith("3.3 ")


def test_export_to_word_writes_the_file(qtbot, window: MainWindow, tmp_path: Path,
                                        monkeypatch) -> None:
    window.files.open_now(EXAMPLE)
    out = tmp_path / "valja"
    monkeypatch.setattr(window.files, "ask_export_path", lambda: str(out))
    assert window.actions_.export.isVisible()
    opened: list[str] = []
    monkeypatch.setattr("ametijuhend_desktop.ui.export_done.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    assert window.files.export_word()
    assert (tmp_path / "valja.docx").read_bytes()[:2] == b"PK"
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())  # offered, not in the way
    folder = next(b for b in box.buttons() if "kaust" in b.text())
    folder.click()
    assert opened == [str(tmp_path)]


def test_export_with_errors_asks_first(qtbot, window: MainWindow, tmp_path: Path,
                                       monkeypatch) -> None:
    """A new document has errors (no title …): the user sees them before anything is written,
    may go to the first one, or export anyway."""
    from ametijuhend_desktop.ui.file_actions import ExportChoice

    out = tmp_path / "vigane"
    asked: list[list[str]] = []
    answer = ExportChoice.GO_TO
    monkeypatch.setattr(window.files, "ask_export_path", lambda: str(out))
    monkeypatch.setattr(window.files, "ask_export_with_errors",
                        lambda errors: asked.append(errors) or answer)
    window.reveal(("requirements",))
    assert not window.files.export_word()
    assert asked and any("Ametinimetus" in e for e in asked[0])
    assert not (tmp_path / "vigane.docx").exists()
    assert window.tree.current_node() == Node(NodeKind.SECTION, SectionId.GENERAL)
    answer = ExportChoice.EXPORT
    assert window.files.export_word()
    assert (tmp_path / "vigane.docx").read_bytes()[:2] == b"PK"


def test_saving_a_loaded_example_round_trips(window: MainWindow, tmp_path: Path) -> None:
    window.files.open_now(EXAMPLE)
    target = tmp_path / "koopia.ajx"
    write_file(window.editor.doc, target)
    assert read_file(target) == read_file(EXAMPLE)


def test_settings_dialog_stores_what_the_user_chose(qtbot, window: MainWindow,
                                                     monkeypatch) -> None:
    from ametijuhend_desktop.ui.settings_dialog import SettingsDialog

    def fill_and_accept(dialog: SettingsDialog) -> int:
        dialog.organisation.setText("Sotsiaalkindlustusamet")
        dialog.signatory.setText("Mari Maasikas")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return int(SettingsDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    window.actions_.settings.trigger()
    again = AppSettings(window.settings.path)
    assert (again.organisation, again.default_signatory, again.language) == (
        "Sotsiaalkindlustusamet", "Mari Maasikas", "en")
    monkeypatch.setattr(SettingsDialog, "exec", lambda _d: 0)  # Cancel changes nothing
    window.actions_.settings.trigger()
    assert AppSettings(window.settings.path).organisation == "Sotsiaalkindlustusamet"
