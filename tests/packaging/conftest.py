"""Session fixtures that build once: the wheel and sdist from a clean copy of the
checkout, that wheel installed into a fresh virtual environment, and the stand-alone
build made by packaging/build.sh. Each takes tens of seconds, so every test shares them."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest

from .smoke import ROOT, user_env

# Not in a fresh checkout: caches, virtual environments, build output, and the
# development link ametijuhend_desktop/resources -> ../resources.
_SKIP = {".git", ".venv", "build", "dist", "out", "__pycache__", ".mypy_cache",
         ".ruff_cache", ".pytest_cache", ".hypothesis"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names if n in _SKIP or n.endswith(".egg-info")}
    if Path(folder).resolve() == (ROOT / "ametijuhend_desktop").resolve():
        skipped.add("resources")
    return skipped


def _require(module: str) -> None:
    # The runnable module, not just the name: a checkout's build/ folder is a namespace
    # package called "build" too.
    try:
        found = importlib.util.find_spec(f"{module}.__main__") is not None
    except ModuleNotFoundError:
        found = False
    if not found:
        pytest.skip(f"{module} is not installed (packaging/test.sh installs the test extras)")


@dataclass(frozen=True)
class Built:
    wheel: Path
    sdist: Path
    seconds: float


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``python -m build`` on a copy of the checkout: sdist first, the wheel from it."""
    _require("build")
    base = tmp_path_factory.mktemp("build")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=_ignore, symlinks=True)
    started = time.monotonic()
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(base / "dist"),
                           str(source)], capture_output=True, text=True, timeout=900, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = list((base / "dist").glob("*.whl"))
    sdists = list((base / "dist").glob("*.tar.gz"))
    assert len(wheels) == len(sdists) == 1, list((base / "dist").iterdir())
    return Built(wheels[0], sdists[0], time.monotonic() - started)


@dataclass(frozen=True)
class Installed:
    prefix: Path  # the virtual environment

    @property
    def program(self) -> Path:
        scripts = "Scripts" if os.name == "nt" else "bin"
        return self.prefix / scripts / ("ametijuhend.exe" if os.name == "nt" else "ametijuhend")

    @property
    def python(self) -> Path:
        return self.prefix / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.fixture(scope="session")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel, not editable, with its dependencies from PyPI, in a new environment."""
    prefix = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=True).create(prefix)
    target = Installed(prefix)
    # No PYTHONPATH: the checkout on it would count as already installed.
    env = user_env(tmp_path_factory.mktemp("home"))
    env["HOME"] = os.environ.get("HOME", env["HOME"])  # pip's download cache
    done = subprocess.run(
        [str(target.python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
         str(built.wheel)], capture_output=True, text=True, timeout=1500, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return target


@dataclass(frozen=True)
class Frozen:
    folder: Path  # dist/ametijuhend
    archive: Path | None  # the Linux .tar.gz
    seconds: float

    @property
    def program(self) -> Path:
        return self.folder / ("ametijuhend-cli.exe" if os.name == "nt" else "ametijuhend")


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    """``bash packaging/build.sh`` with this Python, its output in a temporary folder."""
    _require("PyInstaller")
    if shutil.which("bash") is None:
        pytest.skip("bash is needed for packaging/build.sh")
    base = tmp_path_factory.mktemp("frozen")
    env = dict(os.environ, AMETIJUHEND_PYTHON=sys.executable,
               AMETIJUHEND_DIST=str(base / "dist"), AMETIJUHEND_WORK=str(base / "work"))
    started = time.monotonic()
    done = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], capture_output=True,
                          text=True, timeout=1500, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    archives = list((base / "dist").glob("ametijuhend-*.tar.gz"))
    return Frozen(base / "dist" / "ametijuhend", archives[0] if archives else None,
                  time.monotonic() - started)
