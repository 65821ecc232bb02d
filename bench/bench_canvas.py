"""Benchmark of dragging on the canvas (not a test: it prints, it does not assert).

For the 16-input layout of bench_core, with snapping on, the median time to handle one
mouse-move event while dragging a layer (target <= 1 ms), and the same for a bare
QGraphicsView dragging a plain movable QGraphicsRectItem among 16 (target ratio <= 2x).
Both get the same events, sent to the viewport as real mouse events. "+ paint" also
processes the repaint each move causes (what a user waits for between two frames). The bare
view drags in C++ alone; a last line shows what the least Python handler costs, for scale.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [--moves N] [--rounds N]
"""

from __future__ import annotations

import argparse
import ctypes
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PySide6 6.12 (an abi3 build) on CPython 3.11 drops a reference to None, True or False on
# every call of a Qt method that returns one (they are immortal only from 3.12 on), so a few
# thousand drags end in "Fatal Python error: none_dealloc". Give them a billion spare
# references (in place: a list holding them would slow every garbage collection).
if sys.version_info < (3, 12):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 10**9
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import sixteen_input_para  # the shared 16-input layout
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from designer.app.canvas.view import CanvasView
from designer.app.editor import DocumentEditor
from designer.core.document import LayoutDocument
from designer.core.model import Layout, MixPara

SIZE = (1400, 860)
_KEEP: list[QGraphicsView] = []
Left = Qt.MouseButton.LeftButton


def _event(kind: QEvent.Type, point: QPointF, button: Qt.MouseButton,
           buttons: Qt.MouseButton) -> QMouseEvent:
    return QMouseEvent(kind, point, point, button, buttons, Qt.KeyboardModifier.NoModifier)


def _path(start: QPointF, moves: int) -> list[QPointF]:
    # A closed loop, so every round starts on the same layer, crossing lines now and then
    # (snapping has work to do).
    points = []
    for i in range(1, moves + 1):
        angle = 2 * math.pi * i / moves
        points.append(QPointF(start.x() + 120 * math.sin(angle) + 30 * math.sin(3 * angle),
                              start.y() + 80 * math.sin(2 * angle)))
    return points


def drag_times(view: QGraphicsView, start: QPointF, moves: int, paint: bool) -> list[float]:
    app = QApplication.instance()
    viewport = view.viewport()
    events = [_event(QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, Left)
              for p in _path(start, moves)]
    QApplication.sendEvent(viewport, _event(QEvent.Type.MouseButtonPress, start, Left, Left))
    app.processEvents()
    times = []
    clock = time.perf_counter
    for event in events:
        began = clock()
        QApplication.sendEvent(viewport, event)
        if paint:
            app.processEvents()
        times.append(clock() - began)
    end = events[-1].position()
    QApplication.sendEvent(viewport, _event(QEvent.Type.MouseButtonRelease, end, Left,
                                            Qt.MouseButton.NoButton))
    app.processEvents()
    if isinstance(view, CanvasView):
        view.editor.undo_stack.setIndex(0)  # a round that ended off its start is undone
    return times


def canvas_view() -> tuple[CanvasView, QPointF]:
    layout = Layout(para=MixPara.model_validate(sixteen_input_para()))
    for design in layout.design.inputs[1:15]:
        design.source_width, design.source_height = 1280, 720
    editor = DocumentEditor(LayoutDocument(layout))
    view = CanvasView(editor)
    view.resize(*SIZE)
    view.show()
    view.snapping.enabled = True
    view.set_grid(None)
    QApplication.processEvents()
    uid = editor.document.uids()[8]  # a guest in the middle of the grid
    box = view.canvas_scene.layer_item(uid).rect()
    start = QPointF(view.mapFromScene(QPointF(box.x + box.width / 2, box.y + box.height / 2)))
    return view, start


def bare_view() -> tuple[QGraphicsView, QPointF]:
    scene = QGraphicsScene(0, 0, 1920, 1080)
    scene.addRect(QRectF(0, 0, 1920, 1080))
    for i in range(14):
        item = QGraphicsRectItem(0, 0, 384, 216)
        item.setPos(384 * (i % 5), 216 * (i // 5))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        scene.addItem(item)
    scene.addRect(QRectF(1700, 40, 120, 60))
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    view.show()
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    view._scene = scene  # keep the scene alive with the view
    start = QPointF(view.mapFromScene(QPointF(384 * 3 + 192, 216 + 108)))
    return view, start


class _PythonFloorView(QGraphicsView):
    """The least a Python canvas can do per move: one override, one mapping, one setPos."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.item = self.itemAt(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        self.item.setPos(point.x(), point.y())


def floor_view() -> tuple[QGraphicsView, QPointF]:
    bare, start = bare_view()
    view = _PythonFloorView(bare.scene())
    view.resize(*SIZE)
    view.show()
    view.fitInView(bare.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    bare.hide()
    _KEEP.append(bare)
    QApplication.processEvents()
    return view, start


def median_ms(make: Callable[[], tuple[QGraphicsView, QPointF]], moves: int, rounds: int,
              paint: bool) -> float:
    samples: list[float] = []
    view, start = make()
    drag_times(view, start, 50, paint)  # warm-up
    for _ in range(rounds):
        samples += drag_times(view, start, moves, paint)
    view.hide()  # not closed: closing the last window would stop the painting of the next
    _KEEP.append(view)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    for paint in (False, True):
        ours = median_ms(canvas_view, args.moves, args.rounds, paint)
        bare = median_ms(bare_view, args.moves, args.rounds, paint)
        what = "move + paint" if paint else "move       "
        print(f"{what}: canvas {ours:.3f} ms/event (target <= 1 ms), bare QGraphicsView "
              f"{bare:.3f} ms/event, ratio {ours / bare:.2f} (target <= 2)")
    floor = median_ms(floor_view, args.moves, args.rounds, False)
    print(f"for scale: a bare view with the least Python override per move takes {floor:.3f} "
          "ms/event")


if __name__ == "__main__":
    main()
