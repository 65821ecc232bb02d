"""Canvas commands that are not drags: align, distribute, centre, Fill/Fit, crop mode.

A mixin of ``CanvasView``. Each command acts on the selection (or the uid given), works out
new boxes or a crop with the pure functions of designer.core, and makes one editor call:
one undo step. Locked layers and the background are left where they are.
"""

from __future__ import annotations

from PySide6.QtGui import QTransform

from designer.app.canvas.crop import CropSession
from designer.app.canvas.style import arg, translate
from designer.core import arrange
from designer.core.cropping import crop_rect, fill_crop, to_crop_params
from designer.core.geometry import Rect
from designer.core.model import STREAM_VIDEO_TYPES


class CanvasCommands:
    # -- arrange ----------------------------------------------------------------------------

    def _movable_selection(self) -> dict[str, Rect]:
        return {uid: item.rect() for uid in self._editor.selection
                if (item := self._scene.layer_item(uid)) is not None and item.movable}

    def align(self, kind: arrange.Align | str) -> bool:
        """Align the selected layers (one layer: to the output) on an edge or centre."""
        rects = self._movable_selection()
        reference = self.output_rect() if len(rects) == 1 else None
        return bool(rects) and self._editor.set_rects(
            arrange.align(rects, kind, reference), translate("Canvas", "Align"))

    def distribute(self, axis: arrange.Axis | str) -> bool:
        """Equal gaps between three or more selected layers."""
        rects = self._movable_selection()
        return len(rects) >= 3 and self._editor.set_rects(
            arrange.distribute(rects, axis), translate("Canvas", "Distribute"))

    def center_in_output(self) -> bool:
        rects = self._movable_selection()
        rects = arrange.center_in(rects, self._scene.output_size())
        return bool(rects) and self._editor.set_rects(rects, translate("Canvas",
                                                                       "Centre in output"))

    # -- fill and fit -----------------------------------------------------------------------

    def _one(self, uid: str | None) -> str | None:
        if uid is not None:
            return uid
        selection = self._editor.selection
        if len(selection) != 1:
            self.message.emit(translate("Canvas", "Select one layer first"))
            return None
        return selection[0]

    def _croppable(self, uid: str | None):  # -> LayerItem | None
        uid = self._one(uid)
        item = self._scene.layer_item(uid) if uid is not None else None
        if item is None:
            if uid is not None:
                self.message.emit(translate("Canvas", "This input has no picture on the canvas"))
            return None
        if item.state.kind not in STREAM_VIDEO_TYPES:
            self.message.emit(translate("Canvas", "Only stream inputs (audio + video, video "
                                                  "only) can be cropped"))
            return None
        if item.state.source_size is None:
            self.message.emit(arg(translate("Canvas", "The source resolution of %1 is unknown: "
                                                      "declare it (Properties → source "
                                                      "width/height) to crop it"),
                                  item.state.label))
            return None
        return item

    def fill(self, uid: str | None = None) -> bool:
        """Crop the source so it fills its box with no black bars (spec FAQ 8)."""
        item = self._croppable(uid)
        if item is None:
            return False
        box, source = item.rect(), item.state.source_size
        crop = fill_crop(*source, box.width, box.height)
        return self._editor.set_crop(item.uid, to_crop_params(crop_rect(crop, source), source))

    def fit(self, uid: str | None = None) -> bool:
        """Drop the crop: the whole source in its box, black bars where aspects differ."""
        uid = self._one(uid)
        return uid is not None and self._editor.set_crop(uid, None)

    # -- crop mode --------------------------------------------------------------------------

    def enter_crop_mode(self, uid: str | None = None) -> bool:
        """Show the layer's whole source with its crop box; False (and a notice) if the layer
        cannot be cropped, e.g. its source resolution is not declared."""
        if self._crop is not None:
            return False
        item = self._croppable(uid)
        if item is None:
            return False
        self.cancel_interaction()
        self._saved_view = (self.transform(), self.horizontalScrollBar().value(),
                            self.verticalScrollBar().value(), self._auto_fit)
        stream = self._editor.document.stream(item.uid)
        self._crop = CropSession(self, item.uid, item.state.source_size, item.rect(),
                                 stream.crop_params)
        self.setScene(self._crop.scene)
        self.fit_to_window()
        self._update_note()
        self.crop_mode_changed.emit(True)
        self.message.emit(arg(translate("Canvas", "Crop %1: drag the box or its handles (Shift "
                                                  "frees the aspect, Ctrl stops snapping), drag "
                                                  "the picture to pan it; F fills the box, "
                                                  "Enter applies, Esc cancels"), item.state.label))
        return True

    def apply_crop(self) -> bool:
        """Leave crop mode, writing the crop: one undo step if it changed."""
        if self._crop is None:
            return False
        uid, crop = self._crop.uid, self._crop.result()
        self._leave_crop()
        return self._editor.set_crop(uid, crop)

    def cancel_crop(self) -> bool:
        if self._crop is None:
            return False
        self._leave_crop()
        return True

    def _leave_crop(self) -> None:
        self.cancel_interaction()
        session, self._crop = self._crop, None
        self.setScene(self._scene)
        transform, h, v, auto_fit = self._saved_view
        self.setTransform(QTransform(transform))
        self.horizontalScrollBar().setValue(h)
        self.verticalScrollBar().setValue(v)
        self._auto_fit = auto_fit
        session.scene.deleteLater()
        self._update_note()
        self._zoomed()
        self.crop_mode_changed.emit(False)
