"""The gestures of the canvas itself: move layers, resize them, select with a rubber band,
pan the view. See gestures.base for what a gesture is.

``move`` is the hot path of a drag: it does arithmetic and moves items, nothing else (no
validation, no model, no item rebuild, no allocation of snap lines).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from designer.app.canvas.gestures.base import (
    DRAG_START,
    GestureHost,
    Interaction,
    Modifiers,
    shift_held,
    travelled,
)
from designer.app.canvas.items.decorations import BandItem
from designer.app.canvas.items.layer import LayerItem
from designer.core.arrange import Handle, bounds, resize
from designer.core.geometry import Rect
from designer.core.snapping import resize_guides, round_edges, snap_move, snap_value

#: The smallest box a resize leaves, in output pixels.
MIN_SIZE = 2.0


class MoveGesture(Interaction):
    """Drag the selected layers (locked ones and the background stay)."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, host: GestureHost, scene: QPointF, viewport: QPointF, uids: list[str],
                 on_click: Callable[[], None] | None = None):
        self._host = host
        self._scene = host.canvas_scene
        self._press, self._press_vp = QPointF(scene), QPointF(viewport)
        items = [self._scene.layer_item(uid) for uid in uids]
        self._items: list[LayerItem] = [i for i in items if i is not None and i.movable]
        self._starts = {item.uid: item.rect() for item in self._items}
        self._bounds = bounds(self._starts.values()) if self._items else None
        # Worked out once, here: a mouse move only bisects these.
        self._targets = host.snap_targets(set(self._starts))
        self._threshold = host.snap_threshold_output()
        self._on_click = on_click
        self._active = False
        self._grouped = self._scene.selection_box().isVisible()

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        if not self._active:
            if travelled(viewport, self._press_vp) < DRAG_START:
                return
            self._active = True
        if self._bounds is None:
            return
        dx, dy = scene.x() - self._press.x(), scene.y() - self._press.y()
        shown = ()
        if self._host.snapping.active(modifiers):
            start = self._bounds
            moved = Rect(start.x + dx, start.y + dy, start.width, start.height)
            snapped = snap_move(moved, self._targets, self._threshold)
            dx, dy = snapped.rect.x - start.x, snapped.rect.y - start.y
            shown = snapped.guides
        for item in self._items:
            r = self._starts[item.uid]
            item.move_to(float(round(r.x + dx)), float(round(r.y + dy)))
        if self._grouped:
            self._scene.follow_selection()
        self._scene.set_guides(shown)

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        self._scene.set_guides(())
        if not self._active:
            if self._on_click is not None:
                self._on_click()
            return
        rects = {item.uid: item.rect() for item in self._items
                 if item.rect() != self._starts[item.uid]}
        text = QCoreApplication.translate("Canvas", "Move %1")
        if not rects or not self._host.editor.set_rects(rects, text):
            self.cancel()

    def cancel(self) -> None:
        for item in self._items:
            item.set_rect(self._starts[item.uid])
        self._scene.set_guides(())
        self._scene.follow_selection()


class ResizeGesture(Interaction):
    """Drag a handle of one layer, or of a multiple selection's box: aspect kept unless Shift
    is held.

    A group is scaled about its bounding box, as a picture of all of them would be: each
    layer keeps its place relative to the box, the box snaps like a single layer would.
    """

    def __init__(self, host: GestureHost, items: list[LayerItem], handle: Handle,
                 scene: QPointF):
        self._host, self._items, self._handle = host, items, handle
        self._starts = {item.uid: item.rect() for item in items}
        self._start = bounds(self._starts.values())
        hx, hy = handle.point(self._start)
        # The handle follows the mouse without jumping to it.
        self._offset = (hx - scene.x(), hy - scene.y())
        self._targets = host.snap_targets(set(self._starts))
        self._threshold = host.snap_threshold_output()
        # The box stops where its smallest layer would be MIN_SIZE: no layer turns inside out.
        b = self._start
        self._min = max([MIN_SIZE] + [MIN_SIZE * b.width / r.width for r in self._starts.values()
                                      if r.width > 0]
                        + [MIN_SIZE * b.height / r.height for r in self._starts.values()
                           if r.height > 0])

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        x, y = scene.x() + self._offset[0], scene.y() + self._offset[1]
        fx, fy = self._handle.value
        snapping = self._host.snapping.active(modifiers)
        drive = None
        if snapping:
            t, th = self._targets, self._threshold
            sx = snap_value(x, t.xs, t.grid, th) if fx != 0.5 else x
            sy = snap_value(y, t.ys, t.grid, th) if fy != 0.5 else y
            # With the aspect kept one axis follows the other: let the one that snapped lead.
            drive = "x" if sx != x and sy == y else "y" if sy != y and sx == x else None
            x, y = sx, sy
        keep = not shift_held(modifiers)
        rect = round_edges(resize(self._start, self._handle, x, y, keep, self._min, drive))
        if len(self._items) == 1:
            self._items[0].set_rect(rect)
        else:
            self._scale_to(rect)
        shown = ()
        if snapping:
            shown = resize_guides(rect, fx, fy, self._targets)
        self._host.canvas_scene.set_guides(shown)

    def _scale_to(self, box: Rect) -> None:
        start = self._start
        sx = box.width / start.width if start.width else 1.0
        sy = box.height / start.height if start.height else 1.0
        for item in self._items:
            r = self._starts[item.uid]
            item.set_rect(round_edges(Rect(box.x + (r.x - start.x) * sx,
                                           box.y + (r.y - start.y) * sy,
                                           r.width * sx, r.height * sy)))
        self._host.canvas_scene.selection_box().set_rect(box)

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        self._host.canvas_scene.set_guides(())
        rects = {item.uid: item.rect() for item in self._items
                 if item.rect() != self._starts[item.uid]}
        text = QCoreApplication.translate("Canvas", "Resize %1")
        if not rects or not self._host.editor.set_rects(rects, text):
            self.cancel()

    def cancel(self) -> None:
        for item in self._items:
            item.set_rect(self._starts[item.uid])
        scene = self._host.canvas_scene
        scene.set_guides(())
        scene.follow_selection()


class RubberBandGesture(Interaction):
    """Drag on empty space: select the layers the band touches (added with Ctrl/Shift)."""

    def __init__(self, host: GestureHost, scene: QPointF, viewport: QPointF, additive: bool,
                 on_click: Callable[[], None] | None = None):
        self._host = host
        self._press, self._press_vp = QPointF(scene), QPointF(viewport)
        self._base = set(host.editor.selection) if additive else set()
        self._rects = {uid: item.rect() for uid, item in host.canvas_scene.layer_items().items()
                       if not item.is_background}
        self._band: BandItem | None = None
        self._hits: set[str] = set()
        self._on_click = on_click

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        if self._band is None:
            if travelled(viewport, self._press_vp) < DRAG_START:
                return
            self._band = BandItem()
            self._host.canvas_scene.addItem(self._band)
        band = QRectF(self._press, scene).normalized()
        self._band.setRect(band)
        self._hits = {uid for uid, r in self._rects.items()
                      if r.x <= band.right() and band.left() <= r.right
                      and r.y <= band.bottom() and band.top() <= r.bottom}
        self._host.canvas_scene.preview_selection(self._base | self._hits)

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        if self._band is None:
            if self._on_click is not None:
                self._on_click()
            return
        self.cancel()
        chosen = self._base | self._hits
        editor = self._host.editor
        editor.select([uid for uid in editor.z_order() if uid in chosen])

    def cancel(self) -> None:
        if self._band is not None:
            self._host.canvas_scene.removeItem(self._band)
            self._band = None
        self._host.canvas_scene.preview_selection(set())


class PanGesture(Interaction):
    """Space-drag or middle-drag: scroll the view (the scene does not change)."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, host: GestureHost, viewport: QPointF):
        self._host = host
        self._last = QPointF(viewport)

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        dx, dy = viewport.x() - self._last.x(), viewport.y() - self._last.y()
        self._last = QPointF(viewport)
        self._host.scroll_by(-dx, -dy)
