"""Every hostile file through every loader: a clear UserError each time, fast, bounded.

The corpus is tests/data/hostile/ (written by tests/data/make_hostile.py); the cases too big
to commit are made here at test time. The in-process test checks the message and the
time; the slow one runs everything in a child process and checks its peak memory too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.errors import UserError
from ametijuhend_desktop.opening import Source, open_document
from ametijuhend_desktop.storage.backups import Backup, BackupStore
from ametijuhend_desktop.storage.recovery import read_recovery_file
from tests.data.make_hostile import HERE, large_cases

ROOT = Path(__file__).resolve().parents[2]
MAX_SECONDS = 2.0
MAX_MEMORY_MB = 200
# What a person should never see: Python's own words leaking through a message.
JUNK = re.compile(r"Traceback|NoneType|object has no|not in range|invalid literal|Errno|"
                  r"codec can't|unbound|KeyError|IndexError|\\x[0-9a-f]{2}")


def _open_backup(path: Path) -> object:
    return BackupStore(path.parent).open(Backup(path, dt.datetime.now(dt.UTC), 0))


def _open_document(path: Path) -> object:
    """The one door: a hostile file may only get through as a foreign Word file when it is
    one (listed in IMPORTABLE), or as plain text when its name is neither .ajx nor .docx
    (a recovery file is text to the importer)."""
    opened = open_document(path)
    if path.name.startswith("valid-"):  # a large legitimate case: it must simply open
        return opened
    if opened.source is Source.TEXT:
        assert path.suffix not in (".ajx", ".docx"), path.name
    else:
        assert opened.source is Source.FOREIGN_WORD and path.name in IMPORTABLE, path.name
    raise _Imported(opened)


class _Imported(UserError):
    """A foreign Word file the door rightly imported: counted as handled, not refused."""

    def __init__(self, opened: object) -> None:
        super().__init__("imporditi võõra Wordi failina.", "imported as a foreign Word file.")
        self.opened = opened


# Legitimate foreign Word files (they carry no data of ours): the door imports them.
IMPORTABLE = {"docx-no-ajx-item.docx", "docx-item-wrong-namespace.docx"}


def _check_template(path: Path) -> object:
    from ametijuhend_desktop.docx.template import load_template

    return load_template(path)


def _docx_available() -> bool:
    try:
        import ametijuhend_desktop.docx.embedded
        import ametijuhend_desktop.docx.template  # noqa: F401
    except ImportError:
        return False
    return True


LOADERS: dict[str, Callable[[Path], object]] = {
    "ajx.read_file": ajx.read_file,
    "open_document": _open_document,
    "recovery": read_recovery_file,
    "backup": _open_backup,
}
if _docx_available():
    LOADERS["load_template"] = _check_template

CORPUS = sorted(HERE.iterdir())


def test_the_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 50
    assert sum(p.stat().st_size for p in CORPUS) < 4 * 1024 * 1024


def refusal(loader: Callable[[Path], object], path: Path) -> tuple[UserError | None, float]:
    started = time.perf_counter()
    try:
        loader(path)
    except UserError as exc:
        return exc, time.perf_counter() - started
    return None, time.perf_counter() - started


def _assert_clear(error: UserError | None, path: Path, name: str) -> None:
    assert error is not None, f"{name} accepted {path.name}"
    if isinstance(error, _Imported):
        return
    for lang in ("et", "en"):
        message = error.message(lang)
        assert message.startswith(str(path)), message
        text = message[len(str(path)):]
        assert len(text) > 10 and not JUNK.search(text), message


@pytest.mark.parametrize("name", sorted(LOADERS))
@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_every_loader_refuses_clearly_and_fast(path: Path, name: str) -> None:
    error, seconds = refusal(LOADERS[name], path)
    _assert_clear(error, path, name)
    assert seconds < MAX_SECONDS


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


def _reset_peak() -> float:
    """Reset the kernel's peak-RSS mark (VmHWM) to the current RSS and return that RSS.

    ru_maxrss cannot be used: Linux carries it over from the parent across exec.
    """
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mb("VmRSS")


def _child(folder: Path, case: str) -> None:
    """In a child process: one large case (or the whole corpus, case "corpus") through each
    loader, printing the time and how far the peak RSS rose above the RSS before the call."""
    makers = dict((p.name, make) for p, make in large_cases(folder))
    files = CORPUS if case == "corpus" else [folder / case]
    if case != "corpus":
        makers[case]()
    for path in files:
        for name, loader in LOADERS.items():
            before = _reset_peak()
            error, seconds = refusal(loader, path)
            rise = _status_mb("VmHWM") - before
            if error is not None and not path.name.startswith("valid-"):
                _assert_clear(error, path, name)
            print(json.dumps({"file": path.name, "loader": name, "ok": error is not None,
                              "seconds": seconds, "mb": rise}), flush=True)


LARGE = [p.name for p, _ in large_cases(Path())]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="measures with Linux /proc")
@pytest.mark.parametrize("case", ["corpus", *LARGE])
def test_within_time_and_memory(tmp_path: Path, case: str) -> None:
    script = ("import sys, pathlib; from tests.storage.test_hostile_corpus import _child; "
              "_child(pathlib.Path(sys.argv[1]), sys.argv[2])")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path), case], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == (len(CORPUS) if case == "corpus" else 1) * len(LOADERS)
    if case.startswith("valid-"):
        assert not [r for r in rows if r["ok"] and r["loader"] in {"ajx.read_file", "open_document", "backup"}]
    else:
        assert not [r for r in rows if not r["ok"]]
    assert not [r for r in rows if r["seconds"] >= MAX_SECONDS]
    assert max(r["mb"] for r in rows) < MAX_MEMORY_MB, max(rows, key=lambda r: r["mb"])
