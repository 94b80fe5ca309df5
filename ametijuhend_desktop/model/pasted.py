"""Text pasted from Word or a PDF, as items of a list or as one line.

Copied lists arrive as lines that start with the list's own marks ("•", "o", "1.",
"a)", a tab); the marks are the list's business, so they are taken off and each line
becomes an item. A duty pasted as "…, sh:" followed by items is the duty and its
sub-items. A one-line field (a title, a name) takes the lines joined with spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A bullet of Word, LibreOffice or a PDF, a dash, or "o" (Word's second-level bullet in
# Courier), a number "1.", "1.2.", "1)", "(1)" or a letter "a)" / "a." — each followed by space.
_MARK = re.compile(
    r"^(?:[•◦▪▫■□●○·∙‣⁃\-–—*\uf0b7\uf0a7]|o(?=\s)|\(?\d{1,3}(?:\.\d{1,3})*[.)](?=\s)"
    r"|\(?[a-zA-ZõäöüÕÄÖÜ][.)](?=\s))\s*")
_SUB_MARKS = frozenset("o◦▪▫■□○‣⁃-–—\uf0a7")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\v\f]+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BREAK_OR_TAB = re.compile(r"[ \u00a0]*[\r\n\u2028\u2029\v\f\t]+[ \u00a0]*")
_SUB_INTRO = re.compile(r"\b(?:sh|sealhulgas|sh\.)\s*:\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PastedLine:
    text: str
    sub: bool  # indented or marked as a second-level item


def one_line(text: str) -> str:
    """Lines and tabs joined with single spaces: what a title or a name can hold."""
    return _SPACES.sub(" ", _LINE_BREAKS.sub(" ", text)).strip()


def without_breaks(text: str) -> str:
    """``text`` as typed into a one-line field: each line break or tab (and the spaces
    around it) one space; the rest untouched, so typing is not disturbed."""
    return _BREAK_OR_TAB.sub(" ", text)


def pasted_lines(text: str) -> list[PastedLine]:
    """The non-empty lines of ``text``, each without its list mark and spare spaces."""
    lines: list[PastedLine] = []
    for raw in _LINE_BREAKS.split(text):
        indented = raw[:1] in ("\t", " ") and bool(raw.strip())
        body = raw.strip(" \t\u00a0")
        match = _MARK.match(body)
        mark = match.group(0).strip() if match else ""
        if match:
            body = body[match.end():]
        body = _SPACES.sub(" ", body).strip()
        if body:
            lines.append(PastedLine(body, indented or mark in _SUB_MARKS))
    return lines


def duty_and_sub_items(text: str) -> tuple[str, list[str]] | None:
    """A duty pasted with its "sh:" items: (its text, the sub-items); None if the text
    has no line ending in "sh:" with items after it."""
    lines = pasted_lines(text)
    for i, line in enumerate(lines[:-1]):
        if _SUB_INTRO.search(line.text):
            return " ".join(x.text for x in lines[:i + 1]), [x.text for x in lines[i + 1:]]
    return None
