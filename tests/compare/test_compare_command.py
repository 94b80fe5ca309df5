"""``ametijuhend compare``: text, JSON and the Word list of changes; exit codes 0, 1, 2."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import docx
import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.model import PostKind

from ..docx.support import sample_document

NEW_RESULT = "Lepingud on koostatud enne tähtaega."


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    old = sample_document(PostKind.AMETNIK)
    new = copy.deepcopy(old)
    new.duties.items[1].results[1] = NEW_RESULT
    new.duties.items.append(copy.deepcopy(new.duties.items[0]))
    new.duties.items[-1].text = "Koolituste korraldamine."
    ajx.write_file(old, tmp_path / "vana.ajx")
    export_document(new, tmp_path / "uus.docx")
    return tmp_path / "vana.ajx", tmp_path / "uus.docx"


def test_text_lists_each_place_with_old_and_new_wording(
    versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", *map(str, versions)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3.2 tulemus 2 muudetud"
    assert out[1] == "    oli: Lepingud on õigeaegselt koostatud."
    assert out[2] == f"    nüüd: {NEW_RESULT}"
    assert "3.4 lisatud" in out


def test_the_same_version_exits_0(versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(versions[1]), str(versions[1]), "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "same" in captured.err


def test_a_bad_file_exits_2_with_one_line(versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    bad = versions[0].with_name("katki.ajx")
    bad.write_text("<see ei ole", encoding="utf-8")
    assert main(["compare", str(bad), str(versions[1])]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_json_for_scripts(versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *map(str, versions), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    first = data["changes"][0]
    assert data["equal"] is False
    assert first["path"] == ["duties", 1, "results", 1]
    assert first["message"]["en"] == "3.2 result 2 changed"
    assert {"kind": "added", "text": "tähtaega"} in first["words"] or any(
        w["kind"] == "added" and "tähtaega" in w["text"] for w in first["words"])


def test_word_list_of_changes_in_the_template_styles(versions: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "muudatused.docx"
    assert main(["compare", *map(str, versions), "--format", "docx", "-o", str(out)]) == 1
    document = docx.Document(str(out))
    paragraphs = [p for p in document.paragraphs if p.text]
    assert paragraphs[0].text == "MUUDATUSTE LOETELU"
    assert paragraphs[0].style.name == "AJ Pealkiri"
    table = document.tables[0]
    assert table.style.name == "AJ Tabel"
    assert [c.text for c in table.rows[0].cells] == ["Koht", "Oli", "Nüüd"]
    row = table.rows[1].cells
    assert (row[0].text, row[1].text, row[2].text) == (
        "3.2 tulemus 2 muudetud", "Lepingud on õigeaegselt koostatud.", NEW_RESULT)
    bold = [r.text for r in row[2].paragraphs[0].runs if r.bold]
    assert any("tähtaega" in t for t in bold)
    assert not any(p.text.startswith("{") for p in document.paragraphs)


def test_word_format_needs_an_output(versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *map(str, versions), "--format", "docx"]) == 2
    assert "-o" in capsys.readouterr().err
