"""The sandbox over real HTTP on 127.0.0.1 (port 0), talked to with the standard library."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from designer.core.codes import SIGN_EXPIRED, SIGN_INVALID
from designer.core.errors import FileError
from designer.core.wire import Action, build_request
from designer.sandbox import DEFAULT_SANDBOX_KEY
from designer.sandbox.server import MAX_BODY_BYTES, SandboxServer, serve
from designer.sandbox.streams import StreamRegistry
from tests.factories import APPID, spec_para

KEY = "sandbox-test-key"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_server() -> Iterator[Callable[..., SandboxServer]]:
    """Start sandboxes with any options; every one is stopped after the test."""
    started: list[SandboxServer] = []

    def make(**options: Any) -> SandboxServer:
        server = SandboxServer(key=options.pop("key", KEY), **options)
        started.append(server)
        return server.start()

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def server(make_server) -> SandboxServer:
    return make_server()


def exchange(server: SandboxServer, method: str, target: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request(method, target, body=body,
                       headers={"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    connection.close()
    return response


def post(server: SandboxServer, action: Action, para: dict[str, Any] | None = None,
         **options: Any) -> tuple[http.client.HTTPResponse, dict[str, Any]]:
    signed = build_request(action, para or spec_para(), appid=APPID,
                           key=options.pop("key", KEY), endpoint=server.url, **options)
    parts = urlsplit(signed.url)
    response = exchange(server, "POST", f"{parts.path}?{parts.query}",
                        json.dumps(signed.body, ensure_ascii=False).encode())
    return response, json.loads(response.body)  # type: ignore[attr-defined]


def target_of(server: SandboxServer) -> str:
    """A signed /common_access path with query, for hand-made bodies."""
    signed = build_request(Action.START, spec_para(), appid=APPID, key=KEY, endpoint=server.url)
    parts = urlsplit(signed.url)
    return f"{parts.path}?{parts.query}"


def test_url_names_loopback_and_the_bound_port(server):
    assert server.url == f"http://127.0.0.1:{server.port}/common_access"
    assert server.port > 0


def test_start_and_cancel_round_trip(server):
    response, reply = post(server, Action.START, event_id=77)
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/json; charset=utf-8"
    assert reply["code"] == 0 and reply["message"] == "Success!" and reply["event_id"] == "77"
    assert abs(reply["timestamp"] - time.time()) < 60
    assert server.state.live_sessions() == {"lewis_room": "stream_lewis01"}

    response, reply = post(server, Action.CANCEL)
    assert (response.status, reply["code"]) == (200, 0)
    assert server.state.live_sessions() == {}
    assert post(server, Action.CANCEL)[1]["code"] == -30300


def _with(**changes: Any) -> dict[str, Any]:
    para = spec_para()
    para.update(changes)
    return para


def test_every_session_rule_over_http(server):
    assert post(server, Action.START)[1]["code"] == 0
    # Same session, same output: the layout switches.
    switched = _with()
    switched["input_stream_list"][1]["layout_params"]["location_x"] = 0
    assert post(server, Action.START, switched)[1]["code"] == 0
    assert server.state.live_para("lewis_room")["input_stream_list"][1]["layout_params"][
        "location_x"] == 0
    # Same session, another output.
    assert post(server, Action.START, _with(output_stream_id="stream_lewis02"))[1][
        "code"] == -508
    # Another session, the same output.
    assert post(server, Action.START, _with(mix_stream_session_id="room_2"))[1]["code"] == -300
    # Cancel with the wrong output, then right, then again.
    assert post(server, Action.CANCEL, _with(output_stream_id="stream_lewis02"))[1][
        "code"] == -31003
    assert post(server, Action.CANCEL)[1]["code"] == 0
    assert post(server, Action.CANCEL)[1]["code"] == -30300
    # The cancelled session id cannot start again for 30 s.
    _response, reply = post(server, Action.START)
    assert reply["code"] == -10031 and "30 s" in reply["message"]


def test_wrong_sign_is_9001_with_http_200(server):
    response, reply = post(server, Action.START, key="another-key")
    assert (response.status, reply["code"]) == (200, SIGN_INVALID)
    assert server.state.live_sessions() == {}


def test_expired_t_is_9002(server):
    response, reply = post(server, Action.START, t=int(time.time()) - 10)
    assert (response.status, reply["code"]) == (200, SIGN_EXPIRED)


def test_malformed_body_is_1(server):
    response = exchange(server, "POST", target_of(server), b"{not json")
    assert response.status == 200
    assert json.loads(response.body)["code"] == -1  # type: ignore[attr-defined]


def test_replies_are_utf8_not_ascii_escapes(server):
    para = spec_para()
    para["interface"] = "混流"
    response, reply = post(server, Action.START, para)
    assert reply["code"] == -1
    assert "混流".encode() in response.body  # type: ignore[attr-defined]


@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/other"),
    ("POST", "/common_access/x"),
    ("GET", "/common_access"),
    ("PUT", "/common_access"),
])
def test_anything_but_post_common_access_is_a_404_json(server, method, path):
    response = exchange(server, method, path, b"{}")
    assert response.status == 404
    assert response.getheader("Content-Type") == "application/json; charset=utf-8"
    assert "POST /common_access" in json.loads(response.body)["message"]  # type: ignore[attr-defined]


def test_head_is_a_404_without_body(server):
    response = exchange(server, "HEAD", "/common_access")
    assert response.status == 404


def test_oversized_body_is_refused_with_1(server):
    body = b'{"x": "' + b"a" * MAX_BODY_BYTES + b'"}'
    response = exchange(server, "POST", target_of(server), body)
    assert response.status == 200
    reply = json.loads(response.body)  # type: ignore[attr-defined]
    assert reply["code"] == -1
    assert str(MAX_BODY_BYTES) in reply["message"]
    # The server is still fine afterwards.
    assert post(server, Action.START)[1]["code"] == 0


def test_streams_file_applies_over_http(make_server):
    server = make_server(streams=StreamRegistry({"stream_lewis01": (540, 960)}))
    assert post(server, Action.START)[1]["code"] == -505


def test_delay_holds_every_reply_back(make_server):
    server = make_server(delay=0.3)
    began = time.monotonic()
    assert post(server, Action.START)[1]["code"] == 0
    assert time.monotonic() - began >= 0.3  # a lower bound: never flaky


def test_stop_does_not_wait_out_a_delayed_reply(make_server):
    arrived = threading.Event()

    def clock() -> float:
        arrived.set()  # the state reads the clock once the request is in
        return time.time()

    server = make_server(delay=60, clock=clock)
    client = threading.Thread(target=lambda: post(server, Action.START), daemon=True)
    client.start()
    assert arrived.wait(10)
    began = time.monotonic()
    server.stop()
    assert time.monotonic() - began < 30  # far below the 60 s delay
    client.join(10)


def test_log_gets_one_line_per_request_and_never_the_key(make_server):
    lines: list[str] = []
    server = make_server(log=lines.append)
    post(server, Action.START)
    post(server, Action.START, key="another-key")
    exchange(server, "GET", "/")
    assert len(lines) == 3
    assert lines[0].startswith("POST /common_access?appid=")
    assert "sign=" in lines[0] and "code 0" in lines[0] and "ms)" in lines[0]
    assert f"code {SIGN_INVALID}" in lines[1]
    assert lines[2].startswith("GET / -> HTTP 404")
    assert not any(KEY in line for line in lines)


def test_stop_is_safe_twice_and_before_start():
    server = SandboxServer(key=KEY)
    server.stop()
    server.start()
    assert server.running
    server.stop()
    server.stop()
    assert not server.running
    with pytest.raises(RuntimeError):
        _ = server.port


def test_context_manager_serves_then_stops():
    with SandboxServer(key=KEY) as server:
        assert post(server, Action.START)[1]["code"] == 0
    assert not server.running


def test_default_key_is_the_demo_key():
    with SandboxServer() as server:
        assert post(server, Action.START, key=DEFAULT_SANDBOX_KEY)[1]["code"] == 0


def test_serve_refuses_a_bad_streams_file_before_listening(tmp_path):
    path = tmp_path / "streams.json"
    path.write_text('{"streams": {"a": {"width": 1}}}')
    with pytest.raises(FileError, match=r"streams\.json"):
        serve("127.0.0.1", 0, None, str(path), 0.0, sys.stdout)


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_serve_prints_its_url_and_stops_cleanly_on_ctrl_c():
    code = ("import sys; from designer.sandbox.server import serve; "
            "serve('127.0.0.1', 0, None, None, 0.0, sys.stdout)")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("MIX_DESIGNER_KEY", None)
    process = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()  # type: ignore[union-attr]
        assert "http://127.0.0.1:" in first and "/common_access" in first
        assert DEFAULT_SANDBOX_KEY in first
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "sandbox stopped" in out
    assert "Traceback" not in err
