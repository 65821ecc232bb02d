"""The canvas's zoom: a factor (1.0 = one output pixel per screen pixel), steps in and out, and
"fit": the whole output in the window, kept fitted on every resize until the producer zooms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView

from designer.core.geometry import Rect

#: The view's transform and scroll position, to go back to (after crop mode).
SavedView = tuple[QTransform, int, int, bool]


class ZoomControl(QObject):
    #: The zoom factor changed.
    changed = Signal(float)

    MIN, MAX, STEP = 0.02, 32.0, 1.25
    #: Space around the fitted output, in screen pixels.
    FIT_MARGIN = 24

    def __init__(self, view: QGraphicsView):
        super().__init__(view)
        self._view = view
        #: Fit again on resize, until the producer zooms.
        self.auto_fit = True
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        view.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def factor(self) -> float:
        return self._view.transform().m11()

    def set_factor(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``anchor`` (viewport px) in place."""
        view = self._view
        factor = min(self.MAX, max(self.MIN, factor))
        point = (anchor or QPointF(view.viewport().rect().center())).toPoint()
        before = view.mapToScene(point)
        view.setTransform(QTransform.fromScale(factor, factor))
        delta = view.mapFromScene(before) - point
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + delta.x())
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + delta.y())
        self.auto_fit = False
        self.changed.emit(self.factor())

    def zoom_in(self) -> None:
        self.set_factor(self.factor() * self.STEP)

    def zoom_out(self) -> None:
        self.set_factor(self.factor() / self.STEP)

    def actual_size(self) -> None:
        self.set_factor(1.0)

    def fit(self, rect: Rect, below: float = 0.0, above: float = 0.0) -> None:
        """Show ``rect`` (scene px) whole, with ``below`` and ``above`` device px kept free under
        and over it (the audio strip, the template note), and keep doing so on resize."""
        view = self._view
        area = view.viewport().rect()
        margin = self.FIT_MARGIN
        if rect.width <= 0 or rect.height <= 0 or area.width() <= 2 * margin:
            return
        factor = min((area.width() - 2 * margin) / rect.width,
                     (area.height() - 2 * margin - below - above) / rect.height)
        factor = min(self.MAX, max(self.MIN, factor))
        view.setTransform(QTransform.fromScale(factor, factor))
        view.centerOn(rect.x + rect.width / 2,
                      rect.y + rect.height / 2 + (below - above) / 2 / factor)
        self.auto_fit = True
        self.changed.emit(self.factor())

    def save(self) -> SavedView:
        view = self._view
        return (QTransform(view.transform()), view.horizontalScrollBar().value(),
                view.verticalScrollBar().value(), self.auto_fit)

    def restore(self, saved: SavedView) -> None:
        view = self._view
        transform, h, v, self.auto_fit = saved
        view.setTransform(transform)
        view.horizontalScrollBar().setValue(h)
        view.verticalScrollBar().setValue(v)
        self.changed.emit(self.factor())
