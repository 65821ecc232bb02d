"""Probing play URLs against the sandbox's real HTTP-FLV streams and misbehaving peers: every
outcome is a result, each within its time bound, and no message shows the URL's query."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from designer.net.probe import GRACE, FailureKind, PendingProbe, probe, probe_all
from designer.sandbox.server import SandboxServer
from designer.sandbox.streams import StreamRegistry
from tests.net.fake_servers import closed_port_url, serving

SECRET = "txSecret=do_not_print_me"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    streams = StreamRegistry({"portrait": (540, 960), "unknown_size": None})
    with SandboxServer(streams=streams) as server:
        yield server


def play_url(server: SandboxServer, stream_id: str) -> str:
    return f"http://127.0.0.1:{server.port}/live/{stream_id}.flv?{SECRET}"


def test_a_live_stream_gives_its_resolution_and_a_frame_of_it(sandbox):
    result = probe(play_url(sandbox, "portrait"), timeout=5)
    assert result.live and result.error is None
    assert (result.width, result.height) == (540, 960) == result.size
    frame = result.frame
    assert (frame.width, frame.height) == (540, 960)
    # The sandbox's corner marks are white: the frame's top-left pixel is near white.
    assert min(frame.rgb(0, 0)) > 180


def test_a_thumbnail_keeps_the_whole_picture_and_the_real_size(sandbox):
    result = probe(play_url(sandbox, "portrait"), timeout=5, max_side=96)
    assert result.size == (540, 960)
    assert (result.frame.width, result.frame.height) == (54, 96)
    assert probe(play_url(sandbox, "unknown_size"), timeout=5, max_side=0).frame is None


def test_a_stream_that_is_not_pushed_is_not_found(sandbox):
    result = probe(play_url(sandbox, "nobody"), timeout=5)
    assert not result.live and result.size is None and result.frame is None
    assert result.error.kind is FailureKind.NOT_FOUND
    assert "404" in str(result.error)


def test_a_closed_port_is_unreachable_and_named_by_host_only():
    url = closed_port_url().replace("/common_access", f"/live/a.flv?{SECRET}")
    result = probe(url, timeout=5)
    assert result.error.kind is FailureKind.UNREACHABLE
    assert "127.0.0.1" in str(result.error) and SECRET not in str(result.error)


def test_a_slow_stream_times_out_within_the_bound():
    with SandboxServer(delay=30) as slow:  # holds every stream's start back 30 s
        began = time.monotonic()
        result = probe(play_url(slow, "late"), timeout=0.5)
        took = time.monotonic() - began
    assert result.error.kind is FailureKind.TIMEOUT and "0.5 s" in str(result.error)
    assert took < 0.5 + GRACE


def answering(status: int, body: bytes, content_type: str = "video/x-flv",
              hang: float = 0.0):
    """A GET server on loopback answering ``status`` and ``body`` (after ``hang`` seconds)."""
    return serving(body, status, content_type, hang=hang, method="GET",
                   path=f"/live/a.flv?{SECRET}")


@pytest.mark.parametrize(("status", "body", "kind", "says"), [
    (403, b"forbidden", FailureKind.HTTP_ERROR, "HTTP 403"),
    (502, b"bad gateway", FailureKind.HTTP_ERROR, "HTTP 5xx"),
    (200, b"<html>not a stream</html>" * 50, FailureKind.UNREADABLE, "decoded"),
    (200, b"", FailureKind.UNREADABLE, ""),
])
def test_answers_that_are_not_a_stream(status, body, kind, says):
    with answering(status, body) as url:
        result = probe(url, timeout=5)
    assert not result.live and result.error.kind is kind
    assert says in str(result.error) and SECRET not in str(result.error)


def test_a_listener_that_never_answers_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/live/a.flv"
        began = time.monotonic()
        result = probe(url, timeout=0.5)
        assert time.monotonic() - began < 0.5 + GRACE
    assert result.error.kind is FailureKind.TIMEOUT


def test_the_watchdog_answers_even_if_ffmpeg_never_lets_go(monkeypatch):
    import designer.net.probe as probing

    release = threading.Event()

    def stuck(*_args):
        release.wait(10)
        return probing.ProbeResult(live=True, width=1, height=1)

    monkeypatch.setattr(probing, "_probe_now", stuck)
    pending = PendingProbe("http://127.0.0.1:9/x.flv", timeout=0.2)
    began = time.monotonic()
    result = pending.result()
    assert time.monotonic() - began < 0.2 + GRACE + 0.5
    assert result.error.kind is FailureKind.TIMEOUT
    assert not pending.finished  # its connection is still open: a worker waits for it
    release.set()


def test_without_pyav_a_probe_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "av", None)
    result = probe("http://127.0.0.1:9/live/a.flv", timeout=1)
    assert result.error.kind is FailureKind.UNAVAILABLE
    assert "mix-designer[live]" in str(result.error)


def test_probe_all_keeps_keys_and_order(sandbox):
    urls = {sid: play_url(sandbox, sid) for sid in ("unknown_size", "nobody", "portrait")}
    results = probe_all(urls, timeout=5, max_side=0)
    assert list(results) == list(urls)
    assert [r.live for r in results.values()] == [True, False, True]
    assert results["unknown_size"].size == (640, 360)
