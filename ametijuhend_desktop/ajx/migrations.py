"""Upgrading the tree of an older .ajx version to the current one, step by step.

Each step takes the root of version N and returns the root of version N+1, so a file
from any older version reaches the current one. Version 1 is the first release, so
there are no steps yet; the reader already routes every file through here, and the
next format change adds its step (and a fixture file in tests/ajx/data/) here.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from .names import CURRENT_VERSION

Step = Callable[[etree._Element], etree._Element]

STEPS: dict[int, Step] = {}


def migrate(root: etree._Element, version: int) -> etree._Element:
    for step_from in range(version, CURRENT_VERSION):
        root = STEPS[step_from](root)
        root.set("version", str(step_from + 1))
    return root
