"""Canvas commands that are not drags: align, distribute, centre in the output, and Fill / Fit
a stream's picture in its box.

Each acts on the selection (or the input given), works out new boxes or a crop with the pure
functions of designer.core, and makes one editor call: one undo step. Locked layers and the
background stay where they are. Registered as actions, so menus and the context menu share
them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from designer.app.actions.registry import ActionRegistry
from designer.app.canvas.items.layer import LayerItem
from designer.app.canvas.scene import CanvasScene
from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.core import arrange
from designer.core.cropping import crop_rect, fill_crop, to_crop_params
from designer.core.geometry import Rect
from designer.core.model import STREAM_VIDEO_TYPES, CropParams

Notify = Callable[[str], None]


class ArrangeCommands(QObject):
    def __init__(self, editor: DocumentEditor, scene: CanvasScene, notify: Notify,
                 registry: ActionRegistry, parent: QObject | None = None):
        super().__init__(parent)
        self._editor, self._scene, self._notify = editor, scene, notify
        for kind, text, key in (
                (arrange.Align.LEFT, self.tr("Align &left"), "Ctrl+Alt+Left"),
                (arrange.Align.RIGHT, self.tr("Align &right"), "Ctrl+Alt+Right"),
                (arrange.Align.TOP, self.tr("Align &top"), "Ctrl+Alt+Up"),
                (arrange.Align.BOTTOM, self.tr("Align &bottom"), "Ctrl+Alt+Down"),
                (arrange.Align.H_CENTER, self.tr("Align centres &horizontally"), "Ctrl+Alt+H"),
                (arrange.Align.V_CENTER, self.tr("Align centres &vertically"), "Ctrl+Alt+V")):
            registry.add(f"align-{kind.value}", text, lambda kind=kind: self.align(kind), key,
                         needs_selection=True)
        registry.add("distribute-h", self.tr("Distribute hori&zontally"),
                     lambda: self.distribute(arrange.Axis.HORIZONTAL), "Ctrl+Alt+Shift+H",
                     needs_selection=True)
        registry.add("distribute-v", self.tr("Distribute verti&cally"),
                     lambda: self.distribute(arrange.Axis.VERTICAL), "Ctrl+Alt+Shift+V",
                     needs_selection=True)
        registry.add("center", self.tr("C&entre in output"), self.center_in_output,
                     "Ctrl+Alt+C", needs_selection=True)
        registry.add("fill", self.tr("F&ill box (crop, no black bars)"), self._fill_selection,
                     "Ctrl+Shift+F", needs_selection=True)
        registry.add("fit", self.tr("Fi&t whole source"), self._fit_selection, "Ctrl+Shift+T",
                     needs_selection=True)

    # -- arrange ----------------------------------------------------------------------------

    def movable_selection(self) -> dict[str, Rect]:
        return {uid: item.rect() for uid in self._editor.selection
                if (item := self._scene.layer_item(uid)) is not None and item.movable}

    def align(self, kind: arrange.Align) -> bool:
        """Align the selected layers (one layer: to the output) on an edge or centre."""
        rects = self.movable_selection()
        width, height = self._scene.output_size()
        reference = Rect(0.0, 0.0, width, height) if len(rects) == 1 else None
        return bool(rects) and self._editor.set_rects(
            arrange.align(rects, kind, reference), self.tr("Align %1"))

    def distribute(self, axis: arrange.Axis) -> bool:
        """Equal gaps between three or more selected layers."""
        rects = self.movable_selection()
        return len(rects) >= 3 and self._editor.set_rects(
            arrange.distribute(rects, axis), self.tr("Distribute %1"))

    def center_in_output(self) -> bool:
        rects = arrange.center_in(self.movable_selection(), self._scene.output_size())
        return bool(rects) and self._editor.set_rects(rects, self.tr("Centre %1 in the output"))

    # -- fill and fit -----------------------------------------------------------------------

    def croppable(self, uid: str | None = None) -> LayerItem | None:
        """The layer ``uid`` (default: the one selected) if its picture can be cropped; else
        None, and a notice says why."""
        if uid is None:
            selection = self._editor.selection
            if len(selection) != 1:
                self._notify(self.tr("Select one layer first"))
                return None
            uid = selection[0]
        item = self._scene.layer_item(uid)
        if item is None:
            self._notify(self.tr("This input has no picture on the canvas"))
            return None
        if item.state.kind not in STREAM_VIDEO_TYPES:
            self._notify(self.tr("Only stream inputs (audio + video, video only) can be cropped"))
            return None
        if item.state.source_size is None:
            self._notify(self.tr("The source resolution of %1 is unknown: declare it (Properties "
                                 "→ source width/height) to crop it").replace("%1",
                                                                              item.state.label))
            return None
        return item

    def fill(self, uid: str | None = None) -> bool:
        """Crop the source so it fills its box with no black bars (spec FAQ 8)."""
        return self._fill({} if (crop := self._filling(uid)) is None else dict([crop]))

    def fit(self, uid: str) -> bool:
        """Drop the crop: the whole source in its box, black bars where aspects differ."""
        return self._fit([uid])

    def _filling(self, uid: str | None) -> tuple[str, CropParams] | None:
        """The crop that makes ``uid``'s picture fill its box; None (said) if it has none."""
        item = self.croppable(uid)
        if item is None or item.state.source_size is None:
            return None
        box, source = item.rect(), item.state.source_size
        crop = fill_crop(*source, box.width, box.height)
        return item.uid, to_crop_params(crop_rect(crop, source), source)

    def _fill(self, crops: dict[str, CropParams]) -> bool:
        return self._editor.edit(
            self._editor.step_text(self.tr("Fill box: %1"), crops),
            [(Part.CROP, uid, {"crop": crop}) for uid, crop in crops.items()])

    def _fit(self, uids: list[str]) -> bool:
        return self._editor.edit(
            self._editor.step_text(self.tr("Show the whole source of %1"), uids),
            [(Part.CROP, uid, {"crop": None}) for uid in uids])

    def _fill_selection(self) -> None:
        # Every layer in one step, as each command acting on the selection.
        self._fill(dict(crop for uid in self._editor.selection
                        if (crop := self._filling(uid)) is not None))

    def _fit_selection(self) -> None:
        self._fit(list(self._editor.selection))
