"""What is on air where it differs from the preview: each such box of the program drawn as a
red dashed outline with its name, over the layers; the mouse goes through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.app.canvas.drawing import style
from designer.core.program import Ghost

#: Red: on air, as the Mix panel's badge and the status bar say it.
ON_AIR = QColor("#ff4d4d")
_NO_SHAPE = QPainterPath()


class GhostItem(QGraphicsItem):
    def __init__(self, ghost: Ghost):
        super().__init__()
        self.ghost = ghost
        self.setZValue(1e5 - 1)  # over every layer, under the selection's box
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = self.ghost.rect
        return QRectF(r.x, r.y, r.width, r.height)

    def shape(self) -> QPainterPath:
        return _NO_SHAPE

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        device = style.device_rect(painter, self.boundingRect())
        painter.save()
        painter.resetTransform()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.cosmetic(ON_AIR, 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(device.adjusted(0.5, 0.5, -0.5, -0.5))
        if self.ghost.gone:
            painter.drawLine(device.topLeft(), device.bottomRight())
            painter.drawLine(device.topRight(), device.bottomLeft())
        if device.width() >= 40 and device.height() >= 16:
            painter.setFont(style.label_font(bold=True))
            text = QCoreApplication.translate("Canvas", "on air: %1").replace(
                "%1", self.ghost.label)
            metrics = painter.fontMetrics()
            style.draw_label(painter, device.left() + 2,
                             device.bottom() - metrics.height() - 4, text, color=ON_AIR,
                             max_width=device.width() - 4)
        painter.restore()
