"""A directive's annexes in one go: one approval on many job descriptions.

All or nothing: every document is read and checked first, and if any cannot take part
(unreadable, errors once approved, open by someone else) nothing is changed and every
reason is named. Then each is saved the safe way (a backup kept, atomic, the lock held
while writing), exported to Word, and the list of annexes is written for the directive.
A töötaja's description is an annex of the employment contract, not of a directive:
it is left out and said so, unless the user includes it on purpose.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..docx.annex_list import AnnexRow, write_annex_list
from ..errors import UserError
from ..model import JobDescription, PostKind, Severity, validate
from ..model.locations import describe
from ..opening import Source, open_document
from ..storage import locks
from ..storage.backups import BackupStore
from ..storage.disk_state import DiskState
from ..storage.save import save_document
from .summary import Message, unreadable

log = logging.getLogger(__name__)
ANNEX_LIST_NAME = "lisade-loetelu.docx"


@dataclass(frozen=True)
class Approval:
    date: dt.date
    number: str
    approver: str = ""  # empty: each document keeps its own approver
    include_employees: bool = False


@dataclass
class Candidate:
    path: Path
    doc: JobDescription
    state: DiskState


@dataclass
class ApprovalPlan:
    ready: list[Candidate] = field(default_factory=list)
    left_out: list[Path] = field(default_factory=list)  # töötaja, not included on purpose
    blockers: list[tuple[Path, Message]] = field(default_factory=list)


class ApprovalRefused(UserError):
    """Some documents cannot be approved: nothing was changed."""

    def __init__(self, blockers: list[tuple[Path, Message]]) -> None:
        lines_et = "\n".join(f"{p}: {m.et}" for p, m in blockers)
        lines_en = "\n".join(f"{p}: {m.en}" for p, m in blockers)
        super().__init__(f"midagi ei muudetud, sest:\n{lines_et}",
                         f"nothing was changed, because:\n{lines_en}")
        self.blockers = blockers


@dataclass(frozen=True)
class Approved:
    annexes: list[AnnexRow]
    exported: list[Path]
    annex_list: Path
    left_out: list[Path]


def apply(doc: JobDescription, approval: Approval, annex: str) -> None:
    """Set the approval on one document (the window does the same as one undo step)."""
    doc.meta.approval.date = approval.date
    doc.meta.approval.directive_number = approval.number
    doc.meta.approval.annex = annex
    if approval.approver:
        doc.meta.approval.approver = approval.approver


def annex_name(n: int) -> str:
    return f"Lisa {n}"


Unsaved = Callable[[Path], bool]


def plan(paths: Sequence[Path], approval: Approval, unsaved: Unsaved | None = None) -> ApprovalPlan:
    """Read and check every document as it would be once approved; change nothing.

    ``unsaved`` tells whether the window has the document open with changes not yet
    saved: approving the file on disk then would set the two apart, so it blocks.
    """
    result = ApprovalPlan()
    for path in paths:
        if unsaved is not None and unsaved(path):
            result.blockers.append((path, Message(
                "dokument on redaktoris avatud ja sellel on salvestamata muudatusi: salvesta see "
                "enne.", "the document is open in the editor with unsaved changes: save it first.")))
            continue
        try:
            opened = open_document(path)
            if opened.source is not Source.AJX:
                raise UserError("see ei ole .ajx-fail; salvesta see enne .ajx-failina.",
                                "this is not an .ajx file; save it as an .ajx file first.",
                                path=path)
            doc, state = opened.doc, opened.state
        except (UserError, OSError) as exc:
            message = (Message(exc.et, exc.en) if isinstance(exc, UserError)
                       else unreadable(exc))
            result.blockers.append((path, message))
            continue
        if doc.meta.kind is PostKind.TOOTAJA and not approval.include_employees:
            result.left_out.append(path)
            continue
        owner = locks.read_owner(path)
        if owner is not None and not owner.is_stale() and not owner.is_this_process():
            result.blockers.append((path, Message(
                f"fail on avatud: {owner.describe('et')}.", f"the file is open: {owner.describe('en')}.")))
            continue
        trial = copy.deepcopy(doc)
        apply(trial, approval, annex_name(len(result.ready) + 1))
        errors = [f for f in validate(trial) if f.severity is Severity.ERROR]
        if errors:
            first = errors[0]
            more_et = f" (ja veel {len(errors) - 1})" if len(errors) > 1 else ""
            more_en = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            result.blockers.append((path, Message(
                f"dokumendis on vigu: {describe(trial, first.path, 'et')}: {first.message('et')}{more_et}",
                f"the document has errors: {describe(trial, first.path, 'en')}: "
                f"{first.message('en')}{more_en}")))
            continue
        result.ready.append(Candidate(path, doc, state))
    return result


def approve(paths: Sequence[Path], approval: Approval, out_dir: Path, *,
            template: str | Path | None = None, backups: BackupStore | None = None,
            lang: str = "et", progress: Callable[[int, int, Path], None] | None = None,
            unsaved: Unsaved | None = None) -> Approved:
    """Approve, save, export and list; ApprovalRefused (nothing changed) if any blocks.

    A document this process has open keeps its lock (the window sees the new file on disk
    and reloads it); any other is locked while it is written.
    """
    from ..docx.export import export_document  # python-docx only when exporting

    checked = plan(paths, approval, unsaved)
    if checked.blockers:
        raise ApprovalRefused(checked.blockers)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[AnnexRow] = []
    exported: list[Path] = []
    for n, item in enumerate(checked.ready, start=1):
        apply(item.doc, approval, annex_name(n))
        owner = locks.read_owner(item.path)
        lock = None if owner is not None and owner.is_this_process() else locks.acquire(item.path)
        try:
            save_document(item.doc, item.path, item.state, backups=backups or BackupStore())
        finally:
            if lock is not None:
                lock.release()
        target = out_dir / item.path.with_suffix(".docx").name
        if target in exported:
            target = out_dir / f"{item.path.stem}-{n}.docx"
        exported.append(export_document(item.doc, target, template))
        g = item.doc.general
        rows.append(AnnexRow(annex_name(n), g.job_title, g.unit, target.name))
        log.info("approved %s as annex %d", item.path, n)
        if progress is not None:
            progress(n, len(checked.ready), item.path)
    date = approval.date.strftime("%d.%m.%Y")
    heading = (f"Käskkirja nr {approval.number} ({date}) lisad" if lang == "et" else
               f"Annexes of directive no. {approval.number} ({date})")
    annex_list = write_annex_list(rows, heading, out_dir / ANNEX_LIST_NAME, lang)
    return Approved(rows, exported, annex_list, checked.left_out)
