"""Settings are input too: a damaged or hand-edited file never stops the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.settings import MAX_RECENT, AppSettings

pytestmark = pytest.mark.gui

HOSTILE = {
    "binary": b"\x00\xff\xfe" * 2000,
    "not-ini": b"<html><body>not settings</body></html>",
    "odd-types": (b"[ui]\nlanguage=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1)\n"
                  b"[document]\norganisation=@ByteArray(abc)\n"
                  b"[files]\nrecent=1, 2, 3\nlast_folder=@Rect(1 2 3 4)\n"
                  b"[window]\ngeometry=garbage\nsplitter=@ByteArray(\\xff\\xff)\n"),
    "many-recent": b"[files]\nrecent=" + b", ".join(b"/tmp/f%d.ajx" % i for i in range(5000)) + b"\n",
    "long-value": b"[document]\norganisation=" + b"x" * 100_000 + b"\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_window_opens_with_a_hostile_settings_file(qtbot, tmp_path: Path, name: str) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(HOSTILE[name])
    settings = AppSettings(path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert settings.language in ("et", "en")
    assert len(settings.recent_files()) <= MAX_RECENT
    assert len(settings.organisation) <= 4096
    assert window.editor.doc.meta.organisation == settings.organisation
    window.editor.stack.setClean()


def test_an_oversized_settings_file_is_set_aside_and_named(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    big = b"[document]\norganisation=" + b"y" * 400_000 + b"\n"
    path.write_bytes(big)
    settings = AppSettings(path)
    assert (tmp_path / "settings.ini.vigane").read_bytes() == big  # kept, not deleted
    assert settings.organisation == ""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any("Seadete fail oli vigane" in text for text in labels)
