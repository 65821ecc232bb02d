"""What the canvas shows of one input, read from the model: no Qt, so ``render`` can use it
without loading the canvas's widgets."""

from __future__ import annotations

from dataclasses import dataclass

from designer.core.cropping import crop_rect
from designer.core.frames import RgbFrame
from designer.core.geometry import Rect, cropped_source_size
from designer.core.model import InputDesign, InputStream
from designer.core.placement import Origin, Placement


@dataclass(frozen=True, slots=True)
class Badge:
    """A note live probing puts on a stream's box: "probed 540×960", "no signal" (already in
    the window's language); ``alarm`` draws it red."""

    text: str
    alarm: bool = False
    #: More for the tooltip (why there is no signal).
    detail: str = ""


@dataclass(frozen=True, slots=True)
class LiveLook:
    """What live probing last saw of a stream: its latest picture (None: none yet, or no
    signal) and the badge that says so. Compared by the frame's identity: a new probe is a
    new picture."""

    frame: RgbFrame | None = None
    badge: Badge | None = None


@dataclass(frozen=True, slots=True)
class LayerState:
    """What the canvas shows of one input, read from the model by the scene."""

    uid: str
    rect: Rect
    origin: Origin
    kind: int
    label: str
    layer: int | None
    color: str | None = None
    picture_id: int | None = None
    #: The picture's size before scaling (crop or declared source); None when unknown.
    content: tuple[float, float] | None = None
    #: The declared source resolution (crop mode needs it).
    source_size: tuple[int, int] | None = None
    #: The crop in source pixels, when there is one and the source resolution is known.
    crop: Rect | None = None
    locked: bool = False
    #: Hidden: not sent. The canvas draws it as a ghost so it can be put back on air.
    off_air: bool = False
    #: A real picture of the stream (a probe's), drawn instead of the test card: the whole
    #: source picture at any size, scaled to ``source_size`` first. Needs ``source_size``.
    frame: RgbFrame | None = None
    #: What live probing says of the stream, drawn on the box (None: not probed).
    badge: Badge | None = None


def layer_state(uid: str, stream: InputStream, design: InputDesign,
                placement: Placement, frame: RgbFrame | None = None,
                badge: Badge | None = None) -> LayerState:
    """What one input shows, read from the model: the scene's and ``render``'s common source.

    ``frame`` is the stream's latest picture, if it has been probed; the design's source size
    should then be the probed resolution (:func:`designer.core.observed.seen_design`).
    """
    lp = stream.layout_params
    source = design.source_size
    crop = crop_rect(stream.crop_params, source) if source and stream.crop_params else None
    return LayerState(
        uid=uid, rect=placement.rect, origin=placement.origin, kind=stream.kind,
        label=design.label or stream.input_stream_id or "?", layer=stream.layer,
        color=lp.color if lp else None, picture_id=lp.picture_id if lp else None,
        content=cropped_source_size(stream, design), source_size=source, crop=crop,
        locked=design.locked, off_air=not design.visible, frame=frame, badge=badge,
    )
