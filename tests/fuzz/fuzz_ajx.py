"""Fuzz the .ajx reader: mutated valid files must load or give a FileFormatError, fast.

Not part of the test run (pytest does not collect ``fuzz_*.py``). Run it for a while:

    .venv/bin/python -m tests.fuzz.fuzz_ajx --minutes 3
    .venv/bin/python -m tests.fuzz.fuzz_ajx --minutes 3 --engine atheris   # if installed
    .venv/bin/python -m tests.fuzz.fuzz_ajx --minutes 3 --mutator encoding  # or zip

The hypothesis engine mutates the example documents and a generated one at the byte level
(flips, cuts, splices, repeats) and at the XML level (drop, duplicate, move elements, odd
text and attribute values), re-encodes them with any declaration (``--mutator encoding``),
or packs them into a damaged Word package opened through the one door (``--mutator zip``).
The oracle: ``from_bytes`` returns a document that survives a
write-read round trip, or raises FileFormatError with a message in both languages; any
other exception, or a call over 2 s, is a finding. Findings are written to
``tests/fuzz/findings/`` (not committed) and listed at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.resources
import io
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import FileFormatError, UserError
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.opening import open_document

FINDINGS = Path(__file__).resolve().parent / "findings"
MAX_SECONDS = 2.0
NASTY_TEXT = ["", "²", "٣", "-1", "0", "99999999999999999999", "1e9", " 1 ", "true", "jah",
              "2026-02-30", "0000-01-01", "\ufeff", "õ" * 300, "<", "&amp;", "\U0001f600",
              "C3", "ametnik ", "x" * 5000, "FFFFFF", "110000", "D800", "0A"]


def seeds() -> list[bytes]:
    examples = importlib.resources.files("ametijuhend_desktop.resources") / "examples"
    found = [p.read_bytes() for p in examples.iterdir() if p.name.endswith(".ajx")]
    return [ajx.to_bytes(new_document()), *found]


SEEDS = seeds()


def check(data: bytes) -> None:
    """The oracle; raises AssertionError (or anything unexpected) on a finding."""
    if data.startswith(b"PK"):
        check_door(data)
        return
    started = time.perf_counter()
    try:
        doc = ajx.from_bytes(data, "fuzz.ajx")
    except FileFormatError as exc:
        assert exc.message("et") and exc.message("en"), "empty message"
        assert len(exc.message("et")) < 1000, "message too long"
    else:
        again = ajx.from_bytes(ajx.to_bytes(doc), "round-trip.ajx")
        assert again == doc, "round trip changed the document"
    assert time.perf_counter() - started < MAX_SECONDS, "too slow"


def check_door(data: bytes) -> None:
    """A zip through the one door, as the user opens it: a document or a UserError."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.docx"
        path.write_bytes(data)
        try:
            open_document(path)
        except UserError as exc:
            assert exc.message("et") and exc.message("en"), "empty message"
            assert len(exc.message("et")) < 1000, "message too long"
    assert time.perf_counter() - started < MAX_SECONDS, "too slow"


# --- mutations ----------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    kind = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "splice", "truncate"]))
    if not data:
        return draw(st.binary(max_size=50))
    i = draw(st.integers(0, len(data) - 1))
    j = draw(st.integers(i, min(len(data), i + 200)))
    if kind == "flip":
        return data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1:]
    if kind == "cut":
        return data[:i] + data[j:]
    if kind == "insert":
        chunk = draw(st.one_of(st.binary(max_size=20), st.sampled_from(
            [b"<", b">", b"/>", b"&", b"&#0;", b"&#x110000;", b"<!--", b"]]>", b"<![CDATA[",
             b'"', b"\x00", b"\xff", b"\xc3", b"<char code=\"110000\"/>", b"<!DOCTYPE",
             b"<?pi x?>", b"\r\n", "õ".encode()])))
        return data[:i] + chunk + data[i:]
    if kind == "repeat":
        return data[:j] + data[i:j] * draw(st.integers(1, 50)) + data[j:]
    if kind == "splice":
        other = draw(st.sampled_from(SEEDS))
        k = draw(st.integers(0, len(other)))
        return data[:i] + other[k:]
    return data[:i]


def _xml_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return data
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    el = draw(st.sampled_from(elements))
    kind = draw(st.sampled_from(["drop", "duplicate", "move", "text", "attr", "char", "rename"]))
    parent = el.getparent()
    if kind == "drop" and parent is not None:
        parent.remove(el)
    elif kind == "duplicate" and parent is not None:
        parent.insert(parent.index(el), etree.fromstring(etree.tostring(el)))
    elif kind == "move" and parent is not None:
        target = draw(st.sampled_from(elements))
        if el not in target.iterancestors() and target is not el:
            target.append(el)
    elif kind == "text":
        el.text = draw(st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=30)).filter(
            lambda t: all(ord(c) >= 32 or c in "\t\n\r" for c in t)
            and not any(0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF) for c in t)))
    elif kind == "attr":
        name = draw(st.sampled_from(["version", "included", "level", "required", "role",
                                     "position", "code", "x"]))
        el.set(name, draw(st.sampled_from(NASTY_TEXT[:-1])))
    elif kind == "char":
        etree.SubElement(el, f"{{{ajx.NS}}}char", code=draw(st.sampled_from(NASTY_TEXT)))
    elif kind == "rename":
        el.tag = f"{{{ajx.NS}}}{draw(st.sampled_from(['meta', 'duty', 'item', 'row', 'x']))}"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


_CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-7",
           "latin-1", "cp1257", "cp037", "ascii"]
_DECLARED = ["UTF-8", "utf8", "UTF-16", "UTF-16LE", "UTF-7", "ISO-8859-1", "IBM037", "UCS-4",
             "US-ASCII", "windows-1257", "", "bogus"]


def _encoding_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """The same document in another encoding, declaring any encoding, maybe a DOCTYPE."""
    text = data.decode("utf-8", "replace").split("?>", 1)[-1]
    if draw(st.booleans()):
        text = '<!DOCTYPE ametijuhend [<!ENTITY x "xx">]>' + text.replace("<heading>", "<heading>&x;", 1)
    declared = draw(st.sampled_from(_DECLARED))
    head = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    codec = draw(st.sampled_from(_CODECS))
    out = (head + text).encode(codec, "replace")
    if codec == "utf-7" and draw(st.booleans()):  # markup hidden from a byte scan
        out = out.replace(b"<", b"+ADw-").replace(b">", b"+AD4-")
    return out


def _zip_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """The document as our Word export's data part, its zip headers or streams damaged."""
    out = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
    with zipfile.ZipFile(out, "w", method) as archive:
        archive.writestr("word/document.xml", b"<w:document xmlns:w='urn:w'/>")
        archive.writestr("customXml/item1.xml", data)
    packed = bytearray(out.getvalue())
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(packed) - 1))
        packed[at] = draw(st.sampled_from([0x00, 0x01, 0x09, 0x0E, 0xFF, packed[at] ^ 0x40]))
    return bytes(packed)


MUTATORS: dict[str, list[Callable[[st.DrawFn, bytes], bytes]]] = {
    "all": [_byte_mutation, _xml_mutation, _xml_mutation, _encoding_mutation],
    "encoding": [_encoding_mutation, _byte_mutation],
    "zip": [_zip_mutation],
}
_mutators = MUTATORS["all"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        mutate = draw(st.sampled_from(_mutators))
        data = mutate(draw, data)
        if mutate is _zip_mutation:
            break
    return data


# --- engines ------------------------------------------------------------------------


def _record(data: bytes, error: BaseException) -> Path:
    FINDINGS.mkdir(exist_ok=True)
    name = hashlib.sha256(data).hexdigest()[:16]
    (FINDINGS / f"{name}.ajx").write_bytes(data)
    (FINDINGS / f"{name}.txt").write_text("".join(traceback.format_exception(error)))
    return FINDINGS / f"{name}.ajx"


def run_hypothesis(deadline: float, report: Callable[[str], None]) -> tuple[int, list[Path]]:
    found: list[Path] = []
    runs = 0
    last: list[bytes] = []

    @settings(max_examples=500, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(mutated())
    def one(data: bytes) -> None:
        last[:] = [data]
        check(data)

    while time.monotonic() < deadline:
        try:
            one()
        except Exception as exc:  # a finding: keep the shrunk input and go on
            found.append(_record(last[0], exc))
            report(f"finding: {type(exc).__name__}: {exc}"[:300])
        runs += 500
        report(f"{runs} inputs, {len(found)} findings")
    return runs, found


def run_atheris(deadline: float, report: Callable[[str], None]) -> tuple[int, list[Path]]:
    """Coverage-guided (optional: ``pip install atheris``); libFuzzer stops at the time limit."""
    import atheris

    count = [0]
    found: list[Path] = []

    def one(data: bytes) -> None:
        count[0] += 1
        try:
            check(data)
        except Exception as exc:  # keep going: record every distinct finding
            found.append(_record(data, exc))

    atheris.instrument_all()
    corpus = FINDINGS.parent / "atheris-corpus"
    corpus.mkdir(exist_ok=True)
    for seed in SEEDS:
        (corpus / f"{hashlib.sha256(seed).hexdigest()[:16]}.ajx").write_bytes(seed)
    seconds = max(1, int(deadline - time.monotonic()))
    atheris.Setup([sys.argv[0], "-rss_limit_mb=2048", f"-max_total_time={seconds}", str(corpus)],
                  one)
    with contextlib.suppress(SystemExit):
        atheris.Fuzz()
    report(f"{count[0]} inputs")
    return count[0], found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis")
    parser.add_argument("--mutator", choices=sorted(MUTATORS), default="all",
                        help="encoding: re-encoded and mis-declared files; zip: damaged Word packages")
    args = parser.parse_args(argv)
    global _mutators
    _mutators = MUTATORS[args.mutator]
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    engine = run_atheris if args.engine == "atheris" else run_hypothesis
    runs, found = engine(deadline, lambda line: print(line, flush=True))
    print(f"done: {runs} inputs in {time.monotonic() - started:.0f} s, {len(found)} findings")
    for path in sorted(set(found)):
        print(f"  {path}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
