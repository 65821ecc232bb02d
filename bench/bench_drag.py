"""Benchmark of a drag in the real window (not a test: it prints, it does not assert).

Per mouse move while dragging a layer of the 16-input layout in the whole window — docks,
menus, toolbar, status bar, the file opened as `mix-designer open` opens it — against a bare
QMainWindow holding a QGraphicsView of 16 rectangles, the layer dragged by Qt itself, and a
status-bar label showing the cursor position (target ratio <= 2.0). Both get the same real
mouse events on their viewport, and each move's repaint is processed before the next.

Counted in instructions (callgrind: the moves only, a warm-up drag left out), which the
shared machine's load does not move; timed as well, for the record (medians of alternate
rounds, each window in a process of its own).

Run: python bench/bench_drag.py [--moves N] [--rounds N] [--no-callgrind]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import instructions
from bench_canvas import SIZE, _event, _path  # the same events and path as the canvas bench
from bench_core import sixteen_input_para
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QMainWindow,
    QWidget,
)

from designer.core import presets
from designer.core.model import InputDesign, Layout, LayoutDesign, MixPara

Left = Qt.MouseButton.LeftButton
TARGET = 2.0


class _BareView(QGraphicsView):
    """Qt drags the item; the only Python is the status label's text, as a minimal app's."""

    def __init__(self, scene: QGraphicsScene, label: QLabel):
        super().__init__(scene)
        self._label = label
        self.setMouseTracking(True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        point = self.mapToScene(event.position().toPoint())
        self._label.setText(f"x {point.x():.0f}, y {point.y():.0f} px")


def bare_window() -> tuple[QMainWindow, QWidget, QPointF]:
    scene = QGraphicsScene(0, 0, 1920, 1080)
    scene.addRect(QRectF(0, 0, 1920, 1080))
    for i in range(14):
        item = QGraphicsRectItem(0, 0, 384, 216)
        item.setPos(384 * (i % 5), 216 * (i // 5))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        scene.addItem(item)
    scene.addRect(QRectF(1700, 40, 120, 60))
    window = QMainWindow()
    label = QLabel()
    window.statusBar().addWidget(label)
    view = _BareView(scene, label)
    window.setCentralWidget(view)
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    window._keep = scene  # the scene lives as long as the window
    start = QPointF(view.mapFromScene(QPointF(384 * 3 + 192, 216 + 108)))
    return window, view.viewport(), start


def real_window(folder: Path) -> tuple[QMainWindow, QWidget, QPointF]:
    os.environ["MIX_DESIGNER_STATE_DIR"] = str(folder / "state")
    from designer.app import translations
    from designer.app.main import create_window, settings_in
    from designer.core.recovery import state_dir

    preset = folder / "sixteen.json"
    sources = [InputDesign(source_width=1280, source_height=720) if 0 < i < 15
               else InputDesign() for i in range(16)]
    presets.save(preset, Layout(para=MixPara.model_validate(sixteen_input_para()),
                                design=LayoutDesign(inputs=sources)))
    translations.install(QApplication.instance(), settings_in(state_dir()))
    window = create_window(str(preset), offer_recovery=False, lazy_docks=True)
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    view = window.canvas
    uid = view.editor.document.uids()[8]  # a guest in the middle of the grid
    box = view.canvas_scene.layer_item(uid).rect()
    start = QPointF(view.mapFromScene(QPointF(box.x + box.width / 2, box.y + box.height / 2)))
    return window, view.viewport(), start


def drag(viewport: QWidget, start: QPointF, points: list[QPointF], counted: bool = False, *,
         rate: float | None = None, between: Callable[[int], None] | None = None
         ) -> list[float]:
    """Press, move through ``points`` (each repaint processed), release; seconds per move.
    ``rate``: moves a second, as a hand moves (else as fast as they are handled);
    ``between(n)`` runs before move n and is timed with it (bench_live_drag: a new frame)."""
    app = QApplication.instance()
    events = [_event(QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, Left) for p in points]
    QApplication.sendEvent(viewport, _event(QEvent.Type.MouseButtonPress, start, Left, Left))
    app.processEvents()
    clock = time.perf_counter
    times = []
    if counted:
        instructions.start()
    for number, event in enumerate(events):
        began = clock()
        if between is not None:
            between(number)
        QApplication.sendEvent(viewport, event)
        app.processEvents()
        took = clock() - began
        times.append(took)
        if rate is not None:
            time.sleep(max(0.0, 1 / rate - took))
    if counted:
        instructions.stop()
    QApplication.sendEvent(viewport, _event(QEvent.Type.MouseButtonRelease, points[-1], Left,
                                            Qt.MouseButton.NoButton))
    app.processEvents()
    return times


def child(which: str, moves: int, counted: bool) -> None:
    """One window in this process: print the median seconds per move."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window, viewport, start = (real_window(Path(folder)) if which == "ours"
                                   else bare_window())
        points = _path(start, moves)
        drag(viewport, start, _path(start, 50))  # warm-up: caches, first paints
        undo = getattr(getattr(window, "editor", None), "undo_stack", None)
        if undo is not None:
            undo.setIndex(0)
            app.processEvents()
        times = drag(viewport, start, points, counted)
        print(statistics.median(times))
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--child", choices=["ours", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.moves, args.counted)
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def argv(which: str, *more: str) -> list[str]:
        return [sys.executable, __file__, "--child", which, "--moves", str(args.moves), *more]

    seconds: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(args.rounds):
        for which in seconds:
            out = subprocess.run(argv(which), check=True, capture_output=True, text=True, env=env)
            seconds[which].append(float(out.stdout.split()[-1]))
    ours, bare = (statistics.median(seconds[w]) * 1000 for w in ("ours", "bare"))
    print(f"drag in the window, per move (wall, median of {args.rounds} rounds): "
          f"{ours:.3f} ms; bare window {bare:.3f} ms; ratio {ours / bare:.2f}")
    if args.no_callgrind or not instructions.available():
        return
    counts = {which: instructions.counted(argv(which, "--counted"), env)[0] / args.moves
              for which in ("ours", "bare")}
    print(f"drag in the window, per move (instructions): {counts['ours'] / 1e6:.2f} M; bare "
          f"window {counts['bare'] / 1e6:.2f} M; ratio {counts['ours'] / counts['bare']:.2f} "
          f"(target <= {TARGET})")


if __name__ == "__main__":
    main()
