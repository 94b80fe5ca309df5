"""No silent crash: an unexpected error saves the work, is logged, and the user is told."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qCritical
from PySide6.QtWidgets import QApplication

from ametijuhend_desktop import logs
from ametijuhend_desktop.storage.recovery import read_recovery_file
from ametijuhend_desktop.ui import last_resort
from ametijuhend_desktop.ui.crash_dialog import CrashDialog, CrashReport, Rescue
from ametijuhend_desktop.ui.main_window import MainWindow

from .conftest import type_into

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]
EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"
SECRET = "Salajane nõunik"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("AMETIJUHEND_LOG_DIR", str(tmp_path / "log"))
    started = logs.start_logging()
    assert started == tmp_path / "log" / "ametijuhend.log"
    yield started
    logs.stop_logging()


class Shown:
    """What a crash dialog showed; its ``exec`` returns at once (after ``then``, if set)."""

    def __init__(self, dialog: CrashDialog) -> None:
        self.report = dialog.report
        self.text = dialog.message.text()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Shown]]:
    """The crash dialogs shown, under the installed handler."""
    dialogs: list[Shown] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: dialogs.append(Shown(self)) or 0)
    guard = last_resort.install()
    yield dialogs
    guard.uninstall()


def _edited(qtbot, window: MainWindow) -> None:
    assert window.files.open_now(EXAMPLE)
    type_into(qtbot, window, ("general", "job_title"), SECRET)
    window.safe.timing.idle.stop()  # no autosave of its own: what is saved, the handler saved
    window.safe.timing.max_wait.stop()
    assert list(window.safe.recovery.folder.glob("*.ajr")) == []


def _boom() -> None:
    raise RuntimeError("katki läinud nupp")


def test_an_error_in_a_slot_saves_the_work_logs_it_and_says_so(
    qtbot, window: MainWindow, log_file: Path, shown: list[Shown]
) -> None:
    _edited(qtbot, window)
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: len(shown) == 1)

    saved = list(window.safe.recovery.folder.glob("*.ajr"))
    assert len(saved) == 1
    entry, doc = read_recovery_file(saved[0])
    assert doc == window.editor.doc and doc.general.job_title == SECRET
    assert entry.original == EXAMPLE

    text = shown[0].text
    assert "ootamatu viga" in text and str(saved[0]) in text and str(log_file) in text

    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: katki läinud nupp" in logged
    assert f"recovery: the document was written to {saved[0]}" in logged
    assert f"open: {EXAMPLE}" in logged
    assert SECRET not in logged and "Jurist" not in logged  # no document text

    # The window goes on: the user can keep typing and save.
    type_into(qtbot, window, ("general", "job_title"), "Nõunik")
    assert window.editor.doc.general.job_title == "Nõunik"


def test_copy_details_puts_the_traceback_and_versions_on_the_clipboard(
    qtbot, window: MainWindow, log_file: Path, shown: list[Shown], monkeypatch
) -> None:
    clicked: list[str] = []

    def copy_then_close(dialog: CrashDialog) -> int:
        dialog.copy.click()
        clicked.append(dialog.copy.text())
        shown.append(Shown(dialog))
        return 0

    monkeypatch.setattr(CrashDialog, "exec", copy_then_close)
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].report.rescue is Rescue.NOTHING_UNSAVED  # a fresh window, nothing typed
    assert "Salvestamata muudatusi ei olnud" in shown[0].text
    copied = QApplication.clipboard().text()
    assert "RuntimeError: katki läinud nupp" in copied and "_boom" in copied
    for name in ("Ametijuhend", "Qt", "PySide6", "python-docx", "lxml"):
        assert f"\n{name}: " in copied
    assert clicked == ["Kopeeritud"]


def test_an_error_in_another_thread_is_handled_in_the_window(
    qtbot, window: MainWindow, log_file: Path, shown: list[Shown]
) -> None:
    _edited(qtbot, window)
    worker = threading.Thread(target=_boom)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].report.rescue is Rescue.SAVED
    assert "RuntimeError: katki läinud nupp" in log_file.read_text(encoding="utf-8")


def test_a_failed_rescue_says_to_save_now(qtbot, window: MainWindow, log_file: Path,
                                          shown: list[Shown], monkeypatch) -> None:
    _edited(qtbot, window)

    def cannot(*_args: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(window.safe.recovery, "save", cannot)
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].report.rescue is Rescue.FAILED
    assert "Salvestage dokument kohe" in shown[0].text


def test_qt_critical_messages_reach_the_log(qtbot, log_file: Path,
                                            shown: list[Shown]) -> None:
    qCritical("a Qt part complained")
    assert "a Qt part complained" in log_file.read_text(encoding="utf-8")
    assert shown == []


def test_the_dialog_speaks_english_in_the_english_ui(qtbot, tmp_path: Path) -> None:
    from ametijuhend_desktop.app import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "en")
    try:
        dialog = CrashDialog(CrashReport(Rescue.SAVED, tmp_path / "x.ajr",
                                         tmp_path / "ametijuhend.log", "details"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Unexpected error"
        assert "Your work is safe in the recovery file" in dialog.message.text()
        assert dialog.copy.text() == "&Copy details"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "et")


def test_help_menu_opens_the_log_folder_and_names_the_versions(
    qtbot, window: MainWindow, log_file: Path, monkeypatch
) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == ["Ava &logikaust", "&Teave"]
    opened: list[str] = []
    monkeypatch.setattr(window.actions_.help, "open_url",
                        lambda url: opened.append(url.toLocalFile()) or True)
    window.actions_.help.open_logs.trigger()
    assert opened == [str(log_file.parent)]
    about = window.actions_.help.about_text()
    for name in ("Ametijuhend 0.", "Qt 6.", "PySide6 6.", "python-docx ", "lxml "):
        assert name in about
    assert str(log_file.parent) in about
