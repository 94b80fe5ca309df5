"""The user's own dictionary: words they taught the speller ("Lisa minu sõnastikku").

One word a line in UTF-8, in the per-user data folder, so the user can read or edit it
and it travels with their other files. Each addition is written at once (atomically), so
a crash never loses a word already added.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..files.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

FILE_NAME = "minu-sonastik.txt"


class PersonalDictionary:
    def __init__(self, path: Path | None) -> None:
        """``path`` None: kept in memory only (no data folder)."""
        self.path = path
        self._words: set[str] = set()
        if path is not None and path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("could not read the personal dictionary %s: %s", path, exc)
            else:
                self._words = {line.strip() for line in text.splitlines() if line.strip()}

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def words(self) -> list[str]:
        return sorted(self._words)

    def add(self, word: str) -> None:
        word = word.strip()
        if not word or word in self._words:
            return
        self._words.add(word)
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, "".join(f"{w}\n" for w in self.words()).encode())
        except OSError as exc:  # the word still counts for this session
            log.warning("could not save the personal dictionary %s: %s", self.path, exc)
