"""Nothing the product writes is beyond what its reader takes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.ajx import limits
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.errors import FileFormatError, SaveError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, JobDescription
from ametijuhend_desktop.opening import open_document
from ametijuhend_desktop.storage.save import save_document


def _long(duties: int) -> JobDescription:
    doc = new_document()
    doc.duties.items = [Duty(f"Ülesanne {i}", results=[f"Tulemus {i}"]) for i in range(duties)]
    return doc


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """A cap a 300-duty document passes over, so the real one need not be built (600,000
    tags take a Word file of 8 MB of bullets)."""
    monkeypatch.setattr(limits, "MAX_TAGS", 1_000)
    return 1_000


def test_an_ordinary_document_fits() -> None:
    data = ajx.to_bytes(_long(300))
    assert limits.check_fits(data) is data


def test_the_reader_and_the_check_agree(small_cap: int, tmp_path: Path) -> None:
    data = ajx.to_bytes(_long(300))
    path = tmp_path / "suur.ajx"
    path.write_bytes(data)
    with pytest.raises(FileFormatError, match="liiga palju elemente"):
        ajx.read_file(path)
    with pytest.raises(FileFormatError) as refused:
        limits.check_fits(data)
    assert "1\u00a0000" in refused.value.message("et")
    assert "split the text" in refused.value.message("en")


def test_write_file_refuses_and_writes_nothing(small_cap: int, tmp_path: Path) -> None:
    path = tmp_path / "suur.ajx"
    with pytest.raises(FileFormatError, match="liiga suur"):
        ajx.write_file(_long(300), path)
    assert list(tmp_path.iterdir()) == []


def test_save_refuses_and_keeps_the_file_on_disk(small_cap: int, tmp_path: Path) -> None:
    path = tmp_path / "ametijuhend.ajx"
    ajx.write_file(_long(3), path)
    before = path.read_bytes()
    known = open_document(path).state
    with pytest.raises(SaveError, match="liiga suur") as refused:
        save_document(_long(300), path, known)
    assert "Fail kettal on muutmata" in refused.value.message("et")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ametijuhend.ajx"]


def test_export_refuses_what_could_not_be_opened_again(small_cap: int, tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="liiga suur"):
        export_document(_long(300), tmp_path / "suur.docx")
    assert not (tmp_path / "suur.docx").exists()


def test_an_import_over_the_cap_is_refused_at_the_door(small_cap: int, tmp_path: Path) -> None:
    text = "AMETIJUHEND\n\n3. TÖÖÜLESANDED\n" + "".join(
        f"3.{i} Koostab aruande {i}.\n- Aruanne on esitatud.\n" for i in range(1, 300))
    path = tmp_path / "vana.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError, match="liiga suur") as refused:
        open_document(path)
    assert refused.value.message("et").startswith(str(path))


def test_a_text_beyond_fifty_job_descriptions_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vana.txt"
    path.write_text("- a\n" * 200_000, encoding="utf-8")
    with pytest.raises(FileFormatError, match="512 KB"):
        open_document(path)
