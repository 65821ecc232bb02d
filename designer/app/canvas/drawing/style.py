"""How the canvas looks: its colours, pens and label fonts (kinds have theirs in app.kinds).

Items paint in device pixels (their rect mapped through the painter's world transform, then
the transform reset), so outlines, labels and handles keep their size on screen at any zoom
while boxes scale with it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

ACCENT = QColor("#2f9bff")
ERROR = QColor("#ff3b30")
WARNING = QColor("#ffb020")
GUIDE = QColor("#ff2bd6")
BARS = QColor("#000000")
EMPTY_OUTPUT = QColor("#1d1f22")
OUTSIDE = QColor("#2b2d31")
LABEL_BACK = QColor(0, 0, 0, 150)
#: The backdrop of a label that needs attention now (live probing's "no signal").
ALARM = QColor(200, 30, 30, 230)
TEXT = QColor("#ffffff")

HANDLE_SIZE = 8.0


def arg(text: str, *args: object) -> str:
    """``text`` with %1, %2 ... filled in, as Qt's QString.arg() does."""
    for number, value in reversed(list(enumerate(args, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


def px(value: float) -> str:
    """Output pixels for a label: whole if (nearly) whole, else one decimal."""
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def cosmetic(color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
             ) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


def device_rect(painter: QPainter, rect: QRectF) -> QRectF:
    """``rect`` in device pixels; call before ``painter.resetTransform()``."""
    return painter.worldTransform().mapRect(rect)


def label_font(bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(11)
    font.setBold(bold)
    return font


def draw_label(painter: QPainter, x: float, y: float, text: str, color: QColor = TEXT,
               back: QColor = LABEL_BACK, max_width: float | None = None) -> QRectF:
    """A line of text on a dark backdrop at (x, y) device pixels; returns the box it took."""
    metrics = painter.fontMetrics()
    if max_width is not None:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(max(0, max_width - 8)))
    box = QRectF(x, y, metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
    painter.fillRect(box, back)
    painter.setPen(color)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box
