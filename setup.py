"""Only the package list lives here; everything else is in pyproject.toml.

pyproject.toml maps the top-level resources/ folder to the package ``designer.resources``
(package-dir), and a ``packages.find`` directive cannot add a package found elsewhere, so the
list is ``designer`` and its subpackages, found afresh at every build, plus that one.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["designer", "designer.*"]), "designer.resources"])
