"""Benchmark of the sandbox under a burst (not a test: it prints, it does not assert).

1,000 signed start requests sent at once over loopback to a `mix-designer sandbox` process,
as a busy show's scripts might: 100 sessions (each its own output), each started and switched
to a new layout 9 times, so that every request is answered code 0 in any order. Each request
is timed from connecting to the last byte of its reply; the whole burst has a hard timeout.
Target: all answered, p95 under 1 s.

Beside it, in the same run, the same burst against a baseline process: the standard
library's ThreadingHTTPServer with the same backlog answering a fixed JSON reply (a thread
started per connection, as the sandbox did before).

Run: python bench/bench_sandbox.py [--requests N] [--timeout S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlsplit

from designer.core.wire import Action, build_request
from designer.sandbox import DEFAULT_SANDBOX_KEY

BASELINE = """
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPLY = json.dumps({"code": 0, "message": "Success!", "event_id": 1, "timestamp": 1}).encode()

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(REPLY)))
        self.end_headers()
        self.wfile.write(REPLY)

    def log_message(self, *args):
        pass

class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

server = Server(("127.0.0.1", 0), Handler)
print(f"listening on http://127.0.0.1:{server.server_address[1]}/common_access", flush=True)
server.serve_forever()
"""


SWITCHES_PER_SESSION = 10


def requests_for(url: str, count: int) -> list[tuple[str, bytes]]:
    """(path with query, body) of ``count`` signed starts: a session (and output) per
    SWITCHES_PER_SESSION requests, each request a different layout."""
    out = []
    for number in range(count):
        session = number // SWITCHES_PER_SESSION
        para = {
            "app_id": 1252500000, "mix_stream_session_id": f"bench_{session}",
            "output_stream_id": f"bench_out_{session}", "output_stream_type": 1,
            "input_stream_list": [
                {"input_stream_id": f"host_{number}", "layout_params": {"image_layer": 1}},
                {"input_stream_id": f"guest_{number}", "layout_params": {
                    "image_layer": 2, "image_width": 160, "image_height": 240,
                    "location_x": 380, "location_y": 630}},
            ],
        }
        signed = build_request(Action.START, para, appid=1252500000, key=DEFAULT_SANDBOX_KEY,
                               endpoint=url)
        parts = urlsplit(signed.url)
        out.append((f"{parts.path}?{parts.query}", json.dumps(signed.body).encode()))
    return out


async def one(port: int, target: str, body: bytes) -> float | None:
    """Seconds to the whole reply, or None if none came (refused, reset, not HTTP 200)."""
    started = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"POST {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                     "Connection: close\r\n\r\n".encode() + body)
        await writer.drain()
        reply = await reader.read()  # the sandbox closes the connection after its reply
        writer.close()
    except OSError:
        return None
    status = reply.split(b"\r\n", 1)[0]
    if not (status.startswith(b"HTTP/1.") and b" 200 " in status and b'"code"' in reply):
        return None
    return time.perf_counter() - started


async def burst(port: int, requests: list[tuple[str, bytes]], timeout: float
                ) -> list[float | None]:
    tasks = [asyncio.create_task(one(port, target, body)) for target, body in requests]
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    return [task.result() if task in done else None for task in tasks]


def serve(argv: list[str]) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    found = re.search(r"http://\S+/common_access", first)
    if not found:
        process.kill()
        raise SystemExit(f"the server did not start: {first!r}")
    # Its log must be read as it comes, or a full pipe would stall the server, not the bench.
    threading.Thread(target=process.stdout.read, daemon=True).start()
    return process, found.group()


def run(name: str, argv: list[str], count: int, timeout: float) -> float:
    process, url = serve(argv)
    try:
        requests = requests_for(url, count)
        port = urlsplit(url).port or 80
        times = asyncio.run(burst(port, requests, timeout))
    finally:
        process.kill()
        process.wait()
    answered = sorted(t for t in times if t is not None)
    if not answered:
        print(f"{name}: answered 0/{count}")
        return float("inf")
    p95 = answered[max(0, int(len(answered) * 0.95) - 1)] if len(answered) == count else \
        float("inf")
    print(f"{name}: answered {len(answered)}/{count}, median "
          f"{statistics.median(answered) * 1000:.0f} ms, p95 "
          f"{'-' if p95 == float('inf') else f'{p95 * 1000:.0f} ms'}, max "
          f"{answered[-1] * 1000:.0f} ms")
    return p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="hard limit for the whole burst, in seconds")
    args = parser.parse_args()
    sandbox = [sys.executable, "-m", "designer", "sandbox", "--port", "0"]
    ours = run("sandbox", sandbox, args.requests, args.timeout)
    floor = run("baseline (bare ThreadingHTTPServer)", [sys.executable, "-c", BASELINE],
                args.requests, args.timeout)
    print(f"target: all {args.requests} answered, p95 < 1000 ms; p95 ratio to the baseline "
          f"{ours / floor:.2f}")


if __name__ == "__main__":
    main()
