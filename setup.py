"""Build shim: which packages go into the wheel; everything else is in pyproject.toml.

Every package under ``ametijuhend_desktop/`` is found, so a new folder cannot be left
out by hand. The data files live in ``resources/`` at the top of the checkout and are
installed as the package ``ametijuhend_desktop.resources``. pyproject.toml can either find
packages (``[tool.setuptools.packages.find]``) or list them with a folder mapping, but not
both at once; hence these few lines.
"""

from setuptools import find_packages, setup

PACKAGE = "ametijuhend_desktop"
RESOURCES = f"{PACKAGE}.resources"

found = find_packages(include=[PACKAGE, f"{PACKAGE}.*"], exclude=[RESOURCES, f"{RESOURCES}.*"])
setup(
    packages=[*found, RESOURCES],
    package_dir={RESOURCES: "resources"},
)
