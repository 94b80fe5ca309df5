"""A failed file operation is told in the user's language, never in the system's English."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ametijuhend_desktop.files.bounded import read_file
from ametijuhend_desktop.files.os_errors import os_reason
from ametijuhend_desktop.folder.summary import summarise


@pytest.mark.parametrize("code", sorted(errno.errorcode))
def test_estonian_never_carries_the_systems_words(code: int) -> None:
    et, en = os_reason(OSError(code, os.strerror(code)))
    assert os.strerror(code) not in et
    assert et and en


def test_the_common_causes_have_words_of_their_own() -> None:
    assert os_reason(OSError(errno.EAGAIN, "Resource temporarily unavailable")) == (
        "fail on hõivatud; proovige uuesti", "the file is busy; try again")
    assert os_reason(OSError(errno.ELOOP, "x"))[0] == "liiga palju nimeviitu järjest"
    assert os_reason(OSError(99999, "Strange"))[0] == "süsteemi viga"


def test_a_symlink_loop_reads_in_estonian(tmp_path: Path) -> None:
    loop = tmp_path / "silmus.ajx"
    loop.symlink_to(loop)
    summary = summarise(loop)
    assert summary.problem is not None
    assert summary.problem.text("et") == "faili ei saanud lugeda (liiga palju nimeviitu järjest)."
    assert summary.problem.text("en") == "the file could not be read (too many symbolic links in a row)."
    with pytest.raises(Exception) as refused:
        read_file(loop, 1024)
    assert "Too many levels" not in str(refused.value)
