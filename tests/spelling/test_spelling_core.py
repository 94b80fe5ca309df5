"""The speller as the window uses it: which words are flagged, what is suggested, and the
user's own words kept across sessions."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from ametijuhend_desktop.spelling.engine import Speller, load_engine, load_hunspell
from ametijuhend_desktop.spelling.personal import PersonalDictionary
from ametijuhend_desktop.spelling.words import misspelled

REFERENCE = Path(os.environ.get(
    "AMETIJUHEND_REFERENCES", Path(__file__).resolve().parents[3] / "shared" / "reference"
)) / "projektijuht-jatkutugi.txt"


@pytest.fixture(scope="module")
def speller() -> Speller:
    engine = load_engine()
    if engine is None:
        pytest.skip("no Estonian speller installed (estnltk or a Hunspell et_EE dictionary)")
    return Speller(engine)


def _flagged(text: str, speller: Speller, names: bool = False) -> list[str]:
    return [w.text for w in misspelled(text, speller.correct, names)]


def test_a_typo_is_flagged_and_the_right_word_suggested(speller: Speller) -> None:
    text = "Koostab aruandeid ja nõustab kliendte kvaliteetselt."
    assert _flagged(text, speller) == ["kliendte"]
    assert "kliente" in speller.suggestions("kliendte")


def test_abbreviations_and_pair_halves_are_left_alone(speller: Speller) -> None:
    assert _flagged("Koostöö KOV ja MTÜ-ga, aja- ja tegevuskava koostamine.", speller) == []


def test_a_capital_at_the_start_does_not_hide_a_typo(speller: Speller) -> None:
    assert _flagged("Kliendte nõustamine. Kliendte arv", speller) == ["Kliendte", "Kliendte"]


def test_names_are_ignored_in_name_fields(speller: Speller) -> None:
    assert _flagged("Kõpsmann-Vääräinen", speller, names=True) == []


def test_a_real_job_description_has_almost_no_false_alarms(speller: Speller) -> None:
    if not REFERENCE.is_file():
        pytest.skip("reference documents not on this machine")
    text = REFERENCE.read_text(encoding="utf-8")
    flagged = [w for line in text.splitlines() for w in _flagged(line, speller)]
    assert len(flagged) <= 0.01 * len(text.split()), flagged


def test_the_users_words_are_kept_for_the_next_session(tmp_path: Path, speller: Speller) -> None:
    path = tmp_path / "data" / "minu-sonastik.txt"
    Speller(speller.engine, PersonalDictionary(path)).add("Kõpsmannlik")
    assert path.read_text(encoding="utf-8") == "Kõpsmannlik\n"
    again = Speller(speller.engine, PersonalDictionary(path))
    assert again.correct("Kõpsmannlik")
    assert not speller.correct("Kõpsmannlik")


def test_an_unreadable_personal_dictionary_is_an_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "minu-sonastik.txt"
    path.write_bytes(b"\xff\xfe broken")
    assert PersonalDictionary(path).words() == []


def test_without_a_dictionary_spell_check_is_off_with_one_log_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ametijuhend_desktop.spelling.engine.SEARCH_PATH", ())
    monkeypatch.delenv("AMETIJUHEND_DICTIONARIES", raising=False)
    with caplog.at_level(logging.WARNING):
        assert load_hunspell() is None
    assert len(caplog.records) == 1 and "spell check off" in caplog.records[0].getMessage()
