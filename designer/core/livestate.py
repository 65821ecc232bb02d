"""What is on air, kept beside the app so that a crash or a kill does not forget a running mix.

A window whose mix the service confirmed (a start or an update answered with code 0) keeps a
record of it in the state folder, ``live-PID-N.json`` (a WindowFile, like the recovery file):
where it runs (the endpoint, the interface, the APPID), its session and output ids, when it
started and was last confirmed, and the layout on air. A confirmed cancel removes it. Only a
process that is gone leaves one behind, so a record found at start-up is a mix that may still
be running with nobody watching it. No key or secret is written: the connection supplies
those again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from designer.core import loader, presets
from designer.core.errors import FileError
from designer.core.limits import Wire
from designer.core.model import Layout
from designer.core.recovery import WindowFile

#: The connection's endpoint choices a record can name (the values of the window's
#: EndpointKind, which the core cannot import; a test keeps the two the same).
ENDPOINT_KINDS = ("sandbox", "tencent", "custom")


@dataclass(frozen=True)
class LiveRecord:
    #: The connection's endpoint choice (one of ENDPOINT_KINDS) and the URL requests went to.
    endpoint_kind: str
    endpoint: str
    #: The interface, a Wire's value: "v2" (Mix_StreamV2) or "v3" (API 3.0).
    wire: str
    appid: int | None
    session_id: str
    output_id: str
    #: UNIX times of the confirmed start and of the last confirmed start or update.
    started_at: float
    confirmed_at: float
    #: The layout on air (what was sent, hidden inputs left out).
    program: Layout

    def to_data(self) -> dict[str, Any]:
        return {"live": 1, "endpoint_kind": self.endpoint_kind, "endpoint": self.endpoint,
                "wire": self.wire, "appid": self.appid, "session_id": self.session_id,
                "output_id": self.output_id, "started_at": self.started_at,
                "confirmed_at": self.confirmed_at, "program": presets.to_data(self.program)}

    @classmethod
    def from_data(cls, data: Any) -> LiveRecord:
        """ValueError (or KeyError, TypeError) for a record that is not one."""
        if not isinstance(data, dict) or data.get("live") != 1:
            raise ValueError("not a live record")
        texts = {name: data[name] for name in ("endpoint_kind", "endpoint", "wire",
                                                "session_id", "output_id")}
        if not all(isinstance(value, str) for value in texts.values()):
            raise TypeError("a live record's ids and endpoint are text")
        # One this version cannot point a connection at (damaged, or from a newer version)
        # cannot be acted on either.
        if texts["endpoint_kind"] not in ENDPOINT_KINDS:
            raise ValueError("a live record's endpoint kind is unknown")
        if texts["wire"] not in {wire.value for wire in Wire}:
            raise ValueError("a live record's interface is unknown")
        times = [float(data["started_at"]), float(data["confirmed_at"])]
        if not all(math.isfinite(value) for value in times):
            raise ValueError("a live record's times are numbers")
        appid = data.get("appid")
        if appid is not None and (not isinstance(appid, int) or isinstance(appid, bool)):
            raise TypeError("a live record's APPID is an integer")
        return cls(program=presets.from_data(data["program"]), appid=appid,
                   started_at=times[0], confirmed_at=times[1], **texts)


class LiveFile(WindowFile):
    """One window's record of its live mix."""

    KIND = "live"

    def save(self, record: LiveRecord) -> None:
        self.write(record.to_data())

    def load(self) -> LiveRecord | None:
        """The record in the file; None if there is none or it is damaged (a damaged record
        cannot be acted on: cancelling needs its ids and endpoint)."""
        if not self.path.exists():
            return None
        try:
            return LiveRecord.from_data(loader.read_json(self.path))
        except (FileError, KeyError, TypeError, ValueError, AttributeError):
            return None
