"""Old job descriptions in the shapes the importer used to misread (issue 13), in every
layout it knows: the agency template, the older label | value layout, no tables, a copy of
each saved again by LibreOffice, and each as text (what copying from a PDF gives, where a
line break may be a wrap, so the shapes that live in line breaks and table cells are not
asked of it)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import docx
import pytest

from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.importing.notes import NoteKind
from ametijuhend_desktop.importing.word import word_lines
from ametijuhend_desktop.model import Cefr, Severity, validate
from ametijuhend_desktop.opening import Opened
from ametijuhend_desktop.opening import open_document as import_file
from ametijuhend_desktop.preview.plain_text import to_text
from tests.importing.old_documents import (
    ADDITIONAL,
    CLOSING,
    DUTIES,
    EDUCATION,
    PURPOSE,
    TITLE,
    UNIT,
    Layout,
    write_old_document,
)

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
COPIES = [
    *[pytest.param((layout, "word"), id=layout.value) for layout in Layout],
    *[pytest.param((layout, "resaved"), id=f"{layout.value}-resaved",
                   marks=[pytest.mark.slow, needs_soffice]) for layout in Layout],
]
TEXTS = [pytest.param((layout, "text"), id=f"{layout.value}-text") for layout in Layout]


def libreoffice(sources: list[Path], out: Path, to: str) -> list[Path]:
    """The files converted by LibreOffice (``to``: "docx", "doc", "odt", "rtf")."""
    assert SOFFICE is not None
    profile = (out / "profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    to, "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=180)
    return [out / f"{source.stem}.{to}" for source in sources]


@pytest.fixture(scope="module")
def word_files(tmp_path_factory: pytest.TempPathFactory) -> dict[Layout, Path]:
    folder = tmp_path_factory.mktemp("old")
    return {layout: write_old_document(layout, folder / f"{layout.value}.docx")
            for layout in Layout}


@pytest.fixture(scope="module")
def resaved(word_files: dict[Layout, Path], tmp_path_factory: pytest.TempPathFactory,
            ) -> dict[Layout, Path]:
    out = tmp_path_factory.mktemp("resaved")
    copies = libreoffice(list(word_files.values()), out, "docx")
    return dict(zip(word_files, copies, strict=True))


@pytest.fixture(scope="module")
def texts(word_files: dict[Layout, Path], tmp_path_factory: pytest.TempPathFactory,
          ) -> dict[Layout, Path]:
    out = tmp_path_factory.mktemp("text")
    files = {}
    for layout, path in word_files.items():
        files[layout] = out / f"{layout.value}.txt"
        files[layout].write_text("\n".join(word_lines(docx.Document(str(path)))), "utf-8")
    return files


@pytest.fixture
def imported(request: pytest.FixtureRequest) -> Opened:
    layout, form = request.param
    files = request.getfixturevalue({"word": "word_files", "resaved": "resaved",
                                     "text": "texts"}[form])
    return import_file(files[layout])


def guesses_at(result: Opened, path: tuple[str | int, ...]) -> list[str]:
    return [n.message_en for n in result.notes if n.kind is NoteKind.GUESS and n.path == path]


@pytest.mark.parametrize("imported", COPIES + TEXTS, indirect=True)
def test_additional_competencies_written_as_name_then_sentence(imported: Opened) -> None:
    additional = imported.doc.requirements.additional
    assert [(a.name, a.description) for a in additional] == list(ADDITIONAL)
    assert not [f for f in validate(imported.doc) if f.severity is Severity.ERROR
                and f.path[:2] == ("requirements", "additional")]
    for i, (name, _) in enumerate(ADDITIONAL):
        assert any(name in g for g in guesses_at(imported, ("requirements", "additional", i,
                                                            "name")))


@pytest.mark.parametrize("imported", [c for c in COPIES + TEXTS
                                      if c.values[0][0] is not Layout.PLAIN], indirect=True)
def test_a_closing_row_across_the_requirements_table_stands_apart(imported: Opened) -> None:
    req = imported.doc.requirements
    assert req.additional[-1].description == ADDITIONAL[-1][1]  # not glued on
    rows = [(r.label, r.text) for r in req.rows]
    assert ("", CLOSING) in rows
    assert guesses_at(imported, ("requirements", "rows", rows.index(("", CLOSING))))


@pytest.mark.parametrize("imported", COPIES, indirect=True)
def test_line_breaks_inside_a_cell_are_kept(imported: Opened) -> None:
    g = imported.doc.general
    assert g.job_title == "\n".join(TITLE)
    assert g.unit == "\n".join(UNIT)
    assert [r.text for r in imported.doc.requirements.rows if r.label == "Haridus"] == [
        "\n".join(EDUCATION)]
    assert not imported.doc.general.extra_rows


@pytest.mark.parametrize("imported", COPIES + TEXTS, indirect=True)
def test_languages_with_alternatives_and_an_advantage_sentence(imported: Opened) -> None:
    languages = imported.doc.requirements.languages
    assert [(x.name, x.level, x.required) for x in languages] == [
        ("eesti", Cefr.C1, True), ("inglise või vene", Cefr.B2, True),
        ("saksa", Cefr.B1, True), ("soome", Cefr.B2, False),
    ]
    assert languages[1].wording == "Inglise või vene keele oskus B2 tasemel."
    assert languages[3].wording == "Kasuks tuleb soome keele oskus."
    assert guesses_at(imported, ("requirements", "languages", 3))  # its level was not given
    assert "Inglise või vene keele oskus B2 tasemel." in to_text(imported.doc)


@pytest.mark.parametrize("imported", COPIES + TEXTS, indirect=True)
def test_the_purpose_and_every_general_row_find_their_place(imported: Opened) -> None:
    doc = imported.doc
    assert doc.purpose.paragraphs == [PURPOSE]
    assert (doc.general.manager, doc.general.substituted_by) == ("Talituse juht", ["Spetsialist"])
    assert not [n for n in imported.notes if n.kind is NoteKind.UNPLACED]


@pytest.mark.parametrize("imported", COPIES + TEXTS, indirect=True)
def test_results_under_their_duty(imported: Opened) -> None:
    assert [(d.text, tuple(d.results)) for d in imported.doc.duties.items] == list(DUTIES)
    assert imported.doc.duties.result_column == ""  # "Oodatavad tulemused" is the default


@pytest.mark.parametrize("imported", COPIES + TEXTS, indirect=True)
def test_a_bare_approval_stamp_exports_without_a_dangling_directive(
    imported: Opened, tmp_path: Path,
) -> None:
    doc = imported.doc
    approval = doc.meta.approval
    assert (approval.approver, approval.date, approval.directive_number) == ("", None, "")
    assert guesses_at(imported, ("meta", "approval"))
    exported = docx.Document(str(export_document(doc, tmp_path / "uus.docx")))
    printed = "\n".join(p.text for p in exported.paragraphs)
    assert "käskkirjaga" not in printed  # an approval with no data prints nothing (issue 10) …
    assert any(f.path[:2] == ("meta", "approval") for f in validate(doc))  # … and is a finding
    assert "käskkirjaga" not in to_text(doc)


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("to", ["doc", "odt", "rtf"])
def test_old_formats_are_read_through_libreoffice(
    to: str, word_files: dict[Layout, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    (old,) = libreoffice([word_files[Layout.AGENCY]], tmp_path, to)
    home = tmp_path / "home"  # the user's own LibreOffice profile would be under here
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    result = import_file(old)
    doc = result.doc
    assert doc.general.job_title == "\n".join(TITLE)
    assert [(d.text, tuple(d.results)) for d in doc.duties.items] == list(DUTIES)
    assert [(a.name, a.description) for a in doc.requirements.additional] == list(ADDITIONAL)
    assert "LibreOffice" in result.notes[0].message_en
    assert not (home / ".config" / "libreoffice").exists()
    assert not list(tmp_path.glob("**/.~lock*"))  # the user's file was not opened for editing


def test_without_libreoffice_one_line_says_what_to_do(
    word_files: dict[Layout, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ametijuhend_desktop.cli import main

    old = tmp_path / "vana.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    monkeypatch.setenv("AMETIJUHEND_SOFFICE", str(tmp_path / "no-such-program"))
    assert main(["import", str(old), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "install LibreOffice" in err[0] and "save it as .docx" in err[0]
    assert not (tmp_path / "vana.ajx").exists()


@pytest.mark.slow
@needs_soffice
def test_a_conversion_over_the_time_limit_is_stopped(
    word_files: dict[Layout, Path], tmp_path: Path,
) -> None:
    from ametijuhend_desktop.errors import FileFormatError
    from ametijuhend_desktop.importing.convert import OldFormat, converted

    (old,) = libreoffice([word_files[Layout.PLAIN]], tmp_path, "doc")
    started = time.monotonic()
    with pytest.raises(FileFormatError) as caught, converted(old, OldFormat.DOC, 0.05):
        pass
    assert time.monotonic() - started < 10
    assert "seconds" in caught.value.message("en")
