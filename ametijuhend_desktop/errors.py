"""Errors meant for a person: each carries its message in Estonian and in English.

The core never asks the user anything; it raises these and the window or the command
line decides how to show them.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem the user can act on: a bad file, an unwritable folder, a bad template."""

    def __init__(
        self, et: str, en: str, *, path: str | Path | None = None, line: int | None = None
    ) -> None:
        super().__init__(en)
        self.et = et
        self.en = en
        self.path = Path(path) if path is not None else None
        self.line = line

    def message(self, lang: str = "et") -> str:
        """The message with the file name and line in front, where known."""
        text = self.en if lang == "en" else self.et
        if self.path is None:
            return text
        where = str(self.path)
        if self.line is not None:
            where += f", {'line' if lang == 'en' else 'rida'} {self.line}"
        return f"{where}: {text}"

    def __str__(self) -> str:
        return self.message("et")


class FileFormatError(UserError):
    """The file is not a job description this version can read."""


class SaveError(UserError):
    """Writing failed; the file on disk is the old version, untouched."""


class UsageError(UserError):
    """A mistake on the command line: a bad option value, a missing argument."""
