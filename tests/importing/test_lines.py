"""Broken lines joined back: the linear builder agrees with joining the whole each time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ametijuhend_desktop.importing.lines import Growing, join

# Pieces as import meets them: words, line-end hyphens, soft hyphens, conjunctions.
_PIECES = st.lists(st.one_of(
    st.sampled_from(["", "a", "-", "\u00ad", "ja", "sotsiaal-", "haridus", "x-", "ja ka", "Ü",
                     "töö\u00ad", "tulemus;", "lõpp."]),
    st.text(alphabet="abcõü -\u00ad.;", max_size=6),
), max_size=25)


@given(first=st.sampled_from(["", "a", "ab-", "Koostab aruande"]), pieces=_PIECES,
       breaks=st.lists(st.booleans(), max_size=25))
def test_growing_equals_joining_the_whole_each_time(first: str, pieces: list[str],
                                                    breaks: list[bool]) -> None:
    whole = first
    growing = Growing(first)
    for piece, hard in zip(pieces, breaks + [False] * len(pieces), strict=False):
        if hard and piece:
            whole = f"{whole}\n{piece}"
            growing.add_line(piece)
        else:
            whole = join(whole, piece)
            growing.add(piece)
        assert growing.value == whole
        assert whole.endswith(growing.end(3)) and len(growing.end(3)) >= min(3, len(whole))


def test_a_long_run_of_wrapped_lines_stays_linear() -> None:
    """40,000 wrapped lines under one duty, as joining them one by one would give."""
    growing = Growing("Koostab")
    for _ in range(40_000):
        growing.add("aruande-")
        growing.add("id")
    assert growing.value == "Koostab" + " aruande-id" * 40_000  # a hyphen at a line end stays
