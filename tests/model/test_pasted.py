"""Lists pasted from Word: marks off, one item a line, "sh:" items apart."""

from __future__ import annotations

from ametijuhend_desktop.model.pasted import duty_and_sub_items, one_line, pasted_lines

WORD_LIST = "•\tesitab aruanded õigeaegselt\r\no\tjälgib tähtaegu\r\n1.\tkoostab kava\n\n2) annab nõu\n"


def test_word_bullets_numbers_and_tabs_are_taken_off() -> None:
    texts = [line.text for line in pasted_lines(WORD_LIST)]
    assert texts == ["esitab aruanded õigeaegselt", "jälgib tähtaegu", "koostab kava",
                     "annab nõu"]
    assert [line.sub for line in pasted_lines(WORD_LIST)] == [False, True, False, False]


def test_words_that_look_like_marks_stay() -> None:
    assert [x.text for x in pasted_lines("osaleb koosolekutel\n2024. aasta plaan")] == [
        "osaleb koosolekutel", "2024. aasta plaan"]


def test_a_duty_with_sh_items_splits_into_the_duty_and_its_sub_items() -> None:
    pasted = "Korraldab teenuse osutamist,\nsh:\n• nõustab kliente\n• peab registrit"
    assert duty_and_sub_items(pasted) == ("Korraldab teenuse osutamist, sh:",
                                          ["nõustab kliente", "peab registrit"])
    assert duty_and_sub_items("Korraldab teenust, sh: kõike") is None


def test_one_line_joins_lines_with_spaces() -> None:
    assert one_line("Peaspetsialist\r\n(ennetus\tteenus) \n") == "Peaspetsialist (ennetus teenus)"
