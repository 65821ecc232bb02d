"""Where what is on air differs from the preview: the boxes of the program (the layout the
service last confirmed) that the canvas no longer shows in the same place.

The canvas draws them as ghost outlines while live, so a producer sees at a glance which
boxes an update would move, resize or take off air. Inputs are matched as the diff matches
them (by input_stream_id, then by order among equal ids).
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.core.diff import match_inputs
from designer.core.geometry import Rect
from designer.core.model import Layout
from designer.core.placement import placements
from designer.core.sending import sent_layout


@dataclass(frozen=True, slots=True)
class Ghost:
    """A box as it is on air."""

    input_stream_id: str
    #: The producer's name for it (its label when on air, else its stream id).
    label: str
    rect: Rect
    #: On air, but not in what the preview would send (deleted, or taken off air).
    gone: bool


def ghosts(program: Layout, preview: Layout) -> list[Ghost]:
    """The program's boxes that differ from the preview's, bottom to top."""
    sent = sent_layout(preview).layout
    on_air, shown = placements(program), placements(sent)
    found: dict[int, Ghost] = {}
    for old, new in match_inputs([s.to_wire() for s in program.para.inputs],
                                 [s.to_wire() for s in sent.para.inputs]):
        if old is None or (box := on_air[old]) is None:
            continue
        now = shown[new] if new is not None else None
        if now is not None and now.rect == box.rect:
            continue
        stream, design = program.para.inputs[old], program.design.inputs[old]
        stream_id = stream.input_stream_id or ""
        found[old] = Ghost(stream_id, design.label or stream_id, box.rect, now is None)
    return [found[index] for index in program.z_order() if index in found]
