"""The template: what the shipped one holds, and how a bad or hostile one is refused."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from ametijuhend_desktop.docx import template as docx_template
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.docx.template import (
    PARAGRAPH_STYLES,
    TABLE_STYLES,
    TemplateError,
    check_template,
    default_template_path,
    load_template,
)
from ametijuhend_desktop.model import PostKind
from tests.packaging_tools import load_tool

from .support import W, body_paragraph_texts, sample_document

NOW = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
SHIPPED = default_template_path()


def edited(tmp_path: Path, edits: dict[str, Callable[[str], str]], name: str = "mall.docx") -> Path:
    """A copy of the shipped template with some parts' XML text changed."""
    out = tmp_path / name
    with zipfile.ZipFile(SHIPPED) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out


def body_text(old: str, new: str) -> dict[str, Callable[[str], str]]:
    return {"word/document.xml": lambda xml: xml.replace(old, new)}


def refused(path: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        check_template(path)
    error = info.value
    assert error.et.startswith("Wordi mall ei sobi") and error.en.startswith("the Word template")
    assert error.path == path
    return error


# -- the shipped template ----------------------------------------------------------------


def test_the_shipped_template_is_usable_and_holds_every_style() -> None:
    template = load_template()
    assert set(template.style_ids) == set(PARAGRAPH_STYLES) | set(TABLE_STYLES)


def test_the_shipped_template_is_a4_in_estonian_with_page_numbers() -> None:
    with zipfile.ZipFile(SHIPPED) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
        styles = etree.fromstring(archive.read("word/styles.xml"))
        footer = archive.read("word/footer1.xml").decode()
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    size = document.find(f".//{W}sectPr/{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "et-EE"
    assert 'instr=" PAGE "' in footer and 'instr=" NUMPAGES "' in footer
    texts = {lvl.find(f"{W}lvlText").get(f"{W}val") for lvl in numbering.iter(f"{W}lvl")}
    assert {"%1.", "%1.%2", "•", "–"} <= texts


def test_the_builder_makes_the_committed_template() -> None:
    """Who changes the builder rebuilds the template (or edits it in Word and drops this)."""
    built = load_tool("build_template").build_template()
    parts = {
        "word/styles.xml": built.styles.element,
        "word/numbering.xml": built.part.numbering_part.element,
        "word/document.xml": built.element,
    }
    with zipfile.ZipFile(SHIPPED) as archive:
        for name, element in parts.items():
            shipped = etree.fromstring(archive.read(name), etree.XMLParser(remove_blank_text=True))
            assert etree.tostring(shipped, method="c14n") == etree.tostring(element, method="c14n"), name


# -- files that are not templates --------------------------------------------------------


def test_a_missing_file(tmp_path: Path) -> None:
    assert "ei leitud" in refused(tmp_path / "pole.docx").et


def test_a_folder(tmp_path: Path) -> None:
    assert "kaust" in refused(tmp_path).et


@pytest.mark.parametrize("content", [b"", b"just text", b"PK\x03\x04broken"])
def test_not_a_docx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "mall.docx"
    path.write_bytes(content)
    assert "ei ole Wordi dokument" in refused(path).et


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "mall.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "tere")
    assert "ei ole Wordi dokument" in refused(path).et


def test_a_damaged_document_part(tmp_path: Path) -> None:
    path = edited(tmp_path, {"word/document.xml": lambda xml: xml[: len(xml) // 2]})
    assert "vigane" in refused(path).et


def test_a_macro_enabled_file_is_refused(tmp_path: Path) -> None:
    path = edited(tmp_path, {"[Content_Types].xml": lambda xml: xml.replace(
        "wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml")})
    assert "makrodega" in refused(path).et


def test_a_word_template_dotx_is_accepted(tmp_path: Path) -> None:
    path = edited(tmp_path, {"[Content_Types].xml": lambda xml: xml.replace(
        "wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml")}, "mall.dotx")
    out = export_document(sample_document(PostKind.AMETNIK), tmp_path / "a.docx", path, now=NOW)
    assert "AMETIJUHEND" in body_paragraph_texts(out)


def test_an_oversized_package_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_template, "MAX_UNPACKED_BYTES", 10_000)
    assert "liiga suur" in refused(SHIPPED).et


# -- missing parts -----------------------------------------------------------------------


def test_a_missing_style_is_named(tmp_path: Path) -> None:
    path = edited(tmp_path, {"word/styles.xml": lambda xml: xml.replace(
        'w:val="AJ Täpp"', 'w:val="Minu täpp"')})
    error = refused(path)
    assert "„AJ Täpp”" in error.et and "“AJ Täpp”" in error.en


def test_a_bullet_style_without_word_numbering(tmp_path: Path) -> None:
    def drop_numbering(xml: str) -> str:
        return re.sub(r'(w:styleId="AJTapp".*?)<w:numPr>.*?</w:numPr>', r"\1", xml, flags=re.S)

    assert "nummerdusega" in refused(edited(tmp_path, {"word/styles.xml": drop_numbering})).et


def test_missing_content_field(tmp_path: Path) -> None:
    error = refused(edited(tmp_path, body_text("{content}", "sisu")))
    assert "{content}" in error.et and "{content}" in error.en


def test_the_content_field_twice(tmp_path: Path) -> None:
    error = refused(edited(tmp_path, body_text("{title}", "{content}")))
    assert "mitu korda" in error.et


def test_a_block_field_inside_a_sentence(tmp_path: Path) -> None:
    error = refused(edited(tmp_path, body_text("{signatures}", "Allkirjad: {signatures}")))
    assert "üksinda" in error.et


def test_an_unknown_field(tmp_path: Path) -> None:
    error = refused(edited(tmp_path, body_text("{title}", "{title} {ametikoht}")))
    assert "tundmatu väli {ametikoht}" in error.et and "unknown field {ametikoht}" in error.en


def test_a_broken_field(tmp_path: Path) -> None:
    error = refused(edited(tmp_path, body_text("{title}", "{title} {job_title")))
    assert "katkine väli" in error.et


# -- hostile templates: data, never code ---------------------------------------------------

HOSTILE = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% include '/etc/passwd' %}",
    "{{ cycler.__init__.__globals__.os.popen('touch /tmp/pwned').read() }}",
    "{job_title.__class__.__init__.__globals__}",
    "{0.__class__}",
    "{title!r:>{999999999}}",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_template_code_is_refused_never_run(tmp_path: Path, payload: str) -> None:
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")
    path = edited(tmp_path, body_text("{title}", "{title}" + escaped))
    error = refused(path)
    assert "väli" in error.et
    out = tmp_path / "a.docx"
    with pytest.raises(TemplateError):
        export_document(sample_document(PostKind.AMETNIK), out, path, now=NOW)
    assert not out.exists()
    assert not Path("/tmp/pwned").exists()


def test_an_external_entity_cannot_read_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "salajane.txt"
    secret.write_text("SALAJANE-SISU")

    def xxe(xml: str) -> str:
        head, rest = xml.split("?>", 1)
        doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
        return head + "?>" + doctype + rest.replace("{title}", "{title}&x;")

    error = refused(edited(tmp_path, {"word/document.xml": xxe}))
    assert "DOCTYPE" in error.et and "SALAJANE" not in error.et + error.en


def test_a_remote_attached_template_is_left_out(tmp_path: Path) -> None:
    rel = ('<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/attachedTemplate" Target="http://example.invalid/x.dotm" '
           'TargetMode="External"/></Relationships>')
    path = edited(tmp_path, {"word/_rels/document.xml.rels": lambda xml: xml.replace(
        "</Relationships>", rel)})
    notes = check_template(path)
    assert any("manustatud malliga (http://example.invalid/x.dotm)" in n.et for n in notes)
    out = export_document(sample_document(PostKind.AMETNIK), tmp_path / "a.docx", path, now=NOW)
    with zipfile.ZipFile(out) as archive:
        assert not any(b"example.invalid" in archive.read(name) for name in archive.namelist())


# -- fields are filled wherever Word put them ------------------------------------------------


def test_a_field_split_across_runs_is_filled(tmp_path: Path) -> None:
    split = '{job_</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>title} –</w:t></w:r><w:r><w:t xml:space="preserve"> {unit}'
    path = edited(tmp_path, body_text("{title}", "{title}</w:t></w:r><w:r><w:t xml:space=\"preserve\"> " + split))
    doc = sample_document(PostKind.AMETNIK)
    texts = body_paragraph_texts(export_document(doc, tmp_path / "a.docx", path, now=NOW))
    assert f"AMETIJUHEND {doc.general.job_title} – {doc.general.unit}" in texts


def test_fields_in_the_header_are_filled(tmp_path: Path) -> None:
    path = edited(tmp_path, {"word/footer1.xml": lambda xml: xml.replace(
        "<w:t>)</w:t>", '<w:t xml:space="preserve">) {job_title}, {kind}</w:t>')})
    doc = sample_document(PostKind.TOOTAJA)
    doc.general.job_title = "Nõunik\tA"
    out = export_document(doc, tmp_path / "a.docx", path, now=NOW)
    with zipfile.ZipFile(out) as archive:
        footer = etree.fromstring(archive.read("word/footer1.xml"))
    text = "".join(t.text or "" for t in footer.iter(f"{W}t"))
    assert text.endswith(") NõunikA, töötaja") and footer.find(f".//{W}tab") is not None


def test_a_picture_beside_an_empty_field_is_kept(tmp_path: Path) -> None:
    path = edited(tmp_path, body_text("<w:t>{annex}</w:t></w:r>", "<w:t>{annex}</w:t></w:r><w:r><w:pict/></w:r>"))
    doc = sample_document(PostKind.TOOTAJA)
    doc.meta.approval.annex = ""
    out = export_document(doc, tmp_path / "a.docx", path, now=NOW)
    with zipfile.ZipFile(out) as archive:
        assert b"<w:pict/>" in archive.read("word/document.xml")
