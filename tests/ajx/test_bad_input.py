"""Bad files: each gives one clear message naming the problem, fast, and changes nothing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.library.new_document import new_document

GOOD = ajx.to_bytes(new_document())

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<ametijuhend xmlns="urn:x-ametijuhend:ajx" version="1">&lol9;</ametijuhend>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ametijuhend xmlns="urn:x-ametijuhend:ajx" version="1"><meta>&xxe;</meta></ametijuhend>"""

CASES: dict[str, tuple[bytes, str, str]] = {
    # name: (content, words the Estonian message must contain, English)
    "not-xml": (b"See on lihtsalt tekst, mitte XML.\n", "ei ole XML", "not an XML file"),
    "other-xml": (b'<?xml version="1.0"?>\n<html><body/></html>', "mitte ametijuhend", "not a job description"),
    "truncated": (GOOD[: len(GOOD) // 2], "katkendlik", "truncated"),
    "unknown-element": (
        GOOD.replace(b"<purpose included", b"<secret/>\n  <purpose included"),
        "tundmatu või valel kohal element „secret”", "unknown or misplaced element",
    ),
    "newer-version": (GOOD.replace(b'version="1"', b'version="7"'), "uuemas versioonis", "newer version"),
    "no-version": (GOOD.replace(b' version="1"', b""), "versiooni", "format version"),
    "billion-laughs": (BILLION_LAUGHS, "DOCTYPE", "DOCTYPE"),
    "external-entity": (XXE, "DOCTYPE", "DOCTYPE"),
    "empty": (b"", "tühi", "empty"),
    "whitespace-only": (b"  \n\n ", "tühi", "empty"),
    "utf16": (GOOD.decode().encode("utf-16"), "UTF-8", "UTF-8"),
    "latin1": (GOOD.replace(b"kaugt\xc3\xb6\xc3\xb6d", b"kaugt\xf6\xf6d"), "UTF-8", "UTF-8"),
    "docx": (b"PK\x03\x04" + b"\x00" * 100, "DOCX", "DOCX"),
    "bad-date": (GOOD.replace(b"<version/>", b"<version/>\n<effective-date>2024-02-31</effective-date>"), "ametijuhendi vormingule", "format"),
    "bad-level": (GOOD.replace(b'level="C1"', b'level="C3"'), "vormingule", "format"),
    "missing-section": (GOOD.replace(b"<review included", b"<reviewx included").replace(b"</review>", b"</reviewx>"), "element", "element"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gives_a_clear_message_and_stays_untouched(tmp_path: Path, name: str) -> None:
    content, et_words, en_words = CASES[name]
    path = tmp_path / f"{name}.ajx"
    path.write_bytes(content)
    started = time.perf_counter()
    with pytest.raises(FileFormatError) as info:
        ajx.read_file(path)
    assert time.perf_counter() - started < 1.0
    err = info.value
    assert et_words in err.message("et")
    assert en_words in err.message("en")
    assert err.message("et").startswith(str(path))  # the file is named
    assert "Traceback" not in err.message("et")
    assert path.read_bytes() == content


def test_syntax_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "rikutud.ajx"
    path.write_bytes(GOOD.replace(b"<unit/>", b"<unit>Osakond & talitus</unit>"))
    with pytest.raises(FileFormatError) as info:
        ajx.read_file(path)
    assert info.value.line == GOOD[: GOOD.index(b"<unit/>")].count(b"\n") + 1
    assert ", rida " in info.value.message("et")


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "suur.ajx"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without using the disk
    started = time.perf_counter()
    with pytest.raises(FileFormatError) as info:
        ajx.read_file(path)
    assert time.perf_counter() - started < 0.5
    assert "liiga suur (200 MB;" in info.value.message("et")


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError) as info:
        ajx.read_file(tmp_path)
    assert "kaust" in info.value.message("et")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError) as info:
        ajx.read_file(tmp_path / "pole.ajx")
    assert "ei leitud" in info.value.message("et")


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lukus.ajx"
    path.write_bytes(GOOD)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user
        real_open = os.open

        def refuse(name: object, *args: object, **kwargs: object) -> int:
            if Path(str(name)) == path:
                raise PermissionError(13, "Permission denied")
            return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(FileFormatError) as info:
        ajx.read_file(path)
    assert "puudub luba" in info.value.message("et")
    assert "permission" in info.value.message("en")


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.ajx"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD)
    assert ajx.read_file(path) == new_document()
