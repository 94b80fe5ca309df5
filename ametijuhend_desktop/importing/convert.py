"""Word 97-2003 (.doc), OpenDocument (.odt) and RTF files, turned into .docx by LibreOffice.

Agencies keep many job descriptions in these older formats. Rather than read three more
formats badly, the importer lets LibreOffice (when installed) save a .docx copy and reads
that. LibreOffice runs headless, on a copy of the file in a private temporary folder, with
a profile of its own there (``-env:UserInstallation``), so the user's LibreOffice settings
and open windows are untouched; macros are switched off in that profile; a time limit
stops a file that makes it hang. The user's file is only read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

from ..errors import FileFormatError
from ..files.os_errors import os_reason

TIME_LIMIT_S = 90.0  # a large .doc converts in a few seconds; a first start takes longer
SOFFICE_ENV = "AMETIJUHEND_SOFFICE"  # the LibreOffice program, when not on the PATH
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF_TEXT = b"application/vnd.oasis.opendocument.text"
_WINDOWS_PLACES = ("LibreOffice/program/soffice.exe",)
_MAC_PLACE = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
# Macros off in the private profile: never run, whatever the document holds.
_NO_MACROS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop
 oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
"""


class OldFormat(Enum):
    """A format read through LibreOffice: its usual suffix and its name for the user."""

    DOC = (".doc", "Word 97-2003 (.doc)")
    ODT = (".odt", "OpenDocument (.odt)")
    RTF = (".rtf", "RTF (.rtf)")

    @property
    def suffix(self) -> str:
        return self.value[0]

    @property
    def label(self) -> str:
        return self.value[1]


def old_format(data: bytes) -> OldFormat | None:
    """The format by the file's first bytes (names lie: "vana.doc" is often a .docx).

    An OLE file may also be a password-protected .docx: LibreOffice then fails and the
    message says the file may be protected."""
    if data.startswith(OLE_SIGNATURE):
        return OldFormat.DOC
    if data.startswith(b"{\\rtf"):
        return OldFormat.RTF
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype" and (
        data[38:38 + len(_ODF_TEXT)] == _ODF_TEXT
    ):
        return OldFormat.ODT
    return None


def find_soffice() -> str | None:
    """The LibreOffice program: as configured, on the PATH, or where installers put it."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return configured if Path(configured).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    places = [Path(_MAC_PLACE)] if sys.platform == "darwin" else []
    for root in filter(None, (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)"))):
        places += [Path(root) / p for p in _WINDOWS_PLACES]
    return next((str(p) for p in places if p.is_file()), None)


def _missing(path: Path, kind: OldFormat) -> FileFormatError:
    return FileFormatError(
        f"{kind.label} faili lugemiseks on vaja LibreOffice'it: paigalda LibreOffice "
        "(libreoffice.org) või ava fail Wordis ja salvesta .docx-failina.",
        f"reading a {kind.label} file needs LibreOffice: install LibreOffice "
        "(libreoffice.org), or open the file in Word and save it as .docx.",
        path=path,
    )


def run_soffice(command: list[str], time_limit: float) -> bool:
    """Run LibreOffice (its own session, no input, no output shown); False when it ran out
    of time, and then it and everything it started are stopped. OSError if it cannot start."""
    posix = os.name == "posix"
    with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, start_new_session=posix) as process:
        try:
            process.wait(timeout=time_limit)
        except subprocess.TimeoutExpired:
            if posix:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            process.wait()
            return False
    return True


def _run(command: list[str], time_limit: float, path: Path) -> None:
    if not run_soffice(command, time_limit):
        raise FileFormatError(
            f"LibreOffice ei saanud faili {time_limit:.0f} sekundiga teisendada: ava see "
            "Wordis või LibreOffice'is ja salvesta .docx-failina.",
            f"LibreOffice could not convert the file within {time_limit:.0f} seconds: open "
            "it in Word or LibreOffice and save it as .docx.",
            path=path,
        )


@contextlib.contextmanager
def converted(path: Path, kind: OldFormat, time_limit: float = TIME_LIMIT_S) -> Iterator[Path]:
    """A .docx copy of ``path``, made by LibreOffice, alive while the context lasts."""
    soffice = find_soffice()
    if soffice is None:
        raise _missing(path, kind)
    with tempfile.TemporaryDirectory(prefix="ametijuhend-import-") as folder:
        root = Path(folder)
        source = root / "in" / f"document{kind.suffix}"
        source.parent.mkdir()
        shutil.copyfile(path, source)
        profile = root / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_NO_MACROS, "utf-8")
        out = root / "out"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        try:
            _run(command, time_limit, path)
        except OSError as exc:
            et, en = os_reason(exc)
            raise FileFormatError(f"LibreOffice'it ei saanud käivitada ({et}).",
                                  f"LibreOffice could not be started ({en}).",
                                  path=path) from None
        result = out / "document.docx"
        if not result.is_file():
            raise FileFormatError(
                "LibreOffice ei saanud faili teisendada: see võib olla vigane või parooliga "
                "kaitstud. Ava see Wordis ja salvesta .docx-failina ilma paroolita.",
                "LibreOffice could not convert the file: it may be damaged or "
                "password-protected. Open it in Word and save it as .docx without a password.",
                path=path,
            )
        yield result
