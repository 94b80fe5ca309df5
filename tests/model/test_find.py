"""Find and replace in one document: every field is searched, places are named, replacing
touches only what matched."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ametijuhend_desktop import ajx
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import Duty, JobDescription, PostKind
from ametijuhend_desktop.model.document import Language, Signatory
from ametijuhend_desktop.model.find import (
    FindOptions,
    Match,
    find_all,
    next_index,
    place,
    replace_all,
    replace_one,
    text_fields,
)
from ametijuhend_desktop.model.paths import DUTIES, resolve

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"


def _doc() -> JobDescription:
    doc = JobDescription()
    doc.review.text = ""
    doc.general.job_title = "Peaspetsialist"
    doc.duties.items = [
        Duty(text="Nõustab kliente", results=["Klient on nõustatud"]),
        Duty(text="Koostab aruandeid", sub_items=["sh: klientide aruanded"],
             results=["Aruanne on esitatud", "Klientide arv on teada"]),
    ]
    doc.requirements.languages = [Language(name="inglise", wording="Klientidega suhtlemine")]
    doc.signatories = [Signatory(name="Kalle Klient", position="juht")]
    return doc


def test_every_list_item_and_field_is_searched_and_named_by_its_place() -> None:
    doc = _doc()
    matches = find_all(doc, "klient")
    places = [place(doc, m.path) for m in matches]
    assert (*DUTIES, 1, "results", 1) in [m.path for m in matches]
    assert "2.2 tulemus 2" in places  # an empty purpose is not numbered
    assert "2.2 alapunkt 1" in places
    assert ("requirements", "languages", 0, "wording") in [m.path for m in matches]
    assert ("signatories", 0, "name") in [m.path for m in matches]
    assert len(matches) == 6


def test_enum_choices_are_not_text() -> None:
    doc = _doc()
    assert not find_all(doc, "ametnik", FindOptions(whole_words=True))
    assert all(isinstance(text, str) for _path, text in text_fields(doc))


def test_match_case_and_whole_words() -> None:
    doc = _doc()
    assert len(find_all(doc, "Klient", FindOptions(match_case=True))) == 4
    whole = find_all(doc, "klient", FindOptions(whole_words=True))
    assert [resolve(doc, m.path)[m.start:m.end] for m in whole] == ["Klient", "Klient"]


def test_estonian_letters_fold_to_their_own_capitals_never_to_plain_letters() -> None:
    doc = JobDescription()
    doc.general.job_title = "ÕIGUSNÕUNIK"
    doc.general.unit = "Oigusosakond"
    doc.general.manager = "Šeff Žürii"
    assert [m.path for m in find_all(doc, "õigus")] == [("general", "job_title")]
    assert [m.path for m in find_all(doc, "šeff žürii")] == [("general", "manager")]
    assert find_all(doc, "nõunik", FindOptions(whole_words=True)) == []
    assert not find_all(doc, "ÄRI") and not find_all(doc, "ari")


def test_replace_all_gives_one_edit_per_changed_field_and_keeps_the_rest() -> None:
    doc = _doc()
    edits = dict(replace_all(doc, "klient", "isik", FindOptions(whole_words=True)))
    assert edits == {(*DUTIES, 0, "results", 0): "isik on nõustatud",
                     ("signatories", 0, "name"): "Kalle isik"}
    assert replace_all(doc, "", "x") == []
    assert replace_all(doc, "arv", r"\1") == [((*DUTIES, 1, "results", 1), r"Klientide \1 on teada")]
    assert resolve(doc, (*DUTIES, 0, "results", 0)) == "Klient on nõustatud"  # only proposed


def test_replace_one_changes_only_that_match() -> None:
    doc = new_document(PostKind.AMETNIK)
    doc.general.job_title = "juht ja juht"
    path, text = replace_one(doc, Match(("general", "job_title"), 8, 12), "juhataja")
    assert (path, text) == (("general", "job_title"), "juht ja juhataja")


def test_enter_goes_to_the_next_match_in_document_order_and_wraps() -> None:
    doc = _doc()
    matches = find_all(doc, "klient")
    assert next_index(doc, matches, None) == 0
    assert next_index(doc, matches, matches[2]) == 3
    assert next_index(doc, matches, matches[-1]) == 0
    assert next_index(doc, [], None) == -1


def test_every_match_in_a_real_document_is_where_it_says() -> None:
    doc = ajx.read_file(EXAMPLES / "peaspetsialist-ennetusteenus.ajx")
    matches = find_all(doc, "ning")
    assert len(matches) > 3
    for m in matches:
        assert resolve(doc, m.path)[m.start:m.end].casefold() == "ning"


@given(st.text(alphabet="aAõÕoOäÄ šŠ.", max_size=30), st.text(alphabet="aõoä", min_size=1, max_size=3))
def test_replace_all_removes_every_match(text: str, needle: str) -> None:
    doc = new_document(PostKind.AMETNIK)
    doc.general.job_title = text
    for path, new in replace_all(doc, needle, "#"):
        assert needle.casefold() not in new.replace("#", "\n").casefold() or path != ("general", "job_title")
