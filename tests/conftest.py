"""Test set-up: Qt always offscreen; no QApplication unless a test asks for ``qtbot``."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

# The README test command (and so CI) runs the "ci" profile: 2,000 examples a property,
# the same ones on every run, so a fresh-clone run here predicts CI's; the "dev" profile
# (a plain pytest run) draws new examples each time and keeps exploring.
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "ci", max_examples=2000, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The log goes to a scratch folder, never the user's (subprocesses inherit it).
os.environ.setdefault("AMETIJUHEND_LOG_DIR", tempfile.mkdtemp(prefix="ametijuhend-test-log-"))
# The folder index and LibreOffice's kept profile live in the cache folder: not the user's.
os.environ.setdefault("AMETIJUHEND_CACHE_DIR", tempfile.mkdtemp(prefix="ametijuhend-test-cache-"))
