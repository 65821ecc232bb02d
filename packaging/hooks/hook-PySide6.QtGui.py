"""PyInstaller's own QtGui hook, minus the Qt plugins Mix Designer never loads.

User hooks take precedence over PyInstaller's (one hook per module), so this one runs
instead and trims the plugin list before the analysis follows each plugin's libraries:
dropping them after the analysis would keep the libraries only they pull in (QtNetwork,
QtWaylandClient, EglFS, GTK 3 and its dozen system libraries).
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

#: xcb draws on X11 desktops (Wayland ones run it through XWayland); offscreen runs headless
#: (smoke tests, CI). eglfs, linuxfb, vnc, wayland and the rest are for other setups.
PLATFORMS = ("libqxcb.", "libqoffscreen.")
#: plugin folders of those other setups: input for eglfs/linuxfb, Wayland's shells and
#: decorations, EGL devices
UNUSED_FOLDERS = {
    "generic", "egldeviceintegrations", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration",
}
#: the GTK 3 theme loads the system's GTK into a process holding bundled GLib copies
UNUSED_FILES = ("libqgtk3.",)


def wanted(source: str, dest: str) -> bool:
    parts = PurePath(dest).parts
    if "plugins" not in parts or parts[-1] == "plugins":
        return True
    folder = parts[parts.index("plugins") + 1]
    name = PurePath(source).name
    if folder == "platforms":
        return name.startswith(PLATFORMS)
    return folder not in UNUSED_FOLDERS and not name.startswith(UNUSED_FILES)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if wanted(source, dest)]
