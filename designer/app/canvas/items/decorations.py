"""What the canvas draws besides the layers: the output frame, grid and safe areas, snap
guides and the rubber band. None of these is hit by the mouse (an empty ``shape``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from designer.app.canvas.drawing import style
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.snapping import Guide

#: Action-safe and title-safe areas, as fractions of the output (broadcast convention).
SAFE_AREAS = ((0.9, QT_TRANSLATE_NOOP("Canvas", "action safe")),
              (0.8, QT_TRANSLATE_NOOP("Canvas", "title safe")))
_NO_SHAPE = QPainterPath()


class _Decoration(QGraphicsItem):
    """An item sized to the output that the mouse goes through."""

    def __init__(self, z: float):
        super().__init__()
        self._size = (0.0, 0.0)
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_output(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self.prepareGeometryChange()
            self._size = (width, height)

    def output_rect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def boundingRect(self) -> QRectF:
        return self.output_rect()

    def shape(self) -> QPainterPath:
        return _NO_SHAPE


class FrameItem(_Decoration):
    """The output's area, under everything: what shows where no layer covers it."""

    def __init__(self) -> None:
        super().__init__(-1e6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.output_rect(), style.EMPTY_OUTPUT)


class OverlayItem(_Decoration):
    """Above the layers: the output's border, the grid, the safe areas."""

    def __init__(self) -> None:
        super().__init__(1e6)
        self._grid: float | None = None
        self._safe = False

    def set_grid(self, size: float | None) -> None:
        self._grid = size if size and size > 0 else None
        self.update()

    def set_safe_area(self, on: bool) -> None:
        self._safe = on
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        frame = transform.mapRect(self.output_rect())
        painter.save()
        painter.resetTransform()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._grid and self._grid * transform.m11() >= 6:  # no grid denser than 6 px
            painter.setPen(style.cosmetic(QColor(255, 255, 255, 40)))
            width, height = self._size
            x = self._grid
            while x < width:
                dx = transform.map(QPointF(x, 0)).x()
                painter.drawLine(QPointF(dx, frame.top()), QPointF(dx, frame.bottom()))
                x += self._grid
            y = self._grid
            while y < height:
                dy = transform.map(QPointF(0, y)).y()
                painter.drawLine(QPointF(frame.left(), dy), QPointF(frame.right(), dy))
                y += self._grid
        if self._safe:
            painter.setFont(style.label_font())
            for fraction, name in SAFE_AREAS:
                margin_x = frame.width() * (1 - fraction) / 2
                margin_y = frame.height() * (1 - fraction) / 2
                area = frame.adjusted(margin_x, margin_y, -margin_x, -margin_y)
                painter.setPen(style.cosmetic(QColor(255, 255, 255, 150), 1,
                                              Qt.PenStyle.DashLine))
                painter.drawRect(area)
                painter.setPen(QColor(255, 255, 255, 170))
                painter.drawText(area.topLeft() + QPointF(4, 12),
                                 QCoreApplication.translate("Canvas", name))
        painter.setPen(style.cosmetic(QColor("#9aa0a6")))
        painter.drawRect(frame.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.restore()


class GuidesItem(_Decoration):
    """The lines a dragged box snaps to, across the output and a little beyond."""

    def __init__(self) -> None:
        super().__init__(1e6 + 1)
        self._guides: tuple[Guide, ...] = ()

    def set_guides(self, guides: tuple[Guide, ...]) -> None:
        if guides != self._guides:
            self._guides = guides
            self.update()

    def guides(self) -> tuple[Guide, ...]:
        return self._guides

    def boundingRect(self) -> QRectF:
        width, height = self._size
        return QRectF(-width * 0.05, -height * 0.05, width * 1.1, height * 1.1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._guides:
            return
        transform = painter.worldTransform()
        span = transform.mapRect(self.boundingRect())
        painter.save()
        painter.resetTransform()
        painter.setPen(style.cosmetic(style.GUIDE))
        for guide in self._guides:
            if guide.vertical:
                x = transform.map(QPointF(guide.position, 0)).x()
                painter.drawLine(QPointF(x, span.top()), QPointF(x, span.bottom()))
            else:
                y = transform.map(QPointF(0, guide.position)).y()
                painter.drawLine(QPointF(span.left(), y), QPointF(span.right(), y))
        painter.restore()


class BandItem(QGraphicsRectItem):
    """The rubber band that selects the layers it touches."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(style.cosmetic(style.ACCENT, 1, Qt.PenStyle.DashLine))
        fill = QColor(style.ACCENT)
        fill.setAlpha(40)
        self.setBrush(fill)
        self.setZValue(1e6 + 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
