"""TEENISTUSÜLESANDED / TÖÖÜLESANDED of an old job description: duties and their results.

A duty is a numbered line ("3.1 …"); its results are the bullets after it, or the lines
after an "Oodatavad tulemused:" line (the layout without tables); dashes under a duty
ending in ":" are its sub-items. Lines a Word author broke stay apart; a PDF's wrapped
lines are joined back.
"""

from __future__ import annotations

import re

from ..model import Duties, Duty
from ..model.wording import DUTY_COLUMN, RESULT_COLUMN
from .lines import Growing, Line, ends_sentence, is_dash
from .notes import Notes

_DUTY = re.compile(r"^(\d{1,2})\.(\d{1,4})(\.\d{1,3})?\.?\s+(\S.*)$")
_RESULTS_LABEL = re.compile(r"^(?:oodatavad\s+)?tulemused?\s*:?$", re.IGNORECASE)
_COLUMNS = re.compile(
    r"^(?P<duty>\S*(?:ülesan|tegevus)\S*(?:\s+\S+)??)(?:\s*\|\s*|\s+)(?P<result>(?:oodatavad\s+)?tulemus(?:ed)?)$",
    re.IGNORECASE,
)


class _Open:
    """The duty being read, its texts growing line by line; ``close`` writes them out."""

    def __init__(self, duty: Duty) -> None:
        self.duty = duty
        self.text = Growing(duty.text)
        self.subs: list[Growing] = []
        self.results: list[Growing] = []

    def close(self) -> None:
        self.duty.text = self.text.value
        self.duty.sub_items = [g.value for g in self.subs]
        self.duty.results = [g.value for g in self.results]


def parse_duties(lines: list[Line], duties: Duties, notes: Notes) -> None:
    """Fill ``duties`` from the section's lines (and the column names over them)."""
    duty: _Open | None = None
    target = "text"
    named = False  # the column names have been read
    for line in lines:
        if line.blank:
            continue
        text = line.text
        match = None if line.bullet else _DUTY.match(text)
        if duty is not None and not line.bullet and not duty.results and _RESULTS_LABEL.match(text):
            # "Oodatavad tulemused:" under a duty (a layout without tables): results follow
            label = text.rstrip(":").rstrip()
            if not duties.result_column and label.casefold() != RESULT_COLUMN.casefold():
                duties.result_column = label
            target = "result"
            continue
        if match and match.group(3) and duty is not None:
            duty.subs.append(Growing(match.group(4)))
            target = "sub"
        elif match:
            if duty is not None:
                duty.close()
            duty = _Open(Duty(match.group(4)))
            duties.items.append(duty.duty)
            target = "text"
        elif duty is None:
            columns = _COLUMNS.match(text)
            if columns and not named:  # a second header line (a page break) is text to place
                named = True
                duty_col, result_col = columns.group("duty"), columns.group("result")
                duties.duty_column = "" if duty_col == DUTY_COLUMN else duty_col
                duties.result_column = "" if result_col == RESULT_COLUMN else result_col
            elif text:
                notes.unplaced(("duties",), f"Ülesannete eel jäi paigutamata tekst: „{text}”.",
                               f"Text before the duties was not placed: “{text}”.")
        elif line.bullet and is_dash(line) and target in ("text", "sub") and (
            target == "sub" or duty.text.end().rstrip().endswith(":")
        ):
            duty.subs.append(Growing(text))
            target = "sub"
        elif line.bullet or (target == "result" and not duty.results):
            last = duty.results[-1].end() if target == "result" and duty.results else ""
            if last and text[:1].islower() and not ends_sentence(last) and not last.endswith(";") \
                    and not line.hard:
                duty.results[-1].add(text)
            else:
                duty.results.append(Growing(text))
            target = "result"
        elif target == "text":
            if line.hard:
                duty.text.add_line(text)
            else:
                duty.text.add(text)
        elif target == "sub":
            duty.subs[-1].add(text)
        elif line.hard:
            duty.results.append(Growing(text))
        else:
            duty.results[-1].add(text)
    if duty is not None:
        duty.close()
