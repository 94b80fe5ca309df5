"""Icons from resources/icons, found the same way in a checkout and a frozen build."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    path = resources.files("ametijuhend_desktop.resources") / "icons" / f"{name}.svg"
    return QIcon(str(path))
