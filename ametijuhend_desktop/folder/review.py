"""When a job description is due for review, read from its own review clause.

The agency writes the interval in words ("kord aastas", "kaks korda aastas", "kord kahe
aasta jooksul"); an interval the words do not give falls back to a year, the default
clause's "kord aastas".
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import JobDescription

DEFAULT_MONTHS = 12
_WORD_NUMBERS = {
    "kord": 1, "üks": 1, "ühe": 1, "kaks": 2, "kahe": 2, "kolm": 3, "kolme": 3,
    "neli": 4, "nelja": 4, "viis": 5, "viie": 5,
}
_TIMES_A_YEAR = re.compile(r"\b(kord|kaks|kolm|neli)\s+korda?\s+aastas\b|\b(kord|kaks|kolm|neli)\s+aastas\b")
_EVERY_N_YEARS = re.compile(r"\b(?:kord|iga)\s+(\w+)\s+aasta\b")
_QUARTER = re.compile(r"\bkvartal")
_HALF_YEAR = re.compile(r"\bpoolaasta|\bpool\s+aastat")


def interval_months(text: str) -> int:
    """Months between reviews as the clause says them; a year when it does not say."""
    low = text.casefold()
    if _QUARTER.search(low):
        return 3
    if _HALF_YEAR.search(low):
        return 6
    every = _EVERY_N_YEARS.search(low)
    if every and every.group(1) in _WORD_NUMBERS:
        return 12 * _WORD_NUMBERS[every.group(1)]
    if every and every.group(1).isdigit():
        return 12 * max(int(every.group(1)), 1)
    times = _TIMES_A_YEAR.search(low)
    if times:
        word = times.group(1) or times.group(2)
        return max(12 // _WORD_NUMBERS.get(word, 1), 1)
    return DEFAULT_MONTHS


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has a 28th


def last_reviewed(doc: JobDescription) -> dt.date | None:
    """The last review, else the approval, else the date it took effect."""
    meta = doc.meta
    return meta.last_review or meta.approval.date or meta.effective_date


def next_review(doc: JobDescription) -> dt.date | None:
    """When the next review is due; None when the document has no date to count from or
    no review clause."""
    start = last_reviewed(doc)
    if start is None or not doc.review.included:
        return None
    return add_months(start, interval_months(doc.review.text))
