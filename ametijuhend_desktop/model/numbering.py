"""Automatic numbering: sections left out close the gap."""

from __future__ import annotations

from .document import SECTION_ORDER, JobDescription, SectionId


def section_numbers(doc: JobDescription) -> dict[SectionId, int]:
    """The printed number of each included section (1-based, without gaps)."""
    numbers: dict[SectionId, int] = {}
    for section in SECTION_ORDER:
        if doc.is_included(section):
            numbers[section] = len(numbers) + 1
    return numbers


def duty_number(doc: JobDescription, index: int) -> str:
    """"3.1" for the first duty when the duties are section 3."""
    return f"{section_numbers(doc)[SectionId.DUTIES]}.{index + 1}"


def general_row_number(index: int) -> str:
    """ÜLDOSA is always section 1, so its rows are 1.1 … 1.5."""
    return f"1.{index + 1}"
