"""The gestures of crop mode: move the crop box, resize it, or pan the source under it.

Each snaps the crop box to the source frame's edges and centre lines the way the main canvas
snaps a layer to the output (same threshold on screen, Ctrl held or snapping off: no snap),
and shows the lines it snapped to. They work in source pixels: the snap lines are fixed
there, wherever the source has been panned to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from designer.app.canvas.interactions import Interaction, Modifiers, snaps
from designer.core.arrange import Handle
from designer.core.cropping import resize_crop
from designer.core.geometry import Rect
from designer.core.snapping import (
    Guide,
    guides,
    resize_guides,
    round_edges,
    snap_move,
    snap_value,
)

if TYPE_CHECKING:
    from designer.app.canvas.crop import CropSession
    from designer.app.canvas.view import CanvasView


def _moved_guides(session: CropSession, rect: Rect, snapped: tuple[Guide, ...]
                  ) -> tuple[Guide, ...]:
    # The lines the box lies on once kept inside the source (that may undo a snap).
    return guides(rect, session.snap) if snapped else ()


class MoveCrop(Interaction):
    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: CanvasView, session: CropSession, scene: QPointF):
        self._view, self._session, self._press = view, session, QPointF(scene)
        self._start = session.crop()
        self._threshold = view.snap_threshold_output()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        s = self._start
        rect = Rect(s.x + scene.x() - self._press.x(), s.y + scene.y() - self._press.y(),
                    s.width, s.height)
        found: tuple[Guide, ...] = ()
        if snaps(self._view, modifiers):
            rect, found = snap_move(rect, self._session.snap, self._threshold)
        session = self._session
        session.set_crop(Rect(round(rect.x), round(rect.y), s.width, s.height))
        session.show_guides(_moved_guides(session, session.crop(), found))

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        self._session.show_guides(())

    def cancel(self) -> None:
        self._session.set_crop(self._start)
        self._session.show_guides(())


class ResizeCrop(Interaction):
    def __init__(self, view: CanvasView, session: CropSession, handle: Handle, scene: QPointF):
        self._view, self._session, self._handle = view, session, handle
        self._start = session.crop_item.rect()
        hx, hy = handle.point(self._start)
        self._offset = (hx - scene.x(), hy - scene.y())
        self._threshold = view.snap_threshold_output()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        session, handle = self._session, self._handle
        s = session.source_rect()
        # In source pixels from here on: the snap lines are there.
        x = scene.x() + self._offset[0] - s.x
        y = scene.y() + self._offset[1] - s.y
        fx, fy = handle.value
        keep = not modifiers.value & Modifiers.ShiftModifier.value
        snapping = snaps(self._view, modifiers)
        if snapping:
            t, th = session.snap, self._threshold
            sx = snap_value(x, t.xs, None, th) if fx != 0.5 else x
            sy = snap_value(y, t.ys, None, th) if fy != 0.5 else y
            if keep and fx != 0.5 and fy != 0.5 and (sx != x) != (sy != y):
                # One axis snapped: the other follows it through the aspect, or the resize
                # would follow whichever axis grows more and pull the snapped edge off.
                sx, sy = self._follow(sx, sy, x_leads=sx != x)
            x, y = sx, sy
        start = Rect(self._start.x - s.x, self._start.y - s.y, self._start.width,
                     self._start.height)
        whole = Rect(0.0, 0.0, s.width, s.height)
        rect = round_edges(resize_crop(start, handle, x, y, whole, keep))
        session.set_crop(rect)
        shown: tuple[Guide, ...] = ()
        if snapping:
            shown = resize_guides(session.crop(), fx, fy, session.snap)
        session.show_guides(shown)

    def _follow(self, x: float, y: float, x_leads: bool) -> tuple[float, float]:
        s, start = self._session.source_rect(), self._start
        fx, fy = self._handle.value
        # The fixed corner, in source pixels.
        ax = (start.right if fx == 0.0 else start.x) - s.x
        ay = (start.bottom if fy == 0.0 else start.y) - s.y
        aspect = start.width / start.height if start.height else 1.0
        if x_leads:
            return x, ay + (-1 if fy == 0.0 else 1) * abs(x - ax) / aspect
        return ax + (-1 if fx == 0.0 else 1) * abs(y - ay) * aspect, y

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        self._session.show_guides(())

    def cancel(self) -> None:
        self._session.crop_item.set_rect(self._start)
        self._session.show_guides(())


class PanSource(Interaction):
    """Drag the source under the crop box (the box stays where it is on screen)."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: CanvasView, session: CropSession, scene: QPointF):
        self._view, self._session, self._press = view, session, QPointF(scene)
        self._start = session.source_item.pos()
        self._threshold = view.snap_threshold_output()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        session = self._session
        crop, (sw, sh) = session.crop_item.rect(), session.source_size
        x = self._start.x() + scene.x() - self._press.x()
        y = self._start.y() + scene.y() - self._press.y()
        found: tuple[Guide, ...] = ()
        if snaps(self._view, modifiers):
            # The crop moves on the source the other way: snap where it lands there.
            on_source = Rect(crop.x - x, crop.y - y, crop.width, crop.height)
            snapped, found = snap_move(on_source, session.snap, self._threshold)
            x, y = crop.x - snapped.x, crop.y - snapped.y
        # The source must still cover the whole crop box.
        x = min(max(round(x), crop.right - sw), crop.x)
        y = min(max(round(y), crop.bottom - sh), crop.y)
        session.source_item.setPos(x, y)
        session.crop_item.update()  # its label says where the crop is on the source
        session.show_guides(_moved_guides(session, session.crop(), found))

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        self._session.show_guides(())

    def cancel(self) -> None:
        self._session.source_item.setPos(self._start)
        self._session.crop_item.update()
        self._session.show_guides(())
