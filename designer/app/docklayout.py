"""The window's default size and dock arrangement, made to fit the screen it opens on.

On a laptop (1366×768) as on a desktop (1920×1080) the producer sees, without scrolling, the
canvas, the layer list and the selected layer's position and size; the Mix controls are one
click away (a tab) or in view when the screen is tall enough for both. The side columns run
the window's full height (the bottom docks sit under the canvas only), and docks cannot be
floated: a drag that misses a splitter by a few pixels must not tear a dock off.
View ▸ Reset layout puts this arrangement back.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

#: The size a window opens at on a large screen; a smaller one gets its whole available area.
PREFERRED = QSize(1600, 1000)
#: Docks tabbed together from the start: the first stays in front.
TABBED = (("layers", "templates"), ("layers", "cues"), ("problems", "history"),
          ("problems", "requestLog"))
#: A dock can be closed (the View menu brings it back) and moved to another side, not floated.
FEATURES = (QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable)
AREAS = (Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
         | Qt.DockWidgetArea.BottomDockWidgetArea)
#: Room a dock takes besides its content: its title bar, and a tab bar when tabbed.
TITLE, TABS = 24, 32


def default_size(available: QSize) -> QSize:
    """The window's first size on a screen with ``available`` room."""
    return QSize(min(PREFERRED.width(), available.width()),
                 min(PREFERRED.height(), available.height()))


def fills_screen(available: QSize) -> bool:
    """Whether the preferred size does not fit: the window then opens maximized (a window
    manager then leaves room for its frame)."""
    return available.width() < PREFERRED.width() or available.height() < PREFERRED.height()


def prepare(dock: QDockWidget) -> None:
    """A new dock's features: see the module."""
    dock.setFeatures(FEATURES)
    dock.setAllowedAreas(AREAS)


def arrange(window: QMainWindow, docks: Mapping[str, QDockWidget], properties_height: int,
            mix_height: int) -> None:
    """Lay the docks out for the window's present size.

    ``properties_height``: what the Properties panel needs to show a layer's fields down to
    its position and size; ``mix_height``: what the Mix panel needs whole. The right column
    shows both, Properties above, when it is tall enough; else they are tabs, Properties in
    front.
    """
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    for first, second in TABBED:
        if first in docks and second in docks:
            window.tabifyDockWidget(docks[first], docks[second])
    window.layout().activate()
    column = _column_height(window)
    properties, session, mix = docks["properties"], docks["session"], docks["mix"]
    both = column >= properties_height + TITLE + mix_height + TITLE + TABS
    if both:
        window.tabifyDockWidget(session, mix)
        front = ("layers", "problems", "mix")
    else:
        window.tabifyDockWidget(properties, session)
        window.tabifyDockWidget(properties, mix)
        front = ("layers", "problems", "properties")
    for name in front:
        docks[name].raise_()
    small = window.width() < 1500
    window.resizeDocks([docks["problems"]], [120 if small else 160], Qt.Orientation.Vertical)
    if both:
        wanted = mix_height + TITLE + TABS
        window.resizeDocks([properties, session], [column - wanted, wanted],
                           Qt.Orientation.Vertical)
    window.resizeDocks([docks["layers"], properties], [240, 360] if small else [280, 400],
                       Qt.Orientation.Horizontal)


def reset(window: QMainWindow, docks: Mapping[str, QDockWidget],
          areas: Mapping[str, Qt.DockWidgetArea]) -> None:
    """Put every dock back in its own area, docked and shown (then ``arrange`` them)."""
    for dock in docks.values():
        window.removeDockWidget(dock)
    for name, dock in docks.items():
        window.addDockWidget(areas[name], dock)
        dock.setFloating(False)
        dock.show()


def _column_height(window: QMainWindow) -> int:
    """The height of a side column: between the menu bar and toolbars, and the status bar."""
    top = 0
    for bar in (window.menuBar(), *window.findChildren(QWidget, "mainToolbar")):
        if bar.isVisibleTo(window):
            top = max(top, bar.geometry().bottom() + 1)
    bottom = window.statusBar().geometry().top() if window.statusBar().isVisibleTo(
        window) else window.height()
    return bottom - top
