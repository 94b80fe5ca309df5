"""Decode before checking: XML as the parser will see it, in UTF-8 with no surprises.

libxml2 honours the encoding a file declares: in UTF-7, ``<`` is ``+ADw-``, so a check
on the raw bytes for ``<!DOCTYPE`` or for the number of elements sees nothing. Only
UTF-8 (with or without its byte-order mark) and UTF-16 with its mark are accepted; a
declaration naming anything else is refused; and the checks run on UTF-8 bytes whose
declaration no longer names an encoding, which the parser then reads as UTF-8 too.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from ..errors import UserError

# (et, en, line) -> the error to raise.
XmlRefusal = Callable[[str, str, int | None], UserError]

_DECLARATION = re.compile(rb"\A<\?xml\s[^<>]{0,400}?\?>")
_ENCODING = re.compile(rb"\sencoding\s*=\s*(?:\"([^\"]{0,60})\"|'([^']{0,60})')")
DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_UTF8_NAMES = {"utf-8", "utf8"}
_UTF16_NAMES = {"utf-16", "utf16", "utf-16le", "utf-16be", "unicode"}
_ASCII_NAMES = {"us-ascii", "ascii"}


def utf8_error_at(data: bytes) -> int | None:
    """Where ``data`` stops being UTF-8, checked in slices: decoding it whole would make a
    string of up to four times its size just to throw it away."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    step = 1 << 20
    for start in range(0, len(data), step):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[start : start + step], final=start + step >= len(data))
        except UnicodeDecodeError as exc:
            return start - pending + exc.start
    return None


def _not_utf8(refuse: XmlRefusal, line: int | None) -> UserError:
    return refuse("fail ei ole UTF-8 kodeeringus (ehk salvestatud teises kodeeringus, nt "
                  "Windows-1257).", "the file is not in UTF-8 encoding (perhaps saved in "
                  "another encoding, such as Windows-1257).", line)


def as_utf8(data: bytes, refuse: XmlRefusal) -> bytes:
    """``data`` as UTF-8 without a byte-order mark and without an encoding declaration.

    Refused: UTF-32, UTF-16 without its mark is left to the caller (it has NUL bytes), any
    byte that is not UTF-8, and a declaration that names another encoding than the bytes.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise refuse("fail on UTF-32 kodeeringus; lubatud on UTF-8 või UTF-16.",
                     "the file is in UTF-32 encoding; only UTF-8 or UTF-16 is allowed.", None)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            body = data.decode("utf-16").encode("utf-8")
        except UnicodeError:
            raise refuse("fail ei ole korrektne UTF-16 tekst.",
                         "the file is not valid UTF-16 text.", None) from None
        allowed = _UTF16_NAMES
    else:
        body = data.removeprefix(codecs.BOM_UTF8)
        if (bad := utf8_error_at(body)) is not None:
            raise _not_utf8(refuse, body.count(b"\n", 0, bad) + 1)
        allowed = _UTF8_NAMES | (_ASCII_NAMES if body[:4096].isascii() else set())
    declaration = _DECLARATION.match(body)
    if declaration is None:
        return body
    found = _ENCODING.search(declaration.group(0))
    if found is None:
        return body
    name = (found.group(1) or found.group(2) or b"").decode("ascii", "replace").strip()
    if name.casefold() not in allowed:
        shown = name[:30] or "?"
        if name.casefold() in _UTF8_NAMES | _UTF16_NAMES:
            real = "UTF-16" if allowed is _UTF16_NAMES else "UTF-8"
            raise refuse(f"fail on kodeeringus {real}, kuid ütleb end olevat kodeeringus "
                         f"„{shown}”.", f"the file is encoded in {real} but says it is in "
                         f"“{shown}”.", 1)
        raise refuse(f"fail ütleb end olevat kodeeringus „{shown}”, kuid lubatud on ainult "
                     "UTF-8 või UTF-16.", f"the file says it is in the encoding “{shown}”, "
                     "but only UTF-8 or UTF-16 is allowed.", 1)
    if allowed is not _UTF16_NAMES and name.casefold() in _UTF8_NAMES:
        return body  # it says what it is, and the parser reads it so: no copy needed
    start = declaration.start() + found.start()
    return body[:start] + body[declaration.start() + found.end():]


def checked_xml(data: bytes, refuse: XmlRefusal) -> bytes:
    """``as_utf8`` and no DOCTYPE or ENTITY declaration in what the parser will see."""
    body = as_utf8(data, refuse)
    if found := DOCTYPE.search(body):
        line = body.count(b"\n", 0, found.start()) + 1
        raise refuse("failis on DOCTYPE- või ENTITY-deklaratsioon, mida see fail ei tohi "
                     "sisaldada.", "the file has a DOCTYPE or ENTITY declaration, which this "
                     "file must not contain.", line)
    return body
