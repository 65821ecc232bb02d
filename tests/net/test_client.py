"""Every outcome of a request comes back typed; the key never appears anywhere."""

from __future__ import annotations

import json
import logging

import pytest

from designer.core.errors import (
    BadReply,
    ConnectionFailed,
    HttpStatusError,
    MixDesignerError,
    RequestTimeout,
)
from designer.core.wire import Action, build_request
from designer.net import client
from designer.net.client import send
from tests.factories import APPID, spec_para
from tests.net.fake_servers import closed_port_url, dripping, http_response, serving

KEY = "client-test-key-0123456789"


def request_to(url: str, action: Action = Action.START):
    return build_request(action, spec_para(), appid=APPID, key=KEY, endpoint=url)


def test_a_json_reply_is_a_reply_even_when_refused():
    body = json.dumps({"code": -505, "message": "stream not found", "event_id": 1,
                       "timestamp": 2}).encode()
    with serving(body) as url:
        reply = send(request_to(url))
    assert (reply.ok, reply.code, reply.message) == (False, -505, "stream not found")
    assert reply.spec.cause_zh == "输入流无法在 upload 查到"
    assert reply.latency >= 0


def test_success():
    with serving(b'{"code": 0, "message": "Success!", "event_id": 9, "timestamp": 1}') as url:
        reply = send(request_to(url))
    assert reply.ok and reply.event_id == 9


def test_connection_refused():
    with pytest.raises(ConnectionFailed, match="connection refused"):
        send(request_to(closed_port_url()))


def test_read_timeout_is_its_own_error_and_says_the_state_is_unknown():
    with serving(b'{"code": 0}', hang=3) as url, pytest.raises(RequestTimeout,
                                                               match="may or may not"):
        send(request_to(url), timeout=(1.0, 0.3))


@pytest.mark.parametrize("status", [500, 502, 404])
def test_http_error_status(status):
    with serving(b"oops", status=status) as url, pytest.raises(HttpStatusError) as raised:
        send(request_to(url))
    assert raised.value.status == status
    assert str(status) in str(raised.value)


@pytest.mark.parametrize(
    ("body", "length", "message"),
    [
        (b"<html><body>502 Bad Gateway</body></html>", None, "HTML page"),
        (b'{"code": 0, "mess', None, "not JSON"),
        (b'{"code": 0, "message": "Success!"}', 200, "before the reply was complete"),
        (b"", None, "empty reply"),
        (b'{"message": "no code"}', None, "numeric \"code\""),
        (b'[1, 2]', None, "numeric \"code\""),
    ],
)
def test_malformed_replies(body, length, message):
    with serving(body, length=length) as url, pytest.raises(BadReply, match=message):
        send(request_to(url))


def test_all_transport_errors_share_the_library_base():
    with pytest.raises(MixDesignerError):
        send(request_to(closed_port_url()))


def test_the_key_is_never_sent_logged_or_in_an_error(caplog):
    seen: list[bytes] = []
    caplog.set_level(logging.DEBUG)
    with serving(b'{"code": 0, "message": "Success!"}') as url:
        request = request_to(url)
        seen.append(json.dumps(request.body).encode() + request.url.encode())
        send(request)
    with pytest.raises(ConnectionFailed) as raised:
        send(request_to(closed_port_url()))
    assert KEY.encode() not in b"".join(seen)
    assert KEY not in caplog.text
    assert KEY not in str(raised.value) and KEY not in repr(raised.value)


OK_REPLY = b'{"code": 0, "message": "Success!", "event_id": 1, "timestamp": 2}'


@pytest.mark.parametrize("part", ["the headers", "the body"])
def test_a_server_dripping_its_reply_meets_one_deadline_for_the_whole_request(part,
                                                                              monkeypatch):
    # One byte every 0.05 s: each read succeeds, so only the whole request's deadline
    # stops the wait (the reply would arrive complete after about 5 s).
    monkeypatch.setattr(client, "DEFAULT_DEADLINE", 0.5, raising=False)
    reply = http_response(OK_REPLY)
    at_once = reply.index(b"\r\n\r\n") + 4 if part == "the body" else 0
    with dripping(reply, every=0.05, at_once=at_once) as url, pytest.raises(
            RequestTimeout, match=r"did not finish its reply within 0.5 s; the mix may or may "
                                  r"not have changed"):
        send(request_to(url), timeout=(1.0, 1.0))


def test_the_deadline_does_not_cut_a_reply_that_arrives_in_time(monkeypatch):
    monkeypatch.setattr(client, "DEFAULT_DEADLINE", 5.0, raising=False)
    with dripping(http_response(OK_REPLY), every=0.001) as url:
        assert send(request_to(url)).ok


def test_a_reply_nested_very_deep_is_a_malformed_reply():
    for nesting in (100_000, 40):
        body = b"[" * nesting + b"]" * nesting
        with serving(body) as url, pytest.raises(BadReply, match="nested too deeply"):
            send(request_to(url))
    deep_dict = b'{"code": 0, "x": ' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"}"
    with serving(deep_dict) as url, pytest.raises(BadReply, match="nested too deeply"):
        send(request_to(url))


def test_a_url_that_does_not_parse_is_a_transport_error_not_a_crash():
    with pytest.raises(MixDesignerError):
        send(request_to("http://[::1"))
