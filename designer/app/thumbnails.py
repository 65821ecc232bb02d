"""Template thumbnails, drawn with QPainter from the templates' own (approximate) geometry.

Drawn, not shipped as images, so a thumbnail shows exactly what the canvas will preview
(``designer.core.templates.template_boxes``) at the document's own background aspect.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from designer.core.geometry import Rect
from designer.core.templates import CANVAS_TEMPLATES, TEMPLATE_INPUTS, template_boxes

BACKGROUND = QColor("#34495e")
CANVAS = QColor("#1c1c1c")
WINDOWS = [QColor(c) for c in ("#3498db", "#e67e22", "#2ecc71", "#9b59b6", "#e74c3c")]
FRAME = QColor("#111111")
SIZE = QSize(96, 72)


def template_pixmap(template_id: int, background: tuple[float, float],
                    size: QSize = SIZE, ratio: float = 1.0) -> QPixmap:
    """The template's boxes on a background of this aspect, fitted into ``size``.

    ``ratio`` is the screen's device pixel ratio, so the thumbnail stays sharp on HiDPI.
    Template 0 (custom positions) draws two free boxes with dashed outlines.
    """
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    W, H = (max(1.0, v) for v in background)
    scale = min((size.width() - 2) / W, (size.height() - 2) / H)
    frame = QRectF((size.width() - W * scale) / 2, (size.height() - H * scale) / 2,
                   W * scale, H * scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(frame)
    painter.fillRect(frame, CANVAS if template_id in CANVAS_TEMPLATES else BACKGROUND)
    if template_id in TEMPLATE_INPUTS:
        boxes = template_boxes(template_id, (W, H))[1:]
        dashed = False
    else:  # custom positions: anything goes
        boxes = [Rect(W * 0.08, H * 0.12, W * 0.4, H * 0.4),
                 Rect(W * 0.55, H * 0.45, W * 0.35, H * 0.4)]
        dashed = True
    font = QFont()
    font.setPixelSize(max(8, round(min(frame.width(), frame.height()) / 6)))
    font.setBold(True)
    painter.setFont(font)
    for number, box in enumerate(boxes, start=2):
        rect = QRectF(frame.x() + box.x * scale, frame.y() + box.y * scale,
                      box.width * scale, box.height * scale)
        color = WINDOWS[(number - 2) % len(WINDOWS)]
        pen = QPen(color.lighter(150), 1)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(color)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.setClipping(False)
    painter.setPen(QPen(FRAME, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame)
    painter.end()
    return pixmap
