"""The sandbox's live side over HTTP, beside the mix API on the same port.

* ``GET /live/{stream_id}.flv`` plays a pushed stream as live HTTP-FLV (:mod:`.flv`) at its
  resolution from the streams file, or at :data:`~designer.sandbox.flv.DEFAULT_SIZE` when it
  is not known; 404 for a stream that is not pushed. ``?frames=N`` ends it after N frames.
* ``POST /control/streams/{stream_id}`` with ``{"pushed": false}`` stops a stream, and
  ``{"pushed": true}`` (optionally with ``"width"`` and ``"height"``) starts it again: a guest
  who drops, rehearsed. Players of the stream end at once, and the mix rules answer -505 for
  it while it is stopped. Only this computer may call it (loopback clients).

Each player is served by its connection's own thread; what one connection can take is
bounded (a frame in flight, a send timeout, a cap on players at once and on the resolution).
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import threading
import time
import weakref
from http import HTTPStatus
from typing import Any, BinaryIO, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import ValidationError

from designer.core.validation import ID_PATTERN
from designer.sandbox import flv
from designer.sandbox.streams import StreamEntry


class _Handler(Protocol):
    """The sandbox's request handler (designer.sandbox.server), as these routes use it: the
    http.server handler's own members and the sandbox's two helpers."""

    path: str
    command: str
    client_address: Any
    close_connection: bool
    connection: socket.socket
    wfile: BinaryIO
    server: Any

    def send_response(self, code: int, message: str | None = None) -> None: ...
    def send_header(self, keyword: str, value: str) -> None: ...
    def end_headers(self) -> None: ...
    def _read_body(self) -> bytes | None: ...
    def _send_json(self, status: HTTPStatus, reply: dict[str, Any], started: float,
                   content_type: str = ..., outcome: str | None = None) -> None: ...

LIVE_PATH = re.compile(r"/live/(?P<stream>[^/]+)\.flv")
CONTROL_PATH = re.compile(r"/control/streams/(?P<stream>[^/]+)")
#: Players served at once per sandbox; more get HTTP 503 (each one encodes on this machine).
MAX_PLAYERS = 64
#: A player that reads nothing for this long is dropped (a frame is never queued behind it).
SEND_TIMEOUT = 10.0
#: ``?frames=N`` may ask for at most this many frames (an hour at 5 frames a second).
MAX_FRAMES = 3600 * flv.FRAME_RATE

_players: weakref.WeakKeyDictionary[Any, threading.BoundedSemaphore] = \
    weakref.WeakKeyDictionary()
_players_lock = threading.Lock()


def is_live_path(path: str) -> bool:
    return LIVE_PATH.fullmatch(path) is not None


def is_control_path(path: str) -> bool:
    return CONTROL_PATH.fullmatch(path) is not None


def serve_live(handler: _Handler) -> None:
    """Answer ``GET /live/{stream_id}.flv``: play the stream until it ends (:func:`flv.play`)."""
    started = time.monotonic()
    sandbox = handler.server.sandbox
    streams = sandbox.state.streams
    parts = urlsplit(handler.path)
    match = LIVE_PATH.fullmatch(parts.path)
    stream_id = unquote(match["stream"]) if match else ""
    frames = _frames(parts.query)
    if not ID_PATTERN.fullmatch(stream_id):
        _refuse(handler, HTTPStatus.NOT_FOUND, "not a stream id: 1 to 80 letters, digits or "
                                               "underscores", started)
        return
    if frames == 0:
        _refuse(handler, HTTPStatus.BAD_REQUEST, f"frames must be a whole number from 1 to "
                                                 f"{MAX_FRAMES}", started)
        return
    if not streams.is_pushed(stream_id):
        _refuse(handler, HTTPStatus.NOT_FOUND, f"stream '{stream_id}' is not being pushed",
                started)
        return
    if (missing := flv.missing_dependency()) is not None:
        _refuse(handler, HTTPStatus.NOT_IMPLEMENTED, missing, started)
        return
    size = streams.resolution(stream_id) or flv.DEFAULT_SIZE
    if flv.too_large(size):
        _refuse(handler, HTTPStatus.SERVICE_UNAVAILABLE,
                f"the sandbox plays streams of at most {flv.MAX_PIXELS} pixels; "
                f"'{stream_id}' is {size[0]}×{size[1]}", started)
        return
    slots = _slots(handler.server)
    if not slots.acquire(blocking=False):
        _refuse(handler, HTTPStatus.SERVICE_UNAVAILABLE,
                f"already playing {MAX_PLAYERS} streams; close a player first", started)
        return
    try:
        _play(handler, stream_id, size, frames, started)
    finally:
        slots.release()


def _play(handler: _Handler, stream_id: str, size: tuple[int, int], frames: int | None,
          started: float) -> None:
    sandbox = handler.server.sandbox
    streams = sandbox.state.streams
    sandbox._sleep()  # --delay holds back a stream's start like any other reply
    generation = streams.generation(stream_id)
    handler.close_connection = True  # a live body ends when the connection does
    handler.connection.settimeout(SEND_TIMEOUT)
    _log(handler, f"HTTP 200 playing {size[0]}×{size[1]}", started)
    try:
        handler.send_response(HTTPStatus.OK)
        handler.send_header("Content-Type", flv.CONTENT_TYPE)
        handler.send_header("Cache-Control", "no-cache")
        handler.end_headers()
    except OSError:
        return
    sent = flv.play(lambda data: _send_now(handler, data), stream_id, size,
                    keep_going=lambda: streams.generation(stream_id) == generation,
                    wait=sandbox._stopping.wait, frames=frames)
    _log(handler, f"ended after {sent} frame(s)", started)


def _send_now(handler: _Handler, data: bytes) -> None:
    """Each frame goes out as it is made: the handler's writes are buffered (64 KiB, so that
    a JSON reply leaves in one send), which would hold a small stream's frames for seconds."""
    handler.wfile.write(data)
    handler.wfile.flush()


def serve_control(handler: _Handler) -> None:
    """Answer ``POST /control/streams/{stream_id}``: stop or start the stream."""
    started = time.monotonic()
    if not _from_this_computer(handler.client_address[0]):
        handler.close_connection = True
        _refuse(handler, HTTPStatus.FORBIDDEN, "streams can be controlled only from this "
                                               "computer", started)
        return
    match = CONTROL_PATH.fullmatch(urlsplit(handler.path).path)
    stream_id = unquote(match["stream"]) if match else ""
    body = handler._read_body()
    if not ID_PATTERN.fullmatch(stream_id):
        _refuse(handler, HTTPStatus.NOT_FOUND, "not a stream id: 1 to 80 letters, digits or "
                                               "underscores", started)
        return
    order = _control_order(body)
    if isinstance(order, str):
        _refuse(handler, HTTPStatus.BAD_REQUEST, order, started)
        return
    pushed, resolution = order
    streams = handler.server.sandbox.state.streams
    streams.set_pushed(stream_id, pushed, resolution)
    reply: dict[str, Any] = {"stream_id": stream_id, "pushed": streams.is_pushed(stream_id)}
    if (known := streams.resolution(stream_id)) is not None:
        reply["width"], reply["height"] = known
    handler._send_json(HTTPStatus.OK, reply, started,
                       outcome=f"stream '{stream_id}' {'started' if pushed else 'stopped'}")


def _control_order(body: bytes | None) -> tuple[bool, tuple[int, int] | None] | str:
    """(pushed, resolution) from a control body, or the sentence saying what is wrong."""
    usage = ('the body must be JSON like {"pushed": false} or '
             '{"pushed": true, "width": 540, "height": 960}')
    try:
        data = json.loads(body or b"")
    except (ValueError, RecursionError):
        return usage
    if not isinstance(data, dict) or not isinstance(data.get("pushed"), bool):
        return usage
    pushed = data.pop("pushed")
    if data and not pushed:
        return "a stopped stream takes no width or height"
    try:
        entry = StreamEntry.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where + ': ' if where else ''}{first['msg'].removeprefix('Value error, ')}"
    return pushed, entry.resolution


def _frames(query: str) -> int | None:
    """``?frames=N``: None when absent, 0 when it is not a whole number in range."""
    values = [value for name, value in parse_qsl(query) if name == "frames"]
    if not values:
        return None
    text = values[0]
    if not text.isdigit() or not 1 <= int(text) <= MAX_FRAMES:
        return 0
    return int(text)


def _from_this_computer(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def _slots(server: Any) -> threading.BoundedSemaphore:
    with _players_lock:
        slots = _players.get(server)
        if slots is None:
            slots = _players[server] = threading.BoundedSemaphore(MAX_PLAYERS)
        return slots


def _refuse(handler: _Handler, status: HTTPStatus, message: str, started: float) -> None:
    handler.close_connection = True  # a body, if any, is not read
    handler._send_json(status, {"error": message}, started, outcome=message)


def _log(handler: _Handler, what: str, started: float) -> None:
    if (log := handler.server.sandbox.log) is not None:
        elapsed = (time.monotonic() - started) * 1000
        log(f"{handler.command} {handler.path} -> {what} ({elapsed:.0f} ms)")
