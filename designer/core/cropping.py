"""Cropping a source into its box, and the black bars the server adds (spec FAQ 8). No Qt.

The server crops first (crop_params, in source pixels), then scales the crop to the box
(image_width × image_height) keeping its aspect ratio, filling what is left with black. So:

* *Fill* = the largest centred crop with the box's aspect: scaled, it covers the box exactly,
  no bars (the spec's second remedy for black bars).
* *Fit* = no crop: the whole source, with bars where the aspects differ.
"""

from __future__ import annotations

from designer.core.arrange import Handle, resize
from designer.core.geometry import Rect
from designer.core.model import CropParams


def fill_crop(source_w: float, source_h: float, box_w: float, box_h: float) -> CropParams:
    """The largest crop of the source, centred, with the box's aspect ratio."""
    if min(source_w, source_h, box_w, box_h) <= 0:
        raise ValueError("sizes must be positive")
    box_aspect = box_w / box_h
    if source_w / source_h > box_aspect:
        # The source is wider than the box: keep its height, cut the sides.
        height = int(source_h)
        width = min(int(source_w), max(1, round(source_h * box_aspect)))
    else:
        width = int(source_w)
        height = min(int(source_h), max(1, round(source_w / box_aspect)))
    return CropParams(crop_width=width, crop_height=height,
                      crop_x=(int(source_w) - width) // 2, crop_y=(int(source_h) - height) // 2)


def letterbox(box: Rect, content: tuple[float, float]) -> Rect:
    """Where the picture lands inside its box: scaled to fit, centred; the rest is black."""
    cw, ch = content
    if box.width <= 0 or box.height <= 0 or cw <= 0 or ch <= 0:
        return box
    scale = min(box.width / cw, box.height / ch)
    width, height = cw * scale, ch * scale
    return Rect(box.x + (box.width - width) / 2, box.y + (box.height - height) / 2,
                width, height)


def crop_rect(crop: CropParams | None, source: tuple[float, float]) -> Rect:
    """The crop as a box in source pixels (the whole source without a crop).

    Unset offsets are 0 as on the server; an unset size reaches the source's edge.
    """
    sw, sh = source
    if crop is None:
        return Rect(0.0, 0.0, float(sw), float(sh))
    x, y = float(crop.crop_x or 0), float(crop.crop_y or 0)
    width = float(crop.crop_width) if crop.crop_width else sw - x
    height = float(crop.crop_height) if crop.crop_height else sh - y
    return Rect(x, y, width, height)


def clamp_crop(rect: Rect, source: tuple[float, float], min_size: float = 1.0) -> Rect:
    """A crop kept inside the source (crop_x + crop_width ≤ source width, -29 otherwise):
    shrunk if it is larger, else moved back in."""
    sw, sh = source
    width = min(max(rect.width, min_size), sw)
    height = min(max(rect.height, min_size), sh)
    x = min(max(rect.x, 0.0), sw - width)
    y = min(max(rect.y, 0.0), sh - height)
    return Rect(x, y, width, height)


def to_crop_params(rect: Rect, source: tuple[float, float]) -> CropParams | None:
    """crop_params for a crop box (whole pixels, inside the source); None for the whole source,
    which needs no crop."""
    left, top = round(rect.x), round(rect.y)
    right, bottom = round(rect.right), round(rect.bottom)
    whole = clamp_crop(Rect(left, top, max(1, right - left), max(1, bottom - top)), source)
    if (whole.x, whole.y, whole.width, whole.height) == (0, 0, *source):
        return None
    return CropParams(crop_width=int(whole.width), crop_height=int(whole.height),
                      crop_x=int(whole.x), crop_y=int(whole.y))


def match_aspect(rect: Rect, handle: Handle, aspect: float, reach: float, source: Rect) -> Rect:
    """The crop ``rect`` (being resized from ``handle``) made exactly ``aspect`` (a box's:
    scaled into it, the crop leaves no black bars) if it is within ``reach`` pixels of it;
    else ``rect`` as it is. Only the sides the handle moves change, in whole pixels, and the
    crop stays inside ``source``."""
    if aspect <= 0 or rect.width <= 0 or rect.height <= 0:
        return rect
    fx, fy = handle.value
    candidates = []
    if fx != 0.5:  # the handle moves a vertical side: the width may follow the height
        width = float(round(rect.height * aspect))
        left = rect.right - width if fx == 0.0 else rect.x
        candidates.append((abs(width - rect.width), Rect(left, rect.y, width, rect.height)))
    if fy != 0.5:
        height = float(round(rect.width / aspect))
        top = rect.bottom - height if fy == 0.0 else rect.y
        candidates.append((abs(height - rect.height), Rect(rect.x, top, rect.width, height)))
    for distance, matched in sorted(candidates, key=lambda c: c[0]):
        inside = (source.x <= matched.x and matched.right <= source.right
                  and source.y <= matched.y and matched.bottom <= source.bottom)
        if distance <= reach and inside and matched.width >= 1 and matched.height >= 1:
            return matched
    return rect


def edge_crop(box: Rect, crop: Rect, source: tuple[float, float], handle: Handle, dx: float,
              dy: float, min_size: float = 8.0) -> tuple[Rect, Rect]:
    """OBS's Alt-drag on a layer's handle: the side(s) the handle is on are cut off the
    source (or given back, up to its edge) by the mouse's travel (dx, dy output pixels).

    The picture keeps its scale and its place on the output; the box follows the picture's
    new edge on the axes cut and keeps its own on the other (so no black bar appears or goes
    on that axis). Returns the new box (output pixels) and crop (whole source pixels).
    """
    picture = letterbox(box, (crop.width, crop.height))
    scale = picture.width / crop.width if crop.width > 0 else 1.0
    sw, sh = source
    fx, fy = handle.value
    left, top, right, bottom = crop.x, crop.y, crop.right, crop.bottom
    if fx == 0.0:
        left = float(min(max(round(left + dx / scale), 0), right - min_size))
    elif fx == 1.0:
        right = float(max(min(round(right + dx / scale), sw), left + min_size))
    if fy == 0.0:
        top = float(min(max(round(top + dy / scale), 0), bottom - min_size))
    elif fy == 1.0:
        bottom = float(max(min(round(bottom + dy / scale), sh), top + min_size))
    cut = Rect(left, top, right - left, bottom - top)
    shown = Rect(picture.x + (left - crop.x) * scale, picture.y + (top - crop.y) * scale,
                 cut.width * scale, cut.height * scale)
    x, width = (shown.x, shown.width) if fx != 0.5 else (box.x, box.width)
    y, height = (shown.y, shown.height) if fy != 0.5 else (box.y, box.height)
    return Rect(x, y, width, height), cut


def resize_crop(start: Rect, handle: Handle, x: float, y: float, source: Rect,
                keep_aspect: bool = True, min_size: float = 8.0) -> Rect:
    """A crop box resized from a handle, never reaching outside ``source`` (where the source
    frame is: it can be panned). With ``keep_aspect`` it shrinks as a whole to stay inside."""
    x = min(max(x, source.x), source.right)
    y = min(max(y, source.y), source.bottom)
    rect = resize(start, handle, x, y, keep_aspect, min_size)
    fx, fy = handle.value
    # Room from the fixed side (or the centre, for an edge handle) to the source's edges.
    room_w = (rect.right - source.x if fx == 0.0 else source.right - rect.x if fx == 1.0
              else 2 * min(rect.x + rect.width / 2 - source.x,
                           source.right - rect.x - rect.width / 2))
    room_h = (rect.bottom - source.y if fy == 0.0 else source.bottom - rect.y if fy == 1.0
              else 2 * min(rect.y + rect.height / 2 - source.y,
                           source.bottom - rect.y - rect.height / 2))
    if keep_aspect:
        scale = min(1.0, room_w / rect.width, room_h / rect.height)
        width, height = rect.width * scale, rect.height * scale
    else:
        width, height = min(rect.width, room_w), min(rect.height, room_h)
    left = (rect.right - width if fx == 0.0 else rect.x if fx == 1.0
            else rect.x + (rect.width - width) / 2)
    top = (rect.bottom - height if fy == 0.0 else rect.y if fy == 1.0
           else rect.y + (rect.height - height) / 2)
    return Rect(left, top, width, height)
