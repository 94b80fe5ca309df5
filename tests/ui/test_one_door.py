"""The command line and the window open every file alike: the same document or the same
message, for every hostile file, every example, their Word exports, and foreign files."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from ametijuhend_desktop import ajx
from ametijuhend_desktop.cli import main, one_line
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.errors import UserError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.preview.plain_text import to_text
from ametijuhend_desktop.storage import locks
from ametijuhend_desktop.ui.safekeeping import Safekeeping
from tests.data.make_hostile import HERE

EXAMPLES = sorted((Path(__file__).parents[2] / "resources" / "examples").glob("*.ajx"))


def _files(folder: Path) -> list[Path]:
    """The hostile corpus, the examples, their exports, a foreign .docx and a .txt."""
    made: list[Path] = []
    for example in EXAMPLES:
        made.append(export_document(ajx.read_file(example), folder / f"{example.stem}.docx"))
    foreign = docx.Document()
    foreign.add_paragraph("1. ÜLDOSA")
    foreign.add_paragraph("Ametinimetus: Nõunik")
    foreign.save(str(folder / "võõras.docx"))
    (folder / "vana.txt").write_text("1. ÜLDOSA\nAmetinimetus: Õpetaja\n", encoding="utf-8")
    return [*sorted(HERE.iterdir()), *EXAMPLES, *made, folder / "võõras.docx", folder / "vana.txt"]


def _command_line(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["show", str(path)])
    out, err = capsys.readouterr()
    return out if code == 0 else "ERROR " + err.strip()


def _window(path: Path, safe: Safekeeping, shown: list[str]) -> str:
    opened = safe.open(path)
    if opened is None:
        return "ERROR " + one_line(shown.pop())  # the command line's one line
    safe.close()
    return to_text(opened.doc)


def test_command_line_and_window_agree(tmp_path: Path, qtbot: QtBot,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    work = tmp_path / "failid"
    work.mkdir()
    safe = Safekeeping(new_document, data_dir=tmp_path / "andmed")
    shown: list[str] = []

    def show_error(error: UserError, title: str, parent: object) -> None:
        shown.append(error.message("et"))

    safe.show_error = show_error  # type: ignore[method-assign]
    files = _files(work)
    assert len(files) > 150
    for original in files:
        path = work / original.name if original.parent != work else original
        if original.parent != work:
            shutil.copy(original, path)
        cli, window = _command_line(path, capsys), _window(path, safe, shown)
        assert cli == window, path.name
        assert locks.read_owner(path) is None, f"a lock was left beside {path.name}"
