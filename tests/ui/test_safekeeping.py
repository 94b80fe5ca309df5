"""The window's safekeeping: debounced autosave, locks, outside changes, recovery, versions."""

from __future__ import annotations

import errno
import json
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ametijuhend_desktop import ajx
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import JobDescription
from ametijuhend_desktop.storage.disk_state import Change, ChangedOnDiskError
from ametijuhend_desktop.storage.locks import LockedError, LockOwner, lock_path, read_owner
from ametijuhend_desktop.storage.recovery import RecoveryStore
from ametijuhend_desktop.ui.editor import DocumentEditor
from ametijuhend_desktop.ui.recovery_dialog import RecoveryAction, RecoveryDialog
from ametijuhend_desktop.ui.recovery_offer import offer_recovery, restore_earlier_version
from ametijuhend_desktop.ui.safekeeping import LockChoice, Safekeeping
from ametijuhend_desktop.ui.versions_dialog import VersionsDialog

pytestmark = pytest.mark.gui
TITLE = ("general", "job_title")


def _doc(title: str) -> JobDescription:
    doc = new_document()
    doc.general.job_title = title
    return doc


class Setup:
    def __init__(self, tmp_path: Path) -> None:
        self.file = tmp_path / "töö" / "peaspetsialist.ajx"
        self.file.parent.mkdir()
        ajx.write_file(_doc("Algne"), self.file)
        self.data = tmp_path / "andmed"
        self.editor = DocumentEditor(new_document())
        self.safe = Safekeeping(lambda: self.editor.doc, data_dir=self.data, parent=self.editor)
        self.safe.watch(self.editor.stack)
        for timer, ms in ((self.safe.timing.idle, 200), (self.safe.timing.max_wait, 500),
                          (self.safe.file_watch.settle, 50)):
            timer.setInterval(ms)

    def open(self) -> None:
        opened = self.safe.open(self.file)
        assert opened is not None
        self.editor.load(opened.doc)

    def recoverable(self) -> list[str]:
        return [e.title for e in self.safe.recovery.list_recoverable(include_live=True)]


@pytest.fixture
def s(tmp_path: Path, qtbot: QtBot) -> Iterator[Setup]:
    setup = Setup(tmp_path)
    yield setup
    setup.safe.shut_down()


def test_autosave_after_a_pause_and_never_the_original(s: Setup, qtbot: QtBot) -> None:
    s.open()
    before = s.file.read_bytes()
    s.editor.set_value(TITLE, "Muudetud")
    assert s.recoverable() == []  # not at once: after the pause
    qtbot.waitUntil(lambda: s.recoverable() == ["Muudetud"], timeout=2000)
    assert s.file.read_bytes() == before
    s.editor.stack.undo()  # back to the saved state: nothing left to recover
    qtbot.waitUntil(lambda: s.recoverable() == [], timeout=2000)


def test_continuous_typing_is_autosaved_within_the_maximum_wait(s: Setup, qtbot: QtBot) -> None:
    s.open()
    typed = []
    for i in range(12):  # a keystroke every 100 ms for 1.2 s: the pause never comes
        typed.append(f"Muudetud {i}")
        s.editor.set_value(TITLE, typed[-1])
        qtbot.wait(100)
        if s.recoverable():
            break
    assert s.recoverable(), "nothing autosaved while typing went on"
    assert s.recoverable()[0] in typed[:7]


def test_clean_close_removes_recovery_and_lock(s: Setup, qtbot: QtBot) -> None:
    s.open()
    assert read_owner(s.file) is not None
    s.editor.set_value(TITLE, "Muudetud")
    s.safe.autosave_now()
    assert s.recoverable() == ["Muudetud"]
    s.safe.close()
    assert s.recoverable() == []
    assert not lock_path(s.file).exists()


def test_save_keeps_a_backup_discards_recovery_and_restore_opens_a_copy(
    s: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    s.open()
    for title in ("Teine", "Kolmas"):
        s.editor.set_value(TITLE, title)
        s.safe.autosave_now()
        assert s.safe.save(s.file)
        s.editor.stack.setClean()
        assert s.recoverable() == []
    assert ajx.read_file(s.file).general.job_title == "Kolmas"
    shown: list[list[str]] = []

    def pick_oldest(dialog: VersionsDialog) -> int:
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VersionsDialog, "exec", pick_oldest)
    doc = restore_earlier_version(s.safe)
    assert doc is not None and doc.general.job_title == "Algne"
    assert len(shown[0]) == 2 and all(t.startswith("Salvestatud ") for t in shown[0])
    assert ajx.read_file(s.file).general.job_title == "Kolmas"


def test_changed_on_disk_is_asked_and_never_overwritten_silently(
    s: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    s.open()
    ajx.write_file(_doc("Kolleegi muudatus"), s.file)
    s.editor.set_value(TITLE, "Minu muudatus")
    asked: list[Change] = []

    def refuse(error: ChangedOnDiskError, parent: object) -> bool:
        asked.append(error.change)
        return False

    monkeypatch.setattr(s.safe, "ask_overwrite", refuse)
    assert not s.safe.save(s.file)
    assert asked == [Change.MODIFIED]
    assert ajx.read_file(s.file).general.job_title == "Kolleegi muudatus"
    monkeypatch.setattr(s.safe, "ask_overwrite", lambda error, parent: True)
    assert s.safe.save(s.file)
    assert ajx.read_file(s.file).general.job_title == "Minu muudatus"


def test_a_failed_save_shows_a_plain_message_and_keeps_the_file(
    s: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    s.open()
    before = s.file.read_bytes()
    s.editor.set_value(TITLE, "Uus")
    shown: list[str] = []
    monkeypatch.setattr(s.safe, "show_error", lambda error, title, parent: shown.append(error.message()))

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("ametijuhend_desktop.files.atomic.os.fsync", full)
    assert not s.safe.save(s.file)
    monkeypatch.undo()
    assert shown and "kettal pole ruumi" in shown[0] and "muutmata" in shown[0]
    assert s.file.read_bytes() == before
    assert not s.editor.stack.isClean()


def test_outside_changes_are_noticed_but_our_own_saves_are_not(s: Setup, qtbot: QtBot) -> None:
    s.open()
    seen: list[Change] = []
    s.safe.changedOnDisk.connect(seen.append)
    s.editor.set_value(TITLE, "Minu")
    assert s.safe.save(s.file)
    qtbot.wait(300)
    assert seen == []
    # A sync client replaces the file atomically, the way most do.
    tmp = s.file.with_name("sync.tmp")
    ajx.write_file(_doc("Pilvest"), tmp)
    os.replace(tmp, s.file)
    qtbot.waitUntil(lambda: seen == [Change.MODIFIED], timeout=3000)
    s.safe.ask_reload = lambda parent: True  # type: ignore[method-assign]
    doc = s.safe.offer_reload()
    assert doc is not None and doc.general.job_title == "Pilvest"
    assert s.safe.save(s.file)  # the reloaded state is the new base: no question


def test_locked_by_someone_else_offers_read_only(
    s: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(s.file).write_text(json.dumps(
        {"user": "Mari Maasikas", "host": "PC-17", "pid": 1, "time": "2026-11-23T09:15:00+00:00"}))
    asked: list[str] = []

    def read_only(error: LockedError, parent: object) -> LockChoice:
        asked.append(error.message("et"))
        return LockChoice.READ_ONLY

    monkeypatch.setattr(s.safe, "ask_locked", read_only)
    shown: list[str] = []
    monkeypatch.setattr(s.safe, "show_error", lambda error, title, parent: shown.append(error.message()))
    opened = s.safe.open(s.file)
    assert opened is not None and opened.read_only
    assert "Mari Maasikas" in asked[0]
    assert not s.safe.save(s.file)
    assert "ainult lugemiseks" in shown[0]
    assert read_owner(s.file).user == "Mari Maasikas"  # type: ignore[union-attr]
    monkeypatch.setattr(s.safe, "ask_locked", lambda error, parent: LockChoice.OPEN_ANYWAY)
    assert s.safe.open(s.file) is not None
    assert read_owner(s.file).host == socket.gethostname()  # type: ignore[union-attr]
    monkeypatch.setattr(s.safe, "ask_locked", lambda error, parent: LockChoice.CANCEL)
    lock_path(s.file).write_text("{}")
    assert s.safe.open(s.file) is None


def test_recovery_offer_lists_time_and_recovers_or_discards(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecoveryStore(tmp_path)
    store.save(store.key_for(tmp_path / "a.ajx"), _doc("Esimene"), tmp_path / "a.ajx")
    store.save(store.key_for(None), _doc("Teine"), None)
    texts: list[list[str]] = []
    actions = [RecoveryAction.DISCARD, RecoveryAction.RECOVER]

    def answer(dialog: RecoveryDialog) -> int:
        texts.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog._finish(actions.pop(0))
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    safe = Safekeeping(new_document, data_dir=tmp_path)
    recovered = offer_recovery(safe)
    assert recovered is not None
    assert len(texts[0]) == 2 and all("Automaatselt salvestatud" in t for t in texts[0])
    assert len(texts[1]) == 1
    left = store.list_recoverable(include_live=True)
    assert len(left) == 1  # the recovered one stays until saved or closed
    assert recovered.doc.general.job_title == left[0].title
    safe.close()
    assert store.list_recoverable(include_live=True) == []


def test_a_damaged_recovery_file_can_only_be_discarded(tmp_path: Path, qtbot: QtBot) -> None:
    store = RecoveryStore(tmp_path)
    store.folder.mkdir(parents=True)
    (store.folder / "new-0123456789abcdef.ajr").write_bytes(b"prahti")
    dialog = RecoveryDialog(store.list_recoverable())
    qtbot.addWidget(dialog)
    assert "Taastefail on vigane" in dialog.list.item(0).text()
    assert not dialog.recover.isEnabled() and dialog.discard.isEnabled()


def test_a_failing_autosave_says_so_once(s: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    s.open()
    messages: list[str] = []
    s.safe.autosaveFailed.connect(messages.append)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile, "mkstemp", full)
    for title in ("Üks", "Kaks"):
        s.editor.set_value(TITLE, title)
        s.safe.autosave_now()
    assert len(messages) == 1
    assert messages[0].startswith("Automaatne salvestamine ebaõnnestus") and "pole ruumi" in messages[0]


@pytest.mark.parametrize("sure", [False, True])
def test_discarding_a_recovery_asks_first(tmp_path: Path, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch, sure: bool) -> None:
    store = RecoveryStore(tmp_path)
    store.save(store.key_for(None), _doc("Kolmas"), None)
    dialog = RecoveryDialog(store.list_recoverable())
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(True) or sure)
    qtbot.mouseClick(dialog.discard, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert dialog.action is (RecoveryAction.DISCARD if sure else None)
    assert dialog.result() == (QDialog.DialogCode.Accepted.value if sure else 0)


@pytest.mark.parametrize(("user", "host", "same_window"), [
    (None, None, True),  # this user on this computer: another window of the editor
    ("Mari Maasikas", "PC-17", False),
])
def test_the_locked_question_says_whose_window_has_the_file(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    user: str | None, host: str | None, same_window: bool,
) -> None:
    me = LockOwner.current()
    owner = LockOwner(user or me.user, host or me.host, 4242, me.time)
    safe = Safekeeping(new_document, data_dir=tmp_path)
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert safe.ask_locked(LockedError(tmp_path / "a.ajx", owner), None) is LockChoice.CANCEL
    assert ("teises Ametijuhendi aknas" in shown[0]) is same_window


@pytest.mark.parametrize("edited", [False, True])
def test_the_reload_question_warns_of_losses_only_when_there_are_any(
    s: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, edited: bool,
) -> None:
    s.open()
    if edited:
        s.editor.set_value(TITLE, "Muudetud")
    shown: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.informativeText(), [b.text() for b in box.buttons()]))
        box.buttons()[0].click()  # "Laadi uus seis"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert s.safe.ask_reload(None) is True
    warning, buttons = shown[0]
    assert ("kaotsi" in warning) is edited
    assert "&Laadi uus seis" in buttons and "&Jäta see seis" in buttons


def test_save_as_onto_a_file_someone_has_open_asks_first(
    s: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = s.file.with_name("kolleegi.ajx")
    ajx.write_file(_doc("Kolleegi töö"), theirs)
    before = theirs.read_bytes()
    lock_path(theirs).write_text(json.dumps(
        {"user": "Mari Maasikas", "host": "PC-17", "pid": 1, "time": "2026-11-23T09:15:00+00:00"}))
    s.open()
    asked: list[str] = []

    def refuse(error: LockedError, parent: object) -> bool:
        asked.append(error.message("et"))
        return False

    monkeypatch.setattr(s.safe, "ask_replace_locked", refuse)
    assert not s.safe.save(theirs)
    assert "Mari Maasikas" in asked[0]
    assert theirs.read_bytes() == before  # nothing replaced
    assert read_owner(theirs).user == "Mari Maasikas"  # type: ignore[union-attr]
    assert s.safe.path == s.file  # still working on our own file
    monkeypatch.setattr(s.safe, "ask_replace_locked", lambda error, parent: True)
    assert s.safe.save(theirs)
    assert ajx.read_file(theirs) == s.editor.doc
    assert read_owner(theirs).host == socket.gethostname()  # type: ignore[union-attr]
    assert s.safe.path == theirs
