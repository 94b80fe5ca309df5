"""Long duties as LibreOffice prints them: every word inside the table, nothing cut off.

A row marked "can't split" that is taller than a page is drawn past the table's border
and its end is lost; these documents have such rows in three shapes. Also checked on the
printout: the footer reads "1 (N)" and no page is left blank.
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
from ametijuhend_desktop.model import Duty, JobDescription, PostKind

from .support import sample_document, words

pytestmark = pytest.mark.slow
NOW = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
LONG = " ".join(f"Pikk lõik sõnaga{i} ülesande kirjeldusest" for i in range(200))


def _shapes() -> dict[str, tuple[JobDescription, list[str]]]:
    """name -> (document, the texts of its long duty that must all be printed)."""
    out = {}
    paragraph = sample_document(PostKind.AMETNIK)
    subs = ["esimene alapunkt lõpus;", "teine alapunkt päris lõpus."]
    paragraph.duties.items.insert(1, Duty(LONG + ", sh:", subs, ["Tulemus on saavutatud."]))
    out["paragraph"] = (paragraph, [LONG, *subs])
    results = sample_document(PostKind.TOOTAJA)
    many = [f"Oodatav tulemus number{i} on saavutatud tähtaegselt ja täpselt." for i in range(70)]
    results.duties.items[0].results = many
    out["results"] = (results, many)
    items = sample_document(PostKind.AMETNIK)
    sub_items = [f"alapunkt number{i} oma pika selgitusega hangete kohta;" for i in range(70)]
    items.duties.items[1].sub_items = sub_items
    out["sub_items"] = (items, sub_items)
    return out


def _examples() -> dict[str, JobDescription]:
    folder = Path(str(resources.files("ametijuhend_desktop.resources") / "examples"))
    return {p.stem: ajx.read_file(p) for p in sorted(folder.glob("*.ajx"))}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice/poppler missing: install libreoffice-writer-nogui and poppler-utils")
    folder = tmp_path_factory.mktemp("long")
    docs = {name: doc for name, (doc, _) in _shapes().items()} | _examples()
    files = [str(export_document(doc, folder / f"{name}.docx", now=NOW)) for name, doc in docs.items()]
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder), *files],
                   check=True, capture_output=True, timeout=300)
    return {name: folder / f"{name}.pdf" for name in docs}


def _text(pdf: Path, *extra: str) -> str:
    return subprocess.run(["pdftotext", "-raw", *extra, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


@pytest.mark.parametrize("name", list(_shapes()))
def test_every_word_of_a_long_duty_is_printed_inside_the_table(pdfs: dict[str, Path], name: str) -> None:
    _, texts = _shapes()[name]
    printed = words(re.sub(r"^\d+ \(\d+\)$", " ", _text(pdfs[name]), flags=re.M))
    table = printed[printed.index("Põhiülesanded"):printed.index("ÕIGUSED")]
    for text in texts:
        for word in re.findall(r"\w*\d\w*", text):  # the numbered words: each one unique
            assert word in table, word
        assert words(text)[-20:] in table


@pytest.mark.parametrize("name", list(_shapes()) + list(_examples()))
def test_the_footer_reads_1_n_and_no_page_is_blank(pdfs: dict[str, Path], name: str) -> None:
    pages = _pages(pdfs[name])
    for page in range(1, pages + 1):
        text = _text(pdfs[name], "-f", str(page), "-l", str(page))
        assert re.search(rf"^{page} \({pages}\)$", text, re.M), text[-80:]
        assert len(words(text)) > len(f"{page} ({pages})")  # more than the footer
