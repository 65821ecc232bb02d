"""Benchmark of one step over many layers (not a test: it prints, it does not assert).

In the real window with the 16-input layout open: Align left on all 16 selected layers and
its undo, against the same on one selected layer (target ratio <= 3). Each is the menu
action, then the undo action, each followed by the repaint it causes (canvas and panels):
what the producer waits for. A step's cost should follow what it changes once (one
validation, one refresh per panel), not once per layer.

Counted in instructions (callgrind), which the shared machine's load does not move, and
timed as well, for the record (medians of alternate rounds in one process).

Run: python bench/bench_steps.py [--rounds N] [--no-callgrind]
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
from bench_drag import real_window  # the same window and file as the drag bench
from PySide6.QtWidgets import QApplication, QMainWindow

TARGET = 3.0


def align_and_undo(window: QMainWindow, uids: list[str]) -> float:
    """Select ``uids``, then time Align left and Undo, each with its repaint; seconds."""
    app = QApplication.instance()
    window.editor.select(uids)
    app.processEvents()
    began = time.perf_counter()
    window.registry["align-left"].trigger()
    app.processEvents()
    window.registry["undo"].trigger()
    app.processEvents()
    return time.perf_counter() - began


def child(rounds: int, counted: bool) -> None:
    """Both steps in this process; print the median seconds of each (16 layers, then one)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window, _, _ = real_window(Path(folder))
        every = window.editor.document.uids()
        one = [every[8]]  # a guest in the middle of the grid: aligned to the output's edge
        for uids in (every, one):
            align_and_undo(window, uids)  # warm-up
        times: dict[int, list[float]] = {16: [], 1: []}
        if counted:  # one stretch for each, one after the other
            for uids in (every, one):
                instructions.start()
                for _ in range(rounds):
                    align_and_undo(window, uids)
                instructions.stop()
        else:
            for _ in range(rounds):
                for uids in (every, one):
                    times[len(uids)].append(align_and_undo(window, uids))
            print(statistics.median(times[16]), statistics.median(times[1]))
        window.editor.undo_stack.setClean()
        window.close()
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.rounds, args.counted)
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    argv = [sys.executable, __file__, "--child", "--rounds", str(args.rounds)]
    out = subprocess.run(argv, check=True, capture_output=True, text=True, env=env)
    sixteen, one = (float(value) * 1000 for value in out.stdout.split()[-2:])
    print(f"align left + undo (wall, median of {args.rounds}): 16 layers {sixteen:.1f} ms; "
          f"one layer {one:.1f} ms; ratio {sixteen / one:.2f}")
    if args.no_callgrind or not instructions.available():
        return
    rounds = min(args.rounds, 5)
    counts = instructions.counted([*argv[:-1], str(rounds), "--counted"], env)
    sixteen, one = (count / rounds for count in counts[:2])
    print(f"align left + undo (instructions): 16 layers {sixteen / 1e6:.1f} M; one layer "
          f"{one / 1e6:.1f} M; ratio {sixteen / one:.2f} (target <= {TARGET})")


if __name__ == "__main__":
    main()
