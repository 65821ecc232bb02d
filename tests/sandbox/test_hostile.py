"""The sandbox under a burst of requests and hostile bodies: every connection is taken and
answered, the state stays consistent, log lines stay whole, odd values get the spec's code.
Bounded in count and time; loopback only."""

from __future__ import annotations

import http.client
import io
import json
import re
import select
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from designer.core.wire import Action, build_request
from designer.sandbox.server import SandboxServer, _Handler, _server_class
from tests.factories import APPID, spec_para

KEY = "sandbox-test-key"


def _post_raw(server: SandboxServer, action: Action, body: bytes | None = None,
              para: dict | None = None) -> dict:
    signed = build_request(action, para or spec_para(), appid=APPID, key=KEY,
                           endpoint=server.url)
    parts = urlsplit(signed.url)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request("POST", f"{parts.path}?{parts.query}",
                           body=body if body is not None else json.dumps(signed.body).encode(),
                           headers={"Content-Type": "application/json"})
        return json.loads(connection.getresponse().read())
    finally:
        connection.close()


def _body_with(text_change: tuple[str, str]) -> bytes:
    signed = build_request(Action.START, spec_para(), appid=APPID, key=KEY,
                           endpoint="http://127.0.0.1:1/common_access")
    return json.dumps(signed.body).replace(*text_change, 1).encode()


def test_the_listen_backlog_holds_a_burst_of_connections():
    # Nothing accepts: every connection that completes its handshake waits in the backlog
    # (Python's default of 5 drops the SYNs of the rest, whose clients retry after 1 s).
    listener = _server_class("127.0.0.1")(("127.0.0.1", 0), _Handler)
    clients = []
    try:
        for _ in range(200):
            client = socket.socket()
            client.setblocking(False)
            client.connect_ex(listener.server_address)
            clients.append(client)
        pending, deadline = list(clients), time.monotonic() + 3
        while pending and time.monotonic() < deadline:
            _, writable, _ = select.select([], pending, [], 0.1)
            pending = [c for c in pending if c not in writable]
        connected = [c for c in clients if c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
                     and c not in pending]
        assert len(connected) == 200
    finally:
        for client in clients:
            client.close()
        listener.server_close()


def test_concurrent_starts_are_answered_and_the_state_stays_consistent():
    # 100 sessions, two per output stream: for each output exactly one start wins, the
    # other is refused with -300, whatever the order the threads run in.
    with SandboxServer(key=KEY) as server:
        def start(number: int) -> tuple[int, int]:
            para = spec_para()
            para["mix_stream_session_id"] = f"room_{number}"
            para["output_stream_id"] = f"out_{number // 2}"
            para["output_stream_type"] = 1
            return number // 2, _post_raw(server, Action.START, para=para)["code"]

        with ThreadPoolExecutor(max_workers=50) as pool:
            results = list(pool.map(start, range(100)))
        by_output: dict[int, list[int]] = {}
        for output, code in results:
            by_output.setdefault(output, []).append(code)
        assert all(sorted(codes) == [-300, 0] for codes in by_output.values())
        assert len(server.state.live_sessions()) == 50


class _SlowWriter(io.StringIO):
    """A terminal that lets other threads run between the pieces print() writes."""

    def write(self, text: str) -> int:
        time.sleep(0.001)
        return super().write(text)


def test_log_lines_from_request_threads_never_interleave():
    out = _SlowWriter()
    with SandboxServer(key=KEY, log=lambda line: print(line, file=out)) as server, \
            ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(lambda _: _post_raw(server, Action.START), range(60)))
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 61
    line = re.compile(r"POST /common_access\?\S+ -> HTTP 200 code -?\d+ \(\d+ ms\)")
    assert all(line.fullmatch(text) for text in lines[:-1]), lines[:5]


@pytest.mark.parametrize(("change", "code"), [
    (('"image_width": 160', '"image_width": 1' + "0" * 320), -4),
    (('"location_x": 380', '"location_x": -1e309'), -4),
    (('"input_stream_id": "stream_lewis02"',
      '"input_stream_id": "stream_lewis02", "crop_params": {"crop_width": 1e400}'), -29),
    (('"stream_lewis02"', '"x\\ud800"'), -4),
    (('"timestamp"', '"extra\\udfff": 1, "timestamp"'), -1),
])
def test_values_no_request_can_carry_get_the_fields_code_not_a_dropped_connection(change,
                                                                                 code):
    with SandboxServer(key=KEY) as server:
        reply = _post_raw(server, Action.START, _body_with(change))
        assert reply["code"] == code, reply
        assert _post_raw(server, Action.START)["code"] == 0  # and it is still serving


def test_a_delay_that_is_not_a_number_is_refused():
    with pytest.raises(ValueError, match="delay"):
        SandboxServer(delay=float("nan"))
