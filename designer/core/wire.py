"""The Mix_StreamV2 wire protocol: signing, URLs, request bodies, and reading requests back.

Nothing here sends anything (designer.net does); everything here is pure and testable.
The key is only ever an argument of :func:`sign`, which returns its MD5 with ``t``.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

from pydantic import SecretStr

from designer.core.errors import FileError
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import (
    CANCEL_INTERFACE,
    INT32_MAX,
    INTERFACE_NAME,
    START_INTERFACE,
    START_ONLY_KEYS,
)
from designer.core.problems import Problem, Severity, WarningCode

DEFAULT_ENDPOINT = "http://fcgi.video.qcloud.com/common_access"
#: The sign is valid until t; the spec says to set t to now + 60 s.
SIGN_TTL = 60
#: Keys of a para object: one of them present means a dict is a para, not something else.
PARA_KEYS = frozenset({"input_stream_list", "mix_stream_session_id", "output_stream_id"})


class Action(StrEnum):
    START = "start"
    CANCEL = "cancel"

    @property
    def interface(self) -> str:
        return START_INTERFACE if self is Action.START else CANCEL_INTERFACE


def sign(key: str | SecretStr, t: int) -> str:
    """MD5(key + t) as lowercase hex: the spec's 安全签名."""
    secret = key.get_secret_value() if isinstance(key, SecretStr) else key
    return hashlib.md5(f"{secret}{t}".encode()).hexdigest()


def expiry(now: float | None = None) -> int:
    return int(time.time() if now is None else now) + SIGN_TTL


def new_event_id() -> int:
    """A random non-zero int32 (eventId 0 is refused with -2)."""
    return secrets.randbelow(INT32_MAX) + 1


def build_url(endpoint: str, appid: int, t: int, signature: str) -> str:
    query = urlencode({"appid": appid, "interface": INTERFACE_NAME, "t": t, "sign": signature})
    return f"{endpoint}?{query}"


def start_para(para: dict[str, Any], appid: int | None = None) -> dict[str, Any]:
    """The para of a start: ``para`` as sent (``sending.sent_para``: hidden inputs left out),
    with app_id and interface filled in.

    Keys and values come back exactly as given; only app_id (when a different account is
    chosen) and a missing interface are set. Nested values are shared with ``para``, which
    is normally a fresh ``to_wire()``.
    """
    out = dict(para)
    if appid is not None:
        out["app_id"] = appid
    out.setdefault("interface", START_INTERFACE)
    return out


def cancel_para(para: dict[str, Any], appid: int | None = None) -> dict[str, Any]:
    """The para of a cancel: app_id, interface, session id and output id, and any key the
    spec does not list (kept as a start keeps them: Tencent's demos send domain and path);
    the start's own fields (the inputs, template, output type and bitrate) are left out."""
    out = {key: value for key, value in para.items() if key not in START_ONLY_KEYS}
    out.update(app_id=para.get("app_id") if appid is None else appid,
               interface=CANCEL_INTERFACE,
               mix_stream_session_id=para.get("mix_stream_session_id"),
               output_stream_id=para.get("output_stream_id"))
    return out


def build_body(para: dict[str, Any], *, timestamp: int | None = None,
               event_id: int | None = None) -> dict[str, Any]:
    return {
        "timestamp": int(time.time()) if timestamp is None else timestamp,
        "eventId": new_event_id() if event_id is None else event_id,
        "interface": {"interfaceName": INTERFACE_NAME, "para": para},
    }


@dataclass(frozen=True, slots=True)
class SignedRequest:
    """A request ready to send: POST ``body`` as JSON to ``url``. Holds no key."""

    action: Action
    url: str
    body: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "body": self.body}


def build_request(
    action: Action,
    para: dict[str, Any],
    *,
    appid: int,
    key: str | SecretStr,
    endpoint: str = DEFAULT_ENDPOINT,
    t: int | None = None,
    timestamp: int | None = None,
    event_id: int | None = None,
) -> SignedRequest:
    """Sign and wrap a design's para for ``action``; fresh t, timestamp and eventId if unset."""
    wire_para = start_para(para, appid) if action is Action.START else cancel_para(para, appid)
    t = expiry() if t is None else t
    return SignedRequest(
        action=action,
        url=build_url(endpoint, appid, t, sign(key, t)),
        body=build_body(wire_para, timestamp=timestamp, event_id=event_id),
    )


# -- reading requests back ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadRequest:
    para: dict[str, Any]
    #: The whole body's fields other than the para (timestamp, eventId), if a body was read.
    envelope: dict[str, Any] | None
    #: What reading changed and the producer should know (an app_id read from a string).
    notes: tuple[Problem, ...] = ()

    @property
    def is_cancel(self) -> bool:
        return self.para.get("interface") == CANCEL_INTERFACE


def is_body(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("interface"), dict)


def is_para(data: Any) -> bool:
    return isinstance(data, dict) and not is_body(data) and bool(PARA_KEYS & data.keys())


def read_app_id(para: dict[str, Any]) -> tuple[dict[str, Any], tuple[Problem, ...]]:
    """``para`` with app_id as Tencent's own clients send it, read as the service reads it.

    The MLVB mini-program and an official demo send the APPID as a numeric string: it is read
    as that number (and sent as one), with a warning. The MLVB Android SDK sends "" for its
    relay server to fill in: read as not set, filled from the account when sending, as a
    missing one is. Anything else is left for the model to judge (a word stays an error).
    """
    app_id = para.get("app_id")
    # Past 19 digits it is out of any integer range the service has: left for -2 to name.
    if not isinstance(app_id, str) or not (
            app_id == "" or (app_id.isascii() and app_id.isdigit() and len(app_id) <= 19)):
        return para, ()
    para = dict(para)
    if app_id == "":
        del para["app_id"]
        return para, ()
    para["app_id"] = int(app_id)
    note = Problem(WarningCode.APP_ID_TEXT, "app_id", QT_TRANSLATE_NOOP(
        "Validation", "app_id is the string \"{value}\": read as the number {value}, which is what "
                      "is sent (the service expects an int32)"),
        {"value": app_id[:40]}, Severity.WARNING)
    return para, (note,)


def read_request(data: Any) -> ReadRequest:
    """The para of a whole request body or of a bare para; FileError for anything else.

    Only the envelope's shape is checked here; values are validation's business.
    """
    if is_body(data):
        interface = data["interface"]
        name = interface.get("interfaceName")
        if name != INTERFACE_NAME:
            raise FileError(QT_TRANSLATE_NOOP(
                "Errors", "interface.interfaceName is {name}; a mix request says {expected}"),
                name=repr(name), expected=repr(INTERFACE_NAME))
        para = interface.get("para")
        if not isinstance(para, dict):
            raise FileError(QT_TRANSLATE_NOOP(
                "Errors", "the request body has no interface.para object"))
        envelope = {k: v for k, v in data.items() if k != "interface"}
        para, notes = read_app_id(para)
        return ReadRequest(para, envelope, notes)
    if is_para(data):
        para, notes = read_app_id(data)
        return ReadRequest(para, None, notes)
    raise FileError(QT_TRANSLATE_NOOP(
        "Errors", "this is neither a Mix Designer preset nor a Mix_StreamV2 request (whole "
                  "body or para)"))
