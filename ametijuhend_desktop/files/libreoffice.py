"""LibreOffice, run headless to convert one file: found, given a profile, timed, stopped.

A brand-new LibreOffice profile costs seconds on every start: LibreOffice builds it, and
runs a screen-drawing self-test whenever it thinks it was upgraded. So one profile per
user is kept in the per-user cache folder, seeded with macros off and the self-test
skipped, and reused. It only ever holds LibreOffice's own settings: the document, the
result and LibreOffice's temporary files are in private temporary folders removed after
the run. An OS file lock held for the run keeps two conversions off the same profile (a
second LibreOffice on a profile hands its work to the first); when the kept profile is
busy, or cannot be kept, a fresh private profile is used as before. A kept profile whose
run fails is thrown away and the conversion tried once more with a fresh profile, so a
damaged profile never stops the user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

from lxml import etree

from ..errors import UserError
from .bounded import read_file
from .user_folders import cache_dir

SOFFICE_ENV = "AMETIJUHEND_SOFFICE"  # the LibreOffice program, when not on the PATH
_WINDOWS_PLACES = ("LibreOffice/program/soffice.exe",)
_MAC_PLACE = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
_OPTIONS = ("--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "--nolockcheck")
_SETTINGS = "registrymodifications.xcu"
_MAX_SETTINGS_BYTES = 4 * 1024 * 1024  # LibreOffice's own are a few KB
_OOR = "http://openoffice.org/2001/registry"
# (path, name, value) LibreOffice must hold in every profile we run it with: macros
# never run, whatever the document holds; and a last-seen version above any real one, so
# it never runs its graphics self-test (about a second; it tunes screen drawing, of no
# use to a headless conversion).
SEED = (
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("/org.openoffice.Setup/Product", "ooSetupLastVersion", "999.0"),
)
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                               huge_tree=False)

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class Outcome(Enum):
    """How a conversion ended."""

    MADE = "made"
    NOT_MADE = "not made"  # LibreOffice ran and wrote nothing: the file is damaged or locked
    TIMED_OUT = "timed out"


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


def kept_home() -> Path:
    """The folder of the kept profile and its lock, in the per-user cache folder."""
    return cache_dir() / "libreoffice"


def kept_profile(home: Path) -> Path:
    return home / "profile"


def _seed_text() -> str:
    items = "".join(f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
                    f"<value>{value}</value></prop></item>\n" for path, name, value in SEED)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.'
            'org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http'
            f'://www.w3.org/2001/XMLSchema-instance">\n{items}</oor:items>\n')


def seed(profile: Path) -> None:
    """Make ``profile`` a new profile holding only the seed settings."""
    profile.mkdir(mode=0o700)
    (profile / "user").mkdir(mode=0o700)
    (profile / "user" / _SETTINGS).write_text(_seed_text(), "utf-8")


def is_seeded(profile: Path) -> bool:
    """True when the profile's settings read as LibreOffice settings holding the seed
    (macros off among them); a damaged or reset file is False."""
    file = profile / "user" / _SETTINGS
    try:
        root = etree.fromstring(read_file(file, _MAX_SETTINGS_BYTES), _SAFE_PARSER)
    except (UserError, etree.XMLSyntaxError):  # missing, too large, not a file, not XML
        return False
    found = {(item.get(f"{{{_OOR}}}path"), prop.get(f"{{{_OOR}}}name"),
              (prop.findtext("value") or "").strip())
             for item in root.iterfind("item") for prop in item.iterfind("prop")}
    return all(s in found for s in SEED)


def discard(profile: Path) -> None:
    """Throw a profile away; never fails. It is first moved aside, so a removal cut short
    never leaves half a profile where the kept one is looked for."""
    aside = profile.with_name(f"{profile.name}.old-{uuid.uuid4().hex[:8]}")
    try:
        profile.rename(aside)
    except FileNotFoundError:
        return
    except OSError:
        aside = profile
    shutil.rmtree(aside, ignore_errors=True)


def _leftovers(home: Path) -> None:
    for old in home.glob("profile.old-*"):
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def locked_kept_profile(home: Path) -> Iterator[Path | None]:
    """The kept profile, seeded and locked for as long as the context lasts; None when
    another conversion holds it or it cannot be kept (no cache folder, no locks)."""
    try:
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(home / "lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield None
        return
    try:
        try:
            _try_lock(fd)
        except OSError:
            yield None
            return
        profile = kept_profile(home)
        try:
            _leftovers(home)
            if not is_seeded(profile):
                discard(profile)
                seed(profile)
        except OSError:
            discard(profile)
            yield None
            return
        yield profile
    finally:
        os.close(fd)  # closing the file releases the lock


def run_soffice(command: list[str], time_limit: float,
                env: dict[str, str] | None = None) -> int | None:
    """Run LibreOffice (its own session, no input, no output shown); its exit code, or None
    when it ran out of time, and then it and everything it started are stopped. OSError if
    it cannot start."""
    posix = os.name == "posix"
    with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, start_new_session=posix,
                          env=env) as process:
        try:
            return process.wait(timeout=time_limit)
        except subprocess.TimeoutExpired:
            if posix:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            process.wait()
            return None


def _attempt(soffice: str, profile: Path, args: list[str], made: Path,
             time_limit: float, scratch: Path) -> tuple[Outcome, int | None]:
    """One LibreOffice run; its temporary files go to ``scratch`` (TMPDIR), not /tmp."""
    env = {**os.environ, "TMPDIR": str(scratch), "TMP": str(scratch), "TEMP": str(scratch)}
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", *_OPTIONS, *args]
    code = run_soffice(command, time_limit, env)
    if code is None:
        return Outcome.TIMED_OUT, None
    return (Outcome.MADE if made.is_file() else Outcome.NOT_MADE), code


def convert(soffice: str, source: Path, to: str, made: Path, time_limit: float,
            home: Path | None = None) -> Outcome:
    """Have LibreOffice convert ``source`` with the filter ``to`` into ``made``'s folder
    (where it writes ``made``). The kept profile in ``home`` (default: the cache folder)
    is used when free; a failed run with it is tried once more with a fresh profile (so
    a file that makes LibreOffice hang takes twice ``time_limit`` to be given up on)."""
    args = ["--convert-to", to, "--outdir", str(made.parent), str(source)]
    with tempfile.TemporaryDirectory(prefix="ametijuhend-office-",
                                     ignore_cleanup_errors=True) as folder:
        scratch = Path(folder)
        with locked_kept_profile(kept_home() if home is None else home) as kept:
            if kept is not None:
                outcome, code = _attempt(soffice, kept, args, made, time_limit, scratch)
                if outcome is Outcome.MADE and code == 0 and is_seeded(kept):
                    shutil.rmtree(kept / "user" / "backup", ignore_errors=True)
                    return outcome
                discard(kept)  # it may be the profile's fault: never reuse it
                if outcome is Outcome.MADE:
                    return outcome
                made.unlink(missing_ok=True)
        fresh = scratch / "profile"
        seed(fresh)
        return _attempt(soffice, fresh, args, made, time_limit, scratch)[0]
