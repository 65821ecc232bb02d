"""OBS's crop on the canvas: Alt-drag a layer's handle to cut that side of its source (or give
it back, up to the source's edge), the picture keeping its scale and place, the box following
its new edge. One undo step for the crop and the box together.

Without Alt the same handle resizes (gestures.layout). A stream whose source resolution is
known (declared, or probed by live inputs) can be cut this way; the view checks that before
starting the gesture.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, Qt

from designer.app.canvas.gestures.base import GestureHost, Interaction, Modifiers
from designer.app.canvas.items.layer import LayerItem
from designer.core.arrange import Handle
from designer.core.cropping import crop_rect, edge_crop, letterbox, to_crop_params
from designer.core.geometry import Rect
from designer.core.snapping import round_edges, snap_value


class EdgeCropGesture(Interaction):
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, host: GestureHost, item: LayerItem, handle: Handle, scene: QPointF):
        self._host, self._item, self._handle = host, item, handle
        self._press = QPointF(scene)
        self._state = item.state
        source = item.state.source_size
        assert source is not None  # the view starts this gesture only for a known source
        self._source = (float(source[0]), float(source[1]))
        self._crop = item.state.crop or crop_rect(None, self._source)
        self._box = item.rect()
        self._picture = letterbox(self._box, (self._crop.width, self._crop.height))
        self._targets = host.snap_targets({item.uid})
        self._threshold = host.snap_threshold_output()
        self._result: tuple[Rect, Rect] | None = None

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        dx, dy = scene.x() - self._press.x(), scene.y() - self._press.y()
        fx, fy = self._handle.value
        if self._host.snapping.active(modifiers):
            # The picture's moving edge snaps to the lines a resized box's edge would.
            t, p, th = self._targets, self._picture, self._threshold
            if fx != 0.5:
                edge = p.x if fx == 0.0 else p.right
                dx = snap_value(edge + dx, t.xs, t.grid, th) - edge
            if fy != 0.5:
                edge = p.y if fy == 0.0 else p.bottom
                dy = snap_value(edge + dy, t.ys, t.grid, th) - edge
        box, crop = edge_crop(self._box, self._crop, self._source, self._handle, dx, dy)
        box = round_edges(box)
        self._result = (box, crop)
        # From the item's state now: a live picture that came in mid-gesture stays.
        self._item.preview(replace(self._item.state, rect=box, crop=crop,
                                   content=(crop.width, crop.height)))

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        if self._result is None:
            return
        box, crop = self._result
        if (box, crop) == (self._box, self._crop):
            self.cancel()
            return
        params = to_crop_params(crop, self._source)
        if not self._host.editor.crop_to_box(self._item.uid, params, box):
            self.cancel()

    def cancel(self) -> None:
        state = self._state
        self._item.set_state(replace(self._item.state, rect=state.rect, crop=state.crop,
                                     content=state.content), self._item.is_background)
