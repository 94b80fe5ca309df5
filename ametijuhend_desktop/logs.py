"""The log file: what the program did and every error, for whoever helps the user later.

One rotating file (1 MB × 5) in the per-user log folder, or in AMETIJUHEND_LOG_DIR (tests
point it at a temporary folder). Every module logs through ``logging.getLogger(__name__)``
under the ``ametijuhend_desktop`` logger set up here. Only paths, counts and decisions go
in: never a document's text, which may be personal data. Qt-free: the command line and
the window share it.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from . import __version__
from .files.user_folders import log_dir

LOGGER = "ametijuhend_desktop"
LOG_NAME = "ametijuhend.log"
MAX_BYTES, BACKUPS = 1_000_000, 5
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"

log = logging.getLogger(__name__)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def start_logging(folder: Path | None = None) -> Path | None:
    """Send the package's log records to the rotating file; the file, or None if the folder
    cannot be made (the program runs on without a log rather than not at all).

    Called again for the same folder it does nothing; for another (a test) it moves there.
    """
    folder = folder if folder is not None else log_dir()
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, "_ametijuhend", False)]:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == (
                folder / LOG_NAME).absolute():
            return folder / LOG_NAME  # already logging there
        logger.removeHandler(handler)
        handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                      backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler._ametijuhend = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    log.info("start: %s", describe_versions())
    return folder / LOG_NAME


def stop_logging() -> None:
    """Close the file (tests; the end of a run closes it anyway)."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, "_ametijuhend", False)]:
        logger.removeHandler(handler)
        handler.close()


def _loaded_version(module: str) -> str:
    loaded = sys.modules.get(module)
    return str(getattr(loaded, "__version__", "")) if loaded is not None else ""


def versions(full: bool = True) -> dict[str, str]:
    """The program's and its libraries' versions, none imported for it (python-docx costs
    start-up time). ``full=False`` names only what is already loaded and skips the package
    metadata, which costs tens of milliseconds: enough for the start line of the log."""
    qt = sys.modules.get("PySide6.QtCore")
    found = {
        "Ametijuhend": __version__,
        "Python": platform.python_version(),
        "Qt": str(qt.qVersion()) if qt is not None else "",
        "PySide6": _loaded_version("PySide6"),
        "python-docx": _loaded_version("docx"),
        "lxml": _loaded_version("lxml"),
        "OS": f"{platform.system()} {platform.release()}",
    }
    if not full:
        return {name: value for name, value in found.items() if value}
    from importlib import metadata  # here only: importing it costs start-up time

    for name, dist in (("PySide6", "PySide6-Essentials"), ("python-docx", "python-docx"),
                       ("lxml", "lxml")):
        if not found[name]:
            try:
                found[name] = metadata.version(dist)
            except metadata.PackageNotFoundError:
                found[name] = "?"
    found["Qt"] = found["Qt"] or "?"
    return found


def describe_versions() -> str:
    """The versions already loaded, for a line of the log."""
    return ", ".join(f"{name} {value}" for name, value in versions(full=False).items())


def details(kind: type[BaseException], error: BaseException,
            tb: TracebackType | None) -> str:
    """What "copy the details" gives: the traceback and the versions; no document text."""
    lines = traceback.format_exception(kind, error, tb)
    about = "\n".join(f"{name}: {value}" for name, value in versions().items())
    return "".join(lines) + "\n" + about + "\n"
