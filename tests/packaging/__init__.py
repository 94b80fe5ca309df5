"""Tests of what users install: the wheel, the stand-alone build, the desktop files."""
