"""The one module that sends HTTP. Every outcome comes back typed.

* A reply in the service's JSON becomes a :class:`Reply` (code 0 or not: a refusal is an
  answer, and ``Reply.spec`` explains its code with the spec's cause and advice).
* Anything else raises a :class:`~designer.core.errors.TransportError`: refused connection,
  timeout, HTTP error status, an HTML page or a truncated body. After a transport error the
  mix's state is unknown, so nothing is retried automatically: a start sent twice could
  switch a live layout twice.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import requests

from designer.core.codes import CodeInfo, describe
from designer.core.errors import (
    BadReply,
    ConnectionFailed,
    HttpStatusError,
    RequestTimeout,
    TransportError,
)
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.wire import SignedRequest

#: (connect, read) seconds.
DEFAULT_TIMEOUT = (5.0, 10.0)
MAX_REPLY_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Reply:
    code: int
    message: str
    event_id: Any
    timestamp: Any
    #: Seconds from sending to the whole reply.
    latency: float
    raw: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.code == 0

    @property
    def spec(self) -> CodeInfo:
        return describe(self.code)


def send(
    request: SignedRequest,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    session: requests.Session | None = None,
) -> Reply:
    """POST a signed request once; a Reply for any JSON answer, TransportError otherwise."""
    http = session or requests
    started = time.monotonic()
    # The host is named in messages, never the URL's query: the sign is harmless but noise.
    host = request.url.split("?", 1)[0]
    try:
        response = http.post(
            request.url,
            data=json.dumps(request.body, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json; charset=utf-8"},
            timeout=timeout,
            allow_redirects=False,
            stream=True,
        )
        body = _read_limited(response)
    except requests.exceptions.ConnectTimeout:
        raise RequestTimeout(QT_TRANSLATE_NOOP(
            "Errors", "could not connect to {host} within {seconds} s"),
            host=host, seconds=f"{timeout[0]:g}") from None
    except requests.exceptions.ReadTimeout:
        raise RequestTimeout(QT_TRANSLATE_NOOP(
            "Errors", "{host} did not answer within {seconds} s; the mix may or may not have "
                      "changed"), host=host, seconds=f"{timeout[1]:g}") from None
    except requests.exceptions.ChunkedEncodingError:
        raise BadReply(QT_TRANSLATE_NOOP(
            "Errors", "{host} closed the connection before the reply was complete"),
            host=host) from None
    except requests.exceptions.ConnectionError as error:
        if "timed out" in str(error):  # a timeout while reading the body comes wrapped so
            raise RequestTimeout(QT_TRANSLATE_NOOP(
                "Errors", "{host} stopped sending its reply for {seconds} s; the mix may or "
                          "may not have changed"), host=host, seconds=f"{timeout[1]:g}") from None
        raise ConnectionFailed(QT_TRANSLATE_NOOP("Errors", "cannot reach {host}: {reason}"),
                               host=host, reason=_reason(error)) from None
    except requests.exceptions.RequestException as error:
        raise TransportError(QT_TRANSLATE_NOOP("Errors", "request to {host} failed: {reason}"),
                             host=host, reason=_reason(error)) from None
    latency = time.monotonic() - started
    if response.status_code != 200:
        raise HttpStatusError(
            QT_TRANSLATE_NOOP("Errors", "{host} answered HTTP {status} {reason}"),
            response.status_code, host=host, status=response.status_code,
            reason=response.reason or "")
    return _parse_reply(body, latency, host)


def _read_limited(response: requests.Response) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            response.close()
            raise BadReply(QT_TRANSLATE_NOOP("Errors", "the reply is larger than {limit} bytes"),
                           limit=MAX_REPLY_BYTES)
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_reply(body: bytes, latency: float, host: str) -> Reply:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        # Parameters that are words are marked too: the window translates them as well.
        if body.lstrip()[:1] == b"<":
            kind = QT_TRANSLATE_NOOP("Errors", "an HTML page")
        elif not body.strip():
            kind = QT_TRANSLATE_NOOP("Errors", "an empty reply")
        else:
            kind = QT_TRANSLATE_NOOP("Errors", "a reply that is not JSON (truncated?)")
        raise BadReply(QT_TRANSLATE_NOOP("Errors", "{host} sent {kind} instead of the "
                                                   "service's JSON"),
                       host=host, kind=kind) from None
    code = data.get("code") if isinstance(data, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        raise BadReply(QT_TRANSLATE_NOOP("Errors", "{host} sent JSON without a numeric "
                                                   "\"code\""), host=host)
    message = data.get("message")
    return Reply(
        code=code,
        message=message if isinstance(message, str) else "",
        event_id=data.get("event_id"),
        timestamp=data.get("timestamp"),
        latency=latency,
        raw=data,
    )


def _reason(error: Exception) -> str:
    text = str(error)
    if "Connection refused" in text or "ConnectionRefused" in text:
        return QT_TRANSLATE_NOOP(
            "Errors", "connection refused (is the endpoint right, and the service running?)")
    if "Name or service not known" in text or "NameResolution" in text:
        return QT_TRANSLATE_NOOP("Errors", "the host name does not resolve")
    return type(error).__name__
