"""The editor's start-up options, checked before any window opens.

The command line parses them (``cli/args.py``) and hands ``app.run`` an ``EditorOptions``
whose every value is known to be usable: a mistake is a ``UsageError`` with a plain
message while the terminal is still there to show it, never a traceback from inside Qt.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .model import JobDescription, SectionId

SCREENSHOT_SIZE = (1280, 800)
MIN_SIDE, MAX_SIDE = 200, 8000  # a window nobody can read, or a picture of gigabytes
LANGUAGES = ("et", "en")

ModelPath = tuple[str | int, ...]
_SIZE = re.compile(r"^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$")
_TOP = ("meta", *(s.value for s in SectionId), "signatories")


@dataclass(frozen=True)
class EditorOptions:
    """What ``ametijuhend [FILE] [--screenshot PNG] [--select PATH] [--size WxH] [--lang]`` asks."""

    file: Path | None = None
    screenshot: Path | None = None
    select: ModelPath | None = None  # a model path, e.g. ("duties", "items", 2)
    size: tuple[int, int] = SCREENSHOT_SIZE
    lang: str | None = None  # None: the language chosen in the settings


def parse_size(text: str) -> tuple[int, int]:
    """"1280x800" into (1280, 800); UsageError for anything a window cannot be."""
    match = _SIZE.match(text)
    if match is None:
        raise UsageError(
            f"--size {text!r}: andke suurus kujul LAIUSxKÕRGUS, näiteks 1280x800.",
            f"--size {text!r}: give the size as WIDTHxHEIGHT, for example 1280x800.")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise UsageError(
            f"--size {text!r}: laius ja kõrgus peavad olema {MIN_SIDE}…{MAX_SIDE} pikslit.",
            f"--size {text!r}: width and height must be {MIN_SIDE}…{MAX_SIDE} pixels.")
    return width, height


def parse_select(spec: str) -> ModelPath:
    """"duties/3" (the third duty, as numbered in the document), "requirements", "meta",
    "duties/3/results", "requirements/languages" … into a model path.

    Only the spelling is checked here; ``check_select`` checks it against the document.
    """
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in spec.strip().strip("/").split("/")]
    if not parts or parts[0] not in _TOP:
        raise _unknown_select(spec)
    if len(parts) >= 2 and parts[0] == "duties" and isinstance(parts[1], int):
        if parts[1] < 1:
            raise _unknown_select(spec)
        return ("duties", "items", parts[1] - 1, *parts[2:])
    return tuple(parts)


def spell(path: ModelPath) -> str:
    """A model path as it is written on the command line: ("duties", "items", 2) -> duties/3."""
    if len(path) >= 3 and path[:2] == ("duties", "items") and isinstance(path[2], int):
        path = ("duties", path[2] + 1, *path[3:])
    return "/".join(str(p) for p in path)


def check_select(doc: JobDescription, path: ModelPath) -> None:
    """UsageError unless ``path`` names a part of ``doc`` (a field, or a row that exists)."""
    obj: object = doc
    for step in path:
        if isinstance(step, int) and isinstance(obj, list) and 0 <= step < len(obj):
            obj = obj[step]
        elif (isinstance(step, str) and dataclasses.is_dataclass(obj)
              and step in {f.name for f in dataclasses.fields(obj)}):
            obj = getattr(obj, step)
        else:
            raise _unknown_select(spell(path))


def _unknown_select(spec: str) -> UsageError:
    return UsageError(
        f"--select {spec!r}: dokumendis pole sellist kohta; näiteks duties/3, requirements, meta.",
        f"--select {spec!r}: the document has no such place; for example duties/3, "
        "requirements, meta.")


def check_screenshot(path: Path) -> None:
    """The picture can be written: its folder exists and is writable, it is not a folder."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError("see on kaust, mitte pildifail.", "this is a folder, not an image file.",
                         path=path)
    if not folder.is_dir():
        raise UsageError(f"kausta „{folder}” ei ole; looge see või valige teine koht.",
                         f"the folder “{folder}” does not exist; create it or choose another.",
                         path=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"kausta „{folder}” ei saa kirjutada.",
                         f"the folder “{folder}” cannot be written to.", path=path)
