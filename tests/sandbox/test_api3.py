"""The sandbox's API 3.0 front, through Tencent's own SDK and through hand-made requests."""

from __future__ import annotations

import http.client
import json
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from designer.core import api3
from designer.core.api3_credentials import SANDBOX_SECRET_ID, sandbox_credentials
from designer.core.errors import ServiceRefusal
from designer.core.model import Layout, MixPara
from designer.sandbox import DEFAULT_SANDBOX_KEY, tc3
from designer.sandbox.server import SandboxServer
from designer.sandbox.streams import StreamRegistry
from tests.factories import spec_para

net = pytest.importorskip("designer.net.api3")

DEMO = sandbox_credentials(DEFAULT_SANDBOX_KEY)


@pytest.fixture
def server():
    with SandboxServer() as running:
        yield running


def endpoint(server: SandboxServer) -> str:
    return server.url.rsplit("/", 1)[0]


def start(server: SandboxServer, para: dict[str, Any] | None = None, credentials=DEMO):
    layout = Layout(para=MixPara.model_validate(para or spec_para()))
    return net.send(api3.ACTION_START, api3.start_params(layout), credentials,
                    endpoint=endpoint(server))


def cancel(server: SandboxServer, session_id: str = "lewis_room", credentials=DEMO):
    return net.send(api3.ACTION_CANCEL, {"MixStreamSessionId": session_id}, credentials,
                    endpoint=endpoint(server))


def refusal(call, *args, **kwargs) -> ServiceRefusal:
    with pytest.raises(ServiceRefusal) as caught:
        call(*args, **kwargs)
    return caught.value


def with_(**changes: Any) -> dict[str, Any]:
    return spec_para() | changes


# -- through the SDK ----------------------------------------------------------------------


def test_a_start_through_the_sdk_starts_the_mix(server):
    reply = start(server)
    assert reply.request_id
    assert server.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    assert server.state.live_para("lewis_room")["input_stream_list"][1]["layout_params"][
        "location_x"] == 380


def test_the_same_session_and_output_switches_the_layout(server):
    start(server)
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["location_x"] = 100
    start(server, para)
    assert server.state.live_para("lewis_room")["input_stream_list"][1]["layout_params"][
        "location_x"] == 100


def test_another_output_for_a_live_session_is_508s_equivalent(server):
    start(server)
    error = refusal(start, server, with_(output_stream_id="other", output_stream_type=1))
    assert error.code == "InvalidParameter.SessionOutputStreamChanged"
    assert error.legacy_code == -508 and error.message.startswith("err_code [-508],msg [")
    assert error.spec.code == -508


def test_an_output_used_by_another_session_is_300_wrapped(server):
    start(server)
    error = refusal(start, server, with_(mix_stream_session_id="other_room"))
    # As Tencent's troubleshooting page shows it: OtherError, InnerErrCode -300.
    assert (error.code, error.legacy_code) == ("InvalidParameter.OtherError", -300)


def test_a_stream_not_pushed_is_505s_equivalent():
    with SandboxServer(streams=StreamRegistry({"stream_lewis01": (540, 960)})) as server:
        error = refusal(start, server)
    assert (error.code, error.legacy_code) == ("FailedOperation.StreamNotExist", -505)


def test_cancel_rules(server):
    error = refusal(cancel, server)
    assert (error.code, error.legacy_code) == ("InvalidParameter.CancelSessionNotExist", -30300)
    start(server)
    assert cancel(server).request_id
    assert server.state.live_sessions() == {}
    error = refusal(cancel, server)  # a cancel is sent once
    assert error.legacy_code == -30300 and "already cancelled" in error.message
    error = refusal(start, server)  # the same session id within 30 s
    assert (error.code, error.legacy_code) == ("InvalidParameter.OtherError", -10031)


def test_both_wires_share_one_memory(server):
    start(server)
    from designer.core.wire import Action, build_request
    from designer.net.client import send

    v2_cancel = build_request(Action.CANCEL, spec_para(), appid=spec_para()["app_id"],
                              key=DEFAULT_SANDBOX_KEY, endpoint=server.url)
    assert send(v2_cancel).ok
    assert server.state.live_sessions() == {}


def test_a_layout_out_of_api3s_range_is_refused_with_its_spec_code(server):
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["image_width"] = 2500  # fine on v2
    error = refusal(start, server, para)
    assert (error.code, error.legacy_code) == ("InvalidParameter.OtherError", -4)
    assert "2000" in error.message


def test_api3s_own_fields_are_checked_with_api3_codes(server):
    layout = Layout(para=MixPara.model_validate(spec_para()))
    layout.api3.OutputParams.OutputStreamGop = 20
    error = refusal(net.send, api3.ACTION_START, api3.start_params(layout), DEMO,
                    endpoint=endpoint(server))
    assert error.code == "InvalidParameter" and "OutputStreamGop" in error.message
    error = refusal(start, server, with_(output_stream_bitrate=20000))
    assert error.code == "InvalidParameter.InvalidBitrate"


def test_a_wrong_secret_key_is_a_signature_failure(server):
    error = refusal(start, server, credentials=sandbox_credentials("not-the-key"))
    assert error.code == "AuthFailure.SignatureFailure"
    assert server.state.live_sessions() == {}


def test_an_unknown_secret_id_is_refused(server):
    from designer.core.api3_credentials import Api3Credentials

    other = Api3Credentials("AKIDsomeoneelse", DEMO.secret_key)
    assert refusal(start, server, credentials=other).code == "AuthFailure.SecretIdNotFound"


def test_an_expired_signature_is_refused():
    # The sandbox's clock is 10 minutes ahead: the SDK's timestamp is too old.
    with SandboxServer(clock=lambda: time.time() + 600) as server:
        error = refusal(start, server)
    assert error.code == "AuthFailure.SignatureExpire"


def test_the_sdks_signature_and_the_sandboxs_agree():
    sign = pytest.importorskip("tencentcloud.common.sign")
    text = "TC3-HMAC-SHA256\n1700000000\n2023-11-14/live/tc3_request\n" + "ab" * 32
    assert tc3.sign_string("secret", "2023-11-14", "live", text) == sign.Sign.sign_tc3(
        "secret", "2023-11-14", "live", text)


# -- by hand: what the SDK never sends ----------------------------------------------------


def raw(server: SandboxServer, body: bytes, *, action: str = api3.ACTION_START,
        version: str = api3.API_VERSION, key: str = DEFAULT_SANDBOX_KEY,
        content_type: str = "application/json", authorization: str | None = None,
        ) -> tuple[http.client.HTTPResponse, dict[str, Any]]:
    """POST / signed as the SDK signs (unless ``authorization`` is given)."""
    host = f"127.0.0.1:{server.port}"
    timestamp = str(int(time.time()))
    date = datetime.fromtimestamp(int(timestamp), UTC).strftime("%Y-%m-%d")
    headers = {"Content-Type": content_type, "Host": host, "X-TC-Action": action,
               "X-TC-Version": version, "X-TC-Timestamp": timestamp}
    signature = tc3.signature(key, method="POST", path="/", query="", headers=headers,
                              signed_headers=("content-type", "host"), payload=body,
                              timestamp=timestamp, date=date, service="live")
    headers["Authorization"] = authorization or (
        f"TC3-HMAC-SHA256 Credential={SANDBOX_SECRET_ID}/{date}/live/tc3_request, "
        f"SignedHeaders=content-type;host, Signature={signature}")
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("POST", "/", body, headers)
        response = connection.getresponse()
        return response, json.loads(response.read())
    finally:
        connection.close()


def error_of(reply: dict[str, Any]) -> tuple[str, str]:
    error = reply["Response"]["Error"]
    assert reply["Response"]["RequestId"]
    return error["Code"], error["Message"]


def test_replies_are_api3s_envelope_as_exact_json(server):
    params = api3.start_params(Layout(para=MixPara.model_validate(spec_para())))
    response, reply = raw(server, json.dumps(params).encode())
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/json"  # the SDK needs exactly it
    assert set(reply) == {"Response"} and set(reply["Response"]) == {"RequestId"}


@pytest.mark.parametrize(("body", "code"), [
    (b"{not json", "InvalidParameter"),
    (b"[1, 2]", "InvalidParameter"),
    (b'{"MixStreamSessionId": "s"}', "MissingParameter"),
    (b'{"MixStreamSessionId": "s", "InputStreamList": 3, "OutputParams": {}}',
     "InvalidParameter"),
    (b'{"MixStreamSessionId": "s", "InputStreamList": [], "OutputParams": 5}',
     "InvalidParameter"),
])
def test_a_malformed_body_is_refused(server, body, code):
    _response, reply = raw(server, body)
    assert error_of(reply)[0] == code


def test_a_form_body_is_refused(server):
    _response, reply = raw(server, b"a=1", content_type="application/x-www-form-urlencoded")
    assert error_of(reply)[0] == "InvalidParameter"


def test_an_unknown_action_or_version_is_refused(server):
    assert error_of(raw(server, b"{}", action="DescribeLiveStreams")[1])[0] == "InvalidAction"
    assert error_of(raw(server, b"{}", version="2017-01-01")[1])[0] == "NoSuchVersion"


def test_a_missing_or_garbled_authorization_is_refused(server):
    code, _ = error_of(raw(server, b"{}", authorization="Bearer x")[1])
    assert code == "AuthFailure.InvalidAuthorization"


def test_a_body_changed_after_signing_fails_the_signature(server):
    # Signed for one body, sent with another: the payload hash is part of the signature.
    host = f"127.0.0.1:{server.port}"
    _response, first = raw(server, b"{}")
    assert error_of(first)[0] == "MissingParameter"  # signed right: reached the params
    timestamp = str(int(time.time()))
    date = datetime.fromtimestamp(int(timestamp), UTC).strftime("%Y-%m-%d")
    headers = {"Content-Type": "application/json", "Host": host}
    good = tc3.signature(DEFAULT_SANDBOX_KEY, method="POST", path="/", query="",
                         headers=headers, signed_headers=("content-type", "host"),
                         payload=b"{}", timestamp=timestamp, date=date, service="live")
    forged = (f"TC3-HMAC-SHA256 Credential={SANDBOX_SECRET_ID}/{date}/live/tc3_request, "
              f"SignedHeaders=content-type;host, Signature={good}")
    _response, reply = raw(server, b'{"MixStreamSessionId": "x"}', authorization=forged)
    assert error_of(reply)[0] == "AuthFailure.SignatureFailure"


def test_the_v2_path_is_unchanged(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("POST", "/common_access", b"{}", {"Content-Type": "application/json"})
    reply = json.loads(connection.getresponse().read())
    connection.close()
    assert reply["code"] == -1  # v2's envelope, v2's code
