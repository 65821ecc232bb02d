"""The sandbox's HTTP front: POST /common_access answered by a :class:`SandboxState`.

Standard library only (http.server): the sandbox must run wherever the core runs, and
import-linter forbids requests here. Every reply to /common_access is HTTP 200 with the
service's JSON, refusals included, as the real service does.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlsplit

from pydantic import SecretStr

from designer.core.api3_credentials import SANDBOX_SECRET_ID
from designer.core.credentials import ENV_VAR
from designer.sandbox import DEFAULT_SANDBOX_KEY, api3, live
from designer.sandbox.state import SandboxState
from designer.sandbox.streams import StreamRegistry

PATH = "/common_access"
#: A mix request is a few KiB; anything past this is refused with -1 without being parsed.
MAX_BODY_BYTES = 1024 * 1024
#: An oversized body is still read (and dropped) up to this size, so that the client gets its
#: -1 instead of a connection reset; past it the connection is simply closed.
MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES
#: Seconds a connection may stay silent before its thread gives up on it.
SOCKET_TIMEOUT = 30.0
#: How often serve_forever looks at the shutdown flag: stop() waits at most this long.
POLL_INTERVAL = 0.05
#: Connections the kernel may hold before they are accepted. Python's default of 5 makes a
#: burst of a busy show's scripts wait out SYN retries (1 s, 3 s, 7 s ...); the kernel caps
#: it at net.core.somaxconn.
LISTEN_BACKLOG = 1024
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})

Log = Callable[[str], None]


class SandboxServer:
    """A sandbox listening on ``host:port`` (port 0: any free port), served from a thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        key: str | SecretStr = DEFAULT_SANDBOX_KEY,
        streams: StreamRegistry | None = None,
        delay: float = 0.0,
        clock: Callable[[], float] = time.time,
        log: Log | None = None,
    ):
        if not delay >= 0:  # also NaN
            raise ValueError("delay must be 0 or more seconds")
        self.host, self.delay = host, delay
        self.log = _one_line_at_a_time(log) if log is not None else None
        self.state = SandboxState(key, streams, clock)
        self._requested_port = port
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        # Set by stop(): wakes requests sleeping through ``delay`` so shutdown is prompt.
        self._stopping = threading.Event()

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> SandboxServer:
        """Bind and serve in a daemon thread; OSError if the port cannot be had."""
        if self._http is not None:
            raise RuntimeError("the sandbox is already started")
        self._stopping.clear()
        http = _server_class(self.host)((self.host, self._requested_port), _Handler)
        http.sandbox = self
        self._http = http
        self._thread = threading.Thread(
            target=http.serve_forever, kwargs={"poll_interval": POLL_INTERVAL},
            name=f"mix-designer-sandbox:{self.port}", daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port; does nothing if not running."""
        http, thread = self._http, self._thread
        if http is None:
            return
        self._stopping.set()
        http.shutdown()
        http.server_close()
        if thread is not None:
            thread.join()
        self._http = self._thread = None

    def wait(self) -> None:
        """Block until stopped; a KeyboardInterrupt (Ctrl+C) comes through to the caller."""
        while (thread := self._thread) is not None and thread.is_alive():
            thread.join(0.5)  # a timeout, so that the main thread still sees Ctrl+C

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._http is not None

    @property
    def port(self) -> int:
        if self._http is None:
            raise RuntimeError("the sandbox is not started")
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        """The endpoint to send requests to, e.g. ``http://127.0.0.1:8750/common_access``."""
        host = "127.0.0.1" if self.host in WILDCARD_HOSTS else self.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}{PATH}"

    # -- used by the handler -------------------------------------------------------------

    def _sleep(self) -> None:
        if self.delay > 0:
            if (http := self._http) is not None:
                http.detach()  # each reply is held back on its own
            self._stopping.wait(self.delay)


class _Workers:
    """A few threads that answer connections one after another, so that a burst costs a
    handful of threads taking turns rather than one thread per connection: at 1,000 requests
    at once, a thread each made the p95 three times that of a few threads taking turns, the
    interpreter switching between a thousand of them (bench_sandbox). A connection that will
    stay long (an HTTP-FLV stream, a reply held back by --delay) leaves the pool with
    :meth:`detach`, and another thread takes its place, so neither holds up the others.
    Threads idle for IDLE_SECONDS end; all are daemons, so none holds up the exit."""

    #: Threads answering at once (those detached not counted).
    SIZE = 4
    IDLE_SECONDS = 60.0

    def __init__(self) -> None:
        #: Jobs; None tells one thread to end.
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = self._threads = 0
        self._local = threading.local()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            start = self._idle == 0 and self._threads < self.SIZE
            if start:
                self._threads += 1
            elif self._idle > 0:
                self._idle -= 1  # that one is taken: the job goes to it
        self._jobs.put(job)
        if start:
            self._start()

    def detach(self) -> None:
        """The calling thread's connection will take long: it leaves the pool (and ends with
        that connection), and a new thread takes its place. Outside a pool thread: nothing."""
        if not getattr(self._local, "pooled", False):
            return
        self._local.pooled = False
        self._start()  # the replacement keeps the count: _threads is unchanged

    def close(self) -> None:
        """Let every thread end once its connection is answered."""
        with self._lock:
            count = self._threads
        for _ in range(count):
            self._jobs.put(None)

    def _start(self) -> None:
        threading.Thread(target=self._work, name="mix-designer-sandbox-worker",
                         daemon=True).start()

    def _work(self) -> None:
        self._local.pooled = True
        while True:
            try:
                job = self._jobs.get(timeout=self.IDLE_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._idle > 0 and self._jobs.empty():
                        self._idle -= 1
                        self._threads -= 1
                        return
                continue
            if job is None:
                return
            job()
            if not self._local.pooled:
                return  # detached: its place was taken when it left
            with self._lock:
                self._idle += 1


class _HTTPServer(ThreadingHTTPServer):
    """Connections are answered side by side by :class:`_Workers` (the state has its own
    lock), and the listen backlog holds a burst of them."""

    sandbox: SandboxServer
    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG
    _workers: _Workers | None = None  # made when listening starts

    def server_activate(self) -> None:
        super().server_activate()
        self._workers = _Workers()

    def process_request(self, request: Any, client_address: Any) -> None:
        assert self._workers is not None
        self._workers.submit(lambda: self.process_request_thread(request, client_address))

    def server_close(self) -> None:
        super().server_close()
        if self._workers is not None:  # not when binding failed
            self._workers.close()

    def detach(self) -> None:
        """The current connection will take long: see _Workers.detach."""
        if self._workers is not None:
            self._workers.detach()

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host up with getfqdn, a DNS query that can take
        # seconds; the name is never used, so skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up early is not worth a traceback on the producer's terminal,
        # nor a line when it left before its reply (nothing to tell it).
        if isinstance(sys.exc_info()[1], BrokenPipeError | ConnectionResetError):
            return
        if (log := self.sandbox.log) is not None:
            log(f"connection from {client_address[0]} failed: {sys.exc_info()[1]!r}")


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


def _server_class(host: str) -> type[_HTTPServer]:
    return _HTTPServer6 if ":" in host else _HTTPServer


def _one_line_at_a_time(log: Log) -> Log:
    """``log``, called by one thread at a time: request threads' lines never interleave."""
    lock = threading.Lock()

    def locked(line: str) -> None:
        with lock:
            log(line)

    return locked


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = "MixDesignerSandbox/1"
    timeout = SOCKET_TIMEOUT
    # Headers and body go out in one send once the reply is complete, not two: on loopback
    # each send also runs the receiving side, which a burst of requests pays for twice.
    wbufsize = 64 * 1024

    def do_POST(self) -> None:
        started = time.monotonic()
        parts = urlsplit(self.path)
        if parts.path == api3.PATH:  # TencentCloud API 3.0: POST / with X-TC-Action
            self._api3(started)
            return
        if live.is_control_path(parts.path):  # a stream stopped or started (designer.sandbox.live)
            live.serve_control(self)
            return
        if parts.path != PATH:
            self._not_found(started)
            return
        body = self._read_body()
        sandbox = self.server.sandbox
        if body is None:
            reply = sandbox.state.refusal(
                -1, f"the body must be at most {MAX_BODY_BYTES} bytes, sent with a Content-Length"
            )
        else:
            # First value of each name wins, as most CGI front ends do.
            query: dict[str, str] = {}
            for name, value in parse_qsl(parts.query, keep_blank_values=True):
                query.setdefault(name, value)
            reply = sandbox.state.handle(query, body)
        sandbox._sleep()
        self._send_json(HTTPStatus.OK, reply, started)

    def _api3(self, started: float) -> None:
        body = self._read_body()
        sandbox = self.server.sandbox
        reply = api3.handle(sandbox.state, self.headers, body)
        sandbox._sleep()
        # Exactly application/json: the SDK reads Response.Error only under that type.
        self._send_json(HTTPStatus.OK, reply, started, content_type="application/json",
                        outcome=api3.outcome(reply))

    def _not_found(self, started: float) -> None:
        self.close_connection = True  # the body, if any, is not read
        self._send_json(HTTPStatus.NOT_FOUND,
                        {"code": -1, "message": f"not found: requests go to POST {PATH} "
                                                f"(API 3.0: POST {api3.PATH})"},
                        started)

    def _other_method(self) -> None:
        self._not_found(time.monotonic())

    def do_GET(self) -> None:
        if live.is_live_path(urlsplit(self.path).path):  # HTTP-FLV (designer.sandbox.live)
            self.server.detach()  # a stream lasts: it must not hold up the requests
            live.serve_live(self)
        else:
            self._not_found(time.monotonic())

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _other_method

    def do_HEAD(self) -> None:
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _read_body(self) -> bytes | None:
        """The body, or None when it is too big or chunked (then refused with -1)."""
        if self.headers.get("Transfer-Encoding"):
            # Chunked bodies are not supported; the unread body makes the connection unusable.
            self.close_connection = True
            return None
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            return None
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._drain(length)
            return None
        return self.rfile.read(length)

    def _drain(self, length: int) -> None:
        remaining = min(length, MAX_DRAIN_BYTES)
        while remaining > 0 and (chunk := self.rfile.read(min(remaining, 65536))):
            remaining -= len(chunk)

    def _send_json(self, status: HTTPStatus, reply: dict[str, Any], started: float,
                   content_type: str = "application/json; charset=utf-8",
                   outcome: str | None = None) -> None:
        data = json.dumps(reply, ensure_ascii=False).encode("utf-8")
        # Logged before the reply goes out, so that whoever reads the reply can rely on the
        # line being there already (tests, the window's request list).
        if (log := self.server.sandbox.log) is not None:
            elapsed = (time.monotonic() - started) * 1000
            what = outcome or f"code {reply.get('code')}"
            log(f"{self.command} {self.path} -> HTTP {int(status)} {what} ({elapsed:.0f} ms)")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up; nothing to tell it

    def log_message(self, format: str, *args: Any) -> None:
        # BaseHTTPRequestHandler writes every request to stderr; the sandbox logs through
        # ``log`` (one line per request, above) or not at all.
        pass


def serve(
    host: str,
    port: int,
    key: str | None,
    streams_path: str | None,
    delay: float,
    out: TextIO,
) -> None:
    """Run a sandbox in the foreground until Ctrl+C (the ``mix-designer sandbox`` command).

    FileError for an unreadable streams file, OSError if the port cannot be had; both are
    raised before anything is printed.
    """
    streams = StreamRegistry.from_file(streams_path) if streams_path else None

    def log(line: str) -> None:
        print(line, file=out, flush=True)

    # Without --key, check the same key `start`/`cancel` would sign with: MIX_DESIGNER_KEY
    # if set, else the demo key (which they fall back to against a loopback sandbox).
    env_key = os.environ.get(ENV_VAR)
    which = ("the key given with --key" if key else
             f"the key in {ENV_VAR}" if env_key else f'the demo key "{DEFAULT_SANDBOX_KEY}"')
    server = SandboxServer(host, port, key or env_key or DEFAULT_SANDBOX_KEY, streams, delay,
                           log=log)
    log = server.log or log  # the same lock for these lines as for the requests'
    server.start()
    try:
        log(f"Mix Designer sandbox listening on {server.url} (requests signed with {which}"
            f"{_extras(streams_path, delay)}); API 3.0 at {server.url.rsplit('/', 1)[0]} "
            f"(SecretId {SANDBOX_SECRET_ID}, SecretKey: the same secret); Ctrl+C to stop")
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    log("sandbox stopped")


def _extras(streams_path: str | None, delay: float) -> str:
    parts = [f"streams from {streams_path}" if streams_path else ""]
    parts.append(f"answers {delay:g} s late" if delay > 0 else "")
    return "".join(f"; {part}" for part in parts if part)
