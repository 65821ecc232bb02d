"""Benchmark of live thumbnails while dragging (not a test: it prints, it does not assert).

Per mouse move while dragging a layer in the real window on a 16-stream layout, with View ▸
Live inputs showing all 16 streams' real pictures ("live"), against the same window with live
inputs off ("off"), each in a process of its own, side by side in one run (target ratio <=
1.2). A sandbox in a child process plays the 16 streams (its encoding is not counted).

* Instructions (callgrind, the measured moves only, every thread of the window's process:
  no probing runs in it, so this is the GUI's share and Qt's painting threads). The 16 pictures
  are real frames of the sandbox's streams (probed once by this process), handed to the
  window through the prober's own signal, and new ones keep arriving during the drag at the
  rate real probing brings them (16 streams every 3 s, the default interval, + about 0.1 s a
  probe: 5 a second) for a mouse that moves 60 times a second: one every 12 moves, each
  making its box repaint. Probing itself runs on other threads; its CPU share is
  bench_probe.py's.
* Wall time, for the record: the "live" window probes the sandbox for real (threads and all)
  while the drag moves 60 times a second; mean milliseconds per move (the mean, not the
  median: a frame's repaint falls on one move in twelve), medians of alternate rounds.

Run: python bench/bench_live_drag.py [--moves N] [--rounds N] [--no-callgrind]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import instructions
from bench_canvas import SIZE, _path  # the same path as the canvas bench
from bench_drag import drag  # the same drag as the window's drag bench
from bench_probe import free_port, start_sandbox
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from designer.core import presets
from designer.core.frames import PixelFormat, RgbFrame
from designer.core.model import InputDesign, Layout, LayoutDesign, MixPara

TARGET = 1.2
#: Moves a second of the drag, and one new frame every this many moves (see the docstring).
MOVE_RATE = 60
FRAME_EVERY = 12
HOST = (1920, 1080)
#: 15 guests: landscape cameras and portrait phones (cropped to the box's shape).
GUESTS = [(1280, 720) if i % 3 else (540, 960) for i in range(15)]


def sixteen_streams() -> Layout:
    """A host on layer 1 and 15 guests in a 5 × 3 grid: 16 video streams."""
    inputs = [{"input_stream_id": "host", "layout_params": {"image_layer": 1}}]
    for i, (width, height) in enumerate(GUESTS):
        guest = {"input_stream_id": f"guest_{i:02d}", "layout_params": {
            "image_layer": i + 2, "image_width": 384, "image_height": 216,
            "location_x": 384 * (i % 5), "location_y": 216 * (i // 5) + 200}}
        if height > width:  # a phone: its middle, at the box's 16:9
            guest["crop_params"] = {"crop_x": 0, "crop_y": 328, "crop_width": 540,
                                    "crop_height": 304}
        inputs.append(guest)
    para = {"app_id": 1252500000, "mix_stream_session_id": "bench_room",
            "output_stream_id": "bench_out", "output_stream_type": 1,
            "input_stream_list": inputs}
    sizes = [HOST, *GUESTS]
    return Layout(para=MixPara.model_validate(para),
                  design=LayoutDesign(inputs=[InputDesign(source_width=w, source_height=h)
                                              for w, h in sizes]))


def stream_sizes() -> dict[str, tuple[int, int]]:
    layout = sixteen_streams()
    return {s.input_stream_id: d.source_size for s, d in layout.pairs()}


SIZES = stream_sizes()


# -- the child: one window ---------------------------------------------------------------------


class IdleWorker:
    """A ProbeWorker that probes nothing: the frames are handed in by the bench."""

    def __init__(self, on_result, **_options):
        pass

    def start(self) -> None: ...
    def set_targets(self, urls) -> None: ...
    def stop(self, timeout=None) -> bool:
        return True

    def wait_for_probes(self, timeout: float) -> bool:
        return True


def window(folder: Path, play_url: str, live: bool, probe_for_real: bool):
    os.environ["MIX_DESIGNER_STATE_DIR"] = str(folder / "state")
    from designer.app import translations
    from designer.app.live import feature
    from designer.app.main import create_window, settings_in
    from designer.app.mix.connection import EndpointKind
    from designer.core.recovery import state_dir

    if not probe_for_real:
        feature.PROBE_OPTIONS["make_worker"] = IdleWorker
    settings = settings_in(state_dir())
    settings.setValue("mix/endpoint", EndpointKind.CUSTOM.value)
    settings.setValue("live/play_url/custom", play_url)
    settings.setValue("live/probe/custom", live)
    settings.sync()
    preset = folder / "sixteen.json"
    presets.save(preset, sixteen_streams())
    translations.install(QApplication.instance(), settings)
    made = create_window(str(preset), offer_recovery=False, lazy_docks=True)
    made.resize(*SIZE)
    made.show()
    QApplication.processEvents()
    return made


def load_frames(folder: Path) -> dict[str, RgbFrame]:
    index = json.loads((folder / "frames.json").read_text())
    return {sid: RgbFrame(w, h, (folder / f"{sid}.rgb").read_bytes(), PixelFormat[pixels])
            for sid, (w, h, pixels) in index.items()}


def hand_in(made, stream_id: str, frame: RgbFrame) -> None:
    """A probe's result, as the prober delivers it (a new picture: a new frame object)."""
    from designer.net.probe import ProbeResult

    width, height = SIZES[stream_id]
    made.live.prober.probed.emit(stream_id, ProbeResult(
        live=True, width=width, height=height, frame=RgbFrame(frame.width, frame.height,
                                                              frame.data, frame.pixels)))


def settle(seconds: float) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def child(which: str, moves: int, folder: Path, play_url: str, counted: bool) -> None:
    """One window in this process: print the mean seconds per move."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    live, real = which != "off", which == "live-real"
    with tempfile.TemporaryDirectory() as state:
        made = window(Path(state), play_url, live, probe_for_real=real)
        view = made.canvas
        frames = load_frames(folder)
        order = sorted(frames)
        if live and not real:
            while not made.live.prober.running:  # live inputs start after the first paint
                settle(0.05)
            for stream_id in order:
                hand_in(made, stream_id, frames[stream_id])
        if real:  # until every box shows its stream
            deadline = time.monotonic() + 60
            while len([s for s in order if (st := made.live.states.get(s)) and st.live]) < 16:
                if time.monotonic() > deadline:
                    raise SystemExit("the streams were not all probed within 60 s")
                settle(0.1)
        settle(0.2)
        shown = sum(item.state.frame is not None
                    for item in view.canvas_scene.layer_items().values())
        if shown != (16 if live else 0):
            raise SystemExit(f"{shown} boxes show a live picture, not {16 if live else 0}")
        uid = made.editor.document.uids()[8]
        box = view.canvas_scene.layer_item(uid).rect()
        start = QPointF(view.mapFromScene(QPointF(box.x + box.width / 2,
                                                  box.y + box.height / 2)))

        def new_frame(number: int) -> None:
            if live and not real and number % FRAME_EVERY == FRAME_EVERY - 1:
                stream_id = order[(number // FRAME_EVERY) % len(order)]
                hand_in(made, stream_id, frames[stream_id])

        drag(view.viewport(), start, _path(start, 50))  # warm-up
        made.editor.undo_stack.setIndex(0)
        app.processEvents()
        # Paced as a hand moves, except where only instructions are counted.
        times = drag(view.viewport(), start, _path(start, moves), counted,
                     rate=MOVE_RATE if real or not counted else None, between=new_frame)
        print(statistics.fmean(times))
        made.editor.undo_stack.setClean()
        made.close()


# -- the parent ------------------------------------------------------------------------------


def grab_frames(play_url: str, folder: Path) -> None:
    """One real frame of each stream, as the window's prober shrinks it, for the children."""
    from designer.net.probe import probe_all
    from designer.net.probe_worker import THUMBNAIL_SIDE

    urls = {sid: play_url.replace("{stream_id}", sid) for sid in stream_sizes()}
    results = probe_all(urls, max_side=THUMBNAIL_SIDE)
    index = {}
    for sid, result in results.items():
        if not result.live or result.frame is None:
            raise SystemExit(f"{sid}: no picture ({result.error})")
        (folder / f"{sid}.rgb").write_bytes(result.frame.data)
        index[sid] = [result.frame.width, result.frame.height, result.frame.pixels.name]
    (folder / "frames.json").write_text(json.dumps(index))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--child", choices=["live", "live-real", "off"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--play-url", help=argparse.SUPPRESS)
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.moves, Path(args.folder), args.play_url, args.counted)
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        streams = Path(folder) / "streams.json"
        streams.write_text(json.dumps({"streams": {
            sid: {"width": w, "height": h} for sid, (w, h) in stream_sizes().items()}}))
        port = free_port()
        sandbox = start_sandbox(streams, port)
        play_url = f"http://127.0.0.1:{port}/live/{{stream_id}}.flv"
        try:
            grab_frames(play_url, Path(folder))

            def argv(which: str, *more: str) -> list[str]:
                return [sys.executable, __file__, "--child", which, "--moves", str(args.moves),
                        "--folder", folder, "--play-url", play_url, *more]

            seconds: dict[str, list[float]] = {"live-real": [], "off": []}
            for _ in range(args.rounds):
                for which in seconds:
                    out = subprocess.run(argv(which), check=True, capture_output=True,
                                         text=True, env=env)
                    seconds[which].append(float(out.stdout.split()[-1]))
            live, off = (statistics.median(seconds[w]) * 1000 for w in ("live-real", "off"))
            print(f"drag at {MOVE_RATE} moves/s, 16 live thumbnails probed for real vs live "
                  f"inputs off, mean per move (median of {args.rounds} rounds): "
                  f"{live:.3f} ms vs {off:.3f} ms; ratio {live / off:.2f}")
            if args.no_callgrind or not instructions.available():
                return
            counts = {which: instructions.counted(argv(which, "--counted"), env)[0] / args.moves
                      for which in ("live", "off")}
            print(f"drag, per move (instructions, the window without its probing; a new "
                  f"frame every {FRAME_EVERY} moves): {counts['live'] / 1e6:.2f} M with 16 live "
                  "thumbnails; "
                  f"{counts['off'] / 1e6:.2f} M with live inputs off; ratio "
                  f"{counts['live'] / counts['off']:.2f} (target <= {TARGET})")
        finally:
            sandbox.terminate()
            sandbox.wait(10)


if __name__ == "__main__":
    main()
