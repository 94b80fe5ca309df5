"""Departures from the standard texts are named item by item."""

from pathlib import Path

from ametijuhend_desktop import ajx
from ametijuhend_desktop.library.departures import Change, departures
from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.library.standard_texts import STANDARD_RIGHTS

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"


def test_a_new_document_follows_the_standard() -> None:
    assert departures(new_document()) == []


def test_spacing_case_and_final_punctuation_do_not_count() -> None:
    doc = new_document()
    doc.rights.items[4] = doc.rights.items[4].replace("jne;", "jne.").upper()
    doc.rights.items[0] = "  " + doc.rights.items[0].replace(" ", "  ")
    assert departures(doc) == []


def test_reworded_added_and_missing_items() -> None:
    doc = new_document()
    doc.rights.items[1] = "kasutada ameti autot;"
    doc.rights.items.append("saada lisapuhkust;")
    del doc.responsibilities.items[2]
    found = {(d.change, d.path) for d in departures(doc)}
    assert (Change.CHANGED, ("rights", "items", 1)) in found
    assert (Change.ADDED, ("rights", "items", 6)) in found
    assert (Change.MISSING, ("responsibilities", "items")) in found
    assert len(found) == 3
    changed = next(d for d in departures(doc) if d.change is Change.CHANGED)
    assert changed.standard == STANDARD_RIGHTS[1]
    assert "Erineb standardtekstist" in changed.message("et")


def test_competency_behaviours_are_compared_by_group_name() -> None:
    doc = new_document()
    doc.requirements.competency_groups[0].behaviours.pop()
    paths = [d.path for d in departures(doc)]
    assert paths == [("requirements", "competency_groups", 0, "behaviours")]


def test_the_references_depart_only_where_they_really_differ() -> None:
    doc = ajx.read_file(EXAMPLES / "projektijuht-jatkutugi.ajx")
    found = departures(doc)
    # jatkutugi rewords nothing in its rights; its responsibilities match word for word.
    assert not [d for d in found if d.path[0] in ("rights", "responsibilities")]
    jarel = ajx.read_file(EXAMPLES / "peaspetsialist-jarelhooldus.ajx")
    changed = [d for d in departures(jarel) if d.change is Change.CHANGED]
    assert any("teenistusülesannete" in d.text for d in changed)  # its own wording
