"""Misbehaving HTTP peers on loopback, for the transport errors the sandbox never makes."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(reply: bytes | None, status: int = 200, content_type: str = "application/json",
            length: int | None = None, hang: float = 0.0, method: str = "POST",
            path: str = "/common_access") -> Iterator[str]:
    """A server on 127.0.0.1 answering every ``method`` request with ``reply``; yields its
    URL (``path`` on it).

    ``length`` lies about Content-Length (a truncated reply); ``hang`` waits before answering.
    """
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if hang:
                stop.wait(hang)
            body = reply or b""
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    setattr(Handler, f"do_{method}", Handler.answer)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """A loopback URL nothing listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/common_access"


@contextmanager
def dripping(reply: bytes, every: float, at_once: int = 0) -> Iterator[str]:
    """A server that reads each request, then sends the HTTP response ``reply`` (status line,
    headers and body): its first ``at_once`` bytes at once, then one byte every ``every``
    seconds; yields its URL.

    Each byte arrives well within any per-read timeout, so only a deadline for the whole
    request stops the client early. Bounded: a connection ends after ``len(reply)`` bytes.
    """
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)

    def drip(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                _read_request(conn)
                conn.sendall(reply[:at_once])
                for byte in reply[at_once:]:
                    if stop.wait(every):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return  # the client gave up: that is the point

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/common_access"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def http_response(body: bytes, status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def _read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = conn.recv(4096)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk
