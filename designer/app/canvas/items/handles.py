"""Resize handles: fixed-size squares on screen at a box's 8 points (canvas and crop box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from designer.app.canvas.drawing import style
from designer.core.arrange import Handle

_CURSORS = {
    Handle.TOP_LEFT: Qt.CursorShape.SizeFDiagCursor,
    Handle.BOTTOM_RIGHT: Qt.CursorShape.SizeFDiagCursor,
    Handle.TOP_RIGHT: Qt.CursorShape.SizeBDiagCursor,
    Handle.BOTTOM_LEFT: Qt.CursorShape.SizeBDiagCursor,
    Handle.TOP: Qt.CursorShape.SizeVerCursor,
    Handle.BOTTOM: Qt.CursorShape.SizeVerCursor,
    Handle.LEFT: Qt.CursorShape.SizeHorCursor,
    Handle.RIGHT: Qt.CursorShape.SizeHorCursor,
}


class HandleItem(QGraphicsRectItem):
    """A resize handle: a fixed-size square on screen at one of the box's 8 points.

    A plain QGraphicsRectItem underneath: Qt asks a handle for its bounds many times per
    repaint, and C++ answers faster than a Python override.
    """

    def __init__(self, handle: Handle, parent: QGraphicsItem):
        half = style.HANDLE_SIZE / 2
        super().__init__(-half, -half, 2 * half, 2 * half, parent)
        self.handle = handle
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPen(style.cosmetic(style.ACCENT))
        self.setBrush(QColor("#ffffff"))
        self.setCursor(_CURSORS[handle])
        self.setZValue(1)
