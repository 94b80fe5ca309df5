"""Test set-up: Qt always offscreen; no QApplication unless a test asks for ``qtbot``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

# The README test command (and so CI) runs the "ci" profile: 2,000 examples a property.
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
