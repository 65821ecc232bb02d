"""How the canvas looks: colours per input kind, pens, and the words for each kind.

Everything is drawn in device pixels (see ``device_rect``), so outlines, labels and handles
keep their size on screen at any zoom while boxes scale with it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from designer.core.model import InputType

CTX = "Canvas"

KIND_COLORS = {
    InputType.AUDIO_VIDEO: QColor("#3a6ea5"),
    InputType.VIDEO_ONLY: QColor("#7150a8"),
    InputType.PICTURE: QColor("#c7802e"),
    InputType.AUDIO_ONLY: QColor("#3c8f64"),
}
UNKNOWN_KIND = QColor("#6f6f6f")
ACCENT = QColor("#2f9bff")
ERROR = QColor("#ff3b30")
WARNING = QColor("#ffb020")
GUIDE = QColor("#ff2bd6")
BARS = QColor("#000000")
EMPTY_OUTPUT = QColor("#1d1f22")
OUTSIDE = QColor("#2b2d31")
LABEL_BACK = QColor(0, 0, 0, 150)
TEXT = QColor("#ffffff")

HANDLE_SIZE = 8.0
_COLOR = re.compile(r"0x([0-9A-Fa-f]{6})")


#: Qt's translate, under the name pyside6-lupdate looks for: the canvas writes
#: ``translate("Canvas", "literal")`` so the strings are extracted with their context (a
#: helper taking only the text, or self.tr in a mixin, would be extracted under another one).
translate = QCoreApplication.translate


def arg(text: str, *args: object) -> str:
    """``text`` with %1, %2 ... filled in, as Qt's QString.arg() does."""
    for number, value in reversed(list(enumerate(args, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


def px(value: float) -> str:
    """Output pixels for a label: whole if (nearly) whole, else one decimal."""
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def canvas_color(value: str | None) -> QColor | None:
    """A canvas's ``color`` (0xRRGGBB) as a QColor; None if it is not one."""
    match = _COLOR.fullmatch(value or "")
    return QColor("#" + match.group(1)) if match else None


def kind_color(kind: int, color: str | None = None) -> QColor:
    if kind == InputType.CANVAS:
        return canvas_color(color) or UNKNOWN_KIND
    return KIND_COLORS.get(kind, UNKNOWN_KIND)  # type: ignore[call-overload]


def kind_text(kind: int, color: str | None = None, picture_id: int | None = None) -> str:
    """The kind of an input as a producer reads it at a glance."""
    if kind == InputType.AUDIO_VIDEO:
        return translate("Canvas", "Audio + video")
    if kind == InputType.VIDEO_ONLY:
        return translate("Canvas", "Video only")
    if kind == InputType.AUDIO_ONLY:
        return translate("Canvas", "Audio only")
    if kind == InputType.PICTURE:
        if picture_id is None:
            return translate("Canvas", "Watermark (no picture_id)")
        return arg(translate("Canvas", "Watermark #%1"), picture_id)
    if kind == InputType.CANVAS:
        if color is None:  # optional in the spec: the server draws its own default
            return translate("Canvas", "Canvas (server's default colour)")
        return arg(translate("Canvas", "Canvas %1"), color)
    return arg(translate("Canvas", "input_type %1 (not valid)"), kind)


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
