"""The record of every request the app sent and what came of it; saved and copied as curl.

An entry holds the signed URL and the body exactly as sent. Neither contains the key: the URL
carries only ``sign`` (MD5 of key and ``t``), so the log can be saved, pasted into a ticket or
copied as curl without leaking anything.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from designer.core import safefile
from designer.core.api3 import Api3Request
from designer.core.api3codes import explain
from designer.core.codes import CodeInfo, describe
from designer.core.wire import Action, SignedRequest

#: A request as sent on either wire: Mix_StreamV2's (signed URL and body) or API 3.0's.
SentRequest = SignedRequest | Api3Request


@dataclass(frozen=True, slots=True)
class Outcome:
    """What came back: the service's code and message, or the transport error that stopped it."""

    #: Mix_StreamV2's code; on API 3.0 the legacy code its message wraps, else its own code
    #: ("InvalidParameter.OtherError").
    code: int | str | None = None
    message: str = ""
    #: Seconds from sending to the whole reply; None when no reply came.
    latency: float | None = None
    #: The transport error's class name and text, when there was no reply to read.
    error_kind: str = ""
    error: str = ""
    #: API 3.0's id of the request (Response.RequestId): what Tencent's support asks for.
    request_id: str = ""

    @property
    def ok(self) -> bool:
        return self.code == 0

    @property
    def spec(self) -> CodeInfo | None:
        if isinstance(self.code, str):
            return explain(self.code, self.message)
        return describe(self.code) if self.code is not None else None

    def to_json(self) -> dict[str, Any]:
        if self.code is None:
            return {"error": self.error_kind, "detail": self.error}
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.request_id:
            out["request_id"] = self.request_id
        if self.latency is not None:
            out["latency_ms"] = round(self.latency * 1000, 1)
        return out


@dataclass(frozen=True, slots=True)
class LogEntry:
    serial: int
    sent_at: datetime
    request: SentRequest
    outcome: Outcome | None = None
    #: A start sent while the mix was live: the spec's switch of a running layout.
    switch: bool = False

    @property
    def action(self) -> Action:
        return self.request.action

    @property
    def label(self) -> str:
        """start, update (a start that switches a live mix) or cancel."""
        return "update" if self.switch else self.action.value

    def to_json(self) -> dict[str, Any]:
        return {
            "time": self.sent_at.isoformat(timespec="milliseconds"),
            "action": self.label,
            "url": self.request.url,
            "body": self.request.body,
            "outcome": self.outcome.to_json() if self.outcome else None,
        }


def to_curl(request: SentRequest) -> str | None:
    """A shell command that sends the same request again (until its sign expires at ``t``);
    None for API 3.0, which Tencent's SDK signs as it sends (no command line can replay it)."""
    if not isinstance(request, SignedRequest):
        return None
    body = json.dumps(request.body, ensure_ascii=False, separators=(",", ":"))
    return " ".join([
        "curl", "-sS", "-X", "POST", shlex.quote(request.url),
        "-H", shlex.quote("Content-Type: application/json; charset=utf-8"),
        "--data-raw", shlex.quote(body),
    ])


@dataclass
class RequestLog:
    """Entries in the order sent; an entry's outcome is filled in when its reply arrives."""

    entries: list[LogEntry] = field(default_factory=list)
    _next_serial: int = 1

    def add(self, request: SentRequest, sent_at: datetime | None = None,
            switch: bool = False) -> LogEntry:
        entry = LogEntry(self._next_serial, sent_at or datetime.now(), request, switch=switch)
        self._next_serial += 1
        self.entries.append(entry)
        return entry

    def settle(self, serial: int, outcome: Outcome) -> LogEntry:
        for index, entry in enumerate(self.entries):
            if entry.serial == serial:
                self.entries[index] = replace(entry, outcome=outcome)
                return self.entries[index]
        raise KeyError(serial)

    def clear(self) -> None:
        self.entries.clear()

    def dumps(self) -> str:
        """JSON Lines: one request and its outcome per line, easy to grep and to diff."""
        return "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in self.entries)

    def save(self, path: str | Path) -> None:
        safefile.write_text(path, self.dumps())
