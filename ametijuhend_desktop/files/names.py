"""File names offered to the user, made from a job title: valid on Windows too.

Windows refuses some names that Linux accepts: device names (``CON``, ``NUL``, ``COM1``…,
with any extension), a trailing dot or space, the characters ``<>:"/\\|?*``, and overlong
paths. A title such as "Con" or "Aux" is a real job title in other languages, so the
suggestion is changed just enough for every system to take it.
"""

from __future__ import annotations

_DIGITS = "123456789¹²³"
WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                             *(f"COM{d}" for d in _DIGITS), *(f"LPT{d}" for d in _DIGITS)})
MAX_STEM = 80  # leaves room for the folder within Windows' 260-character paths
_KEEP = " -_()"


def is_windows_device(name: str) -> bool:
    """True for names Windows keeps for devices, whatever follows the first dot."""
    return name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_DEVICES


def suggested_file_name(title: str, fallback: str, suffix: str) -> str:
    """``title`` as a file name with ``suffix``: letters, digits and ``-_()`` kept, the rest
    ``_``; shortened; never a Windows device name or ending in a dot or space."""
    safe = "".join(c if c.isalnum() or c in _KEEP else "_" for c in title).strip()
    stem = safe[:MAX_STEM].rstrip(" .") or fallback
    if is_windows_device(stem):
        stem = f"{stem}_"
    return f"{stem}{suffix}"
