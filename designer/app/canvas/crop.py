"""Crop mode: the whole source frame at its declared resolution, a crop box over it.

The view swaps its scene for a ``CropSession``'s while cropping. Scene coordinates there are
source pixels. Drag the box (or its handles) over the source, or drag the source under the
box; the crop is the box relative to the source. Nothing reaches the model until the
producer applies it: then it is one ``editor.set_crop`` (one undo step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from designer.app.canvas import style
from designer.app.canvas.cropgestures import MoveCrop, PanSource, ResizeCrop
from designer.app.canvas.handles import HandleItem
from designer.app.canvas.interactions import Interaction
from designer.app.canvas.overlays import GuidesItem
from designer.app.canvas.style import arg, translate
from designer.core.arrange import Handle
from designer.core.cropping import (
    clamp_crop,
    crop_rect,
    fill_crop,
    to_crop_params,
)
from designer.core.geometry import Rect, aspect_mismatch
from designer.core.model import CropParams
from designer.core.snapping import Guide, targets

if TYPE_CHECKING:
    from designer.app.canvas.view import CanvasView


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.width, r.height)


class SourceItem(QGraphicsItem):
    """A stand-in for the source picture: its frame, thirds and size, to crop against."""

    def __init__(self, size: tuple[int, int]):
        super().__init__()
        self._size = size

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        frame = transform.mapRect(self.boundingRect())
        painter.save()
        painter.resetTransform()
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
        text = arg(translate("Canvas", "Source %1×%2 (declared)"), *self._size)
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

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(_qrect(self._rect))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        area, crop = transform.mapRect(self._area), transform.mapRect(_qrect(self._rect))
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
        r, b = self._rect, self._box
        text = arg(translate("Canvas", "Crop %1×%2 at (%3, %4) → box %5×%6"),
                   style.px(r.width), style.px(r.height), style.px(r.x - self._source.x()),
                   style.px(r.y - self._source.y()), style.px(b.width), style.px(b.height))
        bars = aspect_mismatch(b, (r.width, r.height))
        text += " · " + (translate("Canvas", "black bars (aspects differ)") if bars
                         else translate("Canvas", "no black bars"))
        metrics = painter.fontMetrics()
        style.draw_label(painter, crop.left() + 6, crop.bottom() - metrics.height() - 8, text,
                         color=style.WARNING if bars else style.TEXT,
                         max_width=max(60.0, crop.width() - 12))
        painter.restore()


class CropSession:
    """The crop scene of one input, and the gestures on it."""

    def __init__(self, view: CanvasView, uid: str, source: tuple[int, int], box: Rect,
                 crop: CropParams | None):
        self.uid, self.source_size, self.box = uid, source, box
        self.scene = QGraphicsScene(view)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        sw, sh = source
        margin = max(sw, sh)
        area = QRectF(-margin, -margin, sw + 2 * margin, sh + 2 * margin)
        self.scene.setSceneRect(area)
        self.scene.setBackgroundBrush(style.OUTSIDE)
        self.source_item = SourceItem(source)
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

    def press(self, view: CanvasView, scene: QPointF, viewport: QPointF) -> Interaction:
        for item in view.items(viewport.toPoint()):
            if isinstance(item, HandleItem):
                return ResizeCrop(view, self, item.handle, scene)
        if self.crop_item.shape().contains(scene):
            return MoveCrop(view, self, scene)
        return PanSource(view, self, scene)
