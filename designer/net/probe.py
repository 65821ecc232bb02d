"""Probing play URLs: is a stream live, at what resolution, and what does it show right now.

:func:`probe` opens one URL with FFmpeg's HTTP through PyAV (the ``live`` extra, imported only
when a probe runs), reads just enough to find the video, decodes one frame and hangs up. It
never hangs: PyAV's own timeout aborts FFmpeg's blocking reads, the read loop has a deadline,
and a watchdog returns a "no picture" result at ``timeout`` + :data:`GRACE` even if FFmpeg
does not let go (its thread then ends on its own, see :class:`PendingProbe`).

Nothing here touches Qt, and every outcome is a :class:`ProbeResult`: a probe never raises.
Messages name the play host at most, never the URL's path or query (it may carry an auth
token).
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from designer.core.errors import MixDesignerError
from designer.core.extras import LIVE_INSTALL
from designer.core.frames import PixelFormat, RgbFrame
from designer.core.i18n import QT_TRANSLATE_NOOP

#: Seconds one probe may take, from opening the URL to a decoded frame.
DEFAULT_TIMEOUT = 5.0
#: The watchdog waits this much past the timeout before it gives up on FFmpeg itself.
GRACE = 1.0
#: Probes run side by side at most (each one decodes a frame on this machine's cores).
DEFAULT_PARALLEL = 4
#: Read just enough to find the streams (the first 4 KiB, 0.2 s of stream time): the decoded
#: picture tells the resolution. FFmpeg's defaults (5 MB, 5 s) make a probe take seconds.
OPEN_OPTIONS = {"probesize": "4096", "analyzeduration": "200000"}


class FailureKind(StrEnum):
    UNAVAILABLE = "unavailable"  # PyAV is not installed
    UNREACHABLE = "unreachable"  # refused, unknown host, no route
    NOT_FOUND = "not_found"  # HTTP 404: the CDN's answer for a stream that is not pushed
    HTTP_ERROR = "http_error"  # any other HTTP error status (403: a wrong auth query ...)
    TIMEOUT = "timeout"  # connected, but no picture in time
    NO_VIDEO = "no_video"  # an audio-only stream
    UNREADABLE = "unreadable"  # not a stream FFmpeg can decode, or it ended first


class ProbeFailure(MixDesignerError):
    """Why a probe found no picture; ``kind`` for code, ``str()`` for people."""

    def __init__(self, kind: FailureKind, template: str, /, **params: object):
        super().__init__(template, **params)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """One look at one stream. ``live`` means a frame was decoded: then the size and the
    frame are set, and ``error`` is None; otherwise only ``error`` is."""

    live: bool
    width: int | None = None
    height: int | None = None
    #: The whole picture, at most ``max_side`` pixels a side (see :func:`probe`).
    frame: RgbFrame | None = None
    error: ProbeFailure | None = None

    @property
    def size(self) -> tuple[int, int] | None:
        return (self.width, self.height) if self.width and self.height else None


def failed(kind: FailureKind, template: str, /, **params: object) -> ProbeResult:
    return ProbeResult(live=False, error=ProbeFailure(kind, template, **params))


def timed_out(timeout: float) -> ProbeResult:
    return failed(FailureKind.TIMEOUT, QT_TRANSLATE_NOOP("Errors", "no picture within {seconds} s"),
                  seconds=f"{timeout:g}")


def missing_dependency() -> str | None:
    """Why nothing can be probed here (PyAV is not installed), or None when it can."""
    try:
        import av  # noqa: F401
    except ImportError:
        return f"probing streams needs PyAV: {LIVE_INSTALL}"
    return None


def probe(url: str, timeout: float = DEFAULT_TIMEOUT, max_side: int | None = None) -> ProbeResult:
    """Open ``url``, read the resolution and one decoded frame, hang up. Never raises.

    ``max_side`` shrinks the frame (not the reported size) to at most that many pixels a
    side: a thumbnail for the canvas; 0 keeps no frame at all (the size is all that is
    wanted). Returns within ``timeout`` + :data:`GRACE` seconds.
    """
    return PendingProbe(url, timeout, max_side).result()


class PendingProbe:
    """A probe running in a thread of its own; :meth:`result` waits for it, bounded.

    ``finished`` turns True once its connection is closed: a caller that probes again and
    again (the worker) waits for that, so a stream never has two connections at once, even
    when the watchdog gave up on one.
    """

    def __init__(self, url: str, timeout: float, max_side: int | None = None,
                 on_done: Callable[[PendingProbe], None] | None = None):
        if not timeout > 0:
            raise ValueError("the timeout must be more than 0 seconds")
        self.url, self.timeout = url, timeout
        self.deadline = time.monotonic() + timeout
        self._max_side, self._on_done = max_side, on_done
        self._result: ProbeResult | None = None
        self._done = threading.Event()
        threading.Thread(target=self._run, name="mix-designer-probe", daemon=True).start()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    @property
    def overdue(self) -> bool:
        """True once the watchdog's wait is over: :meth:`result` then answers at once."""
        return time.monotonic() >= self.deadline + GRACE

    def result(self) -> ProbeResult:
        """The outcome, or a timeout once ``timeout`` + GRACE seconds have gone by."""
        self._done.wait(max(0.0, self.deadline + GRACE - time.monotonic()))
        result = self._result
        return result if result is not None else timed_out(self.timeout)

    def _run(self) -> None:
        try:
            result = _probe_now(self.url, self.timeout, self.deadline, self._max_side)
        except Exception:  # a probe reports; it never takes its caller down
            result = failed(FailureKind.UNREADABLE,
                            QT_TRANSLATE_NOOP("Errors", "the stream could not be decoded"))
        self._result = result
        self._done.set()
        if self._on_done is not None:
            self._on_done(self)


def probe_all(urls: Mapping[str, str], timeout: float = DEFAULT_TIMEOUT,
              max_side: int | None = None,
              parallel: int = DEFAULT_PARALLEL) -> dict[str, ProbeResult]:
    """Probe every URL once (``parallel`` at a time); results under the same keys, in order."""
    if not urls:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(parallel, len(urls))),
                            thread_name_prefix="mix-designer-probe") as pool:
        futures = {key: pool.submit(probe, url, timeout, max_side) for key, url in urls.items()}
        return {key: future.result() for key, future in futures.items()}


def can_connect(url: str, timeout: float = DEFAULT_TIMEOUT) -> bool:
    """True when a TCP connection to the URL's host and port can be opened (and closed)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def host_of(url: str) -> str:
    """Scheme, host and port of ``url``: all a message may show of it."""
    try:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"
    except ValueError:
        return "the play host"


# -- the probe itself, in its thread --------------------------------------------------------


def _probe_now(url: str, timeout: float, deadline: float, max_side: int | None) -> ProbeResult:
    try:
        import av
    except ImportError:
        return failed(FailureKind.UNAVAILABLE, QT_TRANSLATE_NOOP(
            "Errors", "probing streams needs PyAV: {command}"), command=LIVE_INSTALL)
    container = None
    try:
        container = av.open(url, timeout=timeout, options=dict(OPEN_OPTIONS))
        if not container.streams.video:
            return failed(FailureKind.NO_VIDEO,
                          QT_TRANSLATE_NOOP("Errors", "the stream has no video"))
        video = container.streams.video[0]
        # One thread: a frame-threaded decoder holds the first picture back for a few packets.
        video.codec_context.thread_count = 1
        for packet in container.demux(video):
            if time.monotonic() > deadline:
                return timed_out(timeout)
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                continue  # joined mid-stream: what precedes a keyframe may not decode
            if frames:
                return _live(frames[0], max_side)
        return failed(FailureKind.UNREADABLE, QT_TRANSLATE_NOOP(
            "Errors", "the stream ended before a picture came"))
    except Exception as error:  # classified below; the URL never leaks
        return _classify(av, error, url, timeout)
    finally:
        if container is not None:
            container.close()


def _live(frame: Any, max_side: int | None) -> ProbeResult:
    width, height = int(frame.width), int(frame.height)
    if max_side == 0:
        return ProbeResult(live=True, width=width, height=height)
    out_w, out_h = width, height
    if max_side is not None and max(width, height) > max_side:
        scale = max_side / max(width, height)
        out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))
    # Laid out here, on the probe's thread, as the canvas draws it fastest (frames.py).
    layout = PixelFormat.XRGB32
    pixels = frame.reformat(width=out_w, height=out_h, format=layout.value).to_ndarray()
    return ProbeResult(live=True, width=width, height=height,
                       frame=RgbFrame(out_w, out_h, pixels.tobytes(), layout))


_HTTP_STATUS = {
    "HTTPBadRequestError": "400", "HTTPUnauthorizedError": "401", "HTTPForbiddenError": "403",
    "HTTPTooManyRequestsError": "429", "HTTPOtherClientError": "4xx", "HTTPServerError": "5xx",
}


def _classify(av: Any, error: Exception, url: str, timeout: float) -> ProbeResult:
    """A result for what FFmpeg raised. Its messages quote the URL, so they are not used."""
    errors = av.error
    if isinstance(error, errors.HTTPNotFoundError):
        return failed(FailureKind.NOT_FOUND, QT_TRANSLATE_NOOP(
            "Errors", "not found (HTTP 404): the stream is not being pushed"))
    if isinstance(error, errors.HTTPError | errors.HTTPClientError):
        return failed(FailureKind.HTTP_ERROR, QT_TRANSLATE_NOOP(
            "Errors", "the play server answered HTTP {status}"),
            status=_HTTP_STATUS.get(type(error).__name__, "error"))
    if isinstance(error, errors.ExitError | TimeoutError):  # PyAV's timeout interrupted FFmpeg
        return timed_out(timeout)
    if isinstance(error, ConnectionRefusedError) or getattr(error, "errno", None) in _NO_ROUTE:
        return failed(FailureKind.UNREACHABLE,
                      QT_TRANSLATE_NOOP("Errors", "cannot reach {host}"), host=host_of(url))
    return failed(FailureKind.UNREADABLE,
                  QT_TRANSLATE_NOOP("Errors", "the stream could not be decoded"))


#: FFmpeg reports an unknown host as EIO ("Failed to resolve hostname"); no route is its own.
_NO_ROUTE = frozenset({errno.EIO, errno.ENETUNREACH, errno.EHOSTUNREACH})
