"""What an import tells the user: each guess it made and each piece it could not place.

An old document is read by rules of thumb, so the user must be able to see every place
where the importer guessed. Each note says what happened in Estonian and English and
where it is in the model, as a path like ``model/validation.py``'s findings use
(("general", "job_title"), ("requirements", "additional", 2, "name"), …), so the window
can list the notes and go to the place; ``()`` is the document as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..model.paths import ModelPath as Path


class NoteKind(Enum):
    GUESS = "guess"  # placed, but by a guess the user should check
    UNPLACED = "unplaced"  # source text that found no place: it is only in the note
    DROPPED = "dropped"  # page numbers and running headers left out on purpose
    INFO = "info"  # how the file was read (its encoding, a conversion)


@dataclass(frozen=True)
class ImportNote:
    kind: NoteKind
    path: Path
    message_et: str
    message_en: str

    def message(self, lang: str = "et") -> str:
        return self.message_en if lang == "en" else self.message_et

    @property
    def et(self) -> str:
        return self.message_et

    @property
    def en(self) -> str:
        return self.message_en

    def __str__(self) -> str:
        return self.message_et


class Notes(list[ImportNote]):
    """The notes of one import, in the order they arose."""

    def add(self, kind: NoteKind, path: Path, et: str, en: str) -> None:
        self.append(ImportNote(kind, path, et, en))

    def guess(self, path: Path, et: str, en: str) -> None:
        self.add(NoteKind.GUESS, path, et, en)

    def unplaced(self, path: Path, et: str, en: str) -> None:
        self.add(NoteKind.UNPLACED, path, et, en)

    def of_kind(self, kind: NoteKind) -> list[ImportNote]:
        return [note for note in self if note.kind is kind]
