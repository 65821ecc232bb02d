"""How each input kind is named, coloured and drawn: one palette and one set of words for the
canvas, the Layers list, the menus and the Properties panel.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from designer.core.model import InputType, parse_color

# The context is written out in every call: pyside6-lupdate extracts only literal ones.

#: Short tags, as OBS shows a source's kind at a glance.
TAGS: dict[int, str] = {
    InputType.AUDIO_VIDEO: QT_TRANSLATE_NOOP("Kinds", "A+V"),
    InputType.VIDEO_ONLY: QT_TRANSLATE_NOOP("Kinds", "Video"),
    InputType.AUDIO_ONLY: QT_TRANSLATE_NOOP("Kinds", "Audio"),
    InputType.PICTURE: QT_TRANSLATE_NOOP("Kinds", "Picture"),
    InputType.CANVAS: QT_TRANSLATE_NOOP("Kinds", "Canvas"),
}

#: What a kind is, for menus ("Add input ▸ …") and the Properties panel.
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

#: One colour per kind, for the canvas's boxes and the Layers list's badges alike. A canvas
#: is drawn in its own colour; this one stands for a canvas whose colour is not known.
COLORS: dict[int, QColor] = {
    InputType.AUDIO_VIDEO: QColor("#3a6ea5"),
    InputType.VIDEO_ONLY: QColor("#7150a8"),
    InputType.AUDIO_ONLY: QColor("#3c8f64"),
    InputType.PICTURE: QColor("#c7802e"),
    InputType.CANVAS: QColor("#6f6f6f"),
}
#: An input_type the service does not have.
UNKNOWN = QColor("#6f6f6f")

#: A new input's id prefix per kind, so the canvas reads well before the producer renames it.
ID_PREFIXES: dict[int, str] = {
    InputType.AUDIO_VIDEO: "stream",
    InputType.VIDEO_ONLY: "video",
    InputType.AUDIO_ONLY: "audio",
    InputType.PICTURE: "picture",
    InputType.CANVAS: "canvas",
}

_LETTERS = {InputType.AUDIO_VIDEO: "AV", InputType.VIDEO_ONLY: "V", InputType.AUDIO_ONLY: "A",
            InputType.PICTURE: "P", InputType.CANVAS: "C"}


def tag(kind: int) -> str:
    return QCoreApplication.translate("Kinds", TAGS[kind]) if kind in TAGS else f"? {kind}"


def name(kind: int) -> str:
    return QCoreApplication.translate("Kinds", NAMES[kind]) if kind in NAMES else f"? {kind}"


def qcolor(text: str | None) -> QColor | None:
    """A canvas's ``color`` (0xRRGGBB) as a QColor; None if it is not one."""
    rgb = parse_color(text)
    return QColor(*rgb) if rgb is not None else None


def color(kind: int, canvas_color: str | None = None) -> QColor:
    """The colour an input of ``kind`` is drawn in (a canvas: its own, when it has one)."""
    if kind == InputType.CANVAS and (own := qcolor(canvas_color)) is not None:
        return own
    return QColor(COLORS.get(kind, UNKNOWN))


def describe(kind: int, canvas_color: str | None = None, picture_id: int | None = None) -> str:
    """The kind with what tells two inputs of it apart, as the canvas labels a box."""
    if kind == InputType.PICTURE:
        if picture_id is None:
            return QCoreApplication.translate("Kinds", "Watermark (no picture_id)")
        return QCoreApplication.translate("Kinds", "Watermark #%1").replace("%1", str(picture_id))
    if kind == InputType.CANVAS:
        if canvas_color is None:  # optional in the spec: the server draws its own default
            return QCoreApplication.translate("Kinds", "Canvas (server's default colour)")
        return QCoreApplication.translate("Kinds", "Canvas %1").replace("%1", canvas_color)
    if kind in NAMES:
        return name(kind)
    return QCoreApplication.translate("Kinds", "input_type %1 (not valid)").replace("%1",
                                                                                  str(kind))


def icon(kind: int, canvas_color: str | None = None, size: int = 16) -> QIcon:
    """A badge for a kind in its colour; a canvas shows its own, so a red canvas reads red."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = color(kind, canvas_color)
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
