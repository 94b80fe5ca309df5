"""The shape of the code, checked: small modules, a core without Qt, one door."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ametijuhend_desktop"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts)
CORE = ("model", "ajx", "docx", "importing", "preview", "files", "storage", "library",
        "folder", "compare", "spelling")


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


@pytest.mark.parametrize("module", MODULES, ids=_name)
def test_every_module_is_small(module: Path) -> None:
    lines = module.read_text(encoding="utf-8").count("\n")
    assert lines < 400, f"{_name(module)} has {lines} lines: split it by job"


@pytest.mark.parametrize("module", [m for m in MODULES if m.relative_to(PACKAGE).parts[0] in CORE],
                         ids=_name)
def test_the_core_never_imports_qt(module: Path) -> None:
    assert not re.search(r"^\s*(from|import) PySide6", module.read_text(encoding="utf-8"), re.M)


def test_one_door_opens_documents() -> None:
    """One function opens a document, and the command line and the window both call it."""
    doors = [_name(m) for m in MODULES
             if re.search(r"^def (open_document|read_document|import_file)\b",
                          m.read_text(encoding="utf-8"), re.M)]
    assert doors == ["ametijuhend_desktop/opening.py"]
    for caller in ("cli/__init__.py", "ui/safekeeping.py", "ui/file_actions.py"):
        assert "open_document(" in (PACKAGE / caller).read_text(encoding="utf-8"), caller


def test_one_bounded_reader_reads_files() -> None:
    """No module but the bounded reader reads a file whole (the packaged schema aside)."""
    readers = [_name(m) for m in MODULES
               if re.search(r"(?<!resource)\.read_bytes\(\)", m.read_text(encoding="utf-8"))]
    assert readers == [], readers
