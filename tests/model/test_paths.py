"""Model paths: a finding's path leads to the very field the window shows and edits."""

from __future__ import annotations

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, PostKind, validate
from ametijuhend_desktop.model.paths import DUTIES, duty_index, from_finding, resolve


def test_every_finding_points_at_something_in_the_document() -> None:
    doc = new_document(PostKind.AMETNIK)
    doc.duties.items.append(Duty(text="Nõustab\x0b kliente", results=[""]))
    findings = validate(doc)
    assert len(findings) > 3
    for finding in findings:
        resolve(doc, from_finding(finding.path))  # raises if the path leads nowhere


def test_a_duty_finding_lands_on_that_duty() -> None:
    doc = new_document(PostKind.AMETNIK)
    doc.duties.items = [Duty(text="Esimene"), Duty(text="Teine")]
    path = from_finding(("duties", 1, "text"))
    assert path == (*DUTIES, 1, "text")
    assert resolve(doc, path) == "Teine"
    assert duty_index(path) == 1
    assert duty_index(("general", "job_title")) is None
