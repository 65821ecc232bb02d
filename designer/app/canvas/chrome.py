"""The canvas view's chrome: zoom and fit, the safe-area overlay, the template note, the hint
on an empty layout and short notices. A mixin of ``CanvasView`` (it uses the view's scene,
editor and signals)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent, QTransform
from PySide6.QtWidgets import QGraphicsView, QLabel

from designer.app.canvas import style
from designer.app.canvas.style import arg, translate
from designer.app.messages import problem_line
from designer.core.geometry import server_background_size
from designer.core.problems import WarningCode
from designer.core.templates import TEMPLATE_INPUTS

_LABEL_STYLE = ("QLabel { background: rgba(0, 0, 0, 170); color: white; padding: 4px 8px;"
                " border-radius: 4px; }")


class ViewChrome:
    MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.02, 32.0, 1.25
    #: Space around the fitted output, in screen pixels.
    FIT_MARGIN = 24

    def _init_chrome(self) -> None:
        self._auto_fit = True  # fit again on resize until the producer zooms
        self._safe = False
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._note = self._overlay_label("template_note")
        self._notice = self._overlay_label("canvas_notice")
        self._empty_hint = self._overlay_label("empty_hint")
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_hint.setText(translate(
            "Canvas", "This layout has no inputs yet.\nAdd one from the toolbar or Layout ▸ Add "
                      "input, or start from a ready-made layout: File ▸ New from scenario."))
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(4000)
        self._notice_timer.timeout.connect(self._notice.hide)
        self.message.connect(self._show_notice)
        self._scene.layers_updated.connect(self._update_note)
        self._editor.problems_changed.connect(self._update_note)
        self._update_note()

    def _overlay_label(self, name: str) -> QLabel:
        label = QLabel(self.viewport())
        label.setObjectName(name)
        label.setStyleSheet(_LABEL_STYLE)
        label.setWordWrap(True)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.hide()
        return label

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``anchor`` (viewport px) in place."""
        factor = min(self.MAX_ZOOM, max(self.MIN_ZOOM, factor))
        point = (anchor or QPointF(self.viewport().rect().center())).toPoint()
        before = self.mapToScene(point)
        self.setTransform(QTransform.fromScale(factor, factor))
        delta = self.mapFromScene(before) - point
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self._auto_fit = False
        self._zoomed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / self.ZOOM_STEP)

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        """Show the whole output (and the audio strip under it), and keep doing so on resize."""
        if self._crop is not None:
            s = self._crop.source_rect()
            x, y, width, height, below = s.x, s.y, s.width, s.height, 40.0
        else:
            (width, height), x, y = self._scene.output_size(), 0.0, 0.0
            strip = self._scene.strip().childrenBoundingRect()
            below = strip.bottom() + 8 if not strip.isEmpty() else 0.0
        view = self.viewport().rect()
        margin = self.FIT_MARGIN
        above = self._note.height() + 8 if self._note.isVisibleTo(self) else 0.0
        if width <= 0 or height <= 0 or view.width() <= 2 * margin:
            return
        factor = min((view.width() - 2 * margin) / width,
                     (view.height() - 2 * margin - below - above) / height)
        factor = min(self.MAX_ZOOM, max(self.MIN_ZOOM, factor))
        self.setTransform(QTransform.fromScale(factor, factor))
        self.centerOn(x + width / 2, y + height / 2 + (below - above) / 2 / factor)
        self._auto_fit = True
        self._zoomed()

    def _zoomed(self) -> None:
        width, _ = self._scene.output_size()
        self._scene.strip().set_wrap_width(width * self.zoom())
        self.zoom_changed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_to_window()
        self._place_labels()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self.fit_to_window()

    # -- overlays and notes ---------------------------------------------------------------

    def safe_area(self) -> bool:
        return self._safe

    def set_safe_area(self, on: bool) -> None:
        """Show the action-safe (90 %) and title-safe (80 %) areas over the output."""
        self._safe = bool(on)
        self._scene.overlay().set_safe_area(self._safe)

    def note_text(self) -> str:
        return self._note.text() if self._note.isVisibleTo(self) else ""

    def _update_note(self, *_: object) -> None:
        template = self._editor.layout.para.mix_stream_template_id
        lines = []
        if template in TEMPLATE_INPUTS or self._scene.shows_template_boxes():
            lines.append(arg(translate("Canvas", "Template %1 preview: dashed boxes are "
                                                 "approximate; the server places them, keeping "
                                                 "each source's aspect ratio"), template))
        # The template's own problems: a count it cannot lay out (-20), or nothing to place.
        lines += [problem_line(p) for p in self._editor.problems
                  if p.field == "mix_stream_template_id"
                  and p.code in (-20, WarningCode.TEMPLATE_UNUSED)]
        layout = self._editor.layout
        if self._scene.layer_items() and server_background_size(layout) is None:
            width, height = self._scene.output_size()
            lines.append(arg(translate("Canvas", "Drawn at %1×%2, a guess: the output's real size "
                                                 "is not known. Declare layer 1's source "
                                                 "resolution (Properties) to be sure."),
                             style.px(width), style.px(height)))
        self._note.setText("\n".join(lines))
        self._note.setVisible(bool(lines) and self._crop is None)
        self._empty_hint.setVisible(not self._editor.layout.para.inputs)
        self._place_labels()

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.show()
        self._place_labels()
        self._notice_timer.start()

    def empty_hint(self) -> str:
        return self._empty_hint.text() if self._empty_hint.isVisibleTo(self) else ""

    def _place_labels(self) -> None:
        # The template note top-left, notices bottom-right: they never cover each other, and
        # in crop mode the crop's own label sits at the crop box's bottom-left. The empty
        # layout's hint sits in the middle, where the inputs will be.
        room = max(120, self.viewport().width() - 16)
        for label in (self._note, self._notice, self._empty_hint):
            if not label.text():
                continue
            metrics = label.fontMetrics()
            wanted = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            wanted += 24
            width = min(room, 440 if label is self._empty_hint else 560, wanted)
            # A wrapping label's sizeHint is for a width of its own choosing: ask for ours.
            # (Resized, not given a fixed size: a minimum height would stick when it shrinks.)
            label.resize(width, label.heightForWidth(width))
        self._note.move(QPoint(8, 8))
        self._notice.move(QPoint(max(8, self.viewport().width() - self._notice.width() - 8),
                                 max(8, self.viewport().height() - self._notice.height() - 8)))
        hint = self._empty_hint
        hint.move(QPoint(max(8, (self.viewport().width() - hint.width()) // 2),
                         max(8, (self.viewport().height() - hint.height()) // 2)))
