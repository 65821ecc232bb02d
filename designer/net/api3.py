"""The second wire: CreateCommonMixStream / CancelCommonMixStream through Tencent's own SDK.

The SDK (``pip install "mix-designer[api3]"``) builds the request from its models, signs it
(TC3-HMAC-SHA256) and sends it; this module only turns the outcome into the product's types:

* an answer without ``Response.Error`` → :class:`Api3Reply`;
* ``Response.Error`` → :class:`~designer.core.errors.ServiceRefusal` (its code, its message,
  and the spec's advice when the message wraps a legacy ``err_code``);
* anything else → a :class:`~designer.core.errors.TransportError`: refused connection, timeout,
  an HTTP error page, a reply that is not API 3.0's JSON. Nothing is retried (the SDK's default
  retryer does not retry either): a start sent twice could switch a live layout twice.

No message here contains the SecretKey: the SDK never puts it in an exception, and ours are
built from the host, the timeout and the server's own code and message.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from tencentcloud.common.credential import Credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.live.v20180801 import live_client, models

from designer.core.api3 import ACTION_CANCEL, ACTION_START, DEFAULT_ENDPOINT, parse_endpoint
from designer.core.api3_credentials import Api3Credentials
from designer.core.errors import (
    BadReply,
    ConnectionFailed,
    CredentialsError,
    RequestTimeout,
    ServiceRefusal,
    TransportError,
)
from designer.core.i18n import QT_TRANSLATE_NOOP

#: Seconds for the whole exchange (the SDK's HttpProfile.reqTimeout, given to requests).
DEFAULT_TIMEOUT = 10.0
#: The SDK's error codes for failures of its own, not the service's (no RequestId).
_NETWORK_ERROR = "ClientNetworkError"
_HTTP_ERROR = "ServerNetworkError"


@dataclass(frozen=True, slots=True)
class Api3Reply:
    action: str
    #: The service's id for this request (Response.RequestId): quote it to Tencent support.
    request_id: str
    #: Seconds from sending to the whole reply.
    latency: float


def send(
    action: str,
    params: dict[str, Any],
    credentials: Api3Credentials,
    *,
    endpoint: str = DEFAULT_ENDPOINT,
    timeout: float = DEFAULT_TIMEOUT,
    language: str = "en",
) -> Api3Reply:
    """Send ``params`` (core.api3.start_params / cancel_params) once as ``action``.

    ServiceRefusal for a refusal, TransportError when no well-formed answer came,
    CredentialsError for a pair the SDK will not sign with, ValueError for a bad endpoint.
    """
    protocol, host, _path = parse_endpoint(endpoint)  # the SDK always posts to /
    try:
        credential = Credential(credentials.secret_id,
                                credentials.secret_key.get_secret_value())
    except TencentCloudSDKException:
        raise CredentialsError("the SecretId or SecretKey is empty or has spaces around "
                               "it") from None
    profile = ClientProfile(
        httpProfile=HttpProfile(protocol=protocol, endpoint=host, reqTimeout=timeout),
        language="zh-CN" if language.startswith("zh") else "en-US",
    )
    # Region: "本接口不需要传递此参数" (the action's documentation): none is sent.
    client = live_client.LiveClient(credential, "", profile)
    started = time.monotonic()
    try:
        if action == ACTION_START:
            request = models.CreateCommonMixStreamRequest()
            request.from_json_string(_json(params))
            response: Any = client.CreateCommonMixStream(request)
        elif action == ACTION_CANCEL:
            cancel = models.CancelCommonMixStreamRequest()
            cancel.from_json_string(_json(params))
            response = client.CancelCommonMixStream(cancel)
        else:
            raise ValueError(f"unknown API 3.0 action {action!r}")
    except TencentCloudSDKException as error:
        raise _mapped(error, host, timeout) from None
    request_id = response.RequestId
    if not isinstance(request_id, str) or not request_id:
        raise BadReply(QT_TRANSLATE_NOOP("Errors", "{host} sent JSON without a "
                                                   "Response.RequestId"), host=host)
    return Api3Reply(action, request_id, time.monotonic() - started)


def _json(params: dict[str, Any]) -> str:
    return json.dumps(params, ensure_ascii=False)


def _mapped(error: TencentCloudSDKException, host: str, timeout: float) -> Exception:
    """The product's error for one of the SDK's."""
    code, message = str(error.code or ""), str(error.message or "")
    if error.requestId:  # only an answer from the service carries a RequestId
        return ServiceRefusal(code, message, str(error.requestId))
    if code == _NETWORK_ERROR:
        if "timed out" in message or "Timeout" in message:
            return RequestTimeout(QT_TRANSLATE_NOOP(
                "Errors", "{host} did not answer within {seconds} s; the mix may or may not have "
                          "changed"), host=host, seconds=f"{timeout:g}")
        if "Connection refused" in message or "NewConnectionError" in message:
            return ConnectionFailed(QT_TRANSLATE_NOOP("Errors", "cannot reach {host}: {reason}"),
                                    host=host, reason=QT_TRANSLATE_NOOP(
                "Errors", "connection refused (is the endpoint right, and the service running?)"))
        if "Name or service not known" in message or "NameResolution" in message:
            return ConnectionFailed(QT_TRANSLATE_NOOP("Errors", "cannot reach {host}: {reason}"),
                                    host=host, reason=QT_TRANSLATE_NOOP(
                                        "Errors", "the host name does not resolve"))
        return TransportError(QT_TRANSLATE_NOOP("Errors", "request to {host} failed: {reason}"),
                              host=host, reason=_network_reason(message))
    # An HTTP error status, or a body the SDK could not read as API 3.0's JSON.
    text = message.lstrip()
    if text.startswith(("<", "b'<", 'b"<')):
        kind = QT_TRANSLATE_NOOP("Errors", "an HTML page")
    elif not text.strip() or text in ("b''", 'b""'):
        kind = QT_TRANSLATE_NOOP("Errors", "an empty reply")
    else:
        kind = QT_TRANSLATE_NOOP("Errors", "a reply that is not JSON (truncated?)")
    if code != _HTTP_ERROR and code not in ("JSONDecodeError", "KeyError", "TypeError",
                                            "ValueError", "AttributeError"):
        return TransportError(QT_TRANSLATE_NOOP("Errors", "request to {host} failed: {reason}"),
                              host=host, reason=code[:60] or "?")
    return BadReply(QT_TRANSLATE_NOOP("Errors", "{host} sent {kind} instead of the service's "
                                                "JSON"), host=host, kind=kind)


def _network_reason(message: str) -> str:
    """A short reason from requests' message, which names the host but never a secret."""
    for marker in ("RemoteDisconnected", "ConnectionResetError", "ProtocolError",
                   "ChunkedEncodingError", "SSLError"):
        if marker in message:
            return marker
    return "ConnectionError"
