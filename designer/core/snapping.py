"""Snapping a box to lines while it is dragged or resized: pure math, no Qt.

The canvas works out the candidate lines once, when a drag starts (:func:`targets`: the
output's edges and centre, the other layers' edges and centres, an optional grid), then asks
for every mouse move where the box should land. All values are output pixels; the threshold
too (the canvas turns its on-screen threshold into output pixels with the zoom).

Lines are kept sorted so each lookup is a bisection: a drag asks this on every mouse move.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from designer.core.geometry import Rect

#: A snapped box lies on its line up to rounding to whole pixels.
GUIDE_TOLERANCE = 0.5


class Guide(NamedTuple):
    """A line a box is snapped to: ``x = position`` if vertical, else ``y = position``.

    Named tuples, not dataclasses: made on every mouse move of a snapping drag.
    """

    vertical: bool
    position: float


@dataclass(frozen=True, slots=True)
class SnapTargets:
    """The lines a box may snap to, sorted; ``grid`` is a spacing in output pixels."""

    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()
    grid: float | None = None


class Snapped(NamedTuple):
    rect: Rect
    guides: tuple[Guide, ...]


def targets(output: tuple[float, float], others: Iterable[Rect] = (),
            grid: float | None = None) -> SnapTargets:
    """The output's edges and centre lines, and the edges and centres of ``others``."""
    width, height = output
    xs = {0.0, width / 2, float(width)}
    ys = {0.0, height / 2, float(height)}
    for rect in others:
        xs.update((rect.x, rect.x + rect.width / 2, rect.right))
        ys.update((rect.y, rect.y + rect.height / 2, rect.bottom))
    return SnapTargets(tuple(sorted(xs)), tuple(sorted(ys)), grid if grid and grid > 0 else None)


def _nearest(lines: Sequence[float], value: float) -> float | None:
    index = bisect_left(lines, value)
    if index == 0:
        return lines[0] if lines else None
    if index == len(lines):
        return lines[-1]
    before, after = lines[index - 1], lines[index]
    return before if value - before <= after - value else after


def _shift(features: tuple[float, ...], lines: Sequence[float], grid: float | None,
           threshold: float) -> tuple[float, bool]:
    """The smallest shift that puts one of ``features`` on a line (0 if none is close), and
    whether it is a snap to a line (not to the grid: grid lines get no guide)."""
    best, on_line = threshold + 1.0, False
    for feature in features:
        line = _nearest(lines, feature)
        if line is not None and abs(line - feature) < abs(best):
            best, on_line = line - feature, True
        if grid:
            shift = round(feature / grid) * grid - feature
            if abs(shift) < abs(best):
                best, on_line = shift, False
    if abs(best) > threshold:
        return 0.0, False
    return best, on_line


def snap_value(value: float, lines: Sequence[float], grid: float | None,
               threshold: float) -> float:
    """One coordinate (an edge being resized) put on the nearest line within ``threshold``."""
    return value + _shift((value,), lines, grid, threshold)[0]


def snap_move(rect: Rect, snap: SnapTargets, threshold: float) -> Snapped:
    """A moving box shifted so that its nearest edge or centre lies on a line, per axis.

    The guides are the lines its edges and centres lie on after a snap to a line.
    """
    xs = (rect.x, rect.x + rect.width / 2, rect.x + rect.width)
    ys = (rect.y, rect.y + rect.height / 2, rect.y + rect.height)
    dx, x_line = _shift(xs, snap.xs, snap.grid, threshold)
    dy, y_line = _shift(ys, snap.ys, snap.grid, threshold)
    if not (dx or dy or x_line or y_line):
        return Snapped(rect, ())  # the common case while dragging: nothing in reach
    found: list[Guide] = []
    if x_line:
        found += _on_lines(True, snap.xs, tuple(x + dx for x in xs))
    if y_line:
        found += _on_lines(False, snap.ys, tuple(y + dy for y in ys))
    return Snapped(Rect(rect.x + dx, rect.y + dy, rect.width, rect.height), tuple(found))


def _on_lines(vertical: bool, lines: Sequence[float], features: tuple[float, ...],
              tolerance: float = GUIDE_TOLERANCE) -> list[Guide]:
    found: list[float] = []
    for feature in features:
        line = _nearest(lines, feature)
        if line is not None and abs(line - feature) <= tolerance and line not in found:
            found.append(line)
    return [Guide(vertical, line) for line in found]


def guides(rect: Rect, snap: SnapTargets, tolerance: float = GUIDE_TOLERANCE) -> tuple[Guide, ...]:
    """The lines (not grid lines: the grid is drawn anyway) that the box's edges or centres
    lie on, to draw while it snaps."""
    return (*_on_lines(True, snap.xs, (rect.x, rect.x + rect.width / 2, rect.right), tolerance),
            *_on_lines(False, snap.ys, (rect.y, rect.y + rect.height / 2, rect.bottom),
                       tolerance))


def resize_guides(rect: Rect, fx: float, fy: float, snap: SnapTargets) -> tuple[Guide, ...]:
    """The guides to draw while resizing from the handle at (fx, fy) (0, 0.5 or 1 of the
    box): only those on the edges being dragged, not on the edges that stay put."""
    moving = {(True, rect.x if fx == 0 else rect.right)} if fx != 0.5 else set()
    if fy != 0.5:
        moving.add((False, rect.y if fy == 0 else rect.bottom))
    return tuple(g for g in guides(rect, snap)
                 if any(g.vertical == v and abs(g.position - p) <= 0.5 for v, p in moving))


def round_edges(rect: Rect) -> Rect:
    """A resized box with every edge on a whole pixel (so the fixed edge stays put)."""
    left, top = round(rect.x), round(rect.y)
    right, bottom = round(rect.right), round(rect.bottom)
    return Rect(float(left), float(top), float(max(1, right - left)),
                float(max(1, bottom - top)))
