"""The streams file: which streams count as pushed, and at what resolution.

Without one the sandbox treats every stream as pushed with an unknown resolution, so only the
request itself is judged. With one, a producer can rehearse the replies that depend on the live
side: -505 (not pushed), -507 (resolution not known yet), -28 and -29.

    {"streams": {"stream_a": {"width": 1280, "height": 720}, "stream_b": {}}}

While the sandbox runs, :meth:`StreamRegistry.set_pushed` (the control endpoint) stops a
stream and starts it again, to rehearse a guest who drops.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from designer.core.errors import FileError
from designer.core.loader import read_json
from designer.core.validation import ID_PATTERN

#: Same bounds as a declared source size in the design (InputDesign), so any resolution read
#: here can be copied onto a layout without failing its validation.
MAX_SIDE = 16384

Resolution = tuple[int, int]


class StreamEntry(BaseModel):
    # A typo such as "widht" must be an error, not a stream of unknown resolution.
    model_config = ConfigDict(extra="forbid", strict=True)

    width: int | None = Field(default=None, ge=1, le=MAX_SIDE)
    height: int | None = Field(default=None, ge=1, le=MAX_SIDE)

    @model_validator(mode="after")
    def _both_or_neither(self) -> StreamEntry:
        if (self.width is None) != (self.height is None):
            raise ValueError("give both width and height, or neither ({} = resolution unknown)")
        return self

    @property
    def resolution(self) -> Resolution | None:
        if self.width is None or self.height is None:
            return None
        return self.width, self.height


class StreamsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    streams: dict[str, StreamEntry]

    @model_validator(mode="after")
    def _ids(self) -> StreamsFile:
        for stream_id in self.streams:
            if not ID_PATTERN.fullmatch(stream_id):
                raise ValueError(f"stream id {stream_id[:100]!r} must be 1 to 80 letters, "
                                 "digits or underscores")
        return self


class StreamRegistry:
    """Answers to "is this stream pushed?" and "at what resolution?". Thread-safe.

    The answers change only through :meth:`set_pushed` (a guest dropping or coming back).
    """

    def __init__(self, streams: Mapping[str, Resolution | None] | None = None):
        #: False: no list was given, every stream counts as pushed unless dropped.
        self._listed = streams is not None
        #: Resolutions known, from the file or from set_pushed (None: pushed, size unknown).
        self._streams: dict[str, Resolution | None] = dict(streams or {})
        #: Streams stopped with set_pushed(…, False).
        self._dropped: set[str] = set()
        #: Bumped by every set_pushed of a stream: a player of the old push ends.
        self._generations: dict[str, int] = {}
        self._lock = threading.Lock()

    @classmethod
    def everything_pushed(cls) -> StreamRegistry:
        """The default: every stream is pushed, no resolution is known, nothing is refused."""
        return cls(None)

    @classmethod
    def from_data(cls, data: Any, name: str = "the streams file") -> StreamRegistry:
        if not isinstance(data, dict):
            raise FileError(f'{name} must be a JSON object like {{"streams": {{...}}}}')
        try:
            parsed = StreamsFile.model_validate(data)
        except ValidationError as error:
            raise FileError(f"{name}: {_first_error(error)}") from None
        return cls({sid: entry.resolution for sid, entry in parsed.streams.items()})

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> StreamRegistry:
        """Read a streams file; any problem is a FileError with one clear sentence."""
        return cls.from_data(read_json(path), str(path))

    @property
    def is_listed(self) -> bool:
        """True when built from a list of streams; the default answers "pushed" for any stream
        not dropped through the control endpoint."""
        return self._listed

    @property
    def judges_pushes(self) -> bool:
        """True when some stream may be missing: a list was given, or a stream was dropped."""
        with self._lock:
            return self._listed or bool(self._dropped)

    def is_pushed(self, stream_id: str) -> bool:
        with self._lock:
            return self._is_pushed(stream_id)

    def resolution(self, stream_id: str) -> Resolution | None:
        """The stream's resolution while it is pushed and its size is known, else None."""
        with self._lock:
            return self._streams.get(stream_id) if self._is_pushed(stream_id) else None

    def generation(self, stream_id: str) -> int:
        """Changes whenever the stream is stopped or started again."""
        with self._lock:
            return self._generations.get(stream_id, 0)

    def set_pushed(self, stream_id: str, pushed: bool,
                   resolution: Resolution | None = None) -> None:
        """Stop a stream (``pushed`` False) or start it again, optionally at a new resolution.

        A stream started that the list did not name joins it (resolution unknown unless
        given); without a list every stream but the stopped ones counts as pushed anyway.
        """
        with self._lock:
            self._generations[stream_id] = self._generations.get(stream_id, 0) + 1
            if not pushed:
                self._dropped.add(stream_id)
                return
            self._dropped.discard(stream_id)
            if resolution is not None:
                self._streams[stream_id] = resolution
            elif self._listed:
                self._streams.setdefault(stream_id, None)

    def _is_pushed(self, stream_id: str) -> bool:
        if stream_id in self._dropped:
            return False
        return not self._listed or stream_id in self._streams

    def __repr__(self) -> str:
        with self._lock:
            if not self._listed and not self._streams and not self._dropped:
                return "StreamRegistry.everything_pushed()"
            dropped = f", dropped={sorted(self._dropped)!r}" if self._dropped else ""
            listed = repr(self._streams) if self._listed else "None"
            return f"StreamRegistry({listed}{dropped})"


def _first_error(error: ValidationError) -> str:
    item = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in item["loc"])
    message = item["msg"].removeprefix("Value error, ")
    if item["type"] == "missing" and where == "streams":
        return 'it needs a "streams" object, e.g. {"streams": {"stream_a": {}}}'
    return f"{where}: {message}" if where else message
