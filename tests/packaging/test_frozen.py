"""The stand-alone build (PyInstaller, one folder) runs without Python installed, and
on Linux its archive installs for one user and teaches the desktop the .ajx type."""

from __future__ import annotations

import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from ametijuhend_desktop import __version__

from . import smoke
from .conftest import Frozen

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

MIME_TYPE = "application/x-ametijuhend+xml"


def test_version(frozen: Frozen, tmp_path: Path) -> None:
    smoke.check_version([frozen.program], tmp_path, __version__)


def test_validate_the_examples(frozen: Frozen, tmp_path: Path) -> None:
    smoke.check_validate([frozen.program], tmp_path / "home")


def test_export_and_import_the_examples(frozen: Frozen, tmp_path: Path) -> None:
    smoke.check_export_import([frozen.program], tmp_path / "home", tmp_path)


def test_the_window_opens(frozen: Frozen, tmp_path: Path) -> None:
    smoke.check_screenshot([frozen.folder / "ametijuhend"], tmp_path / "home", tmp_path)


def test_the_build_carries_its_data_files(frozen: Frozen) -> None:
    data = next(frozen.folder.rglob("ametijuhend_desktop/resources"))
    for wanted in ("schema/ajx-1.xsd", "templates/ska.docx", "i18n/ametijuhend_en.qm",
                   "i18n/qt_et.qm", "icons/app.svg"):
        assert (data / wanted).is_file(), wanted


@pytest.mark.skipif(os.name == "nt", reason="the Linux archive")
def test_the_archive_holds_the_program_and_desktop_files(frozen: Frozen) -> None:
    assert frozen.archive is not None
    with tarfile.open(frozen.archive) as archive:
        names = {Path(n).relative_to(Path(n).parts[0]).as_posix() for n in archive.getnames()
                 if len(Path(n).parts) > 1}
    for wanted in ("ametijuhend/ametijuhend", "install.sh", "uninstall.sh",
                   "ametijuhend.desktop", "ametijuhend-mime.xml", "ametijuhend.svg",
                   "ametijuhend-document.svg"):
        assert wanted in names, wanted


def _xdg(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    return smoke.run(["xdg-mime", *args], home)


@pytest.mark.skipif(not smoke.have("xdg-mime", "update-mime-database", "mimetype"),
                    reason="xdg-utils, shared-mime-info and libfile-mimeinfo-perl "
                           "(packaging/setup.sh --test installs them as root)")
def test_install_registers_ajx_and_uninstall_leaves_documents(frozen: Frozen,
                                                             tmp_path: Path) -> None:
    assert frozen.archive is not None
    with tarfile.open(frozen.archive) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = next((tmp_path / "unpacked").iterdir())
    home = tmp_path / "home"
    document = home / "Dokumendid" / "minu ametijuhend.ajx"
    document.parent.mkdir(parents=True)
    document.write_bytes(smoke.EXAMPLES[0].read_bytes())

    done = smoke.run(["sh", unpacked / "install.sh"], home)
    assert done.returncode == 0, done.stdout + done.stderr
    command = home / ".local" / "bin" / "ametijuhend"
    smoke.check_version([command], home, __version__)
    assert _xdg("query", "filetype", document, home=home).stdout.strip() == MIME_TYPE
    assert _xdg("query", "default", MIME_TYPE, home=home).stdout.strip() == "ametijuhend.desktop"
    entry = (home / ".local/share/applications/ametijuhend.desktop").read_text()
    assert f"MimeType={MIME_TYPE};" in entry
    assert str(home / ".local/lib/ametijuhend/ametijuhend") in entry
    assert (home / ".local/share/icons/hicolor/scalable/mimetypes/"
            "application-x-ametijuhend+xml.svg").is_file()

    done = smoke.run(["sh", home / ".local/lib/ametijuhend/uninstall.sh"], home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not command.exists() and not (home / ".local/lib/ametijuhend").exists()
    assert _xdg("query", "filetype", document, home=home).stdout.strip() != MIME_TYPE
    assert document.read_bytes() == smoke.EXAMPLES[0].read_bytes()
