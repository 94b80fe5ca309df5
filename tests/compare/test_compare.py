"""The section-aware comparison: places named as a reader would, moves found, nothing missed."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ametijuhend_desktop.compare import ChangeKind, SegmentKind, compare_documents, word_changes
from ametijuhend_desktop.compare.take_back import take_back
from ametijuhend_desktop.model import Duty, JobDescription, PostKind, SectionId
from ametijuhend_desktop.model.document import OPTIONAL_SECTIONS
from ametijuhend_desktop.model.edits import apply_edit

from ..docx.support import sample_document
from ..strategies import documents, texts


def messages(old: JobDescription, new: JobDescription, lang: str = "et") -> list[str]:
    return [c.message(lang) for c in compare_documents(old, new)]


def test_a_document_compared_with_itself_reports_nothing() -> None:
    doc = sample_document(PostKind.TOOTAJA)
    assert compare_documents(doc, copy.deepcopy(doc)) == []


def test_places_are_named_as_a_reader_would() -> None:
    old = sample_document(PostKind.AMETNIK)
    old.duties.items += [Duty(f"Ülesanne {k}.", [], [f"Tulemus {k}."]) for k in range(4, 8)]
    new = copy.deepcopy(old)
    new.duties.items[3].results.append("Aruanne on esitatud.")
    new.duties.items[1].results[1] = "Lepingud on koostatud enne tähtaega."
    del new.duties.items[6]
    new.rights.items.append("teha ettepanekuid.")
    assert messages(old, new) == [
        "3.2 tulemus 2 muudetud", "3.4 tulemus 2 lisatud", "3.7 kustutatud",
        f"4. ÕIGUSED › punkt {len(new.rights.items)} lisatud",
    ]
    assert messages(old, new, "en")[2] == "3.7 deleted"
    changed = compare_documents(old, new)[0]
    assert changed.path == ("duties", 1, "results", 1)
    assert [s.text for s in changed.words if s.kind is SegmentKind.REMOVED] == ["õigeaegselt "]
    assert [s.text for s in changed.words if s.kind is SegmentKind.ADDED] == [" enne tähtaega"]


def test_a_duty_inserted_at_the_top_renumbers_the_rest_without_moving_them() -> None:
    old = sample_document(PostKind.AMETNIK)
    new = copy.deepcopy(old)
    new.duties.items.insert(0, Duty("Uus ülesanne.", [], ["Uus tulemus."]))
    assert messages(old, new) == ["3.1 lisatud"]


def test_a_moved_and_reworded_duty_is_found_by_its_content() -> None:
    old = sample_document(PostKind.AMETNIK)
    new = copy.deepcopy(old)
    moved = new.duties.items.pop(0)
    moved.text = moved.text.replace("tegevus- ja ajakavale", "tegevuskavale")
    new.duties.items.append(moved)
    changes = compare_documents(old, new)
    assert [c.message() for c in changes] == ["3.1 → 3.3 teisaldatud", "3.3 muudetud"]
    assert changes[0].old_path == ("duties", 0) and changes[0].path == ("duties", 2)


def test_word_changes_mark_whole_words() -> None:
    segments = word_changes("Hanked on läbiviidud.", "Hanked on korrektselt läbiviidud!")
    assert [(s.kind.value, s.text) for s in segments] == [
        ("same", "Hanked on "), ("added", "korrektselt "), ("same", "läbiviidud"),
        ("removed", "."), ("added", "!"),
    ]


# -- property: every random edit is reported at its place ----------------------------------

MARK = "\u270e"  # no generated text equals an edited one


def _distinct(doc: JobDescription) -> bool:
    """Repeated items make two readings equally right (the first or the second copy
    changed); the property is checked where the reading is unique."""
    keys = [(d.text, tuple(d.sub_items), tuple(d.results)) for d in doc.duties.items]
    rights = doc.rights.items
    return len(set(keys)) == len(keys) and len(set(rights)) == len(rights)


@st.composite
def edited(draw: st.DrawFn) -> tuple[JobDescription, JobDescription, ChangeKind, tuple[str | int, ...]]:
    """A document, the same with one random edit, and where the edit must be reported."""
    old: JobDescription = draw(documents)
    for section in OPTIONAL_SECTIONS:
        old.set_included(section, True)
    assume(_distinct(old))
    new = copy.deepcopy(old)
    n = len(new.duties.items)
    choice = draw(st.sampled_from(["duty_text", "result_added", "duty_deleted", "duty_added",
                                   "duty_moved", "right_changed", "job_title", "section_off",
                                   "purpose_added"]))
    text = MARK + draw(texts)
    if choice == "duty_text" and n:
        i = draw(st.integers(0, n - 1))
        new.duties.items[i].text = text
        return old, new, ChangeKind.CHANGED, ("duties", i, "text")
    if choice == "result_added" and n:
        i = draw(st.integers(0, n - 1))
        new.duties.items[i].results.append(text)
        return old, new, ChangeKind.ADDED, ("duties", i, "results", len(new.duties.items[i].results) - 1)
    if choice == "duty_deleted" and n:
        i = draw(st.integers(0, n - 1))
        del new.duties.items[i]
        return old, new, ChangeKind.DELETED, ("duties", i)
    if choice == "duty_moved" and n > 1:
        i, j = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 2))
        assume(i != j)
        new.duties.items.insert(j, new.duties.items.pop(i))
        return old, new, ChangeKind.MOVED, ("duties",)
    if choice == "right_changed" and new.rights.items:
        k = draw(st.integers(0, len(new.rights.items) - 1))
        new.rights.items[k] = text
        return old, new, ChangeKind.CHANGED, ("rights", "items", k)
    if choice == "job_title":
        new.general.job_title = text
        return old, new, ChangeKind.CHANGED, ("general", "job_title")
    if choice == "section_off":
        section = draw(st.sampled_from(sorted(OPTIONAL_SECTIONS, key=lambda s: s.value)))
        new.set_included(section, False)
        return old, new, ChangeKind.DELETED, (section.value,)
    if choice == "purpose_added":
        new.purpose.paragraphs.append(text)
        return old, new, ChangeKind.ADDED, ("purpose", "paragraphs", len(new.purpose.paragraphs) - 1)
    k = draw(st.integers(0, n))
    new.duties.items.insert(k, Duty(text, [], []))
    return old, new, ChangeKind.ADDED, ("duties", k)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(edited())
def test_every_random_edit_is_reported_at_its_place(
    case: tuple[JobDescription, JobDescription, ChangeKind, tuple[str | int, ...]]
) -> None:
    old, new, kind, path = case
    changes = compare_documents(old, new)
    assert changes, "an edit went unreported"
    found = [c for c in changes if c.kind is kind and c.path[: len(path)] == path]
    assert found, (kind, path, [(c.kind, c.path) for c in changes])
    if kind is not ChangeKind.MOVED:
        assert len(changes) == 1, [(c.kind, c.path) for c in changes]
    assert compare_documents(new, new) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_document_compared_with_a_copy_reports_nothing(doc: JobDescription) -> None:
    assert compare_documents(doc, copy.deepcopy(doc)) == []


def test_a_section_switched_on_is_one_change() -> None:
    old = sample_document(PostKind.AMETNIK)
    new = copy.deepcopy(old)
    old.set_included(SectionId.TOOLS, False)
    assert messages(old, new) == ["6. TÖÖVAHENDID lisatud"]


# -- taking back ----------------------------------------------------------------------------

@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(edited())
def test_taking_back_a_single_change_restores_the_old_version(
    case: tuple[JobDescription, JobDescription, ChangeKind, tuple[str | int, ...]]
) -> None:
    old, new, _kind, _path = case
    changes = compare_documents(old, new)
    assume(len(changes) == 1)
    apply_edit(new, take_back(changes[0], old))
    assert compare_documents(old, new) == []


def test_taking_back_each_change_of_a_round_of_corrections() -> None:
    old = sample_document(PostKind.AMETNIK)
    new = copy.deepcopy(old)
    new.duties.items[1].results[1] = "Lepingud on koostatud enne tähtaega."
    del new.duties.items[0]
    new.rights.items.insert(1, "teha ettepanekuid.")
    new.set_included(SectionId.TOOLS, False)
    for _ in range(4):  # one at a time, as the window does; the list shrinks by one each time
        changes = compare_documents(old, new)
        apply_edit(new, take_back(changes[-1], old))
    assert compare_documents(old, new) == []
