"""Exports checked by real tools: LibreOffice renders them, openxml-audit validates them.

LibreOffice and pdftotext are needed (Debian: libreoffice-writer-nogui, poppler-utils);
where they are missing the tests are skipped with the reason shown. Each run uses a
private LibreOffice profile so parallel runs do not collide.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.docx.template import default_template_path
from ametijuhend_desktop.model import JobDescription, PostKind, SectionId
from ametijuhend_desktop.model.numbering import duty_number, section_numbers
from ametijuhend_desktop.model.wording import section_heading

from .support import expected_texts, in_order, normalise, sample_document, words

pytestmark = pytest.mark.slow
NOW = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
TOOLS = ("soffice", "pdftotext", "pdfinfo")


def _examples() -> dict[str, JobDescription]:
    folder = Path(str(resources.files("ametijuhend_desktop.resources") / "examples"))
    return {p.stem: ajx.read_file(p) for p in sorted(folder.glob("*.ajx"))}


def _documents() -> dict[str, JobDescription]:
    docs = {"ametnik": sample_document(PostKind.AMETNIK), "tootaja": sample_document(PostKind.TOOTAJA)}
    gap = sample_document(PostKind.TOOTAJA)
    gap.set_included(SectionId.PURPOSE, False)
    gap.set_included(SectionId.TOOLS, False)
    docs["lunk"] = gap
    odd = sample_document(PostKind.AMETNIK)
    odd.purpose.paragraphs = ["Õ Ä Ö Ü Š Ž õäöüšž „jutumärgid” «nii» – — …\u00a0lõpp", "rida 1\nrida 2\tveerg"]
    odd.duties.items[0].text = "Vorm\x0cetoide\x0b ja\x00 NUL"
    docs["erimargid"] = odd
    docs.update(_examples())
    return docs


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[JobDescription, str, int]]:
    """name -> (document, pdftotext -raw output without page numbers, page count)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"LibreOffice/poppler missing ({', '.join(missing)}): install "
                    "libreoffice-writer-nogui and poppler-utils to run these tests")
    folder = tmp_path_factory.mktemp("rendered")
    docs = _documents()
    files = [str(export_document(doc, folder / f"{name}.docx", now=NOW)) for name, doc in docs.items()]
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *files],
        check=True, capture_output=True, timeout=300,
    )
    out = {}
    for name, doc in docs.items():
        pdf = folder / f"{name}.pdf"
        text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        text = re.sub(r"^\d+ \(\d+\)$", " ", text, flags=re.M)  # the footer's page numbers
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
        out[name] = (doc, words(text), pages)
    return out


NAMES = list(_documents())


def _printed(text: str) -> str:
    """As pdftotext gives it back: the visible mark U+FFFD is drawn but not extracted."""
    return words(normalise(text).replace("\ufffd", ""))


@pytest.mark.parametrize("name", NAMES)
def test_every_text_is_in_the_pdf_in_order(rendered: dict, name: str) -> None:
    doc, text, _ = rendered[name]
    expected = [_printed(t) for t in expected_texts(doc)]
    assert in_order(text, [t for t in expected if t]) == []


@pytest.mark.parametrize("name", NAMES)
def test_section_and_duty_numbers_match_the_model(rendered: dict, name: str) -> None:
    doc, text, _ = rendered[name]
    for section, number in section_numbers(doc).items():
        assert words(f"{number}. {section_heading(doc, section)}") in text
    for i, duty in enumerate(doc.duties.items):
        start = _printed(duty.text)[:25]
        assert f"{duty_number(doc, i)} {start}" in text


def test_a_left_out_section_closes_the_gap(rendered: dict) -> None:
    _, text, _ = rendered["lunk"]
    assert "2. TÖÖÜLESANDED" in text and "5. AMETIKOHALE ESITATAVAD NÕUDED" in text
    assert "2.1 ESF TAT" in text and "TÖÖVAHENDID" not in text


@pytest.mark.parametrize("name", NAMES)
def test_wording_by_kind(rendered: dict, name: str) -> None:
    doc, text, _ = rendered[name]
    if doc.kind is PostKind.AMETNIK:
        assert text.startswith("KINNITATUD") and "Töölepingu juurde kuuluv lisa" not in text
        assert "Poolte allkirjad:" not in text
    else:
        assert text.startswith("Töölepingu juurde kuuluv lisa") and "KINNITATUD" not in text
        assert "Poolte allkirjad: Tööandja:" in text and "Töötaja:" in text
    assert "(allkirjastatud digitaalselt)" in text


@pytest.mark.parametrize("name", NAMES)
def test_page_count_is_sane(rendered: dict, name: str) -> None:
    doc, _, pages = rendered[name]
    results = sum(len(d.results) + len(d.sub_items) for d in doc.duties.items)
    assert 1 <= pages <= 3 + (len(doc.duties.items) + results) // 8


# -- OOXML schema -----------------------------------------------------------------------


def _audit(path: Path) -> list[str]:
    audit = pytest.importorskip("openxml_audit", reason="openxml-audit is not installed")
    result = audit.OpenXmlValidator(schema_validation=True, semantic_validation=True).validate(path)
    return [f"{e.part_uri}: {e.description}" for e in result.errors]


def test_the_template_is_schema_valid() -> None:
    assert _audit(default_template_path()) == []


@pytest.mark.parametrize("kind", list(PostKind))
def test_exports_are_schema_valid(tmp_path: Path, kind: PostKind) -> None:
    doc = sample_document(kind)
    doc.duties.items[0].text = "tab\there\nline\x0bvt\x00nul\u00adsoft"
    assert _audit(export_document(doc, tmp_path / "a.docx", now=NOW)) == []


@pytest.mark.parametrize("name", list(_examples()))
def test_example_exports_are_schema_valid(tmp_path: Path, name: str) -> None:
    assert _audit(export_document(_examples()[name], tmp_path / "a.docx", now=NOW)) == []
