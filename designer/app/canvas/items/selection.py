"""The box around a multiple selection, with the 8 handles that scale the whole group.

With two or more unlocked layers selected the handles sit on this box, not on each layer
(as Figma and Keynote do): the resize scales the group about the box's opposite side, so a
handle is worth showing only where the point that stays fixed is easy to read. Per-layer
handles would suggest resizing one layer while the others follow, and a handle inside the
group (a layer's corner in the middle of it) would have no clear fixed side at all.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.app.canvas.drawing import style
from designer.app.canvas.items.handles import HandleItem
from designer.core.arrange import Handle
from designer.core.geometry import Rect

_NO_SHAPE = QPainterPath()


class SelectionBoxItem(QGraphicsItem):
    """A dashed outline around the group and its handles; the mouse goes through the rest."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = Rect(0.0, 0.0, 0.0, 0.0)
        # Above every layer (their z is their place in the stack), under the guides.
        self.setZValue(1e5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.handles = [HandleItem(handle, self) for handle in Handle]
        self.hide()

    def rect(self) -> Rect:
        return self._rect

    def set_rect(self, rect: Rect | None) -> None:
        """Show the box around ``rect`` (output px), or hide it for None."""
        if rect is None:
            self.hide()
            return
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
            for item in self.handles:
                item.setPos(*item.handle.point(rect))
        self.show()

    def boundingRect(self) -> QRectF:
        r = self._rect
        return QRectF(r.x, r.y, r.width, r.height)

    def shape(self) -> QPainterPath:
        return _NO_SHAPE  # only the handles are hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        device = style.device_rect(painter, self.boundingRect())
        painter.save()
        painter.resetTransform()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.cosmetic(style.ACCENT, 1, Qt.PenStyle.DashLine))
        painter.drawRect(device.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.restore()
