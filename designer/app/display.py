"""Whether the window can open here, found out before Qt is asked.

Qt aborts the whole process (SIGABRT, a core dump) when its platform plugin cannot open a
display or load its libraries, before any Python code can catch anything. So before the
QApplication is made: on Linux and the BSDs, the display the platform needs must answer
(DISPLAY's X server, WAYLAND_DISPLAY's socket), and the platform plugin must load, which
``dlopen`` tells without aborting: it names the first missing library. Platforms that need
no display (QT_QPA_PLATFORM=offscreen, vnc ...) and macOS and Windows are not checked.

No Qt import here: this runs first. Cost on the normal path: one socket connect and loading
the plugin Qt is about to load anyway (about 2 ms; see docs/benchmarks.md).
"""

from __future__ import annotations

import ctypes
import os
import re
import socket
import stat
import sys
from collections.abc import MutableMapping
from pathlib import Path

#: The libraries Qt's X11 plugin needs that minimal desktops lack, by Debian/Ubuntu package.
X11_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
INSTALL_X11 = "sudo apt install " + " ".join(X11_PACKAGES.values())
HEADLESS = ("; the command-line tools work without a display, and QT_QPA_PLATFORM=offscreen "
            "runs the window headless")
#: Platforms that draw without a display server.
_NO_DISPLAY_NEEDED = re.compile(r"^(offscreen|minimal|minimalegl|vnc|eglfs|linuxfb|vkkhrdisplay)")


def display_problem(environ: MutableMapping[str, str] | None = None,
                    platform: str = sys.platform) -> str | None:
    """Why the window cannot open here (one sentence saying what to set or install), or None.

    On a Wayland desktop without X (no DISPLAY), QT_QPA_PLATFORM is set to wayland in
    ``environ``, so that Qt does not try X11 first.
    """
    env = os.environ if environ is None else environ
    if platform in ("darwin", "win32", "cygwin"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if _NO_DISPLAY_NEEDED.match(wanted):
        return None
    x_display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if wanted.startswith("wayland") or (not wanted and wayland and not x_display):
        if (problem := _wayland_problem(env, wayland)) is not None:
            return problem
        if not wanted:
            env["QT_QPA_PLATFORM"] = "wayland"
        return _plugin_problem("libqwayland.so")
    if wanted and wanted != "xcb":
        return None  # a platform we do not know: Qt will say
    if not x_display:
        return ("the designer window cannot start: no display (DISPLAY is not set); run it "
                "in a desktop session or over ssh -X" + HEADLESS)
    if (problem := _x_problem(x_display)) is not None:
        return problem
    return _plugin_problem("libqxcb.so")


def _x_problem(display: str) -> str | None:
    match = re.fullmatch(r"(?P<host>[^:]*):(?P<number>\d+)(\.\d+)?", display)
    if match is None:
        return f"the designer window cannot start: DISPLAY={display!r} is not a display name"
    host, number = match["host"], int(match["number"])
    try:
        _connect_x(host, number)
    except OSError as error:
        return (f"the designer window cannot start: the X display {display} (DISPLAY) does not "
                f"answer ({error.strerror or error}); check that the desktop session or the "
                "ssh -X connection is still there" + HEADLESS)
    return None


def _connect_x(host: str, number: int) -> None:
    """Connect to the X server as Xlib would: its local socket, else TCP 6000 + number."""
    if host in ("", "unix") or host.startswith("/"):
        path = host if host.startswith("/") else f"/tmp/.X11-unix/X{number}"
        # Linux X servers listen on an abstract socket of that name too (no file needed).
        addresses = ([f"\0{path}"] if sys.platform.startswith("linux") else []) + [path]
        last_error: OSError | None = None
        for address in addresses:
            with socket.socket(socket.AF_UNIX) as probe:
                probe.settimeout(2)
                try:
                    probe.connect(address)
                    return
                except OSError as error:
                    last_error = error
        assert last_error is not None
        raise last_error
    with socket.create_connection((host, 6000 + number), timeout=2):
        return


def _wayland_problem(env: MutableMapping[str, str], name: str) -> str | None:
    if not name:
        return ("the designer window cannot start: QT_QPA_PLATFORM asks for Wayland but "
                "WAYLAND_DISPLAY is not set" + HEADLESS)
    path = Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "")) / name
    try:
        if stat.S_ISSOCK(path.stat().st_mode):
            return None
    except OSError:
        pass
    return (f"the designer window cannot start: the Wayland display {name} (WAYLAND_DISPLAY) "
            f"has no socket at {path}" + HEADLESS)


def _plugin_problem(name: str) -> str | None:
    """Load Qt's platform plugin the way Qt will; a missing library is named, not fatal."""
    if getattr(sys, "frozen", False):
        return None  # the build bundles the plugin with what it needs
    try:
        import PySide6  # the package only: no Qt library is loaded by this
    except ImportError:
        return None  # the caller reports Qt itself missing
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / name
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        missing = str(error).split(":", 1)[0]
        package = X11_PACKAGES.get(missing)
        what = f"{missing} (package {package})" if package else missing
        return (f"the designer window cannot start: Qt's display plugin needs {what}, which is "
                f"not installed; on Debian or Ubuntu install the X11 libraries Qt needs: "
                f"{INSTALL_X11}" + HEADLESS)
    return None
