"""No usable display: one line saying what to set or install, exit 2, never Qt's abort."""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from designer.app import display
from designer.app.display import display_problem

LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland")


def _run_window(**env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MIX_DESIGNER_KEY")}
    return subprocess.run([sys.executable, "-m", "designer"], env={**base, **env},
                          capture_output=True, text=True, timeout=120)


def _free_display_number() -> int:
    for number in range(4242, 4300):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display number")


@LINUX
def test_no_display_at_all_exits_2_in_one_line_saying_what_to_set():
    result = _run_window()
    assert result.returncode == 2, result.stderr  # not 134: Qt's abort and core dump
    assert result.stderr.count("\n") == 1
    assert "no display (DISPLAY is not set)" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


@LINUX
def test_a_display_that_does_not_answer_exits_2_naming_it():
    number = _free_display_number()
    result = _run_window(DISPLAY=f":{number}")
    assert result.returncode == 2, result.stderr
    assert f"the X display :{number} (DISPLAY) does not answer" in result.stderr
    assert result.stderr.count("\n") == 1


@LINUX
def test_a_missing_x11_library_is_named_with_what_to_install(monkeypatch):
    def missing(path, *args, **kwargs):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or "
                      "directory")

    monkeypatch.setattr(display, "_connect_x", lambda host, number: None)  # X answers
    monkeypatch.setattr(ctypes, "CDLL", missing)
    problem = display_problem({"DISPLAY": ":0"}, "linux")
    assert "needs libxcb-cursor.so.0 (package libxcb-cursor0)" in problem
    assert display.INSTALL_X11 in problem


@LINUX
def test_a_wayland_desktop_without_x_gets_the_wayland_platform(tmp_path):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "wayland-0"))
        env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)}
        problem = display_problem(env, "linux")
    assert problem is None or "needs" in problem  # its plugin's libraries may be missing
    assert env["QT_QPA_PLATFORM"] == "wayland"
    assert "has no socket" in display_problem({"WAYLAND_DISPLAY": "wayland-9",
                                               "XDG_RUNTIME_DIR": str(tmp_path)}, "linux")
    assert "WAYLAND_DISPLAY is not set" in display_problem({"QT_QPA_PLATFORM": "wayland"},
                                                           "linux")


@pytest.mark.parametrize("env, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux"),
    ({}, "darwin"),
    ({}, "win32"),
])
def test_platforms_that_need_no_display_server_are_not_checked(env, platform):
    assert display_problem(dict(env), platform) is None


def test_a_display_name_that_does_not_parse_is_named():
    assert "not a display name" in display_problem({"DISPLAY": "nonsense"}, "linux")
