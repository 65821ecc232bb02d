"""What live probing last saw of each stream, by stream id: plain Python, no Qt.

The window's live feature records each probe's result here (in the GUI thread) and reads it
back to draw the boxes, to judge the layout at the probed sizes and to find the guests who
dropped. A stream's size is kept while it has no signal: it will most likely come back at
that size, and the layout's checks should not jump back and forth meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.core.frames import RgbFrame

if TYPE_CHECKING:
    from designer.net.probe import ProbeFailure, ProbeResult


@dataclass(frozen=True, slots=True)
class StreamState:
    """One stream as last probed. ``live``: a picture was decoded; then ``frame`` is it."""

    live: bool
    #: The last size a picture came at (kept while the signal is gone).
    size: tuple[int, int] | None = None
    frame: RgbFrame | None = None
    #: Why the last probe found no picture.
    error: ProbeFailure | None = None


class LiveStates:
    """The latest :class:`StreamState` of every stream probed, by stream id."""

    def __init__(self) -> None:
        self._states: dict[str, StreamState] = {}

    def record(self, stream_id: str, result: ProbeResult) -> StreamState:
        """Take in a probe's result; the stream's state from now on."""
        old = self._states.get(stream_id)
        if result.live:
            state = StreamState(True, result.size, result.frame)
        else:
            state = StreamState(False, old.size if old is not None else None, None,
                                result.error)
        self._states[stream_id] = state
        return state

    def keep_only(self, stream_ids: Iterable[str]) -> None:
        """Forget the streams that are no longer probed."""
        wanted = set(stream_ids)
        self._states = {sid: s for sid, s in self._states.items() if sid in wanted}

    def clear(self) -> None:
        self._states.clear()

    def get(self, stream_id: str) -> StreamState | None:
        return self._states.get(stream_id)

    def sizes(self) -> dict[str, tuple[int, int]]:
        """Stream id → the size it was last seen at."""
        return {sid: s.size for sid, s in self._states.items() if s.size is not None}

    def __iter__(self) -> Iterator[str]:
        return iter(self._states)

    def __len__(self) -> int:
        return len(self._states)
