"""The editor on a real X display, for tests that drive it with xdotool.

Run as ``python x_session_app.py EXAMPLE.ajx SETTINGS.ini OUT_DIR``: it opens the
requirements page, writes the screen position of the languages' + button to
OUT_DIR/where.json once the window manager has placed the window, and when OUT_DIR/done appears writes the languages to
OUT_DIR/languages.json and quits. Everything in between is the X server's input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ametijuhend_desktop.app import install_translator, open_window
from ametijuhend_desktop.cli.args import parse_editor
from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.item_ops import ItemAction
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.tree_model import Node, NodeKind


def main() -> int:
    example, settings, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    app = QApplication([sys.argv[0]])
    install_translator(app, "et")
    window = open_window(app, parse_editor([example]), settings)
    assert isinstance(window, MainWindow)
    window.resize(1200, 740)
    window.show()

    window.tree.select(Node(NodeKind.SECTION, SectionId.REQUIREMENTS))
    form = window.form(Page.REQUIREMENTS)
    langs = next(e for e in form.lists if e.list_path == ("requirements", "languages"))
    window.reveal(("requirements", "languages", 0, "name"))
    plus = langs.buttons[ItemAction.ADD]
    last: list[tuple[int, int]] = []

    def report() -> None:
        """Once the window manager has placed the window (the same spot twice)."""
        centre = plus.mapToGlobal(plus.rect().center())
        last.append((centre.x(), centre.y()))
        if len(last) > 10 and len(set(last[-5:])) == 1:
            (out / "where.json").write_text(json.dumps({"plus": list(last[-1])}))

    def poll() -> None:
        if not (out / "where.json").exists():
            report()
        if (out / "done").exists():
            names = [lang.name for lang in window.editor.doc.requirements.languages]
            (out / "languages.json").write_text(json.dumps(names))
            window.editor.stack.setClean()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
