"""A layout to draw, and real mouse events for the canvas view's viewport.

QTest cannot hold a button down during a move on a QGraphicsView, so (as pyqtgraph's
tests/ui_testing.py does) QMouseEvents are built and sent to ``view.viewport()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.factories import APPID, stream

Left = Qt.MouseButton.LeftButton
NoMod = Qt.KeyboardModifier.NoModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier

#: A 640×360 host, a 160×90 guest with the same aspect, and a square box of a 16:9 source
#: (black bars: FAQ 8).
SOURCES = {0: (640, 360), 1: (1280, 720), 2: (640, 360)}


def canvas_para() -> dict[str, Any]:
    return {
        "app_id": APPID,
        "interface": "mix_streamv2.start_mix_stream_advanced",
        "mix_stream_session_id": "room",
        "output_stream_id": "host",
        "input_stream_list": [
            stream("host", 1),
            stream("guest", 2, image_width=160, image_height=90, location_x=400,
                   location_y=200),
            stream("square", 3, image_width=100, image_height=100, location_x=100,
                   location_y=100),
        ],
    }


def shown(label: QLabel) -> str:
    """A label's text if it is on screen, else ""."""
    return label.text() if label.isVisible() else ""


def lp(view, index: int) -> dict[str, Any]:
    """layout_params of input ``index`` as they would be sent."""
    return view.editor.layout.para.to_wire()["input_stream_list"][index]["layout_params"]


def uid(view, index: int) -> str:
    return view.editor.document.uids()[index]


def at(view, x: float, y: float) -> QPointF:
    """The viewport point showing output pixel (x, y)."""
    return QPointF(view.mapFromScene(QPointF(x, y)))


def _send(view, kind: QEvent.Type, point: QPointF, button: Qt.MouseButton,
          buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, point, QPointF(viewport.mapToGlobal(point.toPoint())), button,
                        buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def press(view, point: QPointF, modifiers=NoMod, button=Left) -> None:
    _send(view, QEvent.Type.MouseButtonPress, point, button, button, modifiers)


def move(view, point: QPointF, modifiers=NoMod, buttons=Left) -> None:
    _send(view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, buttons, modifiers)


def release(view, point: QPointF, modifiers=NoMod, button=Left) -> None:
    _send(view, QEvent.Type.MouseButtonRelease, point, button, Qt.MouseButton.NoButton,
          modifiers)


def double_click(view, point: QPointF) -> None:
    press(view, point)
    release(view, point)
    _send(view, QEvent.Type.MouseButtonDblClick, point, Left, Left, NoMod)
    release(view, point)


def click(view, point: QPointF, modifiers=NoMod) -> None:
    press(view, point, modifiers)
    release(view, point, modifiers)


def drag(view, start: tuple[float, float], end: tuple[float, float], modifiers=NoMod,
         steps: int = 4, finish: bool = True) -> None:
    """Press at output pixel ``start``, move to ``end`` in steps, release (unless not
    ``finish``)."""
    a, b = at(view, *start), at(view, *end)
    press(view, a, modifiers)
    for i in range(1, steps + 1):
        t = i / steps
        move(view, QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t),
             modifiers)
    if finish:
        release(view, b, modifiers)
