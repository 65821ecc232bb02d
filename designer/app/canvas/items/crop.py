"""Crop mode's items: the source frame at its resolution (its real picture when live probing
has one), and the crop box over it with its handles (everything outside the box dimmed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.app.canvas.drawing import style
from designer.app.canvas.drawing.picture import paint_frame
from designer.app.canvas.drawing.style import arg
from designer.app.canvas.items.handles import HandleItem
from designer.core.arrange import Handle
from designer.core.frames import RgbFrame
from designer.core.geometry import Rect, aspect_mismatch


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.width, r.height)


class SourceItem(QGraphicsItem):
    """The source picture to crop against: its real picture (a probe's ``frame``) or a
    stand-in, with tenths and its size (``probed``: the size is the probe's)."""

    def __init__(self, size: tuple[int, int], frame: RgbFrame | None = None,
                 probed: bool = False):
        super().__init__()
        self._size, self._frame, self._probed = size, frame, probed

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        frame = transform.mapRect(self.boundingRect())
        painter.save()
        painter.resetTransform()
        if self._frame is not None:
            paint_frame(painter, self._frame, frame)
        else:
            gradient = QLinearGradient(frame.topLeft(), frame.bottomRight())
            gradient.setColorAt(0, QColor("#4b7bb0"))
            gradient.setColorAt(1, QColor("#23405f"))
            painter.fillRect(frame, gradient)
        painter.setPen(style.cosmetic(QColor(255, 255, 255, 60)))
        for i in range(1, 10):  # tenths, to see the source move when panned
            x = frame.left() + frame.width() * i / 10
            y = frame.top() + frame.height() * i / 10
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        painter.setFont(style.label_font(bold=True))
        text = arg(QCoreApplication.translate("Canvas", "Source %1×%2 (probed)") if self._probed
                   else QCoreApplication.translate("Canvas", "Source %1×%2 (declared)"),
                   *self._size)
        style.draw_label(painter, frame.left() + 6, frame.top() + 6, text)
        painter.restore()


class CropItem(QGraphicsItem):
    """The crop box with its handles; everything outside it is dimmed."""

    def __init__(self, rect: Rect, box: Rect, area: QRectF, source: SourceItem):
        super().__init__()
        self._rect, self._box, self._area, self._source = rect, box, area, source
        self.setZValue(10)
        self.handles = [HandleItem(handle, self) for handle in Handle]
        self._place_handles()

    def rect(self) -> Rect:
        return self._rect

    def set_rect(self, rect: Rect) -> None:
        if rect != self._rect:
            self._rect = rect
            self._place_handles()
            self.update()

    def _place_handles(self) -> None:
        for item in self.handles:
            item.setPos(*item.handle.point(self._rect))

    def boundingRect(self) -> QRectF:
        return self._area

    def label(self) -> tuple[str, bool]:
        """What the crop's label says, and whether the box will show black bars."""
        r, b = self._rect, self._box
        text = arg(QCoreApplication.translate("Canvas", "Crop %1×%2 at (%3, %4) → box %5×%6"),
                   style.px(r.width), style.px(r.height), style.px(r.x - self._source.x()),
                   style.px(r.y - self._source.y()), style.px(b.width), style.px(b.height))
        bars = aspect_mismatch(b, (r.width, r.height))
        text += " · " + (QCoreApplication.translate("Canvas", "black bars (aspects differ)") if bars
                         else QCoreApplication.translate("Canvas", "no black bars"))
        return text, bars

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(qrect(self._rect))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        area, crop = transform.mapRect(self._area), transform.mapRect(qrect(self._rect))
        painter.save()
        painter.resetTransform()
        outside = QPainterPath()
        outside.addRect(area)
        inside = QPainterPath()
        inside.addRect(crop)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150))
        painter.setPen(style.cosmetic(QColor(255, 255, 255, 90)))
        for i in (1, 2):
            x = crop.left() + crop.width() * i / 3
            y = crop.top() + crop.height() * i / 3
            painter.drawLine(QPointF(x, crop.top()), QPointF(x, crop.bottom()))
            painter.drawLine(QPointF(crop.left(), y), QPointF(crop.right(), y))
        painter.setPen(style.cosmetic(style.ACCENT, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(crop)
        painter.setFont(style.label_font())
        text, bars = self.label()
        metrics = painter.fontMetrics()
        style.draw_label(painter, crop.left() + 6, crop.bottom() - metrics.height() - 8, text,
                         color=style.WARNING if bars else style.TEXT,
                         max_width=max(60.0, crop.width() - 12))
        painter.restore()
