"""The built-in sandbox's streams, played at the sizes the design expects.

Without a streams file the sandbox plays every stream at 640×360, which would make every
probed size "wrong" and a portrait host a landscape output. So, when the window probes its
own sandbox, each stream is pushed there once at the size the layout expects of it: its
declared source size, else (the background) the size the canvas draws the output at, else a
picture of its box's shape. A rehearsal then shows the layout as designed; a stream stopped
or resized through the sandbox's control endpoint (a guest who drops, a rotated phone) is
left as it was made.
"""

from __future__ import annotations

from collections.abc import Mapping

from designer.app.editor import DocumentEditor
from designer.core.geometry import background_input
from designer.core.model import STREAM_VIDEO_TYPES
from designer.sandbox.streams import StreamRegistry

Size = tuple[int, int]
#: A stream sized from its box is at least this many pixels on its short side.
SHORT_SIDE = 360


def expected_sizes(editor: DocumentEditor) -> dict[str, Size]:
    """Stream id → the size the layout expects it at, for each video stream."""
    layout = editor.layout
    background = background_input(layout)
    placements = editor.placements()
    wanted: dict[str, Size] = {}
    for index, (uid, (stream, design)) in enumerate(zip(editor.document.uids(),
                                                        layout.pairs(), strict=True)):
        stream_id = stream.input_stream_id
        if not stream_id or stream.kind not in STREAM_VIDEO_TYPES or stream_id in wanted:
            continue
        if design.source_size is not None:
            wanted[stream_id] = design.source_size
        elif index == background:
            width, height = editor.background_size()
            wanted[stream_id] = (_even(width), _even(height))
        elif (placement := placements.get(uid)) is not None:
            box = placement.rect
            scale = max(1.0, SHORT_SIDE / max(1.0, min(box.width, box.height)))
            wanted[stream_id] = (_even(box.width * scale), _even(box.height * scale))
    return wanted


class SandboxStreams:
    """Pushes streams in the sandbox at their expected sizes, each once per size."""

    def __init__(self) -> None:
        #: The size each stream was last pushed at from here.
        self._pushed: dict[str, Size] = {}

    def match(self, registry: StreamRegistry, expected: Mapping[str, Size]) -> None:
        for stream_id, size in expected.items():
            mine = self._pushed.get(stream_id)
            if mine == size:
                continue
            playing = registry.resolution(stream_id)
            if not registry.is_pushed(stream_id) or (playing is not None and playing != mine):
                continue  # stopped or sized through the control endpoint: theirs to change
            registry.set_pushed(stream_id, True, size)
            self._pushed[stream_id] = size


def _even(value: float) -> int:
    """H.264 frames have even sides."""
    return max(2, round(value / 2) * 2)
