"""The editor window with a typical example and the large generated document (500 duties).

Run: .venv/bin/python -m benchmarks.bench_ui
Targets (issue 4): start-up to a painted window <= 0.5 s (typical) and <= 1 s (large),
measured in a fresh process; a keystroke reaches the model and the tree label <= 16 ms;
adding or moving a duty <= 50 ms; undo of one step <= 16 ms; resident memory <= 200 MB.
Not a timed test: it prints figures. Runs on the offscreen platform unless a display is set.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from ametijuhend_desktop import ajx
from ametijuhend_desktop.model import SectionId
from ametijuhend_desktop.ui.item_ops import ItemAction
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.pages import Page
from ametijuhend_desktop.ui.settings import AppSettings
from ametijuhend_desktop.ui.tree_model import Node, NodeKind

from .generate import large_document

EXAMPLE = Path(__file__).parents[1] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"

# Started as a fresh process: prints seconds from interpreter start to the first paint of the
# window with the file open, and the resident memory then.
_STARTUP_PROBE = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from ametijuhend_desktop.app import install_translator
from ametijuhend_desktop.ui.main_window import MainWindow
from ametijuhend_desktop.ui.settings import AppSettings

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
            print(f"{time.perf_counter():.4f} {rss / 1024:.1f}", flush=True)
            window.safe.shut_down()  # release the lock beside the file before leaving
            os._exit(0)
        return False

app = QApplication([])
install_translator(app, "et")
window = MainWindow(AppSettings(sys.argv[2]))
window.files.open_now(__import__("pathlib").Path(sys.argv[1]))
probe = Painted()
window.installEventFilter(probe)
window.resize(1280, 800)
window.show()
app.exec()
"""


def startup(path: Path, settings: Path) -> tuple[float, float]:
    """(seconds from spawning the process to the painted window, resident MB then)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _STARTUP_PROBE, str(path), str(settings)],
                         capture_output=True, text=True, check=True).stdout.split()
    return time.perf_counter() - start, float(out[1])


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, 95th percentile) in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def keystroke(window: MainWindow, duty: int) -> Callable[[], object]:
    """Type one letter into a duty's text: model and tree label are updated synchronously."""
    window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, duty))
    widget = window.form(Page.DUTY).widget_for(("duties", "items", duty, "text"))
    assert widget is not None
    assert isinstance(widget, QPlainTextEdit)
    widget.setFocus()
    widget.moveCursor(QTextCursor.MoveOperation.End)
    model = window.editor.tree
    node = Node(NodeKind.DUTY, SectionId.DUTIES, duty)

    def press() -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_A,
                                                     Qt.KeyboardModifier.NoModifier, "a"))
        model.label(node)  # what the tree paints for the row: already the new text

    return press


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        large = folder / "large.ajx"
        ajx.write_file(large_document(500, 5), large)
        settings = folder / "s.ini"
        print("Start-up to painted window (fresh process, 3 runs, median):")
        for name, path, target in (("typical", EXAMPLE, 0.5), ("large", large, 1.0)):
            runs = [startup(path, settings) for _ in range(3)]
            seconds = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            print(f"  {name:8s} {seconds:.2f} s (target <= {target} s), resident {rss:.0f} MB "
                  "(target <= 200 MB)")

        window = MainWindow(AppSettings(settings))
        window.resize(1280, 800)
        window.show()
        window.files.open_now(large)
        QApplication.processEvents()
        duties = window.editor.doc.duties.items
        print("With the large document open (500 duties × 5 results):")
        med, p95 = timed(keystroke(window, 250), 300)
        assert duties[250].text.endswith("a" * 300)
        print(f"  keystroke -> model + tree label   median {med:.2f} ms, p95 {p95:.2f} ms "
              "(target <= 16 ms)")

        window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 250))
        window.tree.setFocus()
        med, p95 = timed(lambda: window.item_action(ItemAction.ADD), 50)
        print(f"  add a duty (Insert)                median {med:.2f} ms, p95 {p95:.2f} ms "
              "(target <= 50 ms)")
        window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 300))
        med, p95 = timed(lambda: window.item_action(ItemAction.UP), 50)
        print(f"  move a duty up (Ctrl+Up)           median {med:.2f} ms, p95 {p95:.2f} ms "
              "(target <= 50 ms)")
        stack = window.editor.stack
        med, p95 = timed(stack.undo, 100)
        print(f"  undo one step                      median {med:.2f} ms, p95 {p95:.2f} ms "
              "(target <= 16 ms)")
        med, _ = timed(window.findings.check_now, 10)
        print(f"  findings re-check (after 300 ms pause) median {med:.1f} ms")
        med, _ = timed(window.preview.render_now, 5)
        print(f"  preview re-render (after 300 ms pause) median {med:.1f} ms")
        status = Path("/proc/self/status").read_text().splitlines()
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
        print(f"  resident memory of this process now {rss / 1024:.0f} MB (target <= 200 MB)")
        window.editor.stack.setClean()
        window.close()
    del app


if __name__ == "__main__":
    main()
