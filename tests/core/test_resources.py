"""The app's data files are found, read, and refused for names that are not theirs."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from designer.core import resources
from designer.core.resources import APP_ICON, resource_bytes, resource_file

SVG = "{http://www.w3.org/2000/svg}"


def test_the_app_icon_is_a_square_svg():
    root = ET.fromstring(resource_bytes(APP_ICON))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert root.get("width") == root.get("height") == "256"


def test_resource_file_lasts_beyond_a_with_block():
    path = resource_file(APP_ICON)
    assert path is not None
    assert path.name == APP_ICON
    assert path.read_bytes() == resource_bytes(APP_ICON)


def test_a_checkout_without_the_installed_package_reads_the_folder(monkeypatch):
    def missing(package):
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(resources.importlib.resources, "files", missing)
    repo = Path(__file__).resolve().parents[2]
    assert resource_file(APP_ICON) == repo / "resources" / APP_ICON


@pytest.mark.parametrize("name", ["", "../pyproject.toml", "sub/file.svg", "..\\x", ".hidden"])
def test_names_outside_the_folder_are_refused(name):
    with pytest.raises(ValueError):
        resource_bytes(name)


def test_an_unknown_resource_is_a_file_not_found():
    with pytest.raises(FileNotFoundError):
        resource_bytes("no-such-icon.svg")


def test_the_core_reads_resources_without_qt():
    code = ("import sys; from designer.core.resources import APP_ICON, resource_bytes; "
            "resource_bytes(APP_ICON); sys.exit('PySide6' in sys.modules)")
    repo = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=repo, timeout=60).returncode == 0
