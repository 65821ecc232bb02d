"""Where each input will appear on the output: custom boxes, template boxes, or a best guess.

The canvas, the render command and the template preview all draw from this, so the picture
a producer sees is worked out in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from designer.core.geometry import (
    Rect,
    background_input,
    background_size,
    cropped_source_size,
    is_fraction,
    to_pixels,
)
from designer.core.model import VISIBLE_TYPES, Layout, LayoutParams, Number
from designer.core.sending import hides_anything, sent_view
from designer.core.templates import TEMPLATE_INPUTS, template_boxes


class Origin(StrEnum):
    """Where an input's box on the output comes from."""

    BACKGROUND = "background"  # layer 1: the whole output
    CUSTOM = "custom"          # from the input's own layout_params
    TEMPLATE = "template"      # the template's (approximate) box
    GUESS = "guess"            # size unknown: no source resolution declared, no size set


@dataclass(frozen=True, slots=True)
class Placement:
    rect: Rect
    origin: Origin


def placements(layout: Layout) -> list[Placement | None]:
    """One entry per input, in list order; None for inputs with no picture.

    Worked out on what is sent (core.sending): a hidden (off-air) input takes no template
    window and does not size the background, as the service never sees it. It still gets a
    box, for the canvas's ghost outline: the one it has in the whole document, as if nothing
    were off air. That is its own layout_params where it sets them, and the template window
    it would take where it does not: where it goes when brought back (exactly so when it is
    the only one hidden), rather than a box of its own values alone, which would put a
    template-placed input where the service never would. Hiding an input thus never moves
    its box. (Should showing it change the background, as a hidden layer 1 does, its box is in
    that background's pixels: a ghost, not a promise.)
    """
    whole = _placements(layout)
    if not hides_anything(layout):
        return whole
    sent = sent_view(layout)
    result = [None if design.visible else placement
              for placement, design in zip(whole, layout.design.inputs, strict=True)]
    for index, placement in zip(sent.indexes, _placements(sent.layout), strict=True):
        result[index] = placement
    return result


def output_size(layout: Layout) -> tuple[float, float]:
    """The size to draw the output at (geometry.background_size) of what is sent: a hidden
    input neither is the background nor sizes a canvas that takes its size from a stream."""
    if not hides_anything(layout):
        return background_size(layout)
    return background_size(sent_view(layout).layout)


def _placements(layout: Layout) -> list[Placement | None]:
    """placements() of every input of ``layout``, hidden or not: a layout as it is sent."""
    background = background_size(layout)
    width, height = background
    bg = background_input(layout)
    result: list[Placement | None] = [None] * len(layout.para.inputs)
    template = layout.para.mix_stream_template_id
    template_rects: dict[int, Rect] = {}
    if template in TEMPLATE_INPUTS:
        visible = sorted((s.layer or 0, i) for i, s in enumerate(layout.para.inputs)
                         if s.kind in VISIBLE_TYPES)
        windows = [cropped_source_size(layout.para.inputs[i], layout.design.inputs[i])
                   for _, i in visible[1:]]
        boxes = template_boxes(template, background, windows)
        template_rects = {i: box for (_, i), box in zip(visible, boxes, strict=False)}
    for index, (stream, design) in enumerate(layout.pairs()):
        if stream.kind not in VISIBLE_TYPES:
            continue
        if index == bg:
            result[index] = Placement(Rect(0.0, 0.0, width, height), Origin.BACKGROUND)
            continue
        lp = stream.layout_params or LayoutParams()
        natural = cropped_source_size(stream, design)
        explicit = (lp.location_x, lp.location_y, lp.image_width, lp.image_height)
        if index in template_rects and None in explicit:
            base, origin = template_rects[index], Origin.TEMPLATE
        elif natural is not None or (lp.image_width is not None and lp.image_height is not None):
            w, h = natural or (width / 3, height / 3)
            base, origin = Rect(0.0, 0.0, w, h), Origin.CUSTOM
        else:
            base, origin = Rect(0.0, 0.0, width / 3, height / 3), Origin.GUESS
        result[index] = Placement(_override(base, lp, background), origin)
    return result


def _override(base: Rect, lp: LayoutParams, background: tuple[float, float]) -> Rect:
    """The base box with every value the input sets explicitly put in its place."""
    width, height = background

    def pick(value: Number | None, total: float, default: float) -> float:
        pixels = to_pixels(value, total)
        return default if pixels is None else pixels

    return Rect(
        pick(lp.location_x, width, base.x),
        pick(lp.location_y, height, base.y),
        pick(lp.image_width, width, base.width),
        pick(lp.image_height, height, base.height),
    )


def uses_fractions(lp: LayoutParams | None) -> bool:
    """Whether an input's box is written as fractions of the background (the % unit)."""
    if lp is None:
        return False
    values = (lp.location_x, lp.location_y, lp.image_width, lp.image_height)
    return any(v is not None and is_fraction(v) for v in values)


def written_in(lp: LayoutParams | None, fraction: bool) -> bool:
    """Whether every position and size the input sets is in this unit: fractions of the
    background, or pixels (0 is both). An imported box may mix the two."""
    if lp is None:
        return True
    values = (lp.location_x, lp.location_y, lp.image_width, lp.image_height)
    return all(v is None or v == 0 or is_fraction(v) == fraction for v in values)


GEOMETRY_FIELDS = ("location_x", "location_y", "image_width", "image_height")


def field_units(lp: LayoutParams | None) -> dict[str, bool]:
    """Each position and size field's unit (True: a fraction of the background): its own
    value's, or for an unset field (or 0, which is both) the input's (fractions if any value
    is one). A box that mixes the units keeps each field in its own."""
    layer = uses_fractions(lp)
    units = {}
    for name in GEOMETRY_FIELDS:
        value = getattr(lp, name) if lp is not None else None
        units[name] = layer if value is None or value == 0 else is_fraction(value)
    return units


def layout_values(rect: Rect, background: tuple[float, float],
                  fraction: bool | Mapping[str, bool]) -> dict[str, Number]:
    """The layout_params that put an input at ``rect`` (output pixels): whole pixels, or
    fractions of the background (one unit for all four, or each field's own)."""
    width, height = background
    units = fraction if isinstance(fraction, Mapping) else dict.fromkeys(GEOMETRY_FIELDS,
                                                                         fraction)
    return {
        "location_x": from_pixels(rect.x, width, units["location_x"]),
        "location_y": from_pixels(rect.y, height, units["location_y"]),
        "image_width": from_pixels(rect.width, width, units["image_width"], size=True),
        "image_height": from_pixels(rect.height, height, units["image_height"], size=True),
    }


def from_pixels(pixels: float, total: float, fraction: bool, size: bool = False) -> Number:
    """A pixel value written in an input's unit: whole pixels, or a fraction of ``total``.

    Fractions keep 4 decimals and stay inside the spec's [0.01, 0.99]; a location of 0 stays
    0 (pixel 0 is the same place, and 0 is not a valid fraction). A size is at least 1 px.
    """
    if not fraction or total <= 0:
        return max(1 if size else 0, round(pixels))
    if pixels <= 0 and not size:
        return 0
    return min(0.99, max(0.01, round(pixels / total, 4)))
