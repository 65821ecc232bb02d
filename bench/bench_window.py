"""Benchmark of window start-up (not a test: it prints, it does not assert).

Process time of `mix-designer open FILE --exit-when-ready` on a 16-input layout, as a ratio
to a Qt-only stand-in of the same make (bench/standin.py: the same docks, menus, toolbar, a
20-field form, lists, 16 labelled rectangles, no app logic), all run alternately in the same
session (target <= 1.8; about 1.6 is the limit worth chasing). For the record, the ratio to
a bare PySide6 window showing 16 rectangles in a QGraphicsView (the old target, 1.5).

Beside them, two floors run in the same rounds, neither showing any window: the stack the
product is built on (QtWidgets plus pydantic with one one-field model validated), and that plus
reading FILE through our own loader. They show what no window that validates its file
before painting it can go below.

Wall time of whole processes moves by tens of percent on the shared machine; with valgrind
installed, each process is also counted once in instructions (callgrind), which it does not.

Run: python bench/bench_window.py [--rounds N] [--no-callgrind]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import instructions
from bench_core import sixteen_input_para

from designer.core import presets
from designer.core.model import Layout, MixPara

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
app = QApplication(sys.argv[:1])
scene = QGraphicsScene(0, 0, 1920, 1080)
for i in range(16):
    scene.addRect(40 * i, 30 * i, 384, 216)
window = QMainWindow()
window.setCentralWidget(QGraphicsView(scene))
window.resize(1400, 860)
window.show()
window.repaint()
QTimer.singleShot(0, app.quit)
app.exec()
"""

#: QtWidgets and pydantic, one model built and used: the mandated stack, no window, no file.
STACK_FLOOR = """
from PySide6 import QtWidgets
from pydantic import BaseModel
class Probe(BaseModel):
    x: int
Probe.model_validate({"x": 1})
"""

#: The stack plus our loader reading and validating FILE (argv[1]), still no window.
LOAD_FLOOR = """
import sys
from PySide6 import QtWidgets
from designer.core import loader
loader.load(sys.argv[1])
"""


def _run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-callgrind", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        preset = Path(folder) / "sixteen.json"
        presets.save(preset, Layout(para=MixPara.model_validate(sixteen_input_para())))
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "MIX_DESIGNER_STATE_DIR": str(Path(folder) / "state")}
        # An installed app runs from bytecode: let the warm-up run write it, as pip would.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours = [sys.executable, "-m", "designer", "open", str(preset), "--exit-when-ready"]
        commands = {
            "bare": [sys.executable, "-c", BARE_WINDOW],
            "standin": [sys.executable, str(Path(__file__).resolve().parent / "standin.py"),
                        str(preset)],
            "ours": ours,
            "stack": [sys.executable, "-c", STACK_FLOOR],
            "load": [sys.executable, "-c", LOAD_FLOOR, str(preset)],
        }
        for argv in commands.values():
            _run(argv, env)  # warm the file cache (and write bytecode) for each
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, argv in commands.items():
                times[name].append(_run(argv, env))
        counts = ({} if args.no_callgrind or not instructions.available() else
                  {name: instructions.whole(commands[name], env)
                   for name in ("ours", "standin", "bare")})
    median = {name: statistics.median(values) for name, values in times.items()}
    ours, standin, base = median["ours"], median["standin"], median["bare"]
    print(f"window start: median {ours * 1000:.0f} ms; Qt-only stand-in of the same make "
          f"{standin * 1000:.0f} ms; ratio {ours / standin:.2f} (target <= 1.8)")
    if counts:
        print(f"  in instructions: {counts['ours'] / 1e6:.0f} M; stand-in "
              f"{counts['standin'] / 1e6:.0f} M; ratio {counts['ours'] / counts['standin']:.2f}"
              " (target <= 1.8)")
    bare_count = (f"; in instructions {counts['bare'] / 1e6:.0f} M, ratio "
                  f"{counts['ours'] / counts['bare']:.2f}" if counts else "")
    print(f"  for the record, bare PySide6 window with 16 rectangles: {base * 1000:.0f} ms, "
          f"ratio {ours / base:.2f}{bare_count} (old target <= 1.5); stand-in vs bare "
          f"{standin / base:.2f}")
    print(f"  floor, no window: QtWidgets + pydantic + a one-field model "
          f"{median['stack'] * 1000:.0f} ms, ratio to bare {median['stack'] / base:.2f}; "
          f"+ loading FILE through our models {median['load'] * 1000:.0f} ms, "
          f"ratio to bare {median['load'] / base:.2f}")


if __name__ == "__main__":
    main()
