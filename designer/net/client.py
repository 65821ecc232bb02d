"""Mix_StreamV2's HTTP client (API 3.0 goes through Tencent's SDK in designer.net.api3,
streams are read by designer.net.probe). Every outcome comes back typed.

* A reply in the service's JSON becomes a :class:`Reply` (code 0 or not: a refusal is an
  answer, and ``Reply.spec`` explains its code with the spec's cause and advice).
* Anything else raises a :class:`~designer.core.errors.TransportError`: refused connection,
  timeout, HTTP error status, an HTML page or a truncated body. After a transport error the
  mix's state is unknown, so nothing is retried automatically: a start sent twice could
  switch a live layout twice.

Time limits: connecting has its own (5 s); each read of the reply another (10 s); and the
whole request one deadline (15 s) from sending to the reply's last byte, so that a server
dripping a byte every few seconds (which never trips a per-read timeout) cannot hold a start
for as long as it likes. At the deadline the connection is shut down from a timer thread.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager, ProxyManager

from designer.core.codes import CodeInfo, describe
from designer.core.errors import (
    BadReply,
    ConnectionFailed,
    HttpStatusError,
    RequestTimeout,
    TransportError,
)
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.wire import SignedRequest

#: (connect, read) seconds.
DEFAULT_TIMEOUT = (5.0, 10.0)
#: Seconds for the whole request, from sending to the reply's last byte.
DEFAULT_DEADLINE = 15.0
MAX_REPLY_BYTES = 1024 * 1024
#: The service's reply is a flat object; one nested deeper than this is not its reply.
MAX_REPLY_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Reply:
    code: int
    message: str
    event_id: Any
    timestamp: Any
    #: Seconds from sending to the whole reply.
    latency: float
    raw: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.code == 0

    @property
    def spec(self) -> CodeInfo:
        return describe(self.code)


def send(
    request: SignedRequest,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    deadline: float | None = None,
    session: requests.Session | None = None,
) -> Reply:
    """POST a signed request once; a Reply for any JSON answer, TransportError otherwise.

    ``deadline``: seconds for the whole request (DEFAULT_DEADLINE if None).
    """
    seconds = DEFAULT_DEADLINE if deadline is None else deadline
    http = session or requests.Session()
    for scheme in ("http://", "https://"):
        http.mount(scheme, _WatchedAdapter())
    started = time.monotonic()
    # The host is named in messages, never the URL's query: the sign is harmless but noise.
    host = request.url.split("?", 1)[0]
    watch = _Watch(seconds)
    try:
        with watch:
            try:
                response = _post(http, request, timeout)
                try:
                    body = _read_limited(response)
                finally:
                    response.close()
            except requests.exceptions.RequestException as error:
                raise _transport_error(error, timeout, host) from None
            except ValueError as error:  # a URL that does not parse, a number JSON has not
                raise TransportError(QT_TRANSLATE_NOOP(
                    "Errors", "request to {host} failed: {reason}"),
                    host=host, reason=str(error)) from None
    except TransportError:
        if watch.expired:
            raise _past_deadline(host, seconds) from None
        raise
    finally:
        if session is None:
            http.close()
    if watch.expired:  # the reply may be cut short where the connection was shut down
        raise _past_deadline(host, seconds)
    latency = time.monotonic() - started
    if response.status_code != 200:
        raise HttpStatusError(
            QT_TRANSLATE_NOOP("Errors", "{host} answered HTTP {status} {reason}"),
            response.status_code, host=host, status=response.status_code,
            reason=response.reason or "")
    return _parse_reply(body, latency, host)


def _post(http: requests.Session, request: SignedRequest,
          timeout: tuple[float, float]) -> requests.Response:
    return http.post(
        request.url,
        # allow_nan=False: what is sent is JSON (a ValueError, before anything is sent).
        data=json.dumps(request.body, ensure_ascii=False, allow_nan=False).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
        timeout=timeout,
        allow_redirects=False,
        stream=True,
    )


def _transport_error(error: requests.exceptions.RequestException,
                     timeout: tuple[float, float], host: str) -> TransportError:
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return RequestTimeout(QT_TRANSLATE_NOOP(
            "Errors", "could not connect to {host} within {seconds} s"),
            host=host, seconds=f"{timeout[0]:g}")
    if isinstance(error, requests.exceptions.ReadTimeout):
        return RequestTimeout(QT_TRANSLATE_NOOP(
            "Errors", "{host} did not answer within {seconds} s; the mix may or may not have "
                      "changed"), host=host, seconds=f"{timeout[1]:g}")
    if isinstance(error, requests.exceptions.ChunkedEncodingError):
        return BadReply(QT_TRANSLATE_NOOP(
            "Errors", "{host} closed the connection before the reply was complete"),
            host=host)
    if isinstance(error, requests.exceptions.ConnectionError):
        if "timed out" in str(error):  # a timeout while reading the body comes wrapped so
            return RequestTimeout(QT_TRANSLATE_NOOP(
                "Errors", "{host} stopped sending its reply for {seconds} s; the mix may or "
                          "may not have changed"), host=host, seconds=f"{timeout[1]:g}")
        return ConnectionFailed(QT_TRANSLATE_NOOP("Errors", "cannot reach {host}: {reason}"),
                                host=host, reason=_reason(error))
    return TransportError(QT_TRANSLATE_NOOP("Errors", "request to {host} failed: {reason}"),
                          host=host, reason=_reason(error))


def _past_deadline(host: str, seconds: float) -> RequestTimeout:
    return RequestTimeout(QT_TRANSLATE_NOOP(
        "Errors", "{host} did not finish its reply within {seconds} s; the mix may or may not "
                  "have changed"), host=host, seconds=f"{seconds:g}")


def _read_limited(response: requests.Response) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise BadReply(QT_TRANSLATE_NOOP("Errors", "the reply is larger than {limit} bytes"),
                           limit=MAX_REPLY_BYTES)
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_reply(body: bytes, latency: float, host: str) -> Reply:
    try:
        data = json.loads(body.decode("utf-8"))
        if _deeper_than(data, MAX_REPLY_DEPTH):
            raise RecursionError
    except RecursionError:
        raise BadReply(QT_TRANSLATE_NOOP(
            "Errors", "{host} sent JSON nested too deeply to be the service's reply"),
            host=host) from None
    except (UnicodeDecodeError, ValueError):
        # Parameters that are words are marked too: the window translates them as well.
        if body.lstrip()[:1] == b"<":
            kind = QT_TRANSLATE_NOOP("Errors", "an HTML page")
        elif not body.strip():
            kind = QT_TRANSLATE_NOOP("Errors", "an empty reply")
        else:
            kind = QT_TRANSLATE_NOOP("Errors", "a reply that is not JSON (truncated?)")
        raise BadReply(QT_TRANSLATE_NOOP("Errors", "{host} sent {kind} instead of the "
                                                   "service's JSON"),
                       host=host, kind=kind) from None
    code = data.get("code") if isinstance(data, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        raise BadReply(QT_TRANSLATE_NOOP("Errors", "{host} sent JSON without a numeric "
                                                   "\"code\""), host=host)
    message = data.get("message")
    return Reply(
        code=code,
        message=message if isinstance(message, str) else "",
        event_id=data.get("event_id"),
        timestamp=data.get("timestamp"),
        latency=latency,
        raw=data,
    )


def _reason(error: Exception) -> str:
    text = str(error)
    if "Connection refused" in text or "ConnectionRefused" in text:
        return QT_TRANSLATE_NOOP(
            "Errors", "connection refused (is the endpoint right, and the service running?)")
    if "Name or service not known" in text or "NameResolution" in text:
        return QT_TRANSLATE_NOOP("Errors", "the host name does not resolve")
    return type(error).__name__


def _deeper_than(data: Any, limit: int) -> bool:
    level, depth = [data], 0
    while level:
        depth += 1
        if depth > limit:
            return True
        level = [item for value in level if isinstance(value, dict | list)
                 for item in (value.values() if isinstance(value, dict) else value)]
    return False


# -- the deadline -----------------------------------------------------------------------------

#: The deadline of the request this thread is sending, if any (see _Watch).
_current = threading.local()


class _Watch:
    """One request's deadline: when it passes, every socket the request opened is shut down,
    which ends whatever read is blocked on it."""

    def __init__(self, seconds: float):
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Watch:
        _current.watch = self
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        _current.watch = None

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # closed already
        sock.shutdown(socket.SHUT_RDWR)


class _Watched:
    """A urllib3 connection that hands its socket to the current request's deadline."""

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        if (watch := getattr(_current, "watch", None)) is not None:
            watch.add(sock)
        return sock


class _WatchedHTTPConnection(_Watched, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(HTTPAdapter):
    """requests' adapter, with connections (direct or through an HTTP proxy) that obey the
    deadline."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **kwargs)
        if type(manager) is ProxyManager:  # a SOCKS proxy has pools of its own
            manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager
