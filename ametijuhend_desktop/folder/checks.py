"""Checks across a set of job descriptions: what no single document can see.

Each finding names the file it is about and the other files involved, so the folder
view can list it under the document and the command line can print or export it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import ajx
from ..model import Severity
from .positions import Suggester, normalise, same_position, split_name, split_names, stems
from .summary import Message, Summary

_SEVERITY_NAME = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


@dataclass(frozen=True)
class SetFinding:
    file: str
    severity: Severity
    message: Message
    related: tuple[str, ...] = field(default=())

    def to_json(self, lang: str = "et") -> dict[str, object]:
        return {"file": self.file, "severity": _SEVERITY_NAME[self.severity],
                "message": self.message.text(lang), "related": list(self.related)}


class TitleIndex:
    """The readable documents by their title, looked up across spelling and case forms."""

    def __init__(self, summaries: list[Summary]) -> None:
        self._by_stem: dict[tuple[str, str, str], list[Summary]] = defaultdict(list)
        self.titles: list[str] = []
        self._memo: dict[str, tuple[Summary, ...]] = {}
        for s in summaries:
            if not s.readable or not s.title:
                continue
            self.titles.append(s.title)
            norm = normalise(s.title)
            head, last, spec = split_name(norm)
            for stem in stems(last):
                self._by_stem[(head, spec, stem)].append(s)

    def find(self, name: str) -> tuple[Summary, ...]:
        """The documents whose title is ``name`` (any case form); remembered per name."""
        if name not in self._memo:
            self._memo[name] = self._find(name)
        return self._memo[name]

    def paths(self, name: str) -> set[str]:
        return {s.path for s in self.find(name)}

    def _find(self, name: str) -> tuple[Summary, ...]:
        norm = normalise(name)
        found: dict[str, Summary] = {}
        head, last, spec = split_name(norm)
        for stem in stems(last):
            for s in self._by_stem.get((head, spec, stem), []):
                if s.path not in found and same_position(name, s.title):
                    found[s.path] = s
        return tuple(found.values())


def _names(summary: Summary, attr: str) -> list[str]:
    return split_names(getattr(summary, attr))


def _mentions(names: list[str], index: TitleIndex, target: Summary) -> bool:
    return any(target.path in index.paths(n) for n in names)


def check_set(summaries: list[Summary], today: dt.date | None = None) -> list[SetFinding]:
    """Every finding about the set, in file order.

    A document's own findings (an empty field …) are not repeated here: the folder view
    counts them per document and ``validate`` lists them; this is what only the set shows,
    plus what is wrong with a file as a whole (unreadable, older format, review overdue).
    """
    today = today or dt.date.today()
    readable = [s for s in summaries if s.readable]
    index = TitleIndex(readable)
    findings: list[SetFinding] = []
    for s in summaries:
        findings += _single(s, today)
    findings += _substitution(readable, index)
    findings += _unknown(readable, index)
    findings += _duplicates(readable)
    findings += _unit_spellings(readable)
    findings += _manager_loops(readable, index)
    order = {s.path: i for i, s in enumerate(summaries)}
    findings.sort(key=lambda f: (order.get(f.file, 0), -f.severity))
    return findings


def _single(s: Summary, today: dt.date) -> Iterator[SetFinding]:
    if s.problem is not None:
        yield SetFinding(s.path, Severity.ERROR, s.problem)
        return
    if s.format_version < ajx.CURRENT_VERSION:
        yield SetFinding(s.path, Severity.INFO, Message(
            f"fail on vanemas vormingus (versioon {s.format_version}); salvestamisel "
            "uuendatakse.",
            f"the file is in an older format (version {s.format_version}); saving updates it."))
    if s.next_review and dt.date.fromisoformat(s.next_review) < today:
        due = dt.date.fromisoformat(s.next_review).strftime("%d.%m.%Y")
        yield SetFinding(s.path, Severity.WARNING, Message(
            f"ülevaatus on hilinenud: see oli kavas {due}.",
            f"the review is overdue: it was due on {due}."))


def _substitution(docs: list[Summary], index: TitleIndex) -> Iterator[SetFinding]:
    pairs = (("substituted_by", "substitutes", "1.4 Kes asendab", "1.5 Keda asendab",
              "1.4 Substituted by", "1.5 Substitutes for"),
             ("substitutes", "substituted_by", "1.5 Keda asendab", "1.4 Kes asendab",
              "1.5 Substitutes for", "1.4 Substituted by"))
    for a in docs:
        for mine, theirs, mine_et, theirs_et, mine_en, theirs_en in pairs:
            for name in _names(a, mine):
                others = [b for b in index.find(name) if b.path != a.path]
                if not others or any(_mentions(_names(b, theirs), index, a) for b in others):
                    continue
                title = others[0].title
                yield SetFinding(a.path, Severity.WARNING, Message(
                    f"{mine_et} nimetab „{name}”, kuid „{title}” ametijuhendi {theirs_et} ei "
                    f"nimeta „{a.title}”.",
                    f"{mine_en} names “{name}”, but {theirs_en} of “{title}” does not name "
                    f"“{a.title}”."), tuple(b.path for b in others))


def _unknown(docs: list[Summary], index: TitleIndex) -> Iterator[SetFinding]:
    suggest = Suggester(index.titles)
    own = {normalise(s.title) for s in docs}
    for a in docs:
        named = [("1.3 Vahetu juht", "1.3 Direct manager", a.manager)] if a.manager else []
        named += [("1.4 Kes asendab", "1.4 Substituted by", n) for n in _names(a, "substituted_by")]
        named += [("1.5 Keda asendab", "1.5 Substitutes for", n) for n in _names(a, "substitutes")]
        for label_et, label_en, name in named:
            if index.find(name) or normalise(name) in own:
                continue
            hint = suggest(name)
            yield SetFinding(a.path, Severity.WARNING, Message(
                f"{label_et}: „{name}” ametijuhendit selles kaustas ei ole"
                + (f" (kas „{hint}”?)." if hint else "."),
                f"{label_en}: no job description for “{name}” in this folder"
                + (f" (did you mean “{hint}”?)." if hint else ".")))


def _duplicates(docs: list[Summary]) -> Iterator[SetFinding]:
    groups: dict[tuple[str, str], list[Summary]] = defaultdict(list)
    for s in docs:
        if s.title:
            groups[(normalise(s.title), _unit_key(s.unit))].append(s)
    for group in groups.values():
        if len(group) < 2:
            continue
        for s in group:
            yield SetFinding(s.path, Severity.WARNING, Message(
                f"sama ametinimetus „{s.title}” samas struktuuriüksuses on ka mujal.",
                f"the same job title “{s.title}” in the same unit appears elsewhere too."),
                tuple(o.path for o in group if o is not s))


def _unit_key(unit: str) -> str:
    return re.sub(r"[\s,.;]+", "", unit.casefold())


def _unit_spellings(docs: list[Summary]) -> Iterator[SetFinding]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for s in docs:
        if s.unit:
            spellings[_unit_key(s.unit)][s.unit] += 1
    for s in docs:
        counts = spellings.get(_unit_key(s.unit))
        if not counts or len(counts) < 2:
            continue
        usual, _ = counts.most_common(1)[0]
        if s.unit == usual:
            continue
        related = tuple(o.path for o in docs if o.unit == usual)
        yield SetFinding(s.path, Severity.WARNING, Message(
            f"struktuuriüksus on kirjutatud „{s.unit}”, teistes ametijuhendites „{usual}”.",
            f"the structural unit is written “{s.unit}”; other job descriptions write "
            f"“{usual}”."), related)


def _manager_loops(docs: list[Summary], index: TitleIndex) -> Iterator[SetFinding]:
    manager_of: dict[str, str] = {}
    for s in docs:
        found = [m for m in index.find(s.manager) if m.path != s.path] if s.manager else []
        if len(found) == 1:  # an ambiguous manager is not followed
            manager_of[s.path] = found[0].path
    reported: set[str] = set()
    for start in manager_of:
        seen: list[str] = []
        node: str | None = start
        while node is not None and node not in seen and node not in reported:
            seen.append(node)
            node = manager_of.get(node)
        if node is None or node in reported or node not in seen:
            reported.update(seen)
            continue
        loop = seen[seen.index(node):]
        reported.update(seen)
        titles = {s.path: s.title for s in docs}
        chain = " → ".join(titles[p] for p in [*loop, loop[0]])
        for path in loop:
            yield SetFinding(path, Severity.WARNING, Message(
                f"vahetute juhtide ahel käib ringi: {chain}.",
                f"the chain of direct managers goes round in a circle: {chain}."),
                tuple(p for p in loop if p != path))
