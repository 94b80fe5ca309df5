"""Pairing the items of two lists by content, so moved and renumbered items are found.

Equal items pair first (in order, as difflib aligns them, then equal items found elsewhere),
then the rest: reworded in place by position, then by similarity (difflib ratios of words, best
pairs first, at least ``MIN_RATIO``), then what is left in the same gap; the pairs
whose order changed are the moved ones (all but a longest run in the old order). Fast
for long lists that differ in a few places: only the unpaired leftovers are compared
with each other, and very long leftovers pair by position instead.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

MIN_RATIO = 0.5
MAX_PAIRINGS = 40_000  # leftover pairs worth a similarity ratio each


@dataclass
class Matching:
    pairs: list[tuple[int, int]]  # (old index, new index), in new order
    deleted: list[int]  # old indexes with no partner
    added: list[int]  # new indexes with no partner
    moved: set[tuple[int, int]]  # the pairs whose order changed


def _similar(old: Sequence[str], new: Sequence[str], left_old: list[int], left_new: list[int]) -> list[tuple[int, int]]:
    if len(left_old) * len(left_new) > MAX_PAIRINGS:
        return list(zip(left_old, left_new, strict=False))
    candidates: list[tuple[float, int, int, int]] = []
    matcher = difflib.SequenceMatcher(autojunk=False)
    words_old = {i: old[i].split() for i in left_old}  # words, not characters: fast
    for j in left_new:
        matcher.set_seq2(new[j].split())
        for i in left_old:
            matcher.set_seq1(words_old[i])
            if matcher.real_quick_ratio() < MIN_RATIO or matcher.quick_ratio() < MIN_RATIO:
                continue
            ratio = matcher.ratio()
            if ratio >= MIN_RATIO:
                candidates.append((-ratio, abs(i - j), i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    return pairs


def _in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """A longest run of pairs (sorted by new index) whose old indexes also rise."""
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = []
    for k, (i, _) in enumerate(pairs):
        pos = bisect.bisect_left(tails, i)
        if pos == len(tails):
            tails.append(i)
            tail_at.append(k)
        else:
            tails[pos] = i
            tail_at[pos] = k
        back.append(tail_at[pos - 1] if pos else -1)
    keep: set[tuple[int, int]] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(pairs[k])
        k = back[k]
    return keep


def _in_gaps(
    n_old: int, n_new: int, pairs: list[tuple[int, int]], steady: set[tuple[int, int]],
    same_count: bool = False,
) -> list[tuple[int, int]]:
    """Leftovers standing in the same gap between steady pairs pair up by position: an item
    rewritten in place is a changed item, not one deleted and another added. With
    ``same_count`` only gaps holding as many old as new items (the plain rewording)."""
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    bounds = [(-1, -1), *sorted(steady, key=lambda p: p[1]), (n_old, n_new)]
    found: list[tuple[int, int]] = []
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        olds = [i for i in range(i0 + 1, i1) if i not in paired_old]
        news = [j for j in range(j0 + 1, j1) if j not in paired_new]
        if not same_count or len(olds) == len(news):
            found += zip(olds, news, strict=False)
    return found


def match_items(old: Sequence[str], new: Sequence[str]) -> Matching:
    """Pair ``old`` and ``new`` items (texts standing for the items) by content."""
    blocks = difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
    pairs = [(a + k, b + k) for a, b, size in blocks for k in range(size)]
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    waiting: dict[str, list[int]] = defaultdict(list)
    for i in reversed(range(len(old))):
        if i not in paired_old:
            waiting[old[i]].append(i)
    left_new: list[int] = []
    for j in range(len(new)):
        if j in paired_new:
            continue
        found = waiting.get(new[j])
        if found:
            pairs.append((found.pop(), j))  # an equal item elsewhere: moved
        else:
            left_new.append(j)
    pairs.sort(key=lambda p: p[1])
    pairs += _in_gaps(len(old), len(new), pairs, _in_order(pairs), same_count=True)
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    left_old = [i for i in range(len(old)) if i not in paired_old]
    left_new = [j for j in range(len(new)) if j not in paired_new]
    if left_old and left_new:
        pairs += _similar(old, new, left_old, left_new)
    pairs.sort(key=lambda p: p[1])
    steady = _in_order(pairs)
    gaps = _in_gaps(len(old), len(new), pairs, steady)
    steady.update(gaps)
    pairs += gaps
    pairs.sort(key=lambda p: p[1])
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    return Matching(
        pairs,
        [i for i in range(len(old)) if i not in paired_old],
        [j for j in range(len(new)) if j not in paired_new],
        {p for p in pairs if p not in steady},
    )
