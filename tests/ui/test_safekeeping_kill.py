"""Kill the app while editing: the next start offers the recovery with the last edits.

A child process runs the real autosave (default timings) over a DocumentEditor, makes two
edits, waits for each autosave, and is SIGKILLed. The next start, here, finds the document
in the recovery offer with the second edit, its lock stale and replaced, the original
file untouched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ametijuhend_desktop import ajx
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.storage.locks import lock_path, read_owner
from ametijuhend_desktop.ui.recovery_dialog import RecoveryAction, RecoveryDialog
from ametijuhend_desktop.ui.recovery_offer import offer_recovery
from ametijuhend_desktop.ui.safekeeping import Safekeeping

ROOT = Path(__file__).resolve().parents[2]
EDITS = ["Peaspetsialist (esimene muudatus)", "Peaspetsialist (viimane muudatus õhtul)"]


def _app_child(file: str, data: str) -> None:
    """The app, headless: open, edit, report each autosave with its delay, wait to be killed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ametijuhend_desktop.ui.editor import DocumentEditor

    app = QApplication([])
    editor = DocumentEditor(new_document())
    safe = Safekeeping(lambda: editor.doc, data_dir=Path(data), parent=editor)
    safe.watch(editor.stack)
    opened = safe.open(Path(file))
    assert opened is not None
    editor.load(opened.doc)
    edited_at = [0.0]
    pending = list(EDITS)

    def edit() -> None:
        title = pending.pop(0)
        edited_at[0] = time.monotonic()
        editor.set_value(("general", "job_title"), title)

    def saved(_file: object) -> None:
        print(f"autosaved {time.monotonic() - edited_at[0]:.2f} {editor.doc.general.job_title}",
              flush=True)
        if pending:
            QTimer.singleShot(300, edit)

    safe.autosaved.connect(saved)
    QTimer.singleShot(100, edit)
    app.exec()


@pytest.mark.slow
@pytest.mark.gui
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_while_editing_the_next_start_offers_the_last_edits(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "peaspetsialist.ajx"
    ajx.write_file(new_document(), file)
    original = file.read_bytes()
    data = tmp_path / "andmed"
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; from tests.ui.test_safekeeping_kill import _app_child; "
         "_app_child(sys.argv[1], sys.argv[2])", str(file), str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    lines: list[list[str]] = []
    deadline = time.monotonic() + 30
    while len(lines) < len(EDITS) and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line.split(" ", 2))
    os.kill(child.pid, signal.SIGKILL)
    _, err = child.communicate()
    assert len(lines) == len(EDITS), err[-2000:]
    delays = [float(delay) for _, delay, _ in lines]
    assert all(1.5 <= d <= 5.0 for d in delays), delays  # a pause of ~2 s; never over 5 s
    assert lines[-1][2].strip() == EDITS[-1]
    assert read_owner(file) is not None  # the killed app's lock is still there ...

    # The next start.
    shown: list[str] = []

    def recover(dialog: RecoveryDialog) -> int:
        shown.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog._finish(RecoveryAction.RECOVER)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", recover)
    safe = Safekeeping(new_document, data_dir=data)
    recovered = offer_recovery(safe)
    assert recovered is not None
    assert recovered.doc.general.job_title == EDITS[-1]
    assert recovered.original == file
    assert len(shown) == 1 and "peaspetsialist.ajx" in shown[0] and "Automaatselt salvestatud" in shown[0]
    owner = read_owner(file)  # ... stale, so it was replaced by ours
    assert owner is not None and owner.pid == os.getpid()
    assert file.read_bytes() == original
    safe.shut_down()
    assert not lock_path(file).exists()
