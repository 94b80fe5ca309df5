"""Findings about what the Word document will leave out, so nothing goes missing unsaid.

The export prints nothing for an empty part (``model.printing``) and drops invisible
control characters; these findings name each such place in both languages, so the user
learns it before sending the document, not from the printout.
"""

from __future__ import annotations

from collections.abc import Iterator

from .document import JobDescription, PostKind, SectionId
from .printing import INVISIBLE, has_approval, is_empty
from .validation import Finding, Severity, iter_texts

_SECTION_BY_KEY = {s.value: s for s in SectionId}


def print_findings(doc: JobDescription, *, notes: bool = True) -> Iterator[Finding]:
    """Warnings for parts that print nothing, a note for each text losing characters
    (unless ``notes`` is False)."""
    if doc.kind is PostKind.AMETNIK and not has_approval(doc):
        yield Finding(Severity.WARNING, None, ("meta", "approval"),
                      "Kinnitamise andmed on täitmata, seetõttu jääb päisest välja "
                      "„KINNITATUD … käskkirjaga”.",
                      "The approval is not filled in, so the header leaves out "
                      "“KINNITATUD … käskkirjaga”.")
    r = doc.requirements
    if r.included and is_empty(doc, SectionId.REQUIREMENTS):
        yield Finding(Severity.WARNING, SectionId.REQUIREMENTS, ("requirements", "rows"),
                      "Nõuded on sisse lülitatud, aga täitmata; dokumenti seda osa ei trükita.",
                      "The requirements are switched on but empty; the document leaves them out.")
    for path, text in iter_texts(doc) if notes else ():
        if INVISIBLE.search(text):
            yield Finding(Severity.INFO, _SECTION_BY_KEY.get(str(path[0])), path,
                          "Tekstis on nähtamatuid juhtmärke (nt kopeeritud PDF-ist); Wordi "
                          "dokumenti neid ei panda, nähtav tekst jääb samaks.",
                          "The text has invisible control characters (e.g. pasted from a "
                          "PDF); the Word document leaves them out, the visible text is "
                          "unchanged.")
