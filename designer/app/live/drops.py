"""A guest who drops, while live: what to offer the producer, per guest. Plain Python.

While a mix is live, a stream that is on air (in the program: what the service last
confirmed) and that the probes find without a picture is a dropped guest: the producer is
offered to take them off air or to show a placeholder picture in their box. Once the signal
is back, what was done here is offered in reverse: put back on air, or show the guest again.
Nothing is done without the producer's click; this module only says what to offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from designer.app.live.model import LiveStates
from designer.core.geometry import background_input
from designer.core.model import STREAM_VIDEO_TYPES, CropParams, InputType, Layout


class OfferKind(StrEnum):
    DROPPED = "dropped"              # on air without a signal: off air, or a placeholder
    BACK_OFF_AIR = "back-off-air"    # taken off air here and back: put back on air
    BACK_PLACEHOLDER = "back-placeholder"  # a placeholder shown here and back: show again


@dataclass(frozen=True, slots=True)
class Offer:
    kind: OfferKind
    uid: str
    stream_id: str
    #: The input as the producer knows it (its label, else its stream id).
    name: str
    #: Layer 1: it gives the output its size and cannot be taken off air.
    background: bool = False


@dataclass(frozen=True, slots=True)
class Placeholder:
    """What showing a placeholder changed in an input, to put back when the guest is."""

    stream_id: str
    #: The layout_params fields it changed, as they were.
    layout_before: dict[str, Any]
    crop_before: CropParams | None


@dataclass
class Done:
    """What was done here for guests who dropped, by uid: taken off air (their stream id),
    or a placeholder shown."""

    taken_off: dict[str, str]
    placeholders: dict[str, Placeholder]

    def prune(self, uids: list[str], layout: Layout) -> None:
        """Forget what no longer holds: the input is gone, or was changed since (put back
        on air by hand, its placeholder undone ...)."""
        streams = dict(zip(uids, layout.para.inputs, strict=True))
        designs = dict(zip(uids, layout.design.inputs, strict=True))
        self.taken_off = {
            uid: sid for uid, sid in self.taken_off.items()
            if uid in streams and streams[uid].input_stream_id == sid
            and streams[uid].kind in STREAM_VIDEO_TYPES and not designs[uid].visible}
        self.placeholders = {
            uid: record for uid, record in self.placeholders.items()
            if uid in streams and streams[uid].input_stream_id == record.stream_id
            and streams[uid].kind == InputType.PICTURE}

    def stream_ids(self) -> set[str]:
        """Streams to keep probing although no input shows them now (the placeholders')."""
        return {record.stream_id for record in self.placeholders.values()}


def find_offers(uids: list[str], layout: Layout, program: Layout | None,
                states: LiveStates, done: Done) -> list[Offer]:
    """What to offer now, in the document's order; nothing unless a mix is live."""
    if program is None:
        return []
    on_air = {s.input_stream_id for s in program.para.inputs
              if s.kind in STREAM_VIDEO_TYPES and s.input_stream_id}
    background = background_input(layout)
    offers = []
    for index, (uid, (stream, design)) in enumerate(zip(uids, layout.pairs(), strict=True)):
        sid = stream.input_stream_id or ""
        state = states.get(sid)
        if state is None:
            continue
        name = design.label or sid
        if (not state.live and design.visible and sid in on_air
                and stream.kind in STREAM_VIDEO_TYPES):
            offers.append(Offer(OfferKind.DROPPED, uid, sid, name, index == background))
        elif state.live and done.taken_off.get(uid) == sid:
            offers.append(Offer(OfferKind.BACK_OFF_AIR, uid, sid, name, index == background))
        elif state.live and uid in done.placeholders:
            offers.append(Offer(OfferKind.BACK_PLACEHOLDER, uid, sid, name,
                                index == background))
    return offers
