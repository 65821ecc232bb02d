"""The sandbox's live side: HTTP-FLV streams decoded by the real decoder (PyAV), and the
control endpoint that makes a guest drop and come back."""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import av
import pytest

from designer.core.extras import LIVE_INSTALL
from designer.core.wire import Action
from designer.sandbox import flv, live
from designer.sandbox.pattern import Pattern, text_bitmap
from designer.sandbox.server import SandboxServer
from designer.sandbox.streams import StreamRegistry
from tests.sandbox.test_server import KEY, exchange, post

STREAMS = {"stream_lewis01": (540, 960), "stream_lewis02": (480, 720), "odd_guest": (541, 333),
           "guest_just_pushed": None, "one_pixel": (1, 1), "tiny": (2, 2)}


def read_stream(server: SandboxServer, stream_id: str, frames: int = 3) -> tuple[bytes, int]:
    """The whole body of a stream asked to end after ``frames`` frames, and its status."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", f"/live/{stream_id}.flv?frames={frames}")
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return body, response.status


def decoded(body: bytes) -> list[Any]:
    with av.open(io.BytesIO(body), format="flv") as container:
        return list(container.decode(video=0))


@pytest.fixture
def make_server() -> Iterator[Callable[..., SandboxServer]]:
    """Start sandboxes with any options; every one is stopped after the test."""
    started: list[SandboxServer] = []

    def make(**options: Any) -> SandboxServer:
        started.append(SandboxServer(key=KEY, **options))
        return started[-1].start()

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def streamed(make_server) -> SandboxServer:
    return make_server(streams=StreamRegistry(STREAMS))


@pytest.mark.parametrize(("stream_id", "size"), [
    ("stream_lewis01", (540, 960)),
    ("stream_lewis02", (480, 720)),
    ("odd_guest", (541, 333)),  # odd sides: sent 4:4:4, still its exact size
    ("guest_just_pushed", flv.DEFAULT_SIZE),  # {}: resolution not known yet
    ("one_pixel", (1, 1)),
    ("tiny", (2, 2)),
])
def test_each_pushed_stream_plays_as_flv_at_its_resolution(streamed, stream_id, size):
    body, status = read_stream(streamed, stream_id, frames=3)
    assert status == 200
    assert body.startswith(b"FLV")
    frames = decoded(body)
    assert len(frames) == 3
    assert all((f.width, f.height) == size for f in frames)
    assert frames[0].key_frame  # a decoder joining now gets a picture at once


def test_a_stream_that_is_not_pushed_is_a_404(streamed):
    response = exchange(streamed, "GET", "/live/nobody_home.flv")
    assert response.status == 404
    assert "nobody_home" in json.loads(response.body)["error"]  # type: ignore[attr-defined]


def test_without_a_streams_file_every_stream_plays_at_the_default_size(make_server):
    server = make_server()
    body, status = read_stream(server, "whoever_asks", frames=1)
    assert status == 200
    assert [(f.width, f.height) for f in decoded(body)] == [flv.DEFAULT_SIZE]


@pytest.mark.parametrize("target", ["/live/bad-id!.flv", "/live/a.flv?frames=0",
                                    "/live/a.flv?frames=x", "/live/.flv", "/live/a/b.flv"])
def test_malformed_live_requests_are_refused_without_a_stream(make_server, target):
    response = exchange(make_server(), "GET", target)
    assert response.status in (400, 404)
    assert not response.body.startswith(b"FLV")  # type: ignore[attr-defined]


def test_the_pattern_moves_between_frames():
    pattern = Pattern("a", 64, 36)
    assert (pattern.planes(0) != pattern.planes(5)).any()
    assert (pattern.planes(3) == pattern.planes(3 + 40)).all()  # one sweep, then again


def test_the_stream_id_is_drawn_in_the_picture():
    # The caption's box is black with white letters: both show in the middle row band.
    luma = Pattern("stream_lewis01", 540, 960).planes(0)[:960]
    middle = luma[470:490, 60:480]
    assert (middle <= 20).any() and (middle >= 230).any()
    assert text_bitmap("A_1").shape == (7, 17)


# -- the control endpoint: a guest who drops ------------------------------------------------


def control(server: SandboxServer, stream_id: str, body: Any) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = exchange(server, "POST", f"/control/streams/{stream_id}", data)
    return response.status, json.loads(response.body)  # type: ignore[attr-defined]


def test_a_dropped_stream_404s_is_refused_505_and_comes_back(streamed):
    assert post(streamed, Action.START)[1]["code"] == 0
    assert control(streamed, "stream_lewis02", {"pushed": False}) == (
        200, {"stream_id": "stream_lewis02", "pushed": False})
    assert exchange(streamed, "GET", "/live/stream_lewis02.flv").status == 404
    assert post(streamed, Action.START)[1]["code"] == -505  # a layout switch that needs it

    status, reply = control(streamed, "stream_lewis02", {"pushed": True})
    assert (status, reply) == (200, {"stream_id": "stream_lewis02", "pushed": True,
                                     "width": 480, "height": 720})
    assert read_stream(streamed, "stream_lewis02", frames=1)[1] == 200
    assert post(streamed, Action.START)[1]["code"] == 0


def test_a_guest_can_come_back_at_another_resolution(streamed):
    control(streamed, "stream_lewis02", {"pushed": False})
    status, reply = control(streamed, "stream_lewis02",
                            {"pushed": True, "width": 720, "height": 480})
    assert (status, reply["width"], reply["height"]) == (200, 720, 480)
    body, _status = read_stream(streamed, "stream_lewis02", frames=1)
    assert [(f.width, f.height) for f in decoded(body)] == [(720, 480)]


def test_a_stream_not_in_the_file_can_be_pushed_later(streamed):
    assert exchange(streamed, "GET", "/live/late_guest.flv").status == 404
    assert control(streamed, "late_guest", {"pushed": True})[0] == 200
    body, status = read_stream(streamed, "late_guest", frames=1)
    assert status == 200 and [(f.width, f.height) for f in decoded(body)] == [flv.DEFAULT_SIZE]


def test_without_a_streams_file_a_dropped_stream_is_505_and_only_that_one(make_server):
    server = make_server()
    assert control(server, "stream_lewis02", {"pushed": False})[0] == 200
    _response, reply = post(server, Action.START)
    assert reply["code"] == -505 and "stream_lewis02" in reply["message"]
    control(server, "stream_lewis02", {"pushed": True})
    assert post(server, Action.START)[1]["code"] == 0  # and no -507: no resolution is asked for


def test_dropping_a_stream_ends_its_players_at_once(streamed):
    connection = http.client.HTTPConnection("127.0.0.1", streamed.port, timeout=10)
    connection.request("GET", "/live/stream_lewis01.flv")  # no frame limit: plays until told
    response = connection.getresponse()
    assert response.status == 200
    assert response.read(100).startswith(b"FLV")
    control(streamed, "stream_lewis01", {"pushed": False})
    response.read()  # returns only because the stream ended: the timeout would fail the test
    connection.close()


def test_stopping_the_sandbox_ends_a_playing_stream(make_server):
    server = make_server()
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", "/live/forever.flv")
    response = connection.getresponse()
    response.read(100)
    ended = threading.Event()

    def drain() -> None:
        response.read()
        ended.set()

    threading.Thread(target=drain, daemon=True).start()
    server.stop()
    assert ended.wait(5)
    connection.close()


@pytest.mark.parametrize(("body", "says"), [
    (b"{nope", "the body must be JSON"),
    ({"pushed": "no"}, "the body must be JSON"),
    ({}, "the body must be JSON"),
    ({"pushed": True, "width": 540}, "both width and height"),
    ({"pushed": True, "width": 0, "height": 10}, "width"),
    ({"pushed": True, "widht": 540, "height": 960}, "widht"),
    ({"pushed": False, "width": 540, "height": 960}, "no width or height"),
])
def test_bad_control_bodies_are_400_and_change_nothing(streamed, body, says):
    status, reply = control(streamed, "stream_lewis01", body)
    assert status == 400 and says in reply["error"]
    assert streamed.state.streams.is_pushed("stream_lewis01")
    assert streamed.state.streams.resolution("stream_lewis01") == (540, 960)


def test_control_of_a_malformed_stream_id_is_404(streamed):
    assert control(streamed, "no-such!id", {"pushed": False})[0] == 404


@pytest.mark.parametrize(("host", "allowed"), [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("::ffff:127.0.0.1", True),
    ("192.168.1.20", False), ("10.0.0.1", False), ("::ffff:192.168.1.20", False),
    ("fe80::1%eth0", False), ("not an address", False),
])
def test_only_this_computer_may_control_streams(host, allowed):
    assert live._from_this_computer(host) is allowed


def test_the_control_refuses_a_remote_client(streamed, monkeypatch):
    # A real remote client cannot be had in a test: the check is given a remote address.
    monkeypatch.setattr(live, "_from_this_computer", lambda host: False)
    status, reply = control(streamed, "stream_lewis01", {"pushed": False})
    assert status == 403 and "this computer" in reply["error"]
    assert streamed.state.streams.is_pushed("stream_lewis01")


def test_streams_too_large_to_make_are_refused_clearly(make_server):
    server = make_server(streams=StreamRegistry({"huge": (16384, 16384)}))
    response = exchange(server, "GET", "/live/huge.flv")
    assert response.status == 503
    assert "16384×16384" in json.loads(response.body)["error"]  # type: ignore[attr-defined]


def test_players_beyond_the_cap_get_503(make_server, monkeypatch):
    monkeypatch.setattr(live, "MAX_PLAYERS", 1)
    server = make_server()
    first = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    first.request("GET", "/live/one.flv")
    playing = first.getresponse()
    assert playing.status == 200
    assert exchange(server, "GET", "/live/two.flv").status == 503
    first.close()


def test_a_client_that_leaves_frees_its_thread(make_server):
    server = make_server(log=(lines := []).append)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", "/live/short_visit.flv")
    connection.getresponse().read(100)
    connection.close()
    deadline = time.monotonic() + 10
    while not any("ended after" in line for line in lines) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any("short_visit" in line and "ended after" in line for line in lines)


def test_without_pyav_the_route_says_how_to_get_it(make_server, monkeypatch):
    monkeypatch.setattr(flv, "missing_dependency", lambda: "playing streams needs PyAV and "
                        f"numpy (av is missing): {LIVE_INSTALL}")
    response = exchange(make_server(), "GET", "/live/a.flv")
    assert response.status == 501
    assert "mix-designer[live]" in json.loads(response.body)["error"]  # type: ignore[attr-defined]


def test_the_example_streams_file_matches_the_example_preset():
    from pathlib import Path

    from designer.core import loader

    examples = Path(__file__).resolve().parents[2] / "examples"
    registry = StreamRegistry.from_file(examples / "link-mic-streams.json")
    layout = loader.load(str(examples / "link-mic-preset.json")).layout
    assert all(registry.is_pushed(s.input_stream_id) for s in layout.para.inputs)
    assert registry.resolution("stream_lewis01") == (540, 960)


def test_streams_playing_never_hold_up_requests(streamed):
    """A few threads answer requests in turn; a stream (which lasts) leaves them, so more
    streams than those threads play at once and requests are still answered."""
    from designer.sandbox.server import _Workers

    playing = threading.Semaphore(0)
    players: list[http.client.HTTPConnection] = []

    def play() -> None:
        player = http.client.HTTPConnection("127.0.0.1", streamed.port, timeout=10)
        players.append(player)
        player.request("GET", "/live/stream_lewis01.flv")
        response = player.getresponse()
        if response.status == 200:
            playing.release()
            with contextlib.suppress(OSError):
                while response.read(65536):  # a player that keeps watching
                    pass

    threads = [threading.Thread(target=play, daemon=True) for _ in range(_Workers.SIZE + 3)]
    for thread in threads:
        thread.start()
    try:
        assert all(playing.acquire(timeout=10) for _ in threads)  # all play at once
        assert post(streamed, Action.START)[1]["code"] == 0
    finally:
        for player in players:
            player.close()


def test_delayed_replies_are_held_back_side_by_side(make_server):
    """--delay holds each reply back on its own: more requests than the answering threads
    are all in the sandbox at once (each one's clock read), none waits for another's."""
    from designer.sandbox.server import _Workers

    count = _Workers.SIZE + 3
    arrived = threading.Semaphore(0)

    def clock() -> float:
        arrived.release()
        return time.time()

    server = make_server(delay=30, clock=clock)
    clients = [threading.Thread(target=lambda: post(server, Action.START), daemon=True)
               for _ in range(count)]
    for client in clients:
        client.start()
    try:
        # Each request reads the clock once it is in, before its delay: all of them get in.
        assert all(arrived.acquire(timeout=10) for _ in range(count))
    finally:
        server.stop()  # wakes the delayed replies
        for client in clients:
            client.join(10)


def test_each_frame_leaves_as_it_is_made_not_when_a_buffer_fills(streamed):
    """A small stream's frames are a few hundred bytes: held in the handler's 64 KiB write
    buffer they reached players minutes late. The first frame comes while the stream plays."""
    connection = http.client.HTTPConnection("127.0.0.1", streamed.port, timeout=10)
    connection.request("GET", "/live/tiny.flv")
    response = connection.getresponse()
    assert response.status == 200
    first = response.read1(65536)  # what has been sent so far: waits for no buffer
    while len(first) < 200:  # the FLV header, then the first (key)frame
        first += response.read1(65536)
    assert first.startswith(b"FLV") and len(first) < 64 * 1024
    connection.close()
