"""Benchmark of live probing (not a test: it prints, it does not assert).

The CPU share of a process that probes 16 streams with :class:`ProbeWorker` at its default
interval: CPU seconds of this process (all its threads: FFmpeg's HTTP, demuxing, decoding one
frame per probe, the RGB thumbnail) per wall second. The sandbox that plays the 16 streams
runs in a child process, so its encoding is not counted here; its own share is printed beside
(Linux only, from /proc). Rounds alternate probing and idle periods of the same process, so
machine load hits both alike; the idle share is the baseline.

Run: python bench/bench_probe.py [--seconds S] [--rounds N] [--interval S]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from designer.net.probe import DEFAULT_TIMEOUT
from designer.net.probe_worker import DEFAULT_INTERVAL, THUMBNAIL_SIDE, ProbeWorker

#: 16 inputs as a busy show has them: portrait phones, landscape cameras, one unknown size.
STREAMS = {
    **{f"phone_{i:02d}": {"width": 540, "height": 960} for i in range(8)},
    **{f"camera_{i:02d}": {"width": 1280, "height": 720} for i in range(6)},
    "screen_share": {"width": 1920, "height": 1080},
    "just_pushed": {},
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_sandbox(streams_file: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "designer", "sandbox", "--port", str(port),
         "--streams", str(streams_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the sandbox did not start")


def cpu_seconds_of(pid: int) -> float | None:
    """utime + stime of another process (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def measure(seconds: float, sandbox_pid: int, worker: ProbeWorker | None) -> dict[str, float]:
    """CPU shares over ``seconds``: this process (probing or idle) and the sandbox."""
    wall0, cpu0, box0 = time.monotonic(), time.process_time(), cpu_seconds_of(sandbox_pid)
    if worker is not None:
        worker.start()
    time.sleep(seconds)
    if worker is not None:
        worker.stop(10)
    wall = time.monotonic() - wall0
    box1 = cpu_seconds_of(sandbox_pid)
    return {"share": (time.process_time() - cpu0) / wall,
            "sandbox": (box1 - box0) / wall if box0 is not None and box1 is not None else -1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="per period (default 30)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--interval", type=float, default=DEFAULT_INTERVAL)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        streams_file = Path(folder) / "streams.json"
        streams_file.write_text(json.dumps({"streams": STREAMS}))
        port = free_port()
        sandbox = start_sandbox(streams_file, port)
        try:
            template = f"http://127.0.0.1:{port}/live/{{stream_id}}.flv"
            probing, idle, boxes, counts = [], [], [], []
            for _ in range(args.rounds):
                results: list[bool] = []
                lock = threading.Lock()

                def record(_stream_id: str, result, results=results, lock=lock) -> None:
                    with lock:
                        results.append(result.live)

                worker = ProbeWorker(record, interval=args.interval)
                worker.set_targets({sid: template.replace("{stream_id}", sid)
                                    for sid in STREAMS})
                busy = measure(args.seconds, sandbox.pid, worker)
                probing.append(busy["share"])
                boxes.append(busy["sandbox"])
                counts.append(len(results))
                if not all(results):
                    print(f"  warning: {results.count(False)} probe(s) found no picture")
                idle.append(measure(args.seconds, sandbox.pid, None)["share"])
        finally:
            sandbox.terminate()
            sandbox.wait(10)

    median = statistics.median
    per_probe = [share * args.seconds / count * 1000
                 for share, count in zip(probing, counts, strict=True) if count]
    print(f"16 streams, interval {args.interval:g} s, timeout {DEFAULT_TIMEOUT:g} s, "
          f"thumbnails ≤ {THUMBNAIL_SIDE} px, {args.rounds} × {args.seconds:g} s")
    print(f"  probing: {median(probing):.3f} CPU s per wall s "
          f"(rounds: {', '.join(f'{s:.3f}' for s in probing)})")
    print(f"  idle, same process: {median(idle):.3f} CPU s per wall s")
    print(f"  probes per round: {', '.join(map(str, counts))}; "
          f"CPU per probe: {median(per_probe):.1f} ms" if per_probe else "  no probe finished")
    if min(boxes) >= 0:
        print(f"  the sandbox playing them (not counted above): {median(boxes):.3f} CPU s per "
              "wall s")


if __name__ == "__main__":
    main()
