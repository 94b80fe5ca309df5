"""Changes across a set of documents, with care: every place previewed first, then
written the safe way (backups, atomic, locks), and a report of what changed.

Three kinds: a unit renamed (however it was spelled: case, spacing and punctuation do not
matter), a position renamed wherever it is named (title, manager, substitutes, in the
partitive too: "Talitusejuhatajat" → "Osakonnajuhatajat"), and a standard text updated in
every document that used the old wording.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..model import JobDescription
from ..model.locations import describe
from ..model.paths import ModelPath, assign, from_finding, resolve
from ..model.validation import iter_texts
from ..opening import Source, open_document
from ..storage import locks
from ..storage.backups import BackupStore
from ..storage.disk_state import DiskState
from ..storage.save import save_document
from .positions import normalise, same_position
from .summary import Message, unreadable

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Change:
    file: Path
    path: ModelPath
    place: Message  # "1. Üldosa › Vahetu juht"
    old: str
    new: str


@dataclass
class Preview:
    changes: list[Change] = field(default_factory=list)
    states: dict[Path, DiskState] = field(default_factory=dict)  # as read for the preview
    unreadable: list[tuple[Path, Message]] = field(default_factory=list)


@dataclass
class BulkResult:
    changed: dict[Path, int] = field(default_factory=dict)  # file → places changed
    skipped: list[tuple[Path, Message]] = field(default_factory=list)


def _key(text: str) -> str:
    return re.sub(r"[\s,.;]+", "", text.casefold())


def _read(path: Path) -> tuple[JobDescription, DiskState]:
    """Through the one door; only an .ajx file is changed in place (a Word file or text
    would be overwritten with .ajx data)."""
    opened = open_document(path)
    if opened.source is not Source.AJX:
        raise UserError("see ei ole .ajx-fail; seda ei muudeta.",
                        "this is not an .ajx file; it is left unchanged.", path=path)
    return opened.doc, opened.state


Places = Callable[[JobDescription], Iterator[tuple[ModelPath, str, str]]]


def _why(exc: UserError | OSError) -> Message:
    return Message(exc.et, exc.en) if isinstance(exc, UserError) else unreadable(exc)


def _preview(paths: Sequence[Path], places: Places) -> Preview:
    result = Preview()
    for path in paths:
        try:
            doc, state = _read(path)
        except (UserError, OSError) as exc:
            result.unreadable.append((path, _why(exc)))
            continue
        found = list(places(doc))
        if found:
            result.states[path] = state
        for model_path, old, new in found:
            result.changes.append(Change(path, model_path, Message(
                describe(doc, model_path, "et"), describe(doc, model_path, "en")), old, new))
    return result


def rename_unit(paths: Sequence[Path], old: str, new: str) -> Preview:
    """Every document whose unit is ``old`` (spelled any way) gets ``new``."""
    key = _key(old)

    def places(doc: JobDescription) -> Iterator[tuple[ModelPath, str, str]]:
        if _key(doc.general.unit) == key and doc.general.unit != new:
            yield ("general", "unit"), doc.general.unit, new
    return _preview(paths, places)


def _renamed(text: str, old: str, new: str) -> str | None:
    """``text`` naming ``old`` (in any case form) rewritten to name ``new``; None if it
    does not name it. The ending the text added to the name (a partitive -t, -i …) is kept,
    and a lower-case first letter stays lower-case."""
    name = text.strip()
    if not same_position(name, old):
        return None
    base, ending = normalise(old), ""
    folded = normalise(name)
    if folded.startswith(base):
        ending = name[len(name) - (len(folded) - len(base)):] if len(folded) > len(base) else ""
    result = new + _ending_for(new, old, ending) if ending else new
    if name[:1].islower():
        result = result[:1].lower() + result[1:]
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return lead + result + trail


_VOWELS = "aeiouõäöü"


def _ending_for(new: str, old: str, ending: str) -> str:
    """The case ending for ``new`` where ``old`` took ``ending``: the same when both names
    end alike (vowel or consonant), else the usual partitive (-t after a vowel, -i after a
    consonant). A guess for the preview; the user sees it before anything is written."""
    if not new or not old:
        return ending
    if (new[-1].casefold() in _VOWELS) == (old[-1].casefold() in _VOWELS):
        return ending
    return "t" if new[-1].casefold() in _VOWELS else "i"


def rename_position(paths: Sequence[Path], old: str, new: str) -> Preview:
    """``old`` renamed to ``new`` wherever a document names it: its title, its manager, and
    the positions in 1.4 and 1.5."""

    def places(doc: JobDescription) -> Iterator[tuple[ModelPath, str, str]]:
        g = doc.general
        for attr in ("job_title", "manager"):
            value = getattr(g, attr)
            renamed = _renamed(value, old, new)
            if renamed is not None and renamed != value:
                yield ("general", attr), value, renamed
        for attr in ("substituted_by", "substitutes"):
            for i, entry in enumerate(getattr(g, attr)):
                parts = re.split(r"(,\s*|;\s*|\s+ja\s+|\s+või\s+)", entry)
                rewritten = [(_renamed(p, old, new) or p) if i % 2 == 0 else p
                             for i, p in enumerate(parts)]
                value = "".join(rewritten)
                if value != entry:
                    yield ("general", attr, i), entry, value
    return _preview(paths, places)


def replace_text(paths: Sequence[Path], old: str, new: str) -> Preview:
    """A standard text updated: every list item or field whose whole text is ``old``
    (spacing aside) becomes ``new``."""
    wanted = _SPACE.sub(" ", old).strip()

    def places(doc: JobDescription) -> Iterator[tuple[ModelPath, str, str]]:
        for finding_path, text in iter_texts(doc):
            path = from_finding(finding_path)
            try:
                value = resolve(doc, path)
            except (AttributeError, IndexError, TypeError):
                continue
            if isinstance(value, str) and value == text and _SPACE.sub(" ", text).strip() == wanted:
                yield path, text, new
    return _preview(paths, places)


def apply(preview: Preview, *, backups: BackupStore | None = None) -> BulkResult:
    """Write the previewed changes. A file changed on disk since the preview, or open by
    someone else, is skipped with its reason; the others are saved with a backup."""
    result = BulkResult()
    by_file: dict[Path, list[Change]] = defaultdict(list)
    for change in preview.changes:
        by_file[change.file].append(change)
    for path, changes in by_file.items():
        try:
            doc, state = _read(path)
        except (UserError, OSError) as exc:
            result.skipped.append((path, _why(exc)))
            continue
        if state.sha256 != preview.states[path].sha256:
            result.skipped.append((path, Message(
                "fail muutus pärast eelvaadet; vaata uuesti üle.",
                "the file changed after the preview; preview again.")))
            continue
        owner = locks.read_owner(path)
        if owner is not None and not owner.is_stale() and not owner.is_this_process():
            result.skipped.append((path, Message(f"fail on avatud: {owner.describe('et')}.",
                                                 f"the file is open: {owner.describe('en')}.")))
            continue
        for change in changes:
            assign(doc, change.path, change.new)
        lock = None if owner is not None and owner.is_this_process() else locks.acquire(path)
        try:
            save_document(doc, path, state, backups=backups or BackupStore())
        except UserError as exc:
            result.skipped.append((path, Message(exc.et, exc.en)))
            continue
        finally:
            if lock is not None:
                lock.release()
        result.changed[path] = len(changes)
    return result
