"""What changes with the kind of post, as a list of edits the window can undo as one.

An ametnik's job description is approved by a directive and signed by the approver; a
töötaja's is part of the employment contract and signed by the employer and the
employee. Switching the kind therefore empties the approval (it would still print) and
turns the signatories into the pair the new kind needs, keeping the names typed.
"""

from __future__ import annotations

from dataclasses import fields

from .document import Approval, JobDescription, PostKind, Signatory, SignatoryRole
from .edits import Edit, InsertItem, RemoveItem, SetValue
from .paths import ModelPath

SIGNATORIES: ModelPath = ("signatories",)


def kind_switch(doc: JobDescription, kind: PostKind) -> list[Edit]:
    """The edits, in order, that make ``doc`` a job description of ``kind``."""
    if doc.kind is kind:
        return []
    edits: list[Edit] = [SetValue(("meta", "kind"), kind)]
    if kind is PostKind.TOOTAJA:
        empty = Approval()
        edits += [SetValue(("meta", "approval", f.name), getattr(empty, f.name))
                  for f in fields(Approval)
                  if getattr(doc.meta.approval, f.name) != getattr(empty, f.name)]
    edits += _signatories(doc.signatories, kind)
    return edits


def _signatories(signatories: list[Signatory], kind: PostKind) -> list[Edit]:
    edits: list[Edit] = []
    if kind is PostKind.TOOTAJA:
        for i, s in enumerate(signatories):
            if s.role is SignatoryRole.APPROVER:
                edits.append(SetValue((*SIGNATORIES, i, "role"), SignatoryRole.EMPLOYER))
        roles = {SignatoryRole.EMPLOYER if s.role is SignatoryRole.APPROVER else s.role
                 for s in signatories}
        size = len(signatories)
        for role in (SignatoryRole.EMPLOYER, SignatoryRole.EMPLOYEE):
            if role not in roles:
                edits.append(InsertItem(SIGNATORIES, size, Signatory(role, "", "")))
                size += 1
        return edits
    for i, s in enumerate(signatories):
        if s.role is SignatoryRole.EMPLOYER:
            edits.append(SetValue((*SIGNATORIES, i, "role"), SignatoryRole.APPROVER))
    # The employee does not sign an ametnik's job description: an empty row goes.
    for i in reversed(range(len(signatories))):
        s = signatories[i]
        if s.role is SignatoryRole.EMPLOYEE and not (s.name.strip() or s.position.strip()):
            edits.append(RemoveItem(SIGNATORIES, i))
    if not any(s.role in (SignatoryRole.APPROVER, SignatoryRole.EMPLOYER) for s in signatories):
        edits.append(InsertItem(SIGNATORIES, 0, Signatory(SignatoryRole.APPROVER, "", "")))
    return edits
