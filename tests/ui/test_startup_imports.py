"""Start-up stays quick: the window does not load what only rare actions need."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # a fresh interpreter


def test_opening_the_window_does_not_load_python_docx() -> None:
    probe = ("import sys; import ametijuhend_desktop.app, ametijuhend_desktop.ui.main_window; "
             "print(sorted(m for m in ('docx', 'lxml.etree') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert "docx" not in out.stdout, out.stdout  # Word export and template checks load it
