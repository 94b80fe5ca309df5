"""The wheel is whole and works where it is installed: built from a clean copy of the
checkout, installed (not editable) into a fresh virtual environment, and run from there."""

from __future__ import annotations

import configparser
import tarfile
import zipfile
from pathlib import Path

import pytest

from ametijuhend_desktop import __version__

from . import smoke
from .conftest import Built, Installed
from .smoke import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

PACKAGE = ROOT / "ametijuhend_desktop"


def _modules() -> set[str]:
    """Every module of the source tree, as a path inside the wheel."""
    return {f"ametijuhend_desktop/{p.relative_to(PACKAGE).as_posix()}"
            for p in PACKAGE.rglob("*.py")
            if p.relative_to(PACKAGE).parts[0] != "resources" and "__pycache__" not in p.parts}


def _resources() -> set[str]:
    """Every data file in resources/, as it is installed: ametijuhend_desktop/resources/…"""
    folder = ROOT / "resources"
    return {f"ametijuhend_desktop/resources/{p.relative_to(folder).as_posix()}"
            for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _wheel_names(built: Built) -> set[str]:
    with zipfile.ZipFile(built.wheel) as wheel:
        return set(wheel.namelist())


def test_every_module_is_in_the_wheel(built: Built) -> None:
    names = _wheel_names(built)
    assert len(_modules()) > 50
    missing = sorted(_modules() - names)
    assert not missing, f"modules left out of the wheel: {missing}"


def test_every_resource_is_in_the_wheel(built: Built) -> None:
    names = _wheel_names(built)
    missing = sorted(_resources() - names)
    assert not missing, f"data files left out of the wheel: {missing}"
    # And each kind the program loads is there at all (an empty resources/ would pass above).
    kinds = {"schema": ".xsd", "templates": ".docx", "i18n": ".qm", "icons": ".svg",
             "examples": ".ajx"}
    for folder, suffix in kinds.items():
        assert any(n.startswith(f"ametijuhend_desktop/resources/{folder}/") and n.endswith(suffix)
                   for n in names), f"no {suffix} in resources/{folder} of the wheel"
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert f"ametijuhend_desktop/resources/i18n/{ts.stem}.qm" in names, f"{ts.stem}.qm"


def test_the_command_is_in_the_wheel(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        info = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = configparser.ConfigParser()
        entry_points.read_string(wheel.read(info).decode())
    assert entry_points["console_scripts"]["ametijuhend"] == "ametijuhend_desktop.cli:main"


def test_the_sdist_holds_what_the_wheel_is_built_from(built: Built) -> None:
    with tarfile.open(built.sdist) as sdist:
        top = f"ametijuhend_desktop-{__version__}"
        names = {n.removeprefix(f"{top}/") for n in sdist.getnames()}
    source = {n.replace("ametijuhend_desktop/resources/", "resources/") for n in _resources()}
    missing = sorted((_modules() | source | {"pyproject.toml", "setup.py", "README.md"}) - names)
    assert not missing, f"left out of the sdist: {missing}"


def test_the_installed_program_is_the_wheel_not_the_checkout(installed: Installed,
                                                             tmp_path: Path) -> None:
    done = smoke.run([installed.python, "-c",
                      "import ametijuhend_desktop, importlib.resources as r; "
                      "print(ametijuhend_desktop.__file__); "
                      "print(r.files('ametijuhend_desktop.resources'))"], tmp_path)
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(installed.prefix.resolve()), line
    assert not list(installed.prefix.rglob("__editable__*")), "an editable install"


def test_version(installed: Installed, tmp_path: Path) -> None:
    smoke.check_version([installed.program], tmp_path, __version__)


def test_validate_the_examples(installed: Installed, tmp_path: Path) -> None:
    smoke.check_validate([installed.program], tmp_path / "home")


def test_export_and_import_the_examples(installed: Installed, tmp_path: Path) -> None:
    smoke.check_export_import([installed.program], tmp_path / "home", tmp_path)


def test_the_window_opens(installed: Installed, tmp_path: Path) -> None:
    smoke.check_screenshot([installed.program], tmp_path / "home", tmp_path)
