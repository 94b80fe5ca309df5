"""What the folder view and the cross-document checks need to know of one document.

A summary is small, plain data (it goes into the cache as one line of JSON, made where it
was read): the rows of the table, the positions it names, its findings counted, and its
text folded for searching. A file that cannot be read still has a summary, with its
problem, so it is listed, never hidden.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import ajx
from ..errors import UserError
from ..files.bounded import read_start
from ..files.os_errors import os_reason
from ..model import Severity, validate
from ..model.locations import describe
from ..model.validation import iter_texts
from ..opening import open_document
from .review import next_review

_VERSION = re.compile(rb"<(?:\w+:)?ametijuhend\b[^>]*?\bversion\s*=\s*[\"'](\d{1,4})[\"']")


@dataclass(frozen=True)
class Message:
    """A text for the user in both languages."""

    et: str
    en: str

    def text(self, lang: str = "et") -> str:
        return self.en if lang == "en" else self.et


@dataclass
class Summary:
    path: str
    size: int
    mtime_ns: int
    problem: Message | None = None  # set: the file could not be read
    title: str = ""
    unit: str = ""
    kind: str = ""
    manager: str = ""
    substituted_by: list[str] = field(default_factory=list)
    substitutes: list[str] = field(default_factory=list)
    approval_date: str = ""  # ISO dates: JSON has no date type
    directive_number: str = ""
    annex: str = ""
    last_review: str = ""
    next_review: str = ""
    format_version: int = ajx.CURRENT_VERSION
    errors: list[Message] = field(default_factory=list)
    warnings: int = 0
    text: str = ""  # every user text casefolded, a line each, for search

    @property
    def file(self) -> Path:
        return Path(self.path)

    @property
    def readable(self) -> bool:
        return self.problem is None

    def to_json(self) -> dict[str, object]:
        """Plain data for the cache (``asdict`` deep-copies every list: ten times slower)."""
        data: dict[str, object] = dict(vars(self))
        data["problem"] = None if self.problem is None else vars(self.problem)
        data["errors"] = [vars(e) for e in self.errors]
        return data

    def json_line(self) -> bytes:
        """One line of the cache, in ASCII: JSON escapes every line break and every
        character beyond ASCII, a lone surrogate a document may hold among them."""
        return json.dumps(self.to_json()).encode("ascii")

    @classmethod
    def from_json(cls, value: dict[str, object]) -> Summary:
        """From the cache; ValueError/TypeError/KeyError when it is not ours."""
        data = dict(value)
        problem = data.pop("problem")
        errors = data.pop("errors")
        if not isinstance(errors, list):
            raise TypeError("errors")
        summary = cls(**data)  # type: ignore[arg-type]
        summary.problem = Message(**problem) if isinstance(problem, dict) else None
        summary.errors = [Message(**e) for e in errors]
        return summary


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def unreadable(exc: OSError) -> Message:
    et, en = os_reason(exc)
    return Message(f"faili ei saanud lugeda ({et}).", f"the file could not be read ({en}).")


def _format_version(path: Path) -> int:
    """The version the file says it was written in. While there is only one, any file the
    door opened is of it, and the file's start is not read a second time."""
    if ajx.CURRENT_VERSION == 1:
        return 1
    try:
        version = _VERSION.search(read_start(path, 4096).data)
    except UserError:  # gone since it was opened: it was current when read
        return ajx.CURRENT_VERSION
    return int(version.group(1)) if version else ajx.CURRENT_VERSION


def summarise(path: Path, today: dt.date | None = None) -> Summary:
    """Read and check one file; never raises for a bad file (the summary says why).

    A refused file is keyed for the cache by its size and time from before the reading, a
    read one by those of the very handle the door read it through: either way a file that
    changes meanwhile is read again next time, never paired with an older content."""
    try:
        before = path.stat()
    except OSError as exc:
        return Summary(str(path), 0, 0, unreadable(exc))
    try:
        opened = open_document(path)
    except UserError as exc:
        return Summary(str(path), before.st_size, before.st_mtime_ns, Message(exc.et, exc.en))
    base = Summary(str(path), opened.state.size, opened.state.mtime_ns)
    doc = opened.doc
    findings = validate(doc, today, notes=False)  # the listing counts errors and warnings
    g, approval = doc.general, doc.meta.approval
    base.title, base.unit, base.manager = g.job_title.strip(), g.unit.strip(), g.manager.strip()
    base.kind = doc.meta.kind.value
    base.substituted_by = [s.strip() for s in g.substituted_by if s.strip()]
    base.substitutes = [s.strip() for s in g.substitutes if s.strip()]
    base.approval_date = _iso(approval.date)
    base.directive_number = approval.directive_number.strip()
    base.annex = approval.annex.strip()
    base.last_review = _iso(doc.meta.last_review)
    base.next_review = _iso(next_review(doc))
    base.format_version = _format_version(path)
    base.errors = [
        Message(f"{describe(doc, f.path, 'et')}: {f.message('et')}",
                f"{describe(doc, f.path, 'en')}: {f.message('en')}")
        for f in findings if f.severity is Severity.ERROR
    ]
    base.warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    base.text = "\n".join(text for _path, text in iter_texts(doc) if text).casefold()
    return base
