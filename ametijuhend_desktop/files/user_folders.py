"""The user's own folders, found in one place: data, settings, cache and log.

platformdirs gives each platform's place (``~/.local/share/ametijuhend``,
``%LOCALAPPDATA%\\ametijuhend``, ``~/Library/Application Support/ametijuhend``, …).
AMETIJUHEND_CACHE_DIR and AMETIJUHEND_LOG_DIR move the cache and the log (the tests keep
theirs private with them; a managed machine may want them elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ametijuhend"
CACHE_ENV = "AMETIJUHEND_CACHE_DIR"
LOG_ENV = "AMETIJUHEND_LOG_DIR"


def data_dir() -> Path:
    """Recovery files, backups, snippets, the user's words and templates."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The settings file."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What can be made again: the folder index, LibreOffice's kept profile."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME,
                                                                          appauthor=False))


def log_dir() -> Path:
    """The log files."""
    override = os.environ.get(LOG_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME,
                                                                        appauthor=False))
