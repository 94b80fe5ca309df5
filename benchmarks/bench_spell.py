"""Estonian spell check: the engine comparison and typing latency with spell check on.

Run: .venv/bin/python -m benchmarks.bench_spell [engines] [typing]

``engines`` compares the candidate engines on the three reference job descriptions
(false alarms: words flagged in correct, signed documents; target <= 1 %) and on 200 typos
planted in their words (caught; target >= 90 %), with load time. Engines that are not
installed are reported as such; to compare one kept outside the product's environment,
put its folder in SPELL_ENGINE_PATH (e.g. a ``pip install --target`` of estnltk).

``typing`` opens the 500-duty document, waits for the dictionary and types into a duty
text with underlines on; target <= 16 ms per keystroke (issue 11).
Not a timed test: it prints figures. Runs on the offscreen platform unless a display is set.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ametijuhend_desktop.spelling.words import as_checked, sentence_start, words, worth_checking

# The published references sit beside the checkout (../shared/reference), or where
# AMETIJUHEND_REFERENCES says.
REFERENCES = sorted(Path(os.environ.get(
    "AMETIJUHEND_REFERENCES", Path(__file__).resolve().parents[2] / "shared" / "reference")
).glob("*.txt"))
N_TYPOS = 200

Check = Callable[[list[str]], list[bool]]  # words -> correct?


def _hunspell() -> Check:
    from ametijuhend_desktop.spelling.engine import load_hunspell
    speller = load_hunspell()
    if speller is None:
        raise ImportError("no Estonian Hunspell dictionary")
    return lambda ws: [speller.spell(w) for w in ws]


def _vabamorf() -> Check:
    from ametijuhend_desktop.spelling.vabamorf import load_vabamorf
    morf = load_vabamorf()
    return lambda ws: [morf.spell(w) for w in ws]


def _spylls() -> Check:
    from spylls.hunspell import Dictionary  # type: ignore[import-not-found]
    dic = Dictionary.from_files("/usr/share/hunspell/et_EE")
    return lambda ws: [dic.lookup(w) for w in ws]


ENGINES: dict[str, Callable[[], Check]] = {
    "Hunspell (chunspell + et_EE)": _hunspell,
    "Vabamorf (estnltk), as the product loads it": _vabamorf,
    "Hunspell in pure Python (spylls + et_EE)": _spylls,
}


def reference_words(skip_capitalised_mid_sentence: bool) -> list[str]:
    found = []
    for path in REFERENCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            for word in words(line):
                if not worth_checking(line, word):
                    continue
                if (skip_capitalised_mid_sentence and word.text[0].isupper()
                        and not sentence_start(line, word)):
                    continue
                found.append(as_checked(line, word))
    return found


_NEIGHBOURS = {  # Estonian keyboard: the keys beside each letter
    "a": "qwsz", "s": "awedxz", "d": "serfcx", "e": "wsdr", "r": "edft", "t": "rfgy",
    "i": "ujko", "o": "iklpü", "l": "kopö", "k": "jiolm", "n": "bhjm", "m": "njk",
    "u": "yhji", "g": "ftyhbv", "h": "gyujnb", "j": "huikmn", "v": "cfgb", "p": "olöü",
    "õ": "üöä", "ä": "öõ", "ö": "lpä", "ü": "põ", "b": "vghn", "c": "xdfv",
}
_PLAIN = {"õ": "o", "ä": "a", "ö": "o", "ü": "u", "š": "s", "ž": "z"}


def plant_typo(word: str, rng: random.Random) -> str:
    """One slip of the kind people make: a letter dropped, doubled, swapped, a neighbour
    key, a single for a double letter, or an Estonian letter typed without its marks."""
    i = rng.randrange(len(word))
    kinds = ["drop", "double", "swap", "neighbour", "undouble", "plain"]
    for kind in rng.sample(kinds, len(kinds)):
        if kind == "plain" and any(c in _PLAIN for c in word):
            j = next(k for k, c in enumerate(word) if c in _PLAIN)
            return word[:j] + _PLAIN[word[j]] + word[j + 1:]
        if kind == "undouble":
            pairs = [k for k in range(len(word) - 1) if word[k] == word[k + 1]]
            if pairs:
                j = rng.choice(pairs)
                return word[:j] + word[j + 1:]
        if kind == "drop" and len(word) > 4:
            return word[:i] + word[i + 1:]
        if kind == "double":
            return word[:i] + word[i] + word[i:]
        if kind == "swap" and i < len(word) - 1 and word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if kind == "neighbour" and word[i].lower() in _NEIGHBOURS:
            return word[:i] + rng.choice(_NEIGHBOURS[word[i].lower()]) + word[i + 1:]
    return word[:i] + word[i + 1:]


def planted_typos(accepted_by_all: list[str]) -> list[str]:
    rng = random.Random(11)
    pool = sorted({w for w in accepted_by_all if len(w) >= 5})
    return [plant_typo(w, rng) for w in rng.sample(pool, N_TYPOS)]


def compare_engines() -> None:
    for extra in filter(None, os.environ.get("SPELL_ENGINE_PATH", "").split(os.pathsep)):
        sys.path.append(extra)
    loaded: dict[str, tuple[Check, float]] = {}
    for name, load in ENGINES.items():
        start = time.perf_counter()
        try:
            check = load()
        except ImportError as exc:
            print(f"{name}: not installed ({exc})")
            continue
        check(["ametijuhend"])
        loaded[name] = (check, time.perf_counter() - start)
    for skip in (False, True):
        ref = reference_words(skip)
        print(f"\nreference words checked: {len(ref)}"
              f" ({'capitalised words mid-sentence skipped' if skip else 'all but abbreviations'})")
        verdicts = {name: check(ref) for name, (check, _t) in loaded.items()}
        good = [w for k, w in enumerate(ref) if all(v[k] for v in verdicts.values())]
        typos = planted_typos(good)
        for name, (check, load_s) in loaded.items():
            alarms = [w for w, ok in zip(ref, verdicts[name], strict=True) if not ok]
            caught = sum(not ok for ok in check(typos))
            start = time.perf_counter()
            check(ref)
            per_word = (time.perf_counter() - start) / len(ref) * 1e6
            print(f"  {name}: load {load_s:.2f} s; false alarms {len(alarms)}"
                  f" ({100 * len(alarms) / len(ref):.2f} %); typos caught {caught}/{len(typos)}"
                  f" ({100 * caught / len(typos):.1f} %); {per_word:.0f} µs a word")
            print(f"    e.g. flagged: {', '.join(sorted(set(alarms))[:25])}")
            missed = [t for t, ok in zip(typos, check(typos), strict=True) if ok]
            print(f"    typos taken for words: {', '.join(missed[:25])}")


def typing() -> None:
    import tempfile

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from ametijuhend_desktop.model import SectionId
    from ametijuhend_desktop.ui.main_window import MainWindow
    from ametijuhend_desktop.ui.pages import Page
    from ametijuhend_desktop.ui.settings import AppSettings
    from ametijuhend_desktop.ui.spelling import spell_service
    from ametijuhend_desktop.ui.tree_model import Node, NodeKind
    from benchmarks.generate import large_document

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        shown = time.perf_counter()
        window = MainWindow(AppSettings(Path(tmp) / "s.ini", data_dir=Path(tmp)),
                            doc=large_document(500, 5))
        window.resize(1280, 800)
        window.show()
        service = spell_service()
        while not service.ready() and time.perf_counter() - shown < 30:
            app.processEvents()
            time.sleep(0.005)
        if not service.ready():
            print("no speller installed: nothing to measure")
            return
        print(f"underlines on {time.perf_counter() - shown:.2f} s after the window was built")
        window.tree.select(Node(NodeKind.DUTY, SectionId.DUTIES, 250))
        widget = window.form(Page.DUTY).widget_for(("duties", "items", 250, "text"))
        assert isinstance(widget, QPlainTextEdit)
        widget.setFocus()
        widget.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        sentence = " Koostab aruandeid ja nõustab kliendte tähtaegselt ning vigadeta."
        times = []
        for char in sentence * 5:  # a typo in every sentence: underlines appear and stay
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))
            widget.viewport().repaint()  # the underline drawn, not just computed
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"keystroke with spell check (500 duties, typing into 3.251, painted):"
              f" median {statistics.median(times):.2f} ms,"
              f" p95 {times[int(len(times) * 0.95) - 1]:.2f} ms, max {times[-1]:.2f} ms"
              f" over {len(times)} keys (target <= 16 ms)")
        window.editor.stack.setClean()
        window.safe.shut_down()
        window.close()


if __name__ == "__main__":
    parts = sys.argv[1:] or ["engines", "typing"]
    if "engines" in parts:
        compare_engines()
    if "typing" in parts:
        typing()
