"""The packaging files, checked without building: the PyInstaller build itself is too slow
for the test run (packaging/build.sh, then packaging/smoke.sh)."""

from __future__ import annotations

import ast
import configparser
import fnmatch
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePath

import pytest

from designer import __version__
from designer.app.icon import DESKTOP_FILE
from designer.cli.main import main
from designer.core.resources import APP_ICON

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{DESKTOP_FILE}.desktop"
APP_ID = "io.github.mixdesigner.MixDesigner"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SCRIPT = "mix-designer"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def assignments(path) -> dict[str, ast.expr]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def test_the_console_script_is_the_cli_main():
    assert PYPROJECT["project"]["scripts"] == {SCRIPT: "designer.cli.main:main"}


def test_resources_are_installed_as_designer_resources():
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"designer.resources": "resources"}
    patterns = setuptools["package-data"]["designer.resources"]
    for file in (REPO / "resources").iterdir():
        if file.is_file() and file.suffix != ".py":
            assert any(fnmatch.fnmatch(file.name, p) for p in patterns), \
                f"resources/{file.name} would be left out of the wheel: add it to package-data"
    assert '"designer.resources"' in (REPO / "setup.py").read_text(encoding="utf-8")


def test_the_desktop_file_launches_the_script_with_the_app_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Mix Designer"
    assert entry["Exec"].split()[:2] == [SCRIPT, "open"]
    assert entry["TryExec"] == SCRIPT
    assert entry["Icon"] == PurePath(APP_ICON).stem
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert set(entry) <= {"Type", "Version", "Name", "GenericName", "Comment", "Exec",
                          "TryExec", "Icon", "Terminal", "Categories", "Keywords",
                          "StartupNotify", "MimeType"}


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_the_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_the_metainfo_names_the_app_its_launcher_binary_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]["text"]
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == SCRIPT
    assert root.find("content_rating") is not None
    assert __version__ in [release.get("version") for release in root.iter("release")]


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (appstream) is not installed")
def test_the_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_builds_one_folder_from_the_entry_point():
    spec = (PACKAGING / "mix-designer.spec").read_text(encoding="utf-8")
    values = assignments(PACKAGING / "mix-designer.spec")
    assert ast.literal_eval(values["NAME"]) == SCRIPT
    assert 'entry_points(group="console_scripts", name=NAME)' in spec
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # one folder, not one file
    assert "collect_data_files(\"designer\")" in spec  # the resources
    assert '"PySide6.QtSvg"' in spec  # the icon engine's library
    excludes = ast.literal_eval(values["excludes"])
    assert {"tkinter", "pytest", "hypothesis"} <= set(excludes)
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                "PySide6.QtSvg"} & set(excludes)
    assert 'hookspath=[str(HERE / "hooks")]' in spec


def _is_literal(node: ast.expr) -> bool:
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


def _qt_hook():
    """The QtGui hook's constants and ``wanted``, without PyInstaller (its import is left out)."""
    path = PACKAGING / "hooks" / "hook-PySide6.QtGui.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    kept = [node for node in tree.body if isinstance(node, ast.FunctionDef)
            or (isinstance(node, ast.Assign) and _is_literal(node.value))]
    namespace = {"PurePath": PurePath}
    exec(compile(ast.Module(kept, type_ignores=[]), str(path), "exec"), namespace)
    return namespace


@pytest.mark.parametrize(("source", "kept"), [
    ("platforms/libqxcb.so", True),
    ("platforms/libqoffscreen.so", True),
    ("platforms/libqwayland.so", False),
    ("platforms/libqeglfs.so", False),
    ("platforms/libqvnc.so", False),
    ("platformthemes/libqgtk3.so", False),
    ("platformthemes/libqxdgdesktopportal.so", True),
    ("iconengines/libqsvgicon.so", True),
    ("imageformats/libqsvg.so", True),
    ("xcbglintegrations/libqxcb-glx-integration.so", True),
    ("wayland-shell-integration/libxdg-shell.so", False),
    ("generic/libqtuiotouchplugin.so", False),
])
def test_the_qt_hook_keeps_xcb_and_offscreen_and_drops_the_rest(source, kept):
    wanted = _qt_hook()["wanted"]
    plugin = PurePath("/venv/site-packages/PySide6/Qt/plugins") / source
    dest = PurePath("PySide6/Qt/plugins") / PurePath(source).parent
    assert wanted(str(plugin), str(dest)) is kept
    assert wanted("/venv/site-packages/PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib")


@pytest.mark.parametrize("script", ["build.sh", "smoke.sh"])
def test_the_scripts_are_executable_bash(script):
    path = PACKAGING / script
    assert os.access(path, os.X_OK)
    assert path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    assert subprocess.run(["bash", "-n", str(path)], timeout=60).returncode == 0


def test_the_build_writes_to_dist_and_the_smoke_test_opens_a_valid_example(capsys):
    assert '--distpath "$ROOT/dist"' in (PACKAGING / "build.sh").read_text(encoding="utf-8")
    smoke = (PACKAGING / "smoke.sh").read_text(encoding="utf-8")
    assert "dist/mix-designer/mix-designer" in smoke
    assert "--exit-when-ready" in smoke and "QT_QPA_PLATFORM=offscreen" in smoke
    for line in smoke.splitlines():
        if line.startswith(("PRESET=", "REQUEST=")):
            example = REPO / line.split("=", 1)[1].removeprefix("$ROOT/")
            assert main(["validate", str(example)]) == 0
            output = capsys.readouterr()
            assert (output.out + output.err).strip().endswith(": valid")


def test_build_outputs_are_ignored():
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert {"build/", "dist/", ".venv/"} <= set(ignored)
