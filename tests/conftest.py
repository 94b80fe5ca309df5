"""Test set-up: Qt always offscreen; no QApplication unless a test asks for ``qtbot``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
