"""A new job description made from an existing one (File ▸ Uus selle põhjal…).

Posts in one unit differ in a few duties and requirements; the rest is copied. What
belongs to the old document's life is not: its approval by a directive and the annex
number in it, its dates and version, and who signed it (the roles stay).
"""

from __future__ import annotations

import copy

from .document import Approval, JobDescription, Signatory


def based_on(doc: JobDescription) -> JobDescription:
    new = copy.deepcopy(doc)
    new.meta.approval = Approval()
    new.meta.effective_date = None
    new.meta.last_review = None
    new.meta.version = ""
    new.signatories = [Signatory(s.role, "", "") for s in doc.signatories]
    return new
