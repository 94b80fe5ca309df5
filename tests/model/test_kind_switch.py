"""Ametnik ↔ töötaja: the approval goes, the signatories become the right pair."""

from __future__ import annotations

import datetime as dt

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import PostKind, SignatoryRole
from ametijuhend_desktop.model.edits import apply_edit
from ametijuhend_desktop.model.kind_switch import kind_switch


def apply(doc, edits) -> None:
    for edit in edits:
        apply_edit(doc, edit)


def test_to_tootaja_clears_the_approval_and_offers_employer_and_employee() -> None:
    doc = new_document(PostKind.AMETNIK, default_signatory="Mari Maasikas")
    a = doc.meta.approval
    a.approver, a.date, a.directive_number, a.annex = "peadirektori", dt.date(2026, 1, 2), "1-1/3", "Lisa 3"
    apply(doc, kind_switch(doc, PostKind.TOOTAJA))
    assert doc.kind is PostKind.TOOTAJA
    assert (a.approver, a.date, a.directive_number, a.annex) == ("", None, "", "")
    assert [(s.role, s.name) for s in doc.signatories] == [
        (SignatoryRole.EMPLOYER, "Mari Maasikas"), (SignatoryRole.EMPLOYEE, "")]


def test_back_to_ametnik_signs_by_the_approver_and_drops_the_empty_employee() -> None:
    doc = new_document(PostKind.TOOTAJA, default_signatory="Mari Maasikas")
    apply(doc, kind_switch(doc, PostKind.AMETNIK))
    assert [(s.role, s.name) for s in doc.signatories] == [
        (SignatoryRole.APPROVER, "Mari Maasikas")]
    assert kind_switch(doc, PostKind.AMETNIK) == []
