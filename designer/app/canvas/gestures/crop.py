"""Crop mode: the whole source frame at its resolution (declared, or probed by live inputs),
a crop box over it, and the
gestures on them: move the crop box, resize it, or pan the source under it.

The view swaps its scene for a ``CropSession``'s while cropping. Scene coordinates there are
source pixels. Nothing reaches the model until the producer applies the crop: then it is one
``editor.set_crop`` (one undo step).

Each gesture snaps the crop box to the source frame's edges and centre lines the way the main
canvas snaps a layer to the output (same threshold on screen, Ctrl held or snapping off: no
snap), and shows the lines it snapped to. They work in source pixels: the snap lines are fixed
there, wherever the source has been panned to.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from designer.app.canvas.drawing import style
from designer.app.canvas.gestures.base import GestureHost, Interaction, Modifiers, shift_held
from designer.app.canvas.items.crop import CropItem, SourceItem
from designer.app.canvas.items.decorations import GuidesItem
from designer.app.canvas.items.handles import HandleItem
from designer.core.arrange import Handle
from designer.core.cropping import (
    clamp_crop,
    crop_rect,
    fill_crop,
    match_aspect,
    resize_crop,
    to_crop_params,
)
from designer.core.frames import RgbFrame
from designer.core.geometry import Rect
from designer.core.model import CropParams
from designer.core.snapping import (
    Guide,
    guides,
    resize_guides,
    round_edges,
    snap_move,
    snap_value,
    targets,
)


class CropSession:
    """The crop scene of one input, and the gestures on it."""

    def __init__(self, parent: QObject, uid: str, source: tuple[int, int], box: Rect,
                 crop: CropParams | None, frame: RgbFrame | None = None, probed: bool = False):
        """``frame``: the stream's latest picture, from live probing (``probed``: ``source``
        is the probed size)."""
        self.uid, self.source_size, self.box = uid, source, box
        self.scene = QGraphicsScene(parent)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        sw, sh = source
        margin = max(sw, sh)
        area = QRectF(-margin, -margin, sw + 2 * margin, sh + 2 * margin)
        self.scene.setSceneRect(area)
        self.scene.setBackgroundBrush(style.OUTSIDE)
        self.source_item = SourceItem(source, frame, probed)
        self.crop_item = CropItem(clamp_crop(crop_rect(crop, source), source), box, area,
                                  self.source_item)
        # The source's edges and centre lines, in source pixels (they move with it).
        self.snap = targets(source)
        self.guides_item = GuidesItem()
        self.guides_item.set_output(sw, sh)
        self.guides_item.setZValue(20)  # over the dimmed outside and the crop box
        for item in (self.source_item, self.crop_item, self.guides_item):
            self.scene.addItem(item)

    def show_guides(self, guides: tuple[Guide, ...]) -> None:
        """Draw these lines (source pixels) over the source, wherever it has been panned."""
        self.guides_item.setPos(self.source_item.pos())
        self.guides_item.set_guides(guides)

    def guides(self) -> tuple[Guide, ...]:
        return self.guides_item.guides()

    def source_rect(self) -> Rect:
        """Where the source frame is now (it moves when panned), in crop-scene pixels."""
        pos = self.source_item.pos()
        return Rect(pos.x(), pos.y(), *map(float, self.source_size))

    def crop(self) -> Rect:
        """The crop in source pixels."""
        r, s = self.crop_item.rect(), self.source_rect()
        return Rect(r.x - s.x, r.y - s.y, r.width, r.height)

    def result(self) -> CropParams | None:
        return to_crop_params(self.crop(), self.source_size)

    def set_crop(self, rect: Rect) -> None:
        """Put the crop (source pixels) on the source where it is now."""
        s = self.source_rect()
        inside = clamp_crop(rect, self.source_size)
        self.crop_item.set_rect(Rect(inside.x + s.x, inside.y + s.y, inside.width,
                                     inside.height))

    def fill(self) -> None:
        crop = fill_crop(*self.source_size, self.box.width, self.box.height)
        self.set_crop(crop_rect(crop, self.source_size))

    def nudge(self, dx: float, dy: float) -> None:
        c = self.crop()
        self.set_crop(Rect(c.x + dx, c.y + dy, c.width, c.height))

    def press(self, host: GestureHost, hit: QGraphicsItem | None, scene: QPointF) -> Interaction:
        """The gesture a press starts: on a handle, a resize; in the box, a move; else a pan."""
        if isinstance(hit, HandleItem):
            return ResizeCrop(host, self, hit.handle, scene)
        if self.crop_item.shape().contains(scene):
            return MoveCrop(host, self, scene)
        return PanSource(host, self, scene)


def _moved_guides(session: CropSession, rect: Rect, snapped: tuple[Guide, ...]
                  ) -> tuple[Guide, ...]:
    # The lines the box lies on once kept inside the source (that may undo a snap).
    return guides(rect, session.snap) if snapped else ()


class MoveCrop(Interaction):
    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, host: GestureHost, session: CropSession, scene: QPointF):
        self._host, self._session, self._press = host, session, QPointF(scene)
        self._start = session.crop()
        self._threshold = host.snap_threshold_output()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        s = self._start
        rect = Rect(s.x + scene.x() - self._press.x(), s.y + scene.y() - self._press.y(),
                    s.width, s.height)
        found: tuple[Guide, ...] = ()
        if self._host.snapping.active(modifiers):
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
    """Drag a handle of the crop box: free, as a crop is usually made to cut bars away;
    Shift keeps its aspect, as on the canvas. A free crop snaps to the box's aspect ("match
    the box": scaled into the box it leaves no black bars) as an edge snaps to a line."""

    def __init__(self, host: GestureHost, session: CropSession, handle: Handle, scene: QPointF):
        self._host, self._session, self._handle = host, session, handle
        self._start = session.crop_item.rect()
        hx, hy = handle.point(self._start)
        self._offset = (hx - scene.x(), hy - scene.y())
        self._threshold = host.snap_threshold_output()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        session, handle = self._session, self._handle
        s = session.source_rect()
        # In source pixels from here on: the snap lines are there.
        x = scene.x() + self._offset[0] - s.x
        y = scene.y() + self._offset[1] - s.y
        fx, fy = handle.value
        keep = shift_held(modifiers)
        snapping = self._host.snapping.active(modifiers)
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
        if snapping and not keep:
            box = session.box
            rect = match_aspect(rect, handle, box.width / box.height, self._threshold, whole)
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

    def __init__(self, host: GestureHost, session: CropSession, scene: QPointF):
        self._host, self._session, self._press = host, session, QPointF(scene)
        self._start = session.source_item.pos()
        self._threshold = host.snap_threshold_output()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        session = self._session
        crop, (sw, sh) = session.crop_item.rect(), session.source_size
        x = self._start.x() + scene.x() - self._press.x()
        y = self._start.y() + scene.y() - self._press.y()
        found: tuple[Guide, ...] = ()
        if self._host.snapping.active(modifiers):
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
