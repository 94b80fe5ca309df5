"""The settings dialog checks a chosen template at once and keeps the backup count."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ametijuhend_desktop.docx.template import default_template_path
from ametijuhend_desktop.storage.backups import DEFAULT_KEEP
from ametijuhend_desktop.ui.settings import AppSettings
from ametijuhend_desktop.ui.settings_dialog import Preferences, SettingsDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, tmp_path: Path) -> tuple[SettingsDialog, AppSettings]:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(Preferences.from_settings(settings), str(settings.path))
    qtbot.addWidget(dialog)
    return dialog, settings


def test_a_bad_template_is_explained_and_blocks_saving(qtbot, tmp_path: Path) -> None:
    dialog, _settings = _dialog(qtbot, tmp_path)
    not_docx = tmp_path / "mall.docx"
    not_docx.write_text("see ei ole Wordi fail", encoding="utf-8")
    dialog.template.setText(str(not_docx))
    dialog._accept_if_valid()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.template_problem.isVisibleTo(dialog)
    assert str(not_docx) in dialog.template_problem.text()
    assert "Traceback" not in dialog.template_problem.text()


def test_a_good_template_and_the_backup_count_are_stored(qtbot, tmp_path: Path) -> None:
    dialog, settings = _dialog(qtbot, tmp_path)
    assert dialog.backups.value() == DEFAULT_KEEP
    dialog.template.setText(str(default_template_path()))
    dialog.backups.setValue(12)
    dialog._accept_if_valid()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.template_problem.isVisibleTo(dialog)
    dialog.preferences().store(settings)
    again = AppSettings(settings.path)
    assert again.backup_count == 12
    assert again.template_path == str(default_template_path())


def test_an_odd_backup_count_in_the_file_gives_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[files]\nbackups=lots\n", encoding="utf-8")
    assert AppSettings(path).backup_count == DEFAULT_KEEP
    path.write_text("[files]\nbackups=100000\n", encoding="utf-8")
    assert AppSettings(path).backup_count == 100


def test_the_window_keeps_as_many_versions_as_the_settings_say(qtbot, tmp_path: Path) -> None:
    from ametijuhend_desktop.ui.main_window import MainWindow

    settings = AppSettings(tmp_path / "settings.ini")
    settings.backup_count = 2
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.safe.backups.keep == 2


def test_what_a_template_leaves_out_is_said_and_saving_goes_on(qtbot, tmp_path: Path) -> None:
    from tests.docx.test_template_hostile import ACCEPTED

    dialog, _settings = _dialog(qtbot, tmp_path)
    template = ACCEPTED["planted-data-strict-rel"][0].write(tmp_path / "mall.docx")
    dialog.template.setText(str(template))
    dialog._accept_if_valid()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.template_problem.isVisibleTo(dialog)
    assert "customXml" in dialog.template_problem.text()
