"""Edit an exported DOCX the way Word writes its edits: in ``word/document.xml``.

The tests start from a real export, change the XML as Word or LibreOffice would (runs,
spelling marks, fields, tracked changes, comments …) and open the result.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from ametijuhend_desktop.docx.export import render, resolve_template
from ametijuhend_desktop.model import JobDescription

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
SOURCE = Path("muudetud.docx")
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def exported(doc: JobDescription) -> bytes:
    return render(doc, resolve_template(None))


def edit_parts(data: bytes, edits: dict[str, Callable[[bytes | None], bytes]]) -> bytes:
    """A copy of the DOCX ``data`` with each named part replaced by ``edit(old part)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        for name in names:
            blob = src.read(name)
            dst.writestr(name, edits[name](blob) if name in edits else blob)
        for name, edit in edits.items():
            if name not in names:
                dst.writestr(name, edit(None))
    return out.getvalue()


def edit_body(data: bytes, edit: Callable[[etree._Element], None]) -> bytes:
    """A copy of the DOCX with ``edit`` applied to the root of word/document.xml."""
    def change(blob: bytes | None) -> bytes:
        assert blob is not None
        root = etree.fromstring(blob)
        edit(root)
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))

    return edit_parts(data, {"word/document.xml": change})


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(W + tag)
    for k, v in attrs.items():
        e.set(W + k, v)
    return e


def run(text: str) -> etree._Element:
    r = el("r")
    t = etree.SubElement(r, W + "t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def paragraph(root: etree._Element, text: str) -> etree._Element:
    """The paragraph whose text is ``text`` (exactly one)."""
    found = [p for p in root.iter(W + "p") if text_of(p) == text]
    assert len(found) == 1, (text, len(found))
    return found[0]


def set_runs(p: etree._Element, *pieces: etree._Element) -> None:
    """Replace the paragraph's content (not its properties) with ``pieces``."""
    for child in list(p):
        if child.tag != W + "pPr":
            p.remove(child)
    for piece in pieces:
        p.append(piece)


def duty_rows(root: etree._Element) -> list[etree._Element]:
    """The rows of the duties table, header row first."""
    for tbl in root.iter(W + "tbl"):
        rows = list(tbl.iter(W + "tr"))
        if "Põhiülesanded" in text_of(rows[0]):
            return rows
    raise AssertionError("no duties table")


def copy_row(row: etree._Element, texts: list[str]) -> etree._Element:
    """A copy of ``row`` with its paragraphs' texts replaced, in order."""
    new = copy.deepcopy(row)
    for p, text in zip(new.iter(W + "p"), texts, strict=False):
        set_runs(p, run(text))
    return new


def add_comment(data: bytes, anchor: str, author: str, comment: str) -> bytes:
    """Word's comment: a range and reference in the paragraph, the text in comments.xml."""
    def body(root: etree._Element) -> None:
        p = paragraph(root, anchor)
        first = next(c for c in p if c.tag != W + "pPr")
        first.addprevious(el("commentRangeStart", id="0"))
        p.append(el("commentRangeEnd", id="0"))
        ref = el("r")
        ref.append(el("commentReference", id="0"))
        p.append(ref)

    data = edit_body(data, body)
    part = (f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="{author}" '
            f'w:date="2026-03-01T10:00:00Z"><w:p><w:r><w:t>{comment}</w:t></w:r></w:p>'
            "</w:comment></w:comments>").encode()

    def types(blob: bytes | None) -> bytes:
        assert blob is not None
        return blob.replace(b"</Types>", b'<Override PartName="/word/comments.xml" '
                            b'ContentType="' + COMMENTS_TYPE.encode() + b'"/></Types>')

    def rels(blob: bytes | None) -> bytes:
        assert blob is not None
        return blob.replace(b"</Relationships>", b'<Relationship Id="rIdC1" Type="'
                            + COMMENTS_REL.encode() + b'" Target="comments.xml"/></Relationships>')

    return edit_parts(data, {"word/comments.xml": lambda _: part, "[Content_Types].xml": types,
                             "word/_rels/document.xml.rels": rels})
