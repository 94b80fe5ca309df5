"""Suggested file names are names Windows accepts (tested on every system)."""

from __future__ import annotations

import ntpath
from pathlib import PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ametijuhend_desktop.files.names import (
    MAX_STEM,
    is_windows_device,
    suggested_file_name,
)

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def windows_accepts(name: str) -> bool:
    """What Windows' file systems accept as one file name (a portable statement of it)."""
    return (bool(name) and not set(name) & WINDOWS_FORBIDDEN and not name.endswith((" ", "."))
            and not is_windows_device(name) and len(name) <= 255
            and PureWindowsPath(name).name == name and not ntpath.isabs(name))


@pytest.mark.parametrize("title", ["CON", "con", "Aux", "NUL", "com1", "LPT9", "Com²", "prn "])
def test_device_names_get_a_suffix(title: str) -> None:
    name = suggested_file_name(title, "ametijuhend", ".ajx")
    assert windows_accepts(name), name
    assert name.lower().startswith(title.strip().lower())


@pytest.mark.parametrize(("title", "expected"), [
    ("Projektijuht", "Projektijuht.ajx"),
    ("Peaspetsialist (järelhooldus)", "Peaspetsialist (järelhooldus).ajx"),
    ("Juht.", "Juht_.ajx"),
    ("C:\\Users\\mari\\juht", "C__Users_mari_juht.ajx"),
    ("a/b", "a_b.ajx"),
    ("  ", "ametijuhend.ajx"),
    ("...", "___.ajx"),
])
def test_names_from_titles(title: str, expected: str) -> None:
    assert suggested_file_name(title, "ametijuhend", ".ajx") == expected


def test_a_long_title_is_shortened() -> None:
    name = suggested_file_name("Peaspetsialist " * 30, "ametijuhend", ".ajx")
    assert len(name) <= MAX_STEM + len(".ajx") and windows_accepts(name)


@given(st.text(max_size=300))
def test_every_title_gives_a_name_windows_accepts(title: str) -> None:
    assert windows_accepts(suggested_file_name(title, "ametijuhend", ".ajx"))


@pytest.mark.parametrize("name", ["CON.ajx", "con.tar.ajx", "NUL", "Lpt1.docx", "aux .ajx"])
def test_windows_devices_are_recognised(name: str) -> None:
    assert is_windows_device(name)


@pytest.mark.parametrize("name", ["CONTROL.ajx", "Console", "com10.ajx", "nulu", "x.CON"])
def test_ordinary_names_are_not_devices(name: str) -> None:
    assert not is_windows_device(name)
