"""The application's icon, from the SVG in the resources."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from designer.core.resources import APP_ICON, resource_bytes, resource_file

#: the name of the installed .desktop file (packaging/linux), which Wayland matches windows to
DESKTOP_FILE = "mix-designer"


def app_icon() -> QIcon:
    path = resource_file(APP_ICON)
    if path is not None:
        return QIcon(str(path))  # the SVG icon engine draws each size when it is asked for
    pixmap = QPixmap()
    pixmap.loadFromData(resource_bytes(APP_ICON), "SVG")
    return QIcon(pixmap)


def install(app: QGuiApplication) -> None:
    """Give every window of APP the icon; the window manager shows it in task bars."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE)
