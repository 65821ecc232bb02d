"""What an input shows inside its box, drawn as the server composes it.

The source is cropped (crop_params), then scaled to fit the box keeping its aspect, and the
rest of the box is black (spec FAQ 8). A canvas is its colour; a watermark is a labelled
placeholder (its picture lives on Tencent's side); a stream is its real picture when it has
been probed, else a test card at its source resolution, both drawn through the same crop and
scale, so a crop shows which part of the picture is kept. The canvas's layers and
``mix-designer render`` both draw with :func:`paint_picture`: the preview and the rendered
PNG cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from designer.app import kinds
from designer.app.canvas.drawing import style
from designer.app.canvas.drawing.layerstate import LayerState
from designer.core.cropping import letterbox
from designer.core.frames import PixelFormat, RgbFrame
from designer.core.geometry import Rect, aspect_mismatch
from designer.core.model import InputType
from designer.core.placement import Origin


def picture_rect(state: LayerState, device: QRectF) -> QRectF:
    """Where the picture lands in the box (device pixels); the rest of the box is black."""
    content = _content(state)
    box = Rect(device.x(), device.y(), device.width(), device.height())
    if content is None or not aspect_mismatch(box, content):
        return device
    inner = letterbox(box, content)
    return QRectF(inner.x, inner.y, inner.width, inner.height)


def paint_picture(painter: QPainter, state: LayerState, device: QRectF, *,
                  background: bool = False, caption_from: float = 24.0) -> None:
    """Paint ``state``'s picture into ``device`` (device pixels; no transform is applied).

    A placeholder's caption (a watermark's number, a stream's name) is drawn in a box at
    least ``caption_from`` pixels high and wide (the canvas, which labels boxes itself, asks
    for more room than a render does)."""
    picture = picture_rect(state, device)
    if picture != device:
        painter.fillRect(device, style.BARS)
    fill = kinds.color(state.kind, state.color)
    if background and state.kind != InputType.CANVAS:
        fill = fill.darker(135)  # a stream as the background: set apart from the windows
    if state.origin is Origin.GUESS:
        fill.setAlpha(110)
    if state.kind == InputType.CANVAS and kinds.qcolor(state.color) is None:
        # No colour (optional in the spec): the server's default, which no one documents.
        _paint_placeholder(painter, picture, fill, kinds.describe(state.kind, state.color),
                           caption_from)
    elif state.kind == InputType.CANVAS:
        painter.fillRect(picture, fill)  # a canvas is its colour, exactly
    elif state.kind == InputType.PICTURE:
        _paint_placeholder(painter, picture, fill, kinds.describe(state.kind, state.color,
                                                                   state.picture_id),
                           caption_from)
    elif state.source_size is not None and state.origin is not Origin.GUESS:
        _paint_source(painter, state, picture, fill)
    else:
        # Resolution unknown: no card to scale, but still the stream's name.
        gradient = QLinearGradient(picture.topLeft(), picture.bottomLeft())
        gradient.setColorAt(0, fill.lighter(125))
        gradient.setColorAt(1, fill)
        painter.fillRect(picture, gradient)
        _paint_label(painter, picture, state.label, caption_from)
    if state.origin is Origin.GUESS:
        painter.fillRect(device, QBrush(QColor(255, 255, 255, 60), Qt.BrushStyle.BDiagPattern))


def _content(state: LayerState) -> tuple[float, float] | None:
    if state.crop is not None:
        return state.crop.width, state.crop.height
    return state.content


def _paint_source(painter: QPainter, state: LayerState, picture: QRectF,
                  fill: QColor) -> None:
    """The whole source frame in source pixels, mapped so that the crop fills ``picture``:
    the stream's real frame when it has one, else the test card."""
    sw, sh = state.source_size
    crop = state.crop or Rect(0.0, 0.0, float(sw), float(sh))
    if crop.width <= 0 or crop.height <= 0 or picture.width() <= 0 or picture.height() <= 0:
        return
    painter.save()
    painter.setClipRect(picture)
    painter.translate(picture.x(), picture.y())
    painter.scale(picture.width() / crop.width, picture.height() / crop.height)
    painter.translate(-crop.x, -crop.y)
    if state.frame is not None:
        paint_frame(painter, state.frame, QRectF(0, 0, sw, sh))
    else:
        _paint_test_card(painter, state.label, sw, sh, fill)
    painter.restore()


_QT_FORMATS = {PixelFormat.RGB24: QImage.Format.Format_RGB888,
               PixelFormat.XRGB32: QImage.Format.Format_RGB32}


def paint_frame(painter: QPainter, frame: RgbFrame, source: QRectF) -> None:
    """A decoded picture stretched over the source frame (a thumbnail is scaled up to it)."""
    image = QImage(frame.data, frame.width, frame.height, frame.stride,
                   _QT_FORMATS[frame.pixels])
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(source, image, QRectF(0, 0, frame.width, frame.height))


def _paint_test_card(painter: QPainter, label: str, sw: int, sh: int, fill: QColor) -> None:
    """A test card in source pixels: grid, circle, corner marks, the name and resolution."""
    frame = QRectF(0, 0, sw, sh)
    gradient = QLinearGradient(frame.topLeft(), frame.bottomLeft())
    gradient.setColorAt(0, fill.lighter(125))
    gradient.setColorAt(1, fill)
    painter.fillRect(frame, gradient)
    short = float(min(sw, sh))
    step = short / 6
    painter.setPen(QPen(QColor(255, 255, 255, 45), max(1.0, step / 40)))
    x = step
    while x < sw:
        painter.drawLine(QPointF(x, 0), QPointF(x, sh))
        x += step
    y = step
    while y < sh:
        painter.drawLine(QPointF(0, y), QPointF(sw, y))
        y += step
    center = frame.center()
    painter.setPen(QPen(QColor(255, 255, 255, 150), max(1.0, step / 20)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(center, short * 0.42, short * 0.42)
    painter.drawLine(QPointF(center.x() - step / 2, center.y()),
                     QPointF(center.x() + step / 2, center.y()))
    painter.drawLine(QPointF(center.x(), center.y() - step / 2),
                     QPointF(center.x(), center.y() + step / 2))
    # Corner marks: a crop that cuts a corner away shows at a glance.
    mark = short / 10
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 220))
    for cx, cy, dx, dy in ((0, 0, 1, 1), (sw, 0, -1, 1), (0, sh, 1, -1), (sw, sh, -1, -1)):
        painter.drawPolygon(QPolygonF([QPointF(cx, cy), QPointF(cx + dx * mark, cy),
                                       QPointF(cx, cy + dy * mark)]))
    _paint_caption(painter, frame, f"{label}\n{sw}×{sh}", short / 11)


def _paint_placeholder(painter: QPainter, picture: QRectF, fill: QColor, text: str,
                       caption_from: float) -> None:
    painter.fillRect(picture, fill)
    painter.fillRect(picture, QBrush(fill.lighter(130), Qt.BrushStyle.Dense6Pattern))
    _paint_label(painter, picture, text, caption_from)


def _paint_label(painter: QPainter, picture: QRectF, text: str, caption_from: float) -> None:
    """A caption sized to the box, clipped to it; none in a box too small to read."""
    short = min(picture.width(), picture.height())
    if short >= caption_from:
        painter.save()
        painter.setClipRect(picture)
        _paint_caption(painter, picture, text, max(8.0, min(short / 5, picture.width() / 14)))
        painter.restore()


def _paint_caption(painter: QPainter, area: QRectF, text: str, size: float) -> None:
    """Centred text on a dark rounded backdrop, ``size`` in the painter's units."""
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(True)
    painter.setFont(font)
    # From the font, not painter.boundingRect: with the pen at NoPen that one is empty.
    bounds = QFontMetricsF(font).boundingRect(area, Qt.AlignmentFlag.AlignCenter, text)
    pad = size * 0.4
    backdrop = QPainterPath()
    backdrop.addRoundedRect(bounds.adjusted(-pad, -pad / 2, pad, pad / 2), pad, pad)
    painter.fillPath(backdrop, QColor(0, 0, 0, 150))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
