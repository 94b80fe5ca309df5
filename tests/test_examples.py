"""The example documents hold the three reference job descriptions completely.

Each example is compared with the text extracted from the published document
(``../shared/reference/<name>.txt`` beside the repository): every word of the reference
must be in the example's plain text (apart from a short list of known differences below),
and every text in the example must occur in the reference, in the reference's order.
Deleting any single duty, result, right, behaviour or requirement must break the comparison.

Decisions taken when the examples were entered from the PDF extracts (all are PDF
artefacts, the wording itself is the reference's, typos included, e.g. "läbiviimne"):

- Lines broken by the extraction are joined with one space and runs of spaces collapsed
  ("kord  aastas", "kliendi  (nii", "Abivalmidus:  Kuulab"); a text continued after a page
  break or a blank line (ennetusteenus responsibilities 1 and 3, järelhooldus result 2.7)
  is one text.
- ennetusteenus, Eestvedamine: the behaviour split over two bullets "… ja loob selguse" /
  "töökorralduses." is one behaviour.
- ennetusteenus, Koostöövõime: the line "Näitab üles algatusvõimet ja teeb ettepanekuid."
  has no bullet of its own and continues the behaviour before it (as in the other document).
- ennetusteenus, Keeleoskus: "Vene keele oskus tasemel B1, B2 on kasuks" is kept as the
  language's own wording (level B1, required); so is "Inglise keele oskus tasemel B2."
  (the generated sentence would say "vähemalt").
- jatkutugi: the bullet glyph printed before the review clause is dropped; "Teenuse juht,
  projektijuht, koordinaator" are three positions in "Kes asendab" / "Keda asendab".
- järelhooldus (older ametnik layout): "Teenistuskoht" is the job title with its funding
  line 'ESF TAT "Laste ja perede toetamine"' as an extra ÜLDOSA row of the same label;
  "Teenistuja asendab" is ``substitutes`` and "Teenistuja asendaja" ``substituted_by``,
  each printed under its own label (``general.labels``);
  "Teenistuskoha eesmärk" is the purpose; "Õigused ja vastutus" is one section in the
  reference, two here (headed "Õigused" and "Vastutus", no intro lines).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ametijuhend_desktop.ajx import read_file, to_bytes
from ametijuhend_desktop.model import JobDescription, Severity, validate
from ametijuhend_desktop.model.wording import language_sentence
from ametijuhend_desktop.preview.plain_text import to_text

REPO = Path(__file__).parents[1]
EXAMPLES = REPO / "resources" / "examples"
REFERENCES = REPO.parent / "shared" / "reference"

# Words of the reference that the example does not print, and why.
ALLOWED_MISSING: dict[str, Counter[str]] = {
    # The real people's names, replaced by invented ones.
    "peaspetsialist-ennetusteenus": Counter(["Maret", "Maripuu", "Ursula", "Randlaine"]),
    "projektijuht-jatkutugi": Counter(["Indrek", "Holst", "Evelin", "Tamm"]),
    "peaspetsialist-jarelhooldus": Counter(
        [
            "Õigused", "ja", "vastutus",  # the joint heading "Õigused ja vastutus"
            # Its duties are 2.1.–2.13. because its purpose is a row of ÜLDOSA; ours are 3.x.
            *(f"2.{n}" for n in range(1, 14)),
        ]
    ),
}
REAL_NAMES = ("Maret Maripuu", "Ursula Randlaine", "Indrek Holst", "Evelin Tamm")
NAMES = sorted(ALLOWED_MISSING)

# Bullets of the PDF extraction (▪ • and the Symbol font's private-use glyphs) and ours.
_GLYPHS = re.compile("[\u2022\u2023\u25aa\u25cf\u25e6\uf000-\uf8ff]")
_PUNCT = ".,;:!?()[]\"'„“”«»…|"


def normalise(text: str) -> str:
    """Bullets dropped, line and page breaks joined, runs of whitespace collapsed."""
    return " ".join(_GLYPHS.sub(" ", text).split())


def words(text: str) -> Counter[str]:
    """The words of a text, punctuation at their ends dropped ("2.1." and "2.1" agree)."""
    stripped = (w.strip(_PUNCT) for w in normalise(text).split())
    return Counter(w for w in stripped if w)


def missing_words(reference: str, doc: JobDescription) -> Counter[str]:
    return words(reference) - words(to_text(doc))


def reference_text(name: str) -> str:
    path = REFERENCES / f"{name}.txt"
    if not path.is_file():
        pytest.skip(f"the reference texts are not here ({REFERENCES}): comparison skipped")
    return path.read_text(encoding="utf-8")


def load(name: str) -> JobDescription:
    return read_file(EXAMPLES / f"{name}.ajx")


def sequences(doc: JobDescription) -> Iterator[tuple[str, list[str]]]:
    """Every text of the document, by part, in the order the reference must show them."""
    g = doc.general
    for field in ("job_title", "unit", "manager"):  # the older layout has its own order
        yield field, [getattr(g, field)]
    yield "substituted_by", [", ".join(g.substituted_by)]
    yield "substitutes", [", ".join(g.substitutes)]
    yield "extra_rows", [t for row in g.extra_rows for t in (row.label, row.text)]
    yield "purpose", list(doc.purpose.paragraphs)
    yield "duties", [t for d in doc.duties.items for t in (d.text, *d.sub_items, *d.results)]
    yield "rights", [doc.rights.intro or "", *doc.rights.items]
    yield "responsibilities", [doc.responsibilities.intro or "", *doc.responsibilities.items]
    yield "tools", [doc.tools.text] if doc.tools.included else []
    r = doc.requirements
    yield "rows", [t for row in r.rows for t in (row.label, row.text)]
    yield "languages", [language_sentence(lang) for lang in r.languages]
    for group in r.competency_groups:
        yield f"group {group.name}", [group.name + ":", *group.behaviours]
    yield "additional", [f"{a.name}: {a.description}" for a in r.additional]
    yield "review", [doc.review.text]


Path_ = tuple[str | int, ...]


def deletions(doc: JobDescription) -> Iterator[Path_]:
    """One path per item: deleting the item there must be noticed by the comparison."""
    for i, duty in enumerate(doc.duties.items):
        yield ("duties", "items", i)
        for j in range(len(duty.results)):
            yield ("duties", "items", i, "results", j)
    for part in ("rights", "responsibilities"):
        for i in range(len(getattr(doc, part).items)):
            yield (part, "items", i)
    r = doc.requirements
    for name in ("rows", "languages", "additional"):
        for i in range(len(getattr(r, name))):
            yield ("requirements", name, i)
    for i, group in enumerate(r.competency_groups):
        yield ("requirements", "competency_groups", i)
        for j in range(len(group.behaviours)):
            yield ("requirements", "competency_groups", i, "behaviours", j)
    for i in range(len(doc.purpose.paragraphs)):
        yield ("purpose", "paragraphs", i)
    for i in range(len(doc.general.extra_rows)):
        yield ("general", "extra_rows", i)
    if doc.tools.included:
        yield ("tools", "text")
    yield ("review", "text")


def delete(doc: JobDescription, path: Path_) -> JobDescription:
    """A copy of the document without the list item (or with the text emptied) at path."""
    doc = copy.deepcopy(doc)
    parent: Any = doc
    for step in path[:-1]:
        parent = parent[step] if isinstance(step, int) else getattr(parent, step)
    last = path[-1]
    if isinstance(last, int):
        parent.pop(last)
    else:
        setattr(parent, last, "")
    return doc


def test_all_three_examples_are_there() -> None:
    assert sorted(p.stem for p in EXAMPLES.glob("*.ajx")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_example_loads_and_has_no_errors(name: str) -> None:
    doc = load(name)
    errors = [f for f in validate(doc) if f.severity is Severity.ERROR]
    assert errors == []


@pytest.mark.parametrize("name", NAMES)
def test_example_is_written_as_the_current_writer_writes(name: str) -> None:
    path = EXAMPLES / f"{name}.ajx"
    assert to_bytes(read_file(path)) == path.read_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_example_names_no_real_person(name: str) -> None:
    text = to_text(load(name))
    for real in REAL_NAMES:
        assert real not in text
    assert all(s.name.strip() for s in load(name).signatories)


@pytest.mark.parametrize("name", NAMES)
def test_every_word_of_the_reference_is_in_the_example(name: str) -> None:
    reference = reference_text(name)
    assert missing_words(reference, load(name)) == ALLOWED_MISSING[name]


@pytest.mark.parametrize("name", NAMES)
def test_every_text_of_the_example_is_in_the_reference_in_order(name: str) -> None:
    reference = normalise(reference_text(name))
    for part, texts in sequences(load(name)):
        position = 0
        for text in texts:
            if not text:
                continue
            found = reference.find(normalise(text), position)
            assert found >= 0, f"{part}: not in the reference (or out of order): {text!r}"
            position = found + len(normalise(text))


@pytest.mark.parametrize("name", NAMES)
def test_duties_are_in_the_order_of_the_reference(name: str) -> None:
    reference = normalise(reference_text(name))
    starts = [reference.find(normalise(d.text)) for d in load(name).duties.items]
    assert -1 not in starts
    assert starts == sorted(starts)
    assert len(load(name).duties.items) == {
        "peaspetsialist-ennetusteenus": 15,
        "peaspetsialist-jarelhooldus": 13,
        "projektijuht-jatkutugi": 10,
    }[name]


@pytest.mark.parametrize("name", NAMES)
def test_deleting_any_single_item_breaks_the_comparison(name: str) -> None:
    reference = reference_text(name)
    original = load(name)
    paths = list(deletions(original))
    unnoticed = [
        path for path in paths
        if missing_words(reference, delete(original, path)) == ALLOWED_MISSING[name]
    ]
    assert len(paths) > 50
    assert unnoticed == []


def test_swapping_two_duties_breaks_the_order_check() -> None:
    reference = normalise(reference_text("projektijuht-jatkutugi"))
    doc = load("projektijuht-jatkutugi")
    items = doc.duties.items
    items[2], items[3] = items[3], items[2]
    starts = [reference.find(normalise(d.text)) for d in items]
    assert starts != sorted(starts)


def test_a_behaviour_deleted_from_an_example_is_named_as_missing() -> None:
    reference = reference_text("peaspetsialist-ennetusteenus")
    # Eestvedamine's second behaviour: the one merged from two bullets of the PDF.
    path = ("requirements", "competency_groups", 1, "behaviours", 1)
    doc = delete(load("peaspetsialist-ennetusteenus"), path)
    missing = missing_words(reference, doc) - ALLOWED_MISSING["peaspetsialist-ennetusteenus"]
    assert {"järjekorda", "selguse", "töökorralduses"} <= set(missing)
