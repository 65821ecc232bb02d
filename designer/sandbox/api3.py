"""The sandbox's API 3.0 front: ``POST /`` with ``X-TC-Action``, as Tencent's SDK sends it.

It reads the request the way TencentCloud API 3.0 does (TC3 signature, action, version, a JSON
body) and answers in its envelope, ``{"Response": {"RequestId": …}}`` or
``{"Response": {"Error": {"Code", "Message"}, "RequestId": …}}``. The layout rules and the
session rules are the Mix_StreamV2 sandbox's own (SandboxState.start_parsed / cancel_parsed),
so both wires share one memory: a mix started on one can be cancelled on the other.

A refusal from those rules comes back as API 3.0 does it: the API 3.0 code for the case
(core.api3codes.API3_CODE_OF, else InvalidParameter.OtherError) with the legacy code wrapped in
the message, ``err_code [-508],msg [session … outputs …]``.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from designer.core import api3
from designer.core.api3_credentials import SANDBOX_SECRET_ID
from designer.core.api3codes import (
    INVALID_ACTION,
    INVALID_AUTHORIZATION,
    INVALID_PARAMETER,
    MISSING_PARAMETER,
    NO_SUCH_VERSION,
    SECRET_ID_NOT_FOUND,
    SIGNATURE_EXPIRE,
    SIGNATURE_FAILURE,
    api3_code_for,
    wrap_legacy,
)
from designer.core.errors import FileError, InvalidFile
from designer.core.limits import API3_LIMITS
from designer.core.loader import parse_json
from designer.core.model import Layout
from designer.core.problems import Problem
from designer.core.validation import validate
from designer.sandbox import tc3
from designer.sandbox.state import SandboxState

PATH = "/"
#: A signature is accepted for five minutes either side of the server's clock (公共错误码:
#: "Timestamp 和服务器时间相差不得超过五分钟").
MAX_CLOCK_SKEW = 300
TOO_LARGE = "RequestSizeLimitExceeded"


class _Refusal(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def handle(state: SandboxState, headers: Mapping[str, str], body: bytes | None,
           path: str = PATH) -> dict[str, Any]:
    """The reply to one API 3.0 request; ``body`` None when it was too big to read."""
    request_id = str(uuid.uuid4())
    try:
        if body is None:
            raise _Refusal(TOO_LARGE, "the body must be at most 1 MiB, sent with a "
                                      "Content-Length")
        action = _check_request(state, headers, body, path)
        _answer(state, action, _params(headers, body))
    except _Refusal as refusal:
        return refusal_reply(refusal.code, refusal.message, request_id)
    return {"Response": {"RequestId": request_id}}


def refusal_reply(code: str, message: str, request_id: str | None = None) -> dict[str, Any]:
    return {"Response": {"Error": {"Code": code, "Message": message},
                         "RequestId": request_id or str(uuid.uuid4())}}


def outcome(reply: dict[str, Any]) -> str:
    """One word for the sandbox's log line: the error code, or OK."""
    error = reply.get("Response", {}).get("Error")
    return f"error {error['Code']}" if error else "OK"


# -- the envelope: signature, action, version ---------------------------------------------


def _check_request(state: SandboxState, headers: Mapping[str, str], body: bytes,
                   path: str) -> str:
    auth = tc3.parse_authorization(headers.get("Authorization"))
    if auth is None:
        raise _Refusal(INVALID_AUTHORIZATION, "the Authorization header is not "
                                              "TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, "
                                              "Signature=…")
    timestamp = headers.get("X-TC-Timestamp", "")
    if not timestamp.isdigit() or len(timestamp) > 12:
        raise _Refusal(MISSING_PARAMETER, "X-TC-Timestamp must be the request's UNIX time")
    now = state.now()
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW:
        raise _Refusal(SIGNATURE_EXPIRE, f"the request is signed at {timestamp}, "
                                         f"{abs(int(now) - int(timestamp))} s from the "
                                         "sandbox's clock (at most 300 s)")
    if auth.secret_id != SANDBOX_SECRET_ID:
        raise _Refusal(SECRET_ID_NOT_FOUND, f"this sandbox knows only the SecretId "
                                            f"{SANDBOX_SECRET_ID}")
    date = datetime.fromtimestamp(int(timestamp), UTC).strftime("%Y-%m-%d")
    if not {"content-type", "host"} <= set(auth.signed_headers):
        raise _Refusal(INVALID_AUTHORIZATION, "SignedHeaders must include content-type and "
                                              "host")
    expected = tc3.signature(
        state.key.get_secret_value(), method="POST", path=path, query="", headers=headers,
        signed_headers=auth.signed_headers, payload=body, timestamp=timestamp, date=date,
        service=api3.SERVICE)
    if (auth.date != date or auth.service != api3.SERVICE
            or not hmac.compare_digest(auth.signature, expected)):
        raise _Refusal(SIGNATURE_FAILURE, "the signature does not match this sandbox's "
                                          "SecretKey for this request")
    action = headers.get("X-TC-Action", "")
    if action not in api3.ACTIONS:
        raise _Refusal(INVALID_ACTION, f"this sandbox answers {' and '.join(api3.ACTIONS)}, "
                                       f"not {action[:60]!r}")
    if headers.get("X-TC-Version") != api3.API_VERSION:
        raise _Refusal(NO_SUCH_VERSION, f"the version must be {api3.API_VERSION}")
    return action


def _params(headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise _Refusal(INVALID_PARAMETER, "the body must be JSON (Content-Type: "
                                          "application/json)")
    try:
        params = parse_json(body, "the request body")
    except FileError as error:
        raise _Refusal(INVALID_PARAMETER, str(error)) from None
    if not isinstance(params, dict):
        raise _Refusal(INVALID_PARAMETER, "the body must be a JSON object of parameters")
    return params


# -- the action ---------------------------------------------------------------------------


def _answer(state: SandboxState, action: str, params: dict[str, Any]) -> None:
    required = ("MixStreamSessionId", "InputStreamList", "OutputParams") \
        if action == api3.ACTION_START else ("MixStreamSessionId",)
    if missing := [name for name in required if name not in params]:
        raise _Refusal(MISSING_PARAMETER, f"missing {', '.join(missing)}")
    layout = _layout(params)
    if action == api3.ACTION_START:
        # API 3.0's own checks (its fields, its bitrate) answer with API 3.0 codes; the layout's
        # rules are the shared ones, with this wire's ranges.
        for problem in api3.validate_api3(layout):
            if problem.is_error and isinstance(problem.code, str):
                raise _Refusal(problem.code, f"{problem.field}: {problem.message}")
        code, message = state.start_parsed(layout, _validate_api3_layout)
    else:
        for problem in api3.validate_api3_cancel(layout):
            if problem.is_error:
                _refuse_legacy(int(problem.code), f"{problem.field}: {problem.message}")
        code, message = state.cancel_parsed(layout.para.mix_stream_session_id or "")
    if code != 0:
        _refuse_legacy(code, message)


def _validate_api3_layout(layout: Layout) -> list[Problem]:
    return validate(layout, API3_LIMITS)


def _layout(params: dict[str, Any]) -> Layout:
    try:
        layout, _not_imported = api3.read_layout(params)  # keys it cannot judge are ignored
    except InvalidFile as invalid:
        first = invalid.problems[0] if invalid.problems else None
        detail = f"{first.field}: {first.message}" if first else str(invalid)
        raise _Refusal(INVALID_PARAMETER, detail) from None
    except FileError as error:
        raise _Refusal(INVALID_PARAMETER, str(error)) from None
    return layout


def _refuse_legacy(code: int, message: str) -> None:
    raise _Refusal(api3_code_for(code), wrap_legacy(code, message))
