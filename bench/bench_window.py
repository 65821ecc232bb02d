"""Benchmark of window start-up (not a test: it prints, it does not assert).

Process time of `mix-designer open FILE --exit-when-ready` on a 16-input layout, as a ratio
to a bare PySide6 window showing 16 rectangles in a QGraphicsView, both run alternately in
the same session (target <= 1.5).

Run: python bench/bench_window.py [--rounds N]
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


def _run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        preset = Path(folder) / "sixteen.json"
        presets.save(preset, Layout(para=MixPara.model_validate(sixteen_input_para())))
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "MIX_DESIGNER_STATE_DIR": str(Path(folder) / "state")}
        # An installed app runs from bytecode: let the warm-up run write it, as pip would.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours = [sys.executable, "-m", "designer", "open", str(preset), "--exit-when-ready"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _run(ours, env), _run(bare, env)  # warm the file cache for both
        ours_times, bare_times = [], []
        for _ in range(args.rounds):
            ours_times.append(_run(ours, env))
            bare_times.append(_run(bare, env))
    mine, base = statistics.median(ours_times), statistics.median(bare_times)
    print(f"window start: median {mine * 1000:.0f} ms; bare PySide6 window with 16 rectangles: "
          f"{base * 1000:.0f} ms; ratio {mine / base:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
