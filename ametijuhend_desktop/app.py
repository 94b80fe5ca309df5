"""Start-up: the QApplication, translations, settings, the log, and the screenshot mode.

``run(EditorOptions(file=..., screenshot=..., select=..., lang=...))`` opens the editor;
the options come parsed and checked from the command line (``cli.args.parse_editor``).
With ``screenshot`` it draws the window without a screen (offscreen platform), saves a
PNG and returns 0. A normal start also installs the log and the last-resort handler.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from . import logs
from .editor_options import EditorOptions
from .errors import SaveError

if TYPE_CHECKING:
    from .ui.main_window import MainWindow

EXIT_OK, EXIT_FAILED = 0, 2
log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return Path(str(resources.files("ametijuhend_desktop.resources") / "i18n"))


_installed: list[QTranslator] = []  # this language's translators, removed on a switch


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    """English from resources/i18n/ametijuhend_en.qm; Estonian is the source language.

    Qt ships no Estonian for its own dialogs and menus (file dialog, Yes/No, a text
    field's Cut/Copy/Paste): resources/i18n/qt_et.qm has those, so the Estonian UI has
    no English in it.
    """
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en"
                               else QLocale.Language.Estonian))
    while _installed:  # a language switch while running (Settings) replaces them
        app.removeTranslator(_installed.pop())
    if lang != "en":
        qt_et = QTranslator(app)
        if qt_et.load(str(translations_dir() / "qt_et.qm")):
            app.installTranslator(qt_et)
            _installed.append(qt_et)
        return None
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / "ametijuhend_en.qm")):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def _application(screenshot: bool) -> QApplication:
    no_screen = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if screenshot and no_screen and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0] if sys.argv else "ametijuhend"])
    app.setApplicationName("Ametijuhend")
    app.setOrganizationName("ametijuhend")
    return app


def run(options: EditorOptions, *, settings_path: str | Path | None = None) -> int:
    """Open the editor with checked ``options``; returns the exit code.

    SaveError if the screenshot cannot be written (the command line shows it).
    """
    app = _application(options.screenshot is not None)
    scratch = None
    if settings_path is None:
        settings_path = os.environ.get("AMETIJUHEND_SETTINGS") or None
    if settings_path is None and options.screenshot is not None:
        scratch = tempfile.TemporaryDirectory()  # a screenshot leaves the user's settings alone
        settings_path = Path(scratch.name) / "settings.ini"
    try:
        if options.screenshot is None:
            return _interactive(app, options, settings_path)
        window = open_window(app, options, settings_path)
        if window is None:
            return EXIT_FAILED
        ok = screenshot(window, options.screenshot, options.size)
        window.editor.stack.setClean()
        window.close()
        window.deleteLater()
        if not ok:
            raise SaveError("pilti ei saanud salvestada.", "the picture could not be saved.",
                            path=options.screenshot)
        return EXIT_OK
    finally:
        if scratch is not None:
            scratch.cleanup()


def _interactive(app: QApplication, options: EditorOptions,
                 settings_path: str | Path | None) -> int:
    """The window for a person: the log and the last-resort handler are in place first."""
    from .ui import last_resort

    logs.start_logging()
    log.info("window: %s", logs.describe_versions())  # Qt's version is known now
    guard = last_resort.install()
    try:
        window = open_window(app, options, settings_path)
        if window is None:
            return EXIT_FAILED
        window.show()
        code = app.exec()
        log.info("exit: %s", code)
        return code
    finally:
        guard.uninstall()


def open_window(app: QApplication, options: EditorOptions,
                settings_path: str | Path | None) -> MainWindow | None:
    """The window with the file open and the place selected; None if the file cannot be
    read in screenshot mode (the message is shown in a normal start)."""
    from .ui.main_window import MainWindow
    from .ui.settings import AppSettings

    settings = AppSettings(settings_path)
    lang = options.lang or settings.language
    install_translator(app, lang)
    window = MainWindow(settings, lang)
    if (options.file is not None and not window.files.open_now(options.file)
            and options.screenshot):
        return None
    if options.select:
        window.reveal(options.select, focus=False)
    if options.screenshot is None and options.file is None:
        window.offer_recovery()
        if window.path is None and window.editor.stack.isClean() and not options.select:
            window.reveal(("general", "job_title"))  # a fresh document: type its title first
    return window


def screenshot(window: MainWindow, out: Path, size: tuple[int, int]) -> bool:
    """Show the window at ``size``, let it paint, save it as PNG."""
    window.resize(*size)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    window.findings.check_now()
    window.preview.render_now()
    window.preview.scrollToAnchor(window.preview.anchor)
    QApplication.processEvents()
    shown: QWidget = window
    if window.files.folders.windows:  # ametijuhend DIR --screenshot: the folder view
        view = window.files.folders.windows[-1]
        view.resize(*size)
        view.wait()
        for _ in range(5):
            QApplication.processEvents()
        shown = view
    return bool(shown.grab().save(str(out), "PNG"))
