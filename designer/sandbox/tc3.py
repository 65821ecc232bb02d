"""TC3-HMAC-SHA256, as Tencent Cloud documents it (签名方法 v3), to check a request's signature.

Written once here with the standard library rather than borrowed from Tencent's SDK: the
sandbox runs on the base install, where the SDK (the optional ``api3`` extra) is absent, and
the SDK's one reusable helper (``Sign.sign_tc3``) only derives the key and signs a string it is
given; the canonical request it signs is built inside the SDK's client, for sending. The tests
check that this module and the SDK agree (tests/sandbox/test_api3.py).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass

ALGORITHM = "TC3-HMAC-SHA256"

_AUTHORIZATION = re.compile(
    r"TC3-HMAC-SHA256 Credential=(?P<secret_id>[^/,\s]+)/(?P<date>\d{4}-\d{2}-\d{2})/"
    r"(?P<service>[a-z0-9]+)/tc3_request,\s*SignedHeaders=(?P<signed>[a-z0-9;-]+),\s*"
    r"Signature=(?P<signature>[0-9a-f]{64})"
)


@dataclass(frozen=True, slots=True)
class Authorization:
    """The parts of an ``Authorization: TC3-HMAC-SHA256 Credential=…`` header."""

    secret_id: str
    date: str
    service: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str | None) -> Authorization | None:
    match = _AUTHORIZATION.fullmatch((value or "").strip())
    if match is None:
        return None
    return Authorization(match["secret_id"], match["date"], match["service"],
                         tuple(match["signed"].split(";")), match["signature"])


def signature(
    secret_key: str,
    *,
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    signed_headers: tuple[str, ...],
    payload: bytes,
    timestamp: str,
    date: str,
    service: str,
) -> str:
    """The hex signature of one request (``headers``: name → value, any case)."""
    lowered = {name.lower(): value for name, value in headers.items()}
    canonical_headers = "".join(
        f"{name}:{lowered.get(name, '').strip().lower()}\n" for name in signed_headers)
    canonical_request = "\n".join((
        method, path, query, canonical_headers, ";".join(signed_headers),
        hashlib.sha256(payload).hexdigest(),
    ))
    scope = f"{date}/{service}/tc3_request"
    string_to_sign = "\n".join((
        ALGORITHM, timestamp, scope, hashlib.sha256(canonical_request.encode()).hexdigest()))
    return sign_string(secret_key, date, service, string_to_sign)


def sign_string(secret_key: str, date: str, service: str, string_to_sign: str) -> str:
    """The documented key derivation (TC3 + key → date → service → tc3_request), then HMAC."""
    key = _hmac(f"TC3{secret_key}".encode(), date)
    key = _hmac(key, service)
    key = _hmac(key, "tc3_request")
    return hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()
