"""The strip of inputs with no picture (audio-only ones) under the output: a chip each, with
its layer, name and kind; a chip can be clicked to select its input."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.app import kinds
from designer.app.canvas.drawing import style
from designer.core.model import InputType


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
        painter.setBrush(kinds.COLORS[InputType.AUDIO_ONLY].darker(130))
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
