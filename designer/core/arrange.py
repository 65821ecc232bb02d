"""Arranging boxes: align, distribute, centre in the output, resize from a handle. No Qt.

Every function takes boxes in output pixels and returns new boxes; the canvas hands the result
to ``DocumentEditor.set_rects`` as one undo step. Arranged positions are whole pixels (what
the server is sent); sizes are left as they are, except by :func:`resize`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum, StrEnum
from typing import TypeVar

from designer.core.geometry import Rect

K = TypeVar("K")


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    TOP = "top"
    BOTTOM = "bottom"
    H_CENTER = "h-center"   # centres on one vertical line
    V_CENTER = "v-center"   # centres on one horizontal line


class Axis(StrEnum):
    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


def bounds(rects: Iterable[Rect]) -> Rect:
    """The smallest box holding all of ``rects`` (ValueError if there are none)."""
    rects = list(rects)
    if not rects:
        raise ValueError("bounds of no boxes")
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
    return Rect(left, top, right - left, bottom - top)


def _at(rect: Rect, x: float, y: float) -> Rect:
    return Rect(float(round(x)), float(round(y)), rect.width, rect.height)


def align(rects: Mapping[K, Rect], kind: Align | str,
          reference: Rect | None = None) -> dict[K, Rect]:
    """Line boxes up on one edge or centre of ``reference`` (default: their bounds).

    The canvas passes the output as reference when a single box is selected.
    """
    if not rects:
        return {}
    kind = Align(kind)
    ref = reference or bounds(rects.values())
    result = {}
    for key, r in rects.items():
        x, y = r.x, r.y
        if kind is Align.LEFT:
            x = ref.x
        elif kind is Align.RIGHT:
            x = ref.right - r.width
        elif kind is Align.H_CENTER:
            x = ref.x + (ref.width - r.width) / 2
        elif kind is Align.TOP:
            y = ref.y
        elif kind is Align.BOTTOM:
            y = ref.bottom - r.height
        else:
            y = ref.y + (ref.height - r.height) / 2
        result[key] = _at(r, x, y)
    return result


def distribute(rects: Mapping[K, Rect], axis: Axis | str) -> dict[K, Rect]:
    """Equal gaps between boxes along an axis; the first and the last stay where they are.

    Fewer than three boxes are returned unchanged (there is nothing to even out).
    """
    horizontal = Axis(axis) is Axis.HORIZONTAL
    if len(rects) < 3:
        return dict(rects)

    def start(r: Rect) -> float:
        return r.x if horizontal else r.y

    def size(r: Rect) -> float:
        return r.width if horizontal else r.height

    order = sorted(rects, key=lambda key: (start(rects[key]), size(rects[key])))
    first, last = rects[order[0]], rects[order[-1]]
    span = start(last) + size(last) - start(first)
    gap = (span - sum(size(r) for r in rects.values())) / (len(rects) - 1)
    result, position = {}, start(first)
    for key in order:
        r = rects[key]
        result[key] = _at(r, position, r.y) if horizontal else _at(r, r.x, position)
        position += size(r) + gap
    return result


def center_in(rects: Mapping[K, Rect], output: tuple[float, float]) -> dict[K, Rect]:
    """The boxes moved together so that their bounds are centred in the output."""
    if not rects:
        return {}
    box = bounds(rects.values())
    dx = (output[0] - box.width) / 2 - box.x
    dy = (output[1] - box.height) / 2 - box.y
    return {key: _at(r, r.x + dx, r.y + dy) for key, r in rects.items()}


class Handle(Enum):
    """A resize handle, valued by where it sits on the box (0, ½ or 1 of width, height)."""

    TOP_LEFT = (0.0, 0.0)
    TOP = (0.5, 0.0)
    TOP_RIGHT = (1.0, 0.0)
    RIGHT = (1.0, 0.5)
    BOTTOM_RIGHT = (1.0, 1.0)
    BOTTOM = (0.5, 1.0)
    BOTTOM_LEFT = (0.0, 1.0)
    LEFT = (0.0, 0.5)

    def point(self, rect: Rect) -> tuple[float, float]:
        fx, fy = self.value
        return rect.x + fx * rect.width, rect.y + fy * rect.height


def resize(start: Rect, handle: Handle, x: float, y: float, keep_aspect: bool = True,
           min_size: float = 1.0, drive: str | None = None) -> Rect:
    """The box ``start`` with ``handle`` dragged to (x, y); the opposite side stays put.

    With ``keep_aspect`` the box keeps start's aspect ratio: an edge handle resizes the other
    dimension about the centre, a corner follows whichever axis grows the box more, unless
    ``drive`` ("x" or "y") names the axis to follow (the one that snapped to a line). The box
    never turns inside out: it stops at ``min_size``.
    """
    fx, fy = handle.value
    left, top, right, bottom = start.x, start.y, start.right, start.bottom
    if fx == 0.0:
        left = min(x, right - min_size)
    elif fx == 1.0:
        right = max(x, left + min_size)
    if fy == 0.0:
        top = min(y, bottom - min_size)
    elif fy == 1.0:
        bottom = max(y, top + min_size)
    width, height = right - left, bottom - top
    if keep_aspect and start.width > 0 and start.height > 0:
        aspect = start.width / start.height
        if fx == 0.5:
            drive = "y"
        elif fy == 0.5:
            drive = "x"
        elif drive not in ("x", "y"):
            drive = "x" if width / start.width >= height / start.height else "y"
        if drive == "x":
            height = width / aspect
        else:
            width = height * aspect
        grow = max(1.0, min_size / width, min_size / height)
        width, height = width * grow, height * grow
    left = (start.right - width if fx == 0.0 else start.x if fx == 1.0
            else start.x + (start.width - width) / 2)
    top = (start.bottom - height if fy == 0.0 else start.y if fy == 1.0
           else start.y + (start.height - height) / 2)
    return Rect(left, top, width, height)
