"""Positions named in one document found as titles of others, across case forms."""

from __future__ import annotations

import pytest

from ametijuhend_desktop.folder.positions import Suggester, same_position, split_names


@pytest.mark.parametrize(("a", "b"), [
    ("Talitusejuhataja", "Talitusejuhatajat"),
    ("teenuse juht", "Teenuse juhti"),
    ("Teenuse juht", "teenuse  juht"),
    ("Projektijuht", "projektijuhti"),
    ("Koordinaator", "koordinaatorit"),
    ("Peaspetsialist", "peaspetsialisti"),
    ("Peaspetsialist (ennetusteenus)", "peaspetsialisti (ennetusteenus)"),
    ("Osakonnajuhataja", "osakonnajuhatajat"),
    ("Nõunik", "nõunikku"),
])
def test_same_position(a: str, b: str) -> None:
    assert same_position(a, b)
    assert same_position(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Teenuse juht", "Projektijuht"),
    ("Peaspetsialist (ennetusteenus)", "Peaspetsialist (järelhooldus)"),
    ("Teenuse juht", "Talituse juht"),
    ("Jurist", "Juht"),
    ("Teenusejuht", "Teenuse juht"),  # another spelling: suggested, not matched
    ("", "Juht"),
])
def test_different_positions(a: str, b: str) -> None:
    assert not same_position(a, b)


def test_a_list_entry_may_name_several() -> None:
    assert split_names(["Teenuse juht, projektijuht ja koordinaator"]) == [
        "Teenuse juht", "projektijuht", "koordinaator"]
    assert split_names(["", "  Jurist. "]) == ["Jurist"]


def test_the_closest_title_is_suggested() -> None:
    closest = Suggester(["Teenuse juht", "Projektijuht", "Peaspetsialist (ennetusteenus)"])
    assert closest("Teenusejuht") == "Teenuse juht"
    assert closest("Teenusejuhh") == "Teenuse juht"
    assert closest("Peaspetsialist (AH asutuse tugiteenused)") is None
    assert closest("Raamatupidaja") is None
