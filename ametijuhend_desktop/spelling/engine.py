"""The Estonian speller: Vabamorf (or Hunspell et_EE as a fallback) plus the user's words.

Vabamorf was chosen by measurement (docs/spellcheck.md): on the reference documents it
meets both targets (false alarms 0.2 %, typos caught ≥ 90 %) where Hunspell's 2003
et_EE dictionary does not (1.5 %, 75 %). Hunspell is used only when estnltk is missing
and a dictionary is; with neither, spell check is off and the log says why once.

Loading takes seconds, so ``Speller`` is built off the GUI thread; every method here is
plain Python and Qt-free. Answers are cached per word: typing re-checks the same words
on every keystroke of a line.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from .personal import PersonalDictionary

log = logging.getLogger(__name__)

DICTIONARY = "et_EE"
# Where Linux distributions put Hunspell dictionaries; AMETIJUHEND_DICTIONARIES first.
SEARCH_PATH = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
)
MAX_SUGGESTIONS = 6


class _Hunspell(Protocol):
    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> tuple[str, ...]: ...


def find_dictionary(extra: Iterable[str | Path] = ()) -> Path | None:
    """The folder holding et_EE.aff and et_EE.dic, or None."""
    env = os.environ.get("AMETIJUHEND_DICTIONARIES")
    folders = [*extra, *([env] if env else []), *SEARCH_PATH]
    for folder in map(Path, folders):
        if (folder / f"{DICTIONARY}.aff").is_file() and (folder / f"{DICTIONARY}.dic").is_file():
            return folder
    return None


def load_engine() -> _Hunspell | None:
    """The best speller installed: Vabamorf, else Hunspell et_EE, else None (logged)."""
    from .vabamorf import load_vabamorf
    try:
        return load_vabamorf()
    except ImportError as exc:
        log.info("Vabamorf not available (%s); trying Hunspell", exc)
    except Exception as exc:  # a broken install must not stop the editor
        log.warning("Vabamorf could not start (%s); trying Hunspell", exc)
    return load_hunspell()


def load_hunspell(folder: Path | None = None) -> _Hunspell | None:
    """Hunspell with the Estonian dictionary; None (and one log line) when unavailable."""
    folder = folder or find_dictionary()
    if folder is None:
        log.warning("spell check off: no Estonian dictionary (%s.dic); on Debian install "
                    "myspell-et", DICTIONARY)
        return None
    try:
        import hunspell  # type: ignore[import-not-found,unused-ignore]  # chunspell's module
    except ImportError:
        log.warning("spell check off: the hunspell module (chunspell) is not installed")
        return None
    try:
        speller: _Hunspell = hunspell.Hunspell(DICTIONARY, hunspell_data_dir=str(folder))
    except Exception as exc:  # a damaged dictionary must not stop the editor
        log.warning("spell check off: could not read %s in %s (%s)", DICTIONARY, folder, exc)
        return None
    return speller


class Speller:
    """The dictionary and the user's own words; safe to ask from the GUI thread."""

    def __init__(self, hunspell: _Hunspell, personal: PersonalDictionary | None = None) -> None:
        self.engine = hunspell
        self.personal = personal or PersonalDictionary(None)
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()  # Hunspell's C object is not re-entrant

    def correct(self, word: str) -> bool:
        if word in self.personal:
            return True
        known = self._known.get(word)
        if known is None:
            with self._lock:
                known = self._check(word)
            if len(self._known) > 50_000:
                self._known.clear()
            self._known[word] = known
        return known

    def _check(self, word: str) -> bool:
        if self.engine.spell(word):
            return True
        # "e-post", "Mari-Liis", "aja-": each part a word is fine.
        parts = [p for p in word.replace("’", "-").replace("'", "-").split("-") if p]
        return len(parts) > 1 and all(self.engine.spell(p) for p in parts)

    def suggestions(self, word: str) -> list[str]:
        with self._lock:
            found = list(self.engine.suggest(word))
        return found[:MAX_SUGGESTIONS]

    def add(self, word: str) -> None:
        """Remember the word as correct, now and in later sessions."""
        self.personal.add(word)
