"""Start-up: the QApplication, translations, settings, and the screenshot mode.

``run(["FILE.ajx", "--screenshot", "OUT.png", "--select", "duties/3", "--lang", "en"])``
is what ``ametijuhend`` calls to open the editor; with ``--screenshot`` it draws the
window without a screen (offscreen platform), saves a PNG and returns 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from .model.paths import ModelPath
    from .ui.main_window import MainWindow

EXIT_OK, EXIT_FAILED = 0, 2
SCREENSHOT_SIZE = (1280, 800)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ametijuhend", add_help=True)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--screenshot", type=Path, metavar="PNG")
    parser.add_argument("--select", metavar="PATH")
    parser.add_argument("--lang", choices=("et", "en"))
    parser.add_argument("--size", metavar="WxH", help="screenshot size, e.g. 1280x800")
    return parser


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


def parse_select(spec: str) -> ModelPath:
    """"duties/3" (the third duty, as numbered in the document), "requirements", "meta",
    "duties/3/results", "requirements/languages" … into a model path."""
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in spec.strip("/").split("/")]
    if len(parts) >= 2 and parts[0] == "duties" and isinstance(parts[1], int):
        return ("duties", "items", max(parts[1] - 1, 0), *parts[2:])
    return tuple(parts)


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


def run(argv: Sequence[str] | None = None, *, settings_path: str | Path | None = None) -> int:
    """Open the editor (arguments as after the program name); returns the exit code."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    app = _application(args.screenshot is not None)
    scratch = None
    if settings_path is None:
        settings_path = os.environ.get("AMETIJUHEND_SETTINGS") or None
    if settings_path is None and args.screenshot is not None:
        scratch = tempfile.TemporaryDirectory()  # a screenshot leaves the user's settings alone
        settings_path = Path(scratch.name) / "settings.ini"
    try:
        window = open_window(app, args, settings_path)
        if window is None:
            return EXIT_FAILED
        if args.screenshot is None:
            window.show()
            return app.exec()
        size = tuple(int(n) for n in args.size.split("x")) if args.size else SCREENSHOT_SIZE
        ok = screenshot(window, args.screenshot, (size[0], size[1]))
        window.editor.stack.setClean()
        window.close()
        window.deleteLater()
        return EXIT_OK if ok else EXIT_FAILED
    finally:
        if scratch is not None:
            scratch.cleanup()


def open_window(app: QApplication, args: argparse.Namespace,
                settings_path: str | Path | None) -> MainWindow | None:
    """The window with the file open and the node selected; None if the file cannot be read
    in screenshot mode (the message is shown in a normal start)."""
    from .ui.main_window import MainWindow
    from .ui.settings import AppSettings

    settings = AppSettings(settings_path)
    lang = args.lang or settings.language
    install_translator(app, lang)
    window = MainWindow(settings, lang)
    if args.file is not None and not window.files.open_now(args.file) and args.screenshot:
        return None
    if args.select:
        window.reveal(parse_select(args.select), focus=False)
    if args.screenshot is None and args.file is None:
        window.offer_recovery()
        if window.path is None and window.editor.stack.isClean() and not args.select:
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
    out.parent.mkdir(parents=True, exist_ok=True)
    shown: QWidget = window
    if window.files.folder_windows:  # ametijuhend DIR --screenshot: the folder view
        view = window.files.folder_windows[-1]
        view.resize(*size)
        view.wait()
        for _ in range(5):
            QApplication.processEvents()
        shown = view
    return bool(shown.grab().save(str(out), "PNG"))
