"""The user's settings, in an ini file in the per-user config folder.

Passed to the window (never a global) so tests hand it a file in a temporary folder and
never touch the user's own settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..files.user_folders import config_dir, data_dir
from ..storage.backups import DEFAULT_KEEP, clamp_keep

APP_NAME = "ametijuhend"
MAX_RECENT = 8
# A settings file is a few kilobytes; a larger one is damaged or not ours.
MAX_SETTINGS_BYTES = 256 * 1024
MAX_VALUE_CHARS = 4096


def default_settings_path() -> Path:
    return config_dir() / "settings.ini"


def user_templates_dir() -> Path:
    """Where the user keeps their own Word templates and standard-text variants."""
    return data_dir() / "templates"


class AppSettings:
    """``data_dir`` holds recovery files and backups; with a settings file of its own (tests,
    screenshots) it defaults to a "data" folder beside it, never the user's."""

    def __init__(self, path: str | Path | None = None, data_dir: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self.problem = self._set_aside_if_damaged()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        if data_dir is not None:
            self.data_dir: Path | None = Path(data_dir)
        else:
            self.data_dir = self.path.parent / "data" if path is not None else None

    def _set_aside_if_damaged(self) -> str:
        """Move an oversized settings file aside (kept, not deleted) and start afresh."""
        try:
            size = self.path.stat().st_size
        except OSError:
            return ""
        if size <= MAX_SETTINGS_BYTES:
            return ""
        aside = self.path.with_name(self.path.name + ".vigane")
        try:
            self.path.replace(aside)
        except OSError:
            return ""
        return (f"Seadete fail oli vigane ({size // 1024} kB); see on tõstetud kõrvale "
                f"({aside.name}) ja seaded on vaikimisi.")

    def _get(self, key: str, default: Any = "") -> Any:
        return self.qsettings.value(key, default)

    def _str(self, key: str, default: str = "") -> str:
        """A string setting; anything else a hand-edited file holds gives the default."""
        value = self._get(key, default)
        if not isinstance(value, str) or len(value) > MAX_VALUE_CHARS or "\0" in value:
            return default
        return value

    # -- preferences from the settings dialog -----------------------------------------

    @property
    def language(self) -> str:
        return "en" if self._str("ui/language", "et") == "en" else "et"

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def organisation(self) -> str:
        return self._str("document/organisation")

    @organisation.setter
    def organisation(self, value: str) -> None:
        self.qsettings.setValue("document/organisation", value)

    @property
    def default_signatory(self) -> str:
        return self._str("document/default_signatory")

    @default_signatory.setter
    def default_signatory(self, value: str) -> None:
        self.qsettings.setValue("document/default_signatory", value)

    @property
    def template_path(self) -> str:
        return self._str("export/template")

    @template_path.setter
    def template_path(self, value: str) -> None:
        self.qsettings.setValue("export/template", value)

    @property
    def backup_count(self) -> int:
        """How many earlier versions of each file are kept (0–100, default 5)."""
        return clamp_keep(self._get("files/backups", DEFAULT_KEEP))

    @backup_count.setter
    def backup_count(self, value: int) -> None:
        self.qsettings.setValue("files/backups", clamp_keep(value))

    # -- what the window remembers ----------------------------------------------------

    @property
    def last_folder(self) -> str:
        return self._str("files/last_folder", str(Path.home()))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self.qsettings.setValue("files/last_folder", value)

    def recent_files(self) -> list[str]:
        value = self._get("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and 0 < len(v) <= MAX_VALUE_CHARS
                and "\0" not in v][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        name = str(Path(path).resolve())
        files = [name, *(f for f in self.recent_files() if f != name)][:MAX_RECENT]
        self.qsettings.setValue("files/recent", files)

    def remove_recent(self, path: str) -> None:
        self.qsettings.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def state(self, key: str) -> QByteArray | None:
        value = self._get(f"window/{key}", None)
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.qsettings.sync()
