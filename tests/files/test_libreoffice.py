"""The kept LibreOffice profile: reused, locked, replaced when damaged, macros off; with
the real LibreOffice, checked through the PDFs the user gets."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx import pdf
from ametijuhend_desktop.files import libreoffice, user_folders
from ametijuhend_desktop.model import JobDescription

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "projektijuht-jatkutugi.ajx"
needs_soffice = pytest.mark.skipif(
    libreoffice.find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or pdftotext is not installed")
MACROS_OFF = {("DisableMacrosExecution", "true"), ("MacroSecurityLevel", "3")}


@pytest.fixture(scope="module")
def example() -> JobDescription:
    return ajx.read_file(EXAMPLE)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The kept profile's folder, in a cache folder of the test's own."""
    monkeypatch.setenv(user_folders.CACHE_ENV, str(tmp_path / "cache"))
    return libreoffice.kept_home()


def _assert_good_pdf(path: Path, doc: JobDescription) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert re.search(rb"pdfaid:part(>|=\")2", data), "not declared PDF/A-2"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert " ".join(doc.general.job_title.split()) in " ".join(text.split())


def _settings(profile: Path) -> Path:
    return profile / "user" / "registrymodifications.xcu"


def _macro_settings(profile: Path) -> set[tuple[str, str]]:
    text = _settings(profile).read_text("utf-8")
    return set(re.findall(r'<prop oor:name="(DisableMacrosExecution|MacroSecurityLevel)"'
                          r'[^>]*><value>([^<]*)</value>', text))


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_ino, status.st_mtime_ns


def test_the_seed_is_recognised_and_a_damaged_or_changed_one_is_not(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    libreoffice.seed(profile)
    assert libreoffice.is_seeded(profile)
    text = _settings(profile).read_text("utf-8")
    _settings(profile).write_text(text.replace("<value>3</value>", "<value>0</value>"), "utf-8")
    assert not libreoffice.is_seeded(profile), "macros allowed again"
    _settings(profile).write_text(text[:len(text) // 2], "utf-8")
    assert not libreoffice.is_seeded(profile), "truncated"
    _settings(profile).write_bytes(b"\x00garbage <<<")
    assert not libreoffice.is_seeded(profile)
    _settings(profile).unlink()
    assert not libreoffice.is_seeded(profile)


def test_a_discarded_profile_is_gone_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    libreoffice.seed(profile)
    libreoffice.discard(profile)
    libreoffice.discard(profile)  # already gone: no error
    assert list(tmp_path.iterdir()) == []


def test_libreoffice_never_starts_on_a_kept_profile_with_macros_allowed(tmp_path: Path) -> None:
    home = tmp_path / "libreoffice"
    with libreoffice.locked_kept_profile(home) as profile:
        assert profile is not None
        text = _settings(profile).read_text("utf-8")
        _settings(profile).write_text(text.replace("<value>true</value>", "<value>false</value>"),
                                      "utf-8")
    with libreoffice.locked_kept_profile(home) as profile:
        assert profile is not None
        assert _macro_settings(profile) == MACROS_OFF


@pytest.mark.slow
@needs_soffice
def test_the_second_export_reuses_the_kept_profile(example: JobDescription, home: Path,
                                                   tmp_path: Path) -> None:
    first = pdf.export_pdf(example, tmp_path / "first.pdf")
    _assert_good_pdf(first, example)
    profile = libreoffice.kept_profile(home)
    built = profile / "user" / "extensions" / "buildid"  # written once, when LibreOffice builds it
    before = (profile / "user").stat().st_ino, _stamp(built)
    second = pdf.export_pdf(example, tmp_path / "second.pdf")
    _assert_good_pdf(second, example)
    assert ((profile / "user").stat().st_ino, _stamp(built)) == before, "the profile was made again"
    assert libreoffice.is_seeded(profile)
    assert _macro_settings(profile) == MACROS_OFF
    assert sorted(p.name for p in home.iterdir()) == ["lock", "profile"]


@pytest.mark.slow
@needs_soffice
def test_the_kept_profile_holds_nothing_of_the_document(example: JobDescription, home: Path,
                                                        tmp_path: Path) -> None:
    out = pdf.export_pdf(example, tmp_path / "salajane-nimi.pdf")
    _assert_good_pdf(out, example)
    for root, _dirs, files in os.walk(home):
        for name in files:
            data = (Path(root) / name).read_bytes()
            for private in (b"salajane-nimi", b"ametijuhend.docx", b"ametijuhend-pdf-",
                            example.general.job_title.encode("utf-8")):
                assert private not in data, f"{private!r} in {name}"


@pytest.mark.slow
@needs_soffice
def test_two_exports_at_the_same_time_both_make_their_pdf(example: JobDescription, home: Path,
                                                          tmp_path: Path) -> None:
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def export(name: str) -> None:
        start.wait()
        try:
            pdf.export_pdf(example, tmp_path / name)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=export, args=(f"{n}.pdf",)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert failures == []
    for name in ("a.pdf", "b.pdf"):
        _assert_good_pdf(tmp_path / name, example)
    assert libreoffice.is_seeded(libreoffice.kept_profile(home))


@pytest.mark.slow
@needs_soffice
def test_a_busy_profile_means_a_fresh_one_and_the_kept_one_is_untouched(
        example: JobDescription, home: Path, tmp_path: Path) -> None:
    with libreoffice.locked_kept_profile(home) as held:  # another export holds it
        assert held is not None
        marker = held / "user" / "ours.txt"
        marker.write_text("untouched", "utf-8")
        _assert_good_pdf(pdf.export_pdf(example, tmp_path / "a.pdf"), example)
        assert not (held / "user" / "extensions").exists(), "LibreOffice ran in the busy profile"
    assert marker.read_text("utf-8") == "untouched"


def _damage_settings(profile: Path) -> None:
    _settings(profile).write_bytes(b"garbage <<< not xml &&&")


def _truncate_settings(profile: Path) -> None:
    data = _settings(profile).read_bytes()
    _settings(profile).write_bytes(data[:len(data) // 3])


def _damage_extensions(profile: Path) -> None:
    """LibreOffice stops at start with these (it crashes: exit 134)."""
    for file in (profile / "user" / "extensions").rglob("*.xml"):
        file.write_bytes(b"junk")


def _extensions_a_file(profile: Path) -> None:
    shutil.rmtree(profile / "user" / "extensions")
    (profile / "user" / "extensions").write_bytes(os.urandom(100))


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("damage", [_damage_settings, _truncate_settings, _damage_extensions,
                                    _extensions_a_file])
def test_a_damaged_profile_still_gives_the_pdf_and_is_replaced(
        example: JobDescription, home: Path, tmp_path: Path, damage: object) -> None:
    _assert_good_pdf(pdf.export_pdf(example, tmp_path / "first.pdf"), example)
    profile = libreoffice.kept_profile(home)
    marker = profile / "user" / "ours.txt"
    marker.write_text("the old profile", "utf-8")
    assert callable(damage)
    damage(profile)
    _assert_good_pdf(pdf.export_pdf(example, tmp_path / "second.pdf"), example)
    if profile.exists():  # replaced at once (a damaged settings file) or on the next export
        assert not marker.exists(), "the damaged profile was kept"
    _assert_good_pdf(pdf.export_pdf(example, tmp_path / "third.pdf"), example)
    assert not marker.exists()
    assert libreoffice.is_seeded(profile)
    assert _macro_settings(profile) == MACROS_OFF
    assert sorted(p.name for p in home.iterdir()) == ["lock", "profile"]


@pytest.mark.slow
@needs_soffice
def test_importing_an_old_format_uses_the_same_kept_profile(home: Path, tmp_path: Path) -> None:
    from ametijuhend_desktop.opening import open_document
    from ametijuhend_desktop.preview.plain_text import to_text

    old = tmp_path / "vana.rtf"
    old.write_bytes(b"{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 AMETIJUHEND\\par "
                    b"Ametikoha nimetus: Arhivaar\\par}")
    assert "Arhivaar" in to_text(open_document(old).doc)
    profile = libreoffice.kept_profile(home)
    built = _stamp(profile / "user" / "extensions" / "buildid")
    assert "Arhivaar" in to_text(open_document(old).doc)
    assert _stamp(profile / "user" / "extensions" / "buildid") == built
    assert _macro_settings(profile) == MACROS_OFF
