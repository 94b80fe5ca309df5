"""The lines around the sections, read back from Word: the approval block and signatures.

The export prints the approval block ("KINNITATUD", "<approver> <date> käskkirjaga nr <n>",
the annex line) above the title, and each signatory's cell (role label, "(allkirjastatud
digitaalselt)", name, position) at the end, all from the document's data. A manager who
corrects a name, a date or a directive number there in Word means it, so these lines are
read back like the body: a line printed exactly as exported keeps the data as it is; a
changed line gives its fields when it can be read unambiguously; what cannot be read (a
date in words, a changed "KINNITATUD") keeps the data and becomes a note at its place.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence

from ..model import JobDescription, PostKind, Signatory, SignatoryRole
from ..model.paths import ModelPath
from ..model.printing import has_approval
from ..model.wording import (
    PARTIES_SIGNATURES,
    ROLE_LABELS,
    SIGNED_DIGITALLY,
    TITLE,
    WORDING,
    approval_line,
)
from .visible_notes import NoteKind, WordNote
from .visible_parts import printed
from .word_blocks import Block, Para, Table

APPROVAL: ModelPath = ("meta", "approval")
SIGNATORIES: ModelPath = ("signatories",)
_DIRECTIVE = re.compile(r"\bkäskkirjaga\b", re.IGNORECASE)
_NUMBER_MARK = re.compile(r"^nr\b\.?\s*", re.IGNORECASE)
# A date at the end of the words before "käskkirjaga": 14.09.2023, 14. 09. 2023, 2023-09-14,
# with or without the "a." Estonians may add.
_DATE_AT_END = re.compile(
    r"(?:^|\s)(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})|"
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))(?:\.?\s*a\.)?$")
_MONTH = re.compile(r"^(jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|septemb|oktoob|"
                    r"novemb|detsemb)(er|r)?(|i|il|ile|is|ist|ni|ks|l|s|st)[.,]?$", re.IGNORECASE)
_SIMILAR = 0.7  # a changed "KINNITATUD" or title is still that line, not new text
_CLOSER = 0.6  # a signature line this like the old name (or position) is that field

Seen = Callable[[list[Para], ModelPath], None]


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def read_date(text: str) -> dt.date | None:
    """The date a person typed as a date ("14.09.2023"), or None when it is not one."""
    match = _DATE_AT_END.fullmatch(" " + text.strip())
    if match is None:
        return None
    parts = (match["y"], match["m"], match["d"]) if match["y"] else (match["iy"], match["im"], match["id"])
    try:
        return dt.date(*map(int, parts))
    except ValueError:
        return None  # 31.02.2025


def _date_like(word: str, first: bool = False) -> bool:
    """A word with a digit, or a month's name unless it starts a name (August Tamm)."""
    return any(c.isdigit() for c in word) or (not first and _MONTH.match(word) is not None)


def split_head(head: str, approver: str = "") -> tuple[str, str]:
    """"<approver> <date>" -> (approver, date text): a date at the end; else, after the
    data's ``approver`` unchanged, the rest when it has a date-like word; else the words
    from the first date-like one."""
    head = head.strip()
    match = _DATE_AT_END.search(head)
    if match is not None:
        return head[:match.start()].strip(), match.group().strip()
    rest = head.removeprefix(approver + " ").strip() if approver else head
    if rest != head and any(map(_date_like, rest.split(" "))):
        return approver, rest
    words = head.split(" ")
    for k, word in enumerate(words):
        if _date_like(word, first=k == 0):
            return " ".join(words[:k]).strip(), " ".join(words[k:]).strip()
    return head, ""


def _kept(old: str, shown: str) -> str:
    """The data's text when the line shows it (as printed, spaces at the ends aside)."""
    return old if printed(old).strip() == shown.strip() else shown.strip()


def _like(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold(), autojunk=False).ratio()


class FrameReader:
    """Reads the approval block and the signatures into ``doc`` (a copy of ``old``)."""

    def __init__(self, old: JobDescription, doc: JobDescription, notes: list[WordNote],
                 seen: Seen) -> None:
        self.old, self.doc, self.notes, self.seen = old, doc, notes, seen

    def _note(self, kind: NoteKind, path: ModelPath, text: str) -> None:
        self.notes.append(WordNote(kind, path, text))

    # -- above the sections ---------------------------------------------------------------

    def front(self, blocks: Sequence[Block]) -> None:
        """The blocks before the first section heading."""
        lines: list[str] = []
        paras = [b for b in blocks if isinstance(b, Para)]
        titles = [p for p in paras if p.role == "title"] or [
            p for p in paras if p.text.strip() == printed(TITLE)]
        title = titles[-1] if titles else None  # a line typed above it may share its style
        from .export import field_values  # the values an inline field of a template prints

        shown = {printed(v).strip() for v in field_values(self.old).values()} - {""}
        for block in blocks:
            if isinstance(block, Table):
                paras = [p for row in block.rows for cell in row for p in cell]
                self.seen(paras, ())
                text = "\n".join(p.text for p in paras if p.text.strip())
                if text:
                    self._note(NoteKind.UNPLACED, (), text)
                continue
            self.seen([block], APPROVAL)
            if not block.text.strip() or self._fixed(block, block is title):
                continue
            if block.role in ("approval", "title"):
                lines.append(block.text)
            elif block.text.strip() not in shown:  # another template's line of its own data
                self._note(NoteKind.UNPLACED, (), block.text)
        self._approval(lines)

    def _fixed(self, para: Para, title: bool) -> bool:
        """Whether ``para`` is "KINNITATUD", the other kind's header or the title; a changed
        one is noted (the product prints that wording itself)."""
        text = para.text.strip()
        fixed = [printed(w.header) for w in WORDING.values()] + [printed(TITLE)]
        if text in fixed:
            return True
        a = self.old.meta.approval
        if text in (printed(a.annex).strip(), printed(approval_line(self.old))):
            return False  # the data's own line, whatever it looks like
        if title or any(_like(text, f) >= _SIMILAR for f in fixed):
            self._note(NoteKind.FIXED_TEXT, (), text)
            return True
        return False

    def _approval(self, lines: list[str]) -> None:
        old = self.old.meta.approval
        had_line = has_approval(self.old)
        ametnik = self.old.kind is PostKind.AMETNIK
        candidates = [t for t in lines if ametnik and _DIRECTIVE.search(t)]
        others = [t for t in lines if not (ametnik and _DIRECTIVE.search(t))]
        if candidates:
            self._approval_line(candidates[0])
            for extra in candidates[1:]:
                self._note(NoteKind.UNPLACED, APPROVAL, extra)
        elif had_line and len(others) == 1 + bool(printed(old.annex).strip()):
            # The line is where the approval line was, but no longer reads as one.
            self._note(NoteKind.APPROVAL_UNREAD, APPROVAL, others.pop(0))
        elif had_line:  # the approval line was deleted in Word
            a = self.doc.meta.approval
            a.approver, a.date, a.directive_number = "", None, ""
        self._annex(others)

    def _approval_line(self, text: str) -> None:
        old, new = self.old.meta.approval, self.doc.meta.approval
        if has_approval(self.old) and text == printed(approval_line(self.old)):
            return  # as exported
        match = _DIRECTIVE.search(text)
        assert match is not None
        approver, when = split_head(text[:match.start()], printed(old.approver).strip())
        new.approver = _kept(old.approver, approver)
        new.directive_number = _kept(old.directive_number, _NUMBER_MARK.sub("", text[match.end():].strip()))
        if when == date_text(old.date):
            return
        date = read_date(when) if when else None
        if when and date is None:
            self._note(NoteKind.DATE_UNREAD, (*APPROVAL, "date"), when)
        else:
            new.date = date

    def _annex(self, lines: list[str]) -> None:
        old = self.old.meta.approval.annex
        if not lines:
            self.doc.meta.approval.annex = old if not printed(old).strip() else ""
            return
        same = [k for k, t in enumerate(lines) if t.strip() == printed(old).strip()]
        chosen = same[0] if same else 0
        self.doc.meta.approval.annex = _kept(old, lines[chosen])
        for k, extra in enumerate(lines):
            if k != chosen:
                self._note(NoteKind.UNPLACED, (*APPROVAL, "annex"), extra)

    # -- the signatures ------------------------------------------------------------------

    def signatures(self, blocks: Sequence[Block]) -> None:
        """The signature paragraphs and table(s), cell by cell in reading order."""
        old = self.old.signatories
        tables = [b for b in blocks if isinstance(b, Table)]
        for para in (b for b in blocks if isinstance(b, Para)):
            self.seen([para], SIGNATORIES)
            if para.text.strip() and para.text != PARTIES_SIGNATURES:
                self._note(NoteKind.UNPLACED, SIGNATORIES, para.text)
        if not tables:
            if old:
                self._note(NoteKind.SIGNATURES_MISSING, SIGNATORIES, "")
            return
        found: list[Signatory] = []
        cells = [cell for table in tables for row in table.rows for cell in row]
        for k, cell in enumerate(cells):
            path = (*SIGNATORIES, min(k, max(len(old) - 1, 0)))
            self.seen(cell, path)
            lines = [p.text for p in cell if p.text.strip()]
            was = old[k] if k < len(old) else None
            if was is not None and lines == self._printed_cell(was):
                found.append(copy.deepcopy(was))
            elif lines:
                signatory = self._signatory(lines, was, path)
                if signatory is not None:
                    found.append(signatory)
        self.doc.signatories = found

    def _printed_cell(self, s: Signatory) -> list[str]:
        """The cell's non-blank lines as the export prints them (docx/body.py)."""
        lines = [f"{ROLE_LABELS[s.role]}:"] if self.old.kind is PostKind.TOOTAJA else []
        lines.append(SIGNED_DIGITALLY)
        return lines + [printed(t) for t in (s.name, s.position) if printed(t).strip()]

    def _signatory(self, lines: list[str], was: Signatory | None, path: ModelPath) -> Signatory | None:
        roles = {label.casefold(): role for role, label in ROLE_LABELS.items()}
        role = roles.get(lines[0].strip().rstrip(":").strip().casefold())
        rest = lines[1:] if role is not None else lines
        if role is None:
            if was is None and self.old.kind is PostKind.TOOTAJA:  # whose signature?
                self._note(NoteKind.UNPLACED, SIGNATORIES, "\n".join(lines))
                return None
            role = was.role if was is not None else SignatoryRole.APPROVER
        texts: list[str] = []
        for line in rest:
            if line.strip() == SIGNED_DIGITALLY:
                continue
            if "allkirjast" in line.casefold():  # "(allkirjastatud digitaalselt)" changed
                self._note(NoteKind.FIXED_TEXT, path, line)
                continue
            texts.append(line)
        name, position = self._name_and_position(texts, was, path)
        return Signatory(role, name, position)

    def _name_and_position(self, texts: list[str], was: Signatory | None,
                           path: ModelPath) -> tuple[str, str]:
        """Two lines or more are the name, then the position; one line is the field it
        stood for (as the data says, or the one it resembles), else noted."""
        old_name, old_position = (was.name, was.position) if was is not None else ("", "")
        if len(texts) >= 2:
            return _kept(old_name, texts[0]), _kept(old_position, "\n".join(texts[1:]))
        if not texts:
            return "", ""
        line, name, position = texts[0], printed(old_name).strip(), printed(old_position).strip()
        if line.strip() == name:
            return old_name, ""
        if line.strip() == position:
            return "", old_position
        if not (name and position):
            return (line.strip(), "") if not position else ("", line.strip())
        as_name, as_position = _like(line, name), _like(line, position)
        if max(as_name, as_position) >= _CLOSER and as_name != as_position:
            return (line.strip(), "") if as_name > as_position else ("", line.strip())
        self._note(NoteKind.UNPLACED, path, line)
        return old_name, old_position
