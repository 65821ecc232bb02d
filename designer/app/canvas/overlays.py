"""What the canvas draws besides the layers: the output frame, grid and safe areas, snap
guides, the rubber band, and the strip of audio-only inputs (they have no picture).

None of these is hit by the mouse (empty ``shape``) except the audio chips.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from designer.app.canvas import style
from designer.app.canvas.style import translate
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import InputType
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
                painter.drawText(area.topLeft() + QPointF(4, 12), translate("Canvas", name))
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


@dataclass(frozen=True, slots=True)
class Chip:
    """An audio-only input (or one with no picture) shown under the output."""

    uid: str
    layer: int | None
    label: str
    kind_text: str
    selected: bool = False
    error: bool = False
    tooltip: str = ""


class ChipItem(QGraphicsItem):
    """One chip of the audio strip, in device pixels (its parent ignores the zoom)."""

    SPEAKER = 14.0

    def __init__(self, chip: Chip, box: QRectF, font: QFont, parent: QGraphicsItem):
        super().__init__(parent)
        self.chip, self._box, self._font = chip, box, font
        self.setToolTip(chip.tooltip)

    @property
    def uid(self) -> str:
        return self.chip.uid

    def boundingRect(self) -> QRectF:
        return self._box

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        chip, box = self.chip, self._box
        edge = (style.ERROR if chip.error else style.ACCENT if chip.selected
                else QColor(255, 255, 255, 90))
        painter.setPen(style.cosmetic(edge, 2 if chip.selected or chip.error else 1))
        painter.setBrush(style.KIND_COLORS[InputType.AUDIO_ONLY].darker(130))
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
        x, y = box.left() + AudioStripItem.PAD, box.center().y()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawPolygon([QPointF(x, y - 2), QPointF(x + 3, y - 2), QPointF(x + 7, y - 5),
                             QPointF(x + 7, y + 5), QPointF(x + 3, y + 2), QPointF(x, y + 2)])
        painter.setFont(self._font)
        painter.setPen(style.TEXT)
        painter.drawText(box.adjusted(AudioStripItem.PAD + self.SPEAKER, 0, 0, 0),
                         Qt.AlignmentFlag.AlignVCenter, chip_text(chip))


def chip_text(chip: Chip) -> str:
    layer = "?" if chip.layer is None else str(chip.layer)
    return f"{layer} · {chip.label} · {chip.kind_text}"


class AudioStripItem(QGraphicsItem):
    """Chips for the inputs without a picture, in rows under the output frame.

    It ignores the zoom (chips stay readable), so it lays its chips out in device pixels from
    its position, the output's bottom-left corner. Each chip is an item with its own tooltip.
    """

    GAP, PAD, TOP = 6.0, 8.0, 10.0

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(1e6)
        self._chips: list[Chip] = []
        self._items: list[ChipItem] = []
        self._wrap = 600.0
        self._font = style.label_font()

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def chip_items(self) -> list[ChipItem]:
        return list(self._items)

    def set_chips(self, chips: list[Chip]) -> None:
        if chips != self._chips:
            self._chips = chips
            self._layout()

    def set_wrap_width(self, width: float) -> None:
        width = max(240.0, width)
        if abs(width - self._wrap) > 1:
            self._wrap = width
            self._layout()

    def _layout(self) -> None:
        scene = self.scene()
        for item in self._items:
            if scene is not None:
                scene.removeItem(item)
            item.setParentItem(None)
        metrics = QFontMetricsF(self._font)
        height = metrics.height() + 8
        x, y, self._items = 0.0, self.TOP, []
        for chip in self._chips:
            width = metrics.horizontalAdvance(chip_text(chip)) + 2 * self.PAD + ChipItem.SPEAKER
            if x > 0 and x + width > self._wrap:
                x, y = 0.0, y + height + self.GAP
            self._items.append(ChipItem(chip, QRectF(x, y, width, height), self._font, self))
            x += width + self.GAP

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pass
