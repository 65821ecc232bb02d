"""A live HTTP-FLV stream of the test pattern: H.264 (libx264 through PyAV) in FLV.

Cheap on purpose, since a 16-input rehearsal plays 16 of these on a 2-core machine: 5 frames a
second, x264's fastest preset on one thread with no lookahead (each frame is written as soon
as it is made), the picture made in YUV with numpy (:mod:`designer.sandbox.pattern`). Each
connection gets an encoder of its own, so its first frame is a keyframe and a player shows a
picture at once; a keyframe follows every second.

PyAV and numpy come with the ``live`` extra and are imported only when a stream is played:
the rest of the sandbox never needs them.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from designer.core.extras import LIVE_INSTALL

Resolution = tuple[int, int]

#: The size of a stream whose resolution is not known (no streams file, or ``{}`` in it).
DEFAULT_SIZE: Resolution = (640, 360)
FRAME_RATE = 5
#: Frames from one keyframe to the next: a decoder joining late waits at most a second.
GOP = FRAME_RATE
#: Past this a frame costs too much to make and encode on a small machine (4096×2160, DCI 4K).
MAX_PIXELS = 4096 * 2160
CONTENT_TYPE = "video/x-flv"

#: Writes bytes to the client; raises OSError once the client has gone.
Write = Callable[[bytes], object]


def missing_dependency() -> str | None:
    """Why streams cannot be played here (PyAV or numpy missing), or None when they can."""
    try:
        import av  # noqa: F401
        import numpy  # noqa: F401
    except ImportError as error:
        return f"playing streams needs PyAV and numpy ({error.name} is missing): {LIVE_INSTALL}"
    return None


def too_large(size: Resolution) -> bool:
    return size[0] * size[1] > MAX_PIXELS


class _Sink:
    """Only ``write``: PyAV then treats the output as a pipe and never seeks back into it."""

    def __init__(self, write: Write):
        self._write = write

    def write(self, data: bytes) -> int:
        self._write(bytes(data))
        return len(data)


def play(write: Write, stream_id: str, size: Resolution, *,
         keep_going: Callable[[], bool], wait: Callable[[float], bool],
         frames: int | None = None, clock: Callable[[], float] = time.monotonic) -> int:
    """Encode ``stream_id``'s pattern at ``size`` and write it as FLV, in real time.

    Stops when the client goes away (``write`` raises OSError), when ``keep_going()`` turns
    False (the stream was dropped), when ``wait(seconds)`` returns True (the server is
    stopping), or after ``frames`` frames. Nothing queues up: a client that reads slowly
    makes the stream skip frames, never buffer them. Returns the number of frames written.
    """
    import av

    from designer.sandbox.pattern import Pattern

    pattern = Pattern(stream_id, *size)
    container = av.open(_Sink(write), mode="w", format="flv",
                        options={"flvflags": "no_duration_filesize"})
    sent = 0
    try:
        video = container.add_stream("libx264", rate=FRAME_RATE, options={
            "preset": "ultrafast", "tune": "zerolatency", "threads": "1",
            "g": str(GOP), "keyint_min": str(GOP)})
        video.width, video.height = size
        video.pix_fmt = pattern.pixel_format
        started = clock()
        # The pattern moves with the clock, not with the connection: successive probes of a
        # stream, each a new connection, show it moving.
        phase = int(started * FRAME_RATE)
        number = 0
        while (frames is None or sent < frames) and keep_going():
            frame = av.VideoFrame.from_ndarray(pattern.planes(phase + number),
                                               format=pattern.pixel_format)
            frame.pts = number
            for packet in video.encode(frame):
                container.mux(packet)
            sent += 1
            number += 1
            late = clock() - (started + number / FRAME_RATE)
            if late > 0:  # the client read slowly: skip the frames it missed
                number += int(late * FRAME_RATE) + 1
            if wait(started + number / FRAME_RATE - clock()):
                break
    except OSError:
        return sent  # the client went away
    finally:
        # Closing after the client went fails the same way writing did: nothing to add.
        with contextlib.suppress(Exception):
            container.close()
    return sent
