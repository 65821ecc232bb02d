"""API 3.0 through Tencent's SDK: every outcome typed, and the SecretKey nowhere."""

from __future__ import annotations

import json
import logging

import pytest
from pydantic import SecretStr

from designer.core import api3
from designer.core.api3_credentials import Api3Credentials
from designer.core.errors import (
    BadReply,
    ConnectionFailed,
    CredentialsError,
    MixDesignerError,
    RequestTimeout,
    ServiceRefusal,
)
from designer.sandbox.server import SandboxServer
from tests.net.fake_servers import closed_port_url, serving

net = pytest.importorskip("designer.net.api3")

SECRET = "planted-secret-key-5f1d0c"
CREDENTIALS = Api3Credentials("AKIDplanted", SecretStr(SECRET))
PARAMS = {"MixStreamSessionId": "room"}


def cancel(url: str, **options):
    return net.send(api3.ACTION_CANCEL, PARAMS, CREDENTIALS, endpoint=url, **options)


def failure(url: str, **options) -> MixDesignerError:
    with pytest.raises(MixDesignerError) as caught:
        cancel(url, **options)
    return caught.value


def assert_no_secret(error: BaseException) -> None:
    for text in (str(error), repr(error), repr(error.args), json.dumps(
            getattr(error, "params", {}), default=str)):
        assert SECRET not in text


def test_an_error_envelope_is_a_refusal_with_the_spec_explained():
    body = json.dumps({"Response": {"Error": {"Code": "InvalidParameter.OtherError",
                                              "Message": "err_code [-505],msg [no stream]"},
                                    "RequestId": "req-1"}}).encode()
    with serving(body) as url:
        error = failure(url)
    assert isinstance(error, ServiceRefusal)
    assert (error.code, error.request_id, error.legacy_code) == (
        "InvalidParameter.OtherError", "req-1", -505)
    assert error.spec.cause_en == "An input stream cannot be found on the upload side"
    assert_no_secret(error)


def test_a_success_envelope_is_a_reply():
    with serving(b'{"Response": {"RequestId": "req-2"}}') as url:
        reply = cancel(url)
    assert (reply.action, reply.request_id) == (api3.ACTION_CANCEL, "req-2")


def test_a_refused_connection_is_a_connection_failure():
    error = failure(closed_port_url())
    assert isinstance(error, ConnectionFailed) and "connection refused" in str(error)
    assert_no_secret(error)


def test_no_answer_in_time_is_a_timeout():
    with serving(b'{"Response": {"RequestId": "late"}}', hang=3) as url:
        error = failure(url, timeout=0.3)
    assert isinstance(error, RequestTimeout) and "may or may not" in str(error)
    assert_no_secret(error)


@pytest.mark.parametrize(("reply", "status", "kind"), [
    (b"<html>bad gateway</html>", 502, "an HTML page"),
    (b"<html>hi</html>", 200, "not JSON"),  # the SDK keeps only the JSON error
    (b"", 200, "not JSON"),
    (b'{"something": "else"}', 200, "not JSON"),
    (b'{"Response": {}}', 200, "RequestId"),
])
def test_a_reply_that_is_not_api3s_json_is_a_bad_reply(reply, status, kind):
    with serving(reply, status=status, content_type="text/html" if b"<" in reply
                 else "application/json") as url:
        error = failure(url)
    assert isinstance(error, BadReply) and kind in str(error)
    assert_no_secret(error)


def test_a_pair_the_sdk_cannot_sign_with_is_a_credentials_error():
    spaced = Api3Credentials("AKIDx", SecretStr(f" {SECRET} "))
    with pytest.raises(CredentialsError) as caught:
        net.send(api3.ACTION_CANCEL, PARAMS, spaced, endpoint="http://127.0.0.1:9")
    assert_no_secret(caught.value)


def test_the_secret_never_reaches_a_log(caplog):
    caplog.set_level(logging.DEBUG)
    with SandboxServer() as server, pytest.raises(ServiceRefusal) as caught:
        cancel(server.url.rsplit("/", 1)[0])
    assert caught.value.code == "AuthFailure.SecretIdNotFound"
    assert SECRET not in caplog.text


def test_a_bad_endpoint_is_a_value_error():
    with pytest.raises(ValueError):
        cancel("ftp://127.0.0.1")
