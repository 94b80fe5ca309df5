"""Start-up without a window: the checked editor options and the log file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ametijuhend_desktop import logs
from ametijuhend_desktop.editor_options import (
    check_screenshot,
    check_select,
    parse_select,
    parse_size,
    spell,
)
from ametijuhend_desktop.errors import UsageError
from ametijuhend_desktop.library.new_document import new_document


def test_sizes() -> None:
    assert parse_size("1000x700") == (1000, 700)
    assert parse_size(" 800 X 600 ") == (800, 600)
    for bad in ("1280", "0x0", "axb", "1280x", "199x800", "8001x800", "-5x5", "1e3x800", ""):
        with pytest.raises(UsageError):
            parse_size(bad)


def test_select_paths_are_checked_against_the_document() -> None:
    doc = new_document()  # one duty
    for good in ("duties/1", "duties/1/results", "requirements/languages", "meta", "signatories"):
        check_select(doc, parse_select(good))
        assert spell(parse_select(good)) == good
    for bad in ("duties/2", "duties/1/nothing", "general/__class__", "requirements/rows/99"):
        with pytest.raises(UsageError) as caught:
            check_select(doc, parse_select(bad))
        assert repr(bad) in caught.value.message("en")
    for bad in ("bogus", "", "/", "duties/0", "__init__"):
        with pytest.raises(UsageError):
            parse_select(bad)


def test_screenshot_targets(tmp_path: Path) -> None:
    check_screenshot(tmp_path / "a.png")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for bad in (tmp_path, tmp_path / "none" / "a.png", tmp_path / "file" / "a.png"):
        with pytest.raises(UsageError):
            check_screenshot(bad)


def test_the_log_goes_where_the_environment_says_and_rotates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMETIJUHEND_LOG_DIR", str(tmp_path / "logi"))
    try:
        file = logs.start_logging()
        assert file == tmp_path / "logi" / "ametijuhend.log" == logs.log_file()
        assert logs.start_logging() == file  # a second start adds no second handler
        ours = [h for h in logging.getLogger(logs.LOGGER).handlers if getattr(h, "_ametijuhend", 0)]
        assert len(ours) == 1
        logger = logging.getLogger("ametijuhend_desktop.storage.save")
        for _ in range(logs.MAX_BYTES // 500 * 7):
            logger.info("save: %s", "x" * 500)
        names = sorted(p.name for p in file.parent.iterdir())
        assert names == ["ametijuhend.log", *(f"ametijuhend.log.{n}" for n in range(1, 6))]
        assert all(p.stat().st_size <= logs.MAX_BYTES for p in file.parent.iterdir())
    finally:
        logs.stop_logging()


def test_no_log_folder_is_no_reason_not_to_start(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert logs.start_logging(blocked / "logi") is None
