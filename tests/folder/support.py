"""A set of job descriptions on disk, made from the examples, for folder tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ametijuhend_desktop import ajx
from ametijuhend_desktop.model import JobDescription

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"
BASE = ajx.read_file(EXAMPLES / "peaspetsialist-jarelhooldus.ajx")


def make_doc(title: str, unit: str = "Ohvriabi osakond", manager: str = "",
             substituted_by: tuple[str, ...] = (), substitutes: tuple[str, ...] = (),
             last_review: dt.date | None = dt.date(2026, 6, 1)) -> JobDescription:
    import copy

    doc = copy.deepcopy(BASE)
    g = doc.general
    g.job_title, g.unit, g.manager = title, unit, manager
    g.substituted_by, g.substitutes = list(substituted_by), list(substitutes)
    doc.meta.last_review = last_review
    return doc


def write_set(folder: Path, docs: dict[str, JobDescription]) -> dict[str, Path]:
    paths = {}
    for name, doc in docs.items():
        path = folder / f"{name}.ajx"
        path.parent.mkdir(parents=True, exist_ok=True)
        ajx.write_file(doc, path)
        paths[name] = path
    return paths


def consistent_set() -> dict[str, JobDescription]:
    """A head, two specialists who stand in for each other, all named as written."""
    return {
        "juht": make_doc("Talitusejuhataja", manager="",
                         substituted_by=("Peaspetsialist (ennetusteenus)",),
                         substitutes=()),
        "ennetus": make_doc("Peaspetsialist (ennetusteenus)", manager="Talitusejuhataja",
                            substituted_by=("Peaspetsialist (järelhooldus)",),
                            substitutes=("Talitusejuhatajat", "peaspetsialisti (järelhooldus)")),
        "alam/jarelhooldus": make_doc("Peaspetsialist (järelhooldus)",
                                      manager="Talitusejuhataja",
                                      substituted_by=("Peaspetsialist (ennetusteenus)",),
                                      substitutes=("Peaspetsialisti (ennetusteenus)",)),
    }
