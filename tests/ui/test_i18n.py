"""English UI: every string translated, the committed .qm built from the committed .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
)

from ametijuhend_desktop.app import install_translator, translations_dir
from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.language_switch import switch_language
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.settings import AppSettings
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

TS = translations_dir() / "ametijuhend_en.ts"
QM = translations_dir() / "ametijuhend_en.qm"


def test_every_string_has_a_finished_translation() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation") is not None
                  and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 150


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__import__("sys").executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), (
        "resources/i18n/ametijuhend_en.qm is stale: run pyside6-lrelease on the .ts")


@pytest.mark.gui
def test_window_speaks_english(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = MainWindow(AppSettings(tmp_path / "s.ini"), "en")
        qtbot.addWidget(window)
        assert window.actions_.save.text() == "&Save"
        assert window.actions_.recent_menu.title() == "Open &Recent"
        assert window.editor.tree.label(Node(NodeKind.META)) == "Document details"
        purpose = window.form(Page.PURPOSE)
        assert purpose.bindings[0].widget.text() == "This section is in the job description"  # type: ignore[attr-defined]
        window.findings.check_now()
        texts = [window.findings.item(i).text() for i in range(window.findings.count())]
        assert "The job title is empty." in texts
    finally:
        app.removeTranslator(translator)
        install_translator(app, "et")


@pytest.mark.gui
def test_english_menus_have_their_own_alt_letters(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = MainWindow(AppSettings(tmp_path / "s.ini"), "en")
        qtbot.addWidget(window)
        for bar_action in window.menuBar().actions():
            menu = bar_action.menu()
            assert isinstance(menu, QMenu)
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
            assert len(letters) == len(texts), texts
            assert len(set(letters)) == len(letters), texts
        window.editor.stack.setClean()
    finally:
        app.removeTranslator(translator)
        install_translator(app, "et")


def _context_menu_texts() -> list[str]:
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    field.deleteLater()
    return texts


@pytest.mark.gui
def test_qt_dialogs_and_menus_speak_estonian_and_english(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "et")
    assert {"&Kopeeri", "Kl&eebi", "Vali kõik"} <= set(_context_menu_texts())
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Faili &nimi:"
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Jah"
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+Up").toString(native) == "Ctrl+Üles"  # as the tooltips say
    translator = install_translator(app, "en")  # English: Qt's own words again
    try:
        assert "&Copy" in _context_menu_texts()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "et")


def test_committed_qt_estonian_qm_matches_its_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(translations_dir() / "qt_et.ts"), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == (translations_dir() / "qt_et.qm").read_bytes()


@pytest.mark.gui
def test_the_annex_row_is_not_called_add_in_english(qtbot, tmp_path: Path) -> None:
    """"Lisa" is both "add" (a button) and "annex" (Lisa 2 of a directive)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "en")
    try:
        window = MainWindow(AppSettings(tmp_path / "s.ini"), "en")
        qtbot.addWidget(window)
        meta = window.form(Page.META)
        labels = [label.text() for label in meta.findChildren(QLabel)]
        assert "Annex" in labels and "Add" not in labels
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "et")


@pytest.mark.gui
def test_a_language_change_applies_at_once_to_menus_tree_and_forms(qtbot, window: MainWindow,
                                                                   monkeypatch) -> None:
    from ametijuhend_desktop.ui.settings_dialog import SettingsDialog

    window.tree.select(Node(NodeKind.SECTION, SectionId.PURPOSE))
    window.editor.set_value(("general", "job_title"), "Jurist")  # unsaved work stays

    def english(prefs, _path, _parent):  # the user picks English and presses OK
        prefs.language = "en"
        return prefs, True

    monkeypatch.setattr(SettingsDialog, "ask", staticmethod(english))
    try:
        window.actions_.settings.trigger()
        assert window.actions_.save.text() == "&Save"
        assert window.menuBar().actions()[0].text() == "&File"
        assert window.editor.tree.index_of(Node(NodeKind.META)).data() == "Document details"
        purpose = window.form(Page.PURPOSE)
        assert purpose.bindings[0].widget.text() == "This section is in the job description"  # type: ignore[attr-defined]
        assert window.tree.current_node() == Node(NodeKind.SECTION, SectionId.PURPOSE)
        assert window.editor.doc.general.job_title == "Jurist"
        qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.editor.doc.general.job_title == ""  # the undo history is kept
    finally:
        switch_language(window, "et")
    assert window.actions_.save.text() == "&Salvesta"


def test_the_import_notes_title_is_estonian_in_the_estonian_ui(qtbot, window: MainWindow,
                                                               tmp_path: Path) -> None:
    shown: list[str] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.windowTitle())
            box.accept()

    QTimer.singleShot(200, grab)
    window.files.show_import_notes(tmp_path / "vana.docx", ["Ametinimetus on arvatud"])
    assert shown == ["Importimine"]
