"""How each input kind is named and drawn in the panels (tag, long name, colour, icon)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from designer.core.model import InputType

# The context is written out in every call: pyside6-lupdate extracts only literal ones.

#: Short tags, as OBS shows a source's kind at a glance.
TAGS: dict[int, str] = {
    InputType.AUDIO_VIDEO: QT_TRANSLATE_NOOP("Kinds", "A+V"),
    InputType.VIDEO_ONLY: QT_TRANSLATE_NOOP("Kinds", "Video"),
    InputType.AUDIO_ONLY: QT_TRANSLATE_NOOP("Kinds", "Audio"),
    InputType.PICTURE: QT_TRANSLATE_NOOP("Kinds", "Picture"),
    InputType.CANVAS: QT_TRANSLATE_NOOP("Kinds", "Canvas"),
}

NAMES: dict[int, str] = {
    InputType.AUDIO_VIDEO: QT_TRANSLATE_NOOP("Kinds", "Stream (audio + video)"),
    InputType.VIDEO_ONLY: QT_TRANSLATE_NOOP("Kinds", "Video only"),
    InputType.AUDIO_ONLY: QT_TRANSLATE_NOOP("Kinds", "Audio only"),
    InputType.PICTURE: QT_TRANSLATE_NOOP("Kinds", "Picture (watermark)"),
    InputType.CANVAS: QT_TRANSLATE_NOOP("Kinds", "Canvas (colour)"),
}

#: The order kinds are offered in menus: the common case first.
ORDER = (InputType.AUDIO_VIDEO, InputType.VIDEO_ONLY, InputType.AUDIO_ONLY, InputType.PICTURE,
         InputType.CANVAS)

COLORS: dict[int, str] = {
    InputType.AUDIO_VIDEO: "#2e86de",
    InputType.VIDEO_ONLY: "#8e44ad",
    InputType.AUDIO_ONLY: "#16a085",
    InputType.PICTURE: "#e67e22",
    InputType.CANVAS: "#7f8c8d",
}

_LETTERS = {InputType.AUDIO_VIDEO: "AV", InputType.VIDEO_ONLY: "V", InputType.AUDIO_ONLY: "A",
            InputType.PICTURE: "P", InputType.CANVAS: "C"}


def tag(kind: int) -> str:
    return QCoreApplication.translate("Kinds", TAGS[kind]) if kind in TAGS else f"? {kind}"


def name(kind: int) -> str:
    return QCoreApplication.translate("Kinds", NAMES[kind]) if kind in NAMES else f"? {kind}"


def parse_color(text: str | None) -> QColor | None:
    """A wire colour ("0xRRGGBB") as a QColor; None if it is not one."""
    if not text or len(text) != 8 or not text.lower().startswith("0x"):
        return None
    color = QColor("#" + text[2:])
    return color if color.isValid() else None


def icon(kind: int, color: str | None = None, size: int = 16) -> QIcon:
    """A badge for a kind; a canvas shows its own colour, so a red canvas reads as red."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(COLORS.get(kind, "#c0392b"))
    if kind == InputType.CANVAS and (swatch := parse_color(color)) is not None:
        fill = swatch
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.setPen(QColor("#222222"))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    font = QFont()
    font.setPixelSize(int(size * 0.5))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white") if fill.lightnessF() < 0.6 else QColor("black"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _LETTERS.get(kind, "?"))
    painter.end()
    return QIcon(pixmap)
