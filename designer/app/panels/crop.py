"""Crop of the selected inputs (crop_params): a switch, and the four values in source pixels.

The server crops first, then scales the crop to image_width × image_height; the crop must
stay inside the source frame, which validation checks against the declared resolution.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.app.panels.fields import NumberBox, describe
from designer.app.panels.form import add_row
from designer.app.panels.section import Section
from designer.core.model import CropParams, InputType

CROP = ("crop_x", "crop_y", "crop_width", "crop_height")


class CropSection(Section):
    # Pictures come from a stream or an image; a canvas or a sound has nothing to crop.
    kinds = frozenset({InputType.AUDIO_VIDEO, InputType.VIDEO_ONLY, InputType.PICTURE})

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(editor, self.tr("Crop"), parent)
        self.setObjectName("cropSection")
        self.enabled_box = QCheckBox(self.tr("Crop the source"), self)
        self.enabled_box.setObjectName("cropEnabled")
        self.enabled_box.setAccessibleName(self.tr("Crop the source"))
        self.enabled_box.setToolTip(self.tr(
            "Send crop_params: the server cuts this part out of the source first, then "
            "scales it to the layer's width and height. Off: the whole source is shown."))
        self.form.addRow(self.enabled_box)
        self.boxes: dict[str, NumberBox] = {}
        for name in CROP:
            unset = self.tr("not set (0)") if name in ("crop_x", "crop_y") else self.tr(
                "not set (required)")
            box = describe(NumberBox(unset, integer=True), name)
            box.setSuffix(" px")
            box.committed.connect(lambda value, name=name: self._commit(name, value))
            self.boxes[name] = box
            add_row(self.form, name, box)
            self.fields[f"crop_params.{name}"] = box
        self.fields["crop_params"] = self.enabled_box
        self.enabled_box.clicked.connect(self._on_clicked)

    def refresh(self) -> None:
        crops = [self.stream(uid).crop_params for uid in self.uids]
        on = [crop is not None for crop in crops]
        with QSignalBlocker(self.enabled_box):
            self.enabled_box.setTristate(any(on) and not all(on))
            self.enabled_box.setCheckState(Qt.CheckState.Checked if all(on) else
                                           Qt.CheckState.Unchecked if not any(on) else
                                           Qt.CheckState.PartiallyChecked)
        for name, box in self.boxes.items():
            if all(on):
                value, mixed = self.common(
                    lambda uid, name=name: getattr(self.stream(uid).crop_params, name))
            else:
                value, mixed = None, False
            low = 1 if name in ("crop_width", "crop_height") else 0
            box.show_value(value, low, 3000, mixed=mixed, start=low)
            box.setEnabled(all(on))

    def _on_clicked(self) -> None:
        if self.enabled_box.checkState() == Qt.CheckState.Checked:
            self.edit_each(Part.CROP, [(uid, {"crop": self.default_crop(uid)})
                                       for uid in self.uids
                                       if self.stream(uid).crop_params is None],
                           self.tr("Crop %1"))
        else:
            self.edit_all(Part.CROP, {"crop": None}, self.tr("Remove the crop of %1"))
        self.refresh()  # if nothing changed, the box toggled itself: put it back

    def default_crop(self, uid: str) -> CropParams:
        """A crop that changes nothing yet: the whole source, or the box if it is unknown."""
        source = self.design(uid).source_size
        if source is None:
            placement = self.editor.placements().get(uid)
            box = placement.rect if placement else None
            source = (round(box.width), round(box.height)) if box else (1280, 720)
        return CropParams(crop_x=0, crop_y=0, crop_width=source[0], crop_height=source[1])

    def _commit(self, name: str, value: object) -> None:
        changes = []
        for uid in self.uids:
            crop = self.stream(uid).crop_params
            if crop is None:
                continue
            crop = crop.model_copy(deep=True)
            setattr(crop, name, value)
            changes.append((uid, {"crop": crop}))
        self.edit_each(Part.CROP, changes, self.tr("Crop %1"))
