"""A layer on the canvas: one box per input with a picture, and its resize handles.

A ``LayerItem`` shows a ``LayerState`` (layerstate.py) the scene builds from the model; it
holds no model state of its own. During a gesture the view moves or resizes items directly
(``set_rect``) and the model hears of it only on release.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from designer.app import kinds
from designer.app.canvas.drawing import style
from designer.app.canvas.drawing.layerstate import LayerState, LiveLook
from designer.app.canvas.drawing.picture import paint_picture
from designer.app.canvas.drawing.style import arg
from designer.app.canvas.items.handles import HandleItem
from designer.app.messages import problem_line
from designer.core.arrange import Handle
from designer.core.geometry import Rect
from designer.core.placement import Origin
from designer.core.problems import Problem


class LayerItem(QGraphicsRectItem):
    # A QGraphicsRectItem (no pen) for its C++ boundingRect and shape; the paint is ours.

    def __init__(self, state: LayerState, background: bool = False):
        super().__init__(0, 0, state.rect.width, state.rect.height)
        self.setPen(Qt.PenStyle.NoPen)
        self._state = state
        self._background = background
        self._x, self._y = state.rect.x, state.rect.y
        self._w, self._h = state.rect.width, state.rect.height
        self._selected = False
        self._own_handles = True  # off in a multiple selection: the group box has them
        self._preview = False
        #: Drawn mid-gesture (preview) since the model last set the state: tooltip and cursor
        #: still describe the old one.
        self._previewed = False
        self._errors: list[Problem] = []
        self._warnings: list[Problem] = []
        self._handles: list[HandleItem] = []
        #: The boxes of layers above this one that overlap it (output pixels): its labels
        #: go where these leave them room.
        self._covers: tuple[Rect, ...] = ()
        # Painted once into a pixmap per zoom and size: a drag then only blits it (the paint,
        # text included, is Python and would run for every item a move uncovers).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(state.rect.x, state.rect.y)
        self._update_cursor()
        self._update_tooltip()

    # -- state ----------------------------------------------------------------------------

    @property
    def uid(self) -> str:
        return self._state.uid

    @property
    def state(self) -> LayerState:
        return self._state

    @property
    def is_background(self) -> bool:
        return self._background

    @property
    def movable(self) -> bool:
        return not self._background and not self._state.locked

    @property
    def has_errors(self) -> bool:
        return bool(self._errors)

    def rect(self) -> Rect:
        """Where the box is drawn now, in output pixels (mid-gesture: not yet the model's)."""
        return Rect(self._x, self._y, self._w, self._h)

    def set_state(self, state: LayerState, background: bool) -> None:
        if state == self._state and background == self._background and not self._previewed:
            return
        self._state, self._background, self._previewed = state, background, False
        self.set_rect(state.rect)
        self._show_handles()
        self._update_cursor()
        self._update_tooltip()
        self.update()

    def preview(self, state: LayerState) -> None:
        """Draw ``state`` mid-gesture: the drawing only (a move's hot path); the tooltip and
        cursor follow when the gesture ends and the model tells the item its new state."""
        self._state, self._previewed = state, True
        self.set_rect(state.rect)
        self.update()

    def show_look(self, look: LiveLook) -> None:
        """Live probing's latest picture and badge, drawn where the box is now (mid-gesture
        too: nothing moves)."""
        state = self._state
        if look.frame is state.frame and look.badge == state.badge:
            return
        self._state = replace(state, frame=look.frame, badge=look.badge)
        if look.badge != state.badge:
            self._update_tooltip()
        self.update()

    def _update_cursor(self) -> None:
        if self.movable:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.unsetCursor()

    def set_rect(self, rect: Rect) -> None:
        """Move/resize the drawing only (the gesture hot path: no model, no tooltip)."""
        if (rect.width, rect.height) != (self._w, self._h):
            self._w, self._h = rect.width, rect.height
            self.setRect(0, 0, rect.width, rect.height)
            self._place_handles()
        self.move_to(rect.x, rect.y)

    def move_to(self, x: float, y: float) -> None:
        """Move the drawing only: the drag's hot path (the position is kept here too, so
        reading it back costs no call into Qt)."""
        if x != self._x or y != self._y:
            self._x, self._y = x, y
            self.setPos(x, y)

    def set_selected(self, selected: bool, own_handles: bool = True) -> None:
        """Draw as selected; ``own_handles`` False leaves the handles to the group's box."""
        if own_handles != self._own_handles:
            self._own_handles = own_handles
            self._show_handles()
        if selected != self._selected:
            self._selected = selected
            self._show_handles()
            self.update()

    def set_preview(self, preview: bool) -> None:
        """Shown as "about to be selected" while a rubber band passes over it."""
        if preview != self._preview:
            self._preview = preview
            self.update()

    def set_problems(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]
        if (errors, warnings) != (self._errors, self._warnings):
            self._errors, self._warnings = errors, warnings
            self._update_tooltip()
            self.update()

    def size_text(self) -> str:
        """The box's size as its label shows it: where it is drawn now (mid-resize too)."""
        return f"{style.px(self._w)}×{style.px(self._h)}"

    def set_covers(self, covers: tuple[Rect, ...]) -> None:
        """The boxes above this one that overlap it (the scene works them out)."""
        if covers != self._covers:
            self._covers = covers
            self.update()

    def handles(self) -> list[HandleItem]:
        return [h for h in self._handles if h.isVisible()]

    # -- handles ----------------------------------------------------------------------------

    def _show_handles(self) -> None:
        wanted = self._selected and self._own_handles and self.movable
        if wanted and not self._handles:
            self._handles = [HandleItem(handle, self) for handle in Handle]
            self._place_handles()
        for handle in self._handles:
            handle.setVisible(wanted)

    def _place_handles(self) -> None:
        for item in self._handles:
            fx, fy = item.handle.value
            item.setPos(fx * self._w, fy * self._h)

    # -- tooltip ----------------------------------------------------------------------------

    def _update_tooltip(self) -> None:
        s = self._state
        layer = "?" if s.layer is None else str(s.layer)
        kind = kinds.describe(s.kind, s.color, s.picture_id)
        lines = [QCoreApplication.translate("Canvas", "Layer") + f" {layer} · {s.label} — {kind}"]
        r = s.rect
        lines.append(arg(QCoreApplication.translate("Canvas", "Box %1×%2 at (%3, %4) output px"),
                         style.px(r.width), style.px(r.height), style.px(r.x), style.px(r.y)))
        if self._background:
            lines.append(QCoreApplication.translate("Canvas",
                                                    "Background: layer 1 fills the output"))
        if s.origin is Origin.TEMPLATE:
            lines.append(QCoreApplication.translate(
                "Canvas", "Template box: approximate, the server places it (keeping the source's "
                          "aspect ratio)"))
        elif s.origin is Origin.GUESS:
            lines.append(QCoreApplication.translate(
                "Canvas", "Size unknown: set a size or declare the source resolution (drawn as a "
                          "guess)"))
        if s.locked:
            lines.append(QCoreApplication.translate("Canvas", "Locked"))
        if s.off_air:
            lines.append(QCoreApplication.translate(
                "Canvas", "Off air: not sent. Tick On air in Layers (or Put back on air) to "
                          "send it again."))
        if s.badge is not None:
            lines.append(s.badge.detail or s.badge.text)
        lines += [problem_line(p) for p in self._errors + self._warnings]
        self.setToolTip("\n".join(lines))

    # -- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self._state
        transform = painter.worldTransform()
        device = transform.mapRect(QRectF(0, 0, self._w, self._h))
        painter.save()
        painter.resetTransform()
        if s.off_air:  # not sent: a ghost of where it was, to be put back on air
            painter.setOpacity(0.3)
        # The picture's own caption only where the box's labels leave room for it.
        paint_picture(painter, s, device, background=self._background, caption_from=56.0)
        painter.setOpacity(1.0)
        self._paint_outline(painter, device)
        if device.width() >= 16 and device.height() >= 16:
            covers = [transform.mapRect(QRectF(c.x - self._x, c.y - self._y, c.width, c.height))
                      for c in self._covers]
            self._paint_text(painter, device, covers)
        painter.restore()

    def _paint_outline(self, painter: QPainter, device: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = device.adjusted(0.5, 0.5, -0.5, -0.5)
        if self._state.off_air:
            painter.setPen(style.cosmetic(QColor(255, 255, 255, 170), 1.5, Qt.PenStyle.DotLine))
        elif self._state.origin is Origin.TEMPLATE:
            painter.setPen(style.cosmetic(QColor("#ffe27a"), 1.5, Qt.PenStyle.DashLine))
        elif not self._background:
            painter.setPen(style.cosmetic(QColor(255, 255, 255, 140)))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(inner)
        if self._errors:
            painter.setPen(style.cosmetic(style.ERROR, 2))
            painter.drawRect(device.adjusted(1, 1, -1, -1))
        if self._selected or self._preview:
            line = Qt.PenStyle.SolidLine if self._selected else Qt.PenStyle.DashLine
            painter.setPen(style.cosmetic(style.ACCENT, 2, line))
            painter.drawRect(device.adjusted(3, 3, -3, -3) if self._errors
                             else device.adjusted(1, 1, -1, -1))

    def _paint_text(self, painter: QPainter, device: QRectF, covers: list[QRectF]) -> None:
        """The box's labels, each whole where it is not covered by a box above nor by another
        label: the title ("2 · guest", else just the layer number), the kind under it, the
        size in a free corner. A label with no such place is left out (the tooltip and the
        Layers list still say it)."""
        s = self._state
        taken = list(covers)
        icons = self._icon_corner(device)
        if icons is not None:
            taken.append(icons)
        painter.setFont(style.label_font(bold=True))
        title = self._place_title(painter, device, taken)
        painter.setFont(style.label_font())
        if title is not None and title[1]:
            kind = kinds.describe(s.kind, s.color, s.picture_id)
            if s.origin is Origin.TEMPLATE:
                kind = f"{kind} · " + QCoreApplication.translate("Canvas",
                                                                 "template, approximate")
            elif s.origin is Origin.GUESS:
                kind = f"{kind} · " + QCoreApplication.translate("Canvas", "size unknown")
            box = title[0]
            below = box.top() < device.center().y()
            size = _label_size(painter, kind)
            y = box.bottom() + 2 if below else box.top() - 2 - size.height()
            # Lined up with the title on its side of the box.
            right = box.left() - device.left() > device.right() - box.right()
            x = box.right() - size.width() if right else box.left()
            rect = QRectF(x, y, size.width(), size.height())
            if _free(rect, device, taken):
                style.draw_label(painter, rect.left(), rect.top(), kind)
                taken.append(rect)
        if s.badge is not None:  # before the size: while live it matters more
            _place_badge(painter, device, taken, s.badge.text, s.badge.alarm)
        text = self.size_text()
        size = _label_size(painter, text)
        for corner in (BOTTOM_RIGHT, BOTTOM_LEFT, TOP_RIGHT, TOP_LEFT):
            rect = _at_corner(device, size, corner)
            if _free(rect, device, taken):
                style.draw_label(painter, rect.left(), rect.top(), text)
                break
        if s.locked:
            self._paint_lock(painter, QPointF(device.right() - 14, device.top() + 6))
        if self._warnings and not self._errors and device.width() >= 60:
            painter.setPen(style.cosmetic(QColor("#000000")))
            painter.setBrush(style.WARNING)
            corner = QPointF(device.right() - (30 if s.locked else 14), device.top() + 6)
            painter.drawEllipse(QRectF(corner, corner + QPointF(10, 10)))

    def _place_title(self, painter: QPainter, device: QRectF,
                     taken: list[QRectF]) -> tuple[QRectF, bool] | None:
        """Draw the title in the first corner where it is whole and free: the full one, then
        a shorter one, then the layer number alone. Its box, and whether it is the full one."""
        s = self._state
        layer = "?" if s.layer is None else str(s.layer)
        named = f"{layer} · {s.label}"
        texts = [named]
        if s.off_air:  # said in every length: it is why the box is a ghost
            off_air = QCoreApplication.translate("Canvas", "off air")
            texts = [f"{named} · {off_air}", f"{layer} · {off_air}"]
        elif self._background:
            background = QCoreApplication.translate("Canvas", "background")
            if background.lower() not in s.label.lower():  # not "Background · background"
                texts.insert(0, f"{named} · {background}")
        texts.append(layer)
        for text in dict.fromkeys(texts):
            size = _label_size(painter, text)
            for corner in (TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT):
                rect = _at_corner(device, size, corner)
                if _free(rect, device, taken):
                    style.draw_label(painter, rect.left(), rect.top(), text)
                    taken.append(rect)
                    return rect, text != layer
        return None

    def _icon_corner(self, device: QRectF) -> QRectF | None:
        """Where the lock and the warning dot are drawn (top-right), if any is."""
        count = int(self._state.locked) + int(bool(self._warnings and not self._errors
                                                   and device.width() >= 60))
        if not count:
            return None
        return QRectF(device.right() - 6 - 16 * count, device.top() + 4, 16 * count, 14)

    @staticmethod
    def _paint_lock(painter: QPainter, at: QPointF) -> None:
        painter.setPen(style.cosmetic(QColor("#ffffff"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(at.x() + 1.5, at.y(), 7, 8), 0, 180 * 16)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(at.x(), at.y() + 4, 10, 7))


# Where a label sits in its box: (x, y) as a fraction of the room left around it.
TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT = (0, 0), (1, 0), (0, 1), (1, 1)
#: Room between a label and its box's edge, in device pixels.
MARGIN = 4.0


def _place_badge(painter: QPainter, device: QRectF, taken: list[QRectF], text: str,
                 alarm: bool) -> None:
    """Live probing's note ("probed 540×960", "no signal": red) in the first free corner,
    bottom left first; none where there is no room (the tooltip says it too)."""
    size = _label_size(painter, text)
    for corner in (BOTTOM_LEFT, BOTTOM_RIGHT, TOP_RIGHT, TOP_LEFT):
        rect = _at_corner(device, size, corner)
        if _free(rect, device, taken):
            style.draw_label(painter, rect.left(), rect.top(), text,
                             back=style.ALARM if alarm else style.LABEL_BACK)
            taken.append(rect)
            return


def _label_size(painter: QPainter, text: str) -> QSizeF:
    """The size ``style.draw_label`` gives ``text`` in the painter's font."""
    metrics = painter.fontMetrics()
    return QSizeF(metrics.horizontalAdvance(text) + 8, metrics.height() + 2)


def _at_corner(device: QRectF, size: QSizeF, corner: tuple[int, int]) -> QRectF:
    fx, fy = corner
    x = device.left() + MARGIN + fx * (device.width() - 2 * MARGIN - size.width())
    y = device.top() + MARGIN + fy * (device.height() - 2 * MARGIN - size.height())
    return QRectF(x, y, size.width(), size.height())


def _free(rect: QRectF, device: QRectF, taken: list[QRectF]) -> bool:
    """Inside the box (with its margin), over nothing already there."""
    inside = device.adjusted(MARGIN - 0.5, MARGIN - 0.5, 0.5 - MARGIN, 0.5 - MARGIN)
    return inside.contains(rect) and not any(rect.intersects(other) for other in taken)
