"""The document's controller: the one place user edits become undo commands.

The canvas and the panels call these methods; none of them changes the document directly.
The editor also owns the undo stack, the selection, the file the document came from, and
the live validation result, each announced with a Qt signal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from designer.app import kinds
from designer.app.commands import (
    NUDGE_ID,
    Change,
    ChangeCommand,
    InsertInputsCommand,
    Part,
    RemoveInputsCommand,
    current,
)
from designer.core import presets
from designer.core.document import LayoutDocument
from designer.core.geometry import Rect, background_size
from designer.core.model import (
    MAX_INPUTS,
    CropParams,
    InputDesign,
    InputStream,
    InputType,
    Layout,
    LayoutParams,
)
from designer.core.placement import Origin, Placement, layout_values, placements, uses_fractions
from designer.core.problems import Problem
from designer.core.validation import validate


class DocumentEditor(QObject):
    selection_changed = Signal(list)   # uids
    problems_changed = Signal(list)    # list[Problem]
    path_changed = Signal()

    def __init__(self, document: LayoutDocument | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document or LayoutDocument()
        self.undo_stack = QUndoStack(self)
        self._path: Path | None = None
        self._selection: list[str] = []
        self._problems: list[Problem] = []
        #: The problems of each input, by uid: rebuilt with each validation.
        self._problems_by_uid: dict[str, list[Problem]] = {}
        self._validate()
        # Once per undo step or file: the document announces a batch of changes once.
        self.document.changed.connect(self._revalidate)
        self.document.inputs_reset.connect(self._drop_stale_selection)

    # -- state ----------------------------------------------------------------------------

    @property
    def layout(self) -> Layout:
        return self.document.layout

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    def select(self, uids: Iterable[str]) -> None:
        known = set(self.document.uids())
        selection = [uid for uid in dict.fromkeys(uids) if uid in known]
        if selection != self._selection:
            self._selection = selection
            self.selection_changed.emit(list(selection))

    def problems_for(self, uid: str) -> list[Problem]:
        """The problems of one input (none for an unknown uid)."""
        return list(self._problems_by_uid.get(uid, ()))

    def placements(self) -> dict[str, Placement]:
        """Where each input with a picture will appear, by uid."""
        return {uid: placement for uid, placement in zip(self.document.uids(),
                                                         placements(self.layout), strict=True)
                if placement is not None}

    def background_size(self) -> tuple[float, float]:
        return background_size(self.layout)

    # -- generic edits --------------------------------------------------------------------

    def edit(self, text: str, changes: Iterable[tuple[Part, str, Mapping[str, Any]]],
             merge_id: int = -1) -> bool:
        """Push one undo step changing these fields; False (and no step) if nothing changes."""
        recorded = []
        for part, uid, after in changes:
            before = current(self.document, part, uid, list(after))
            if before != dict(after):
                recorded.append(Change(part, uid, before, dict(after)))
        if not recorded:
            return False
        self.undo_stack.push(ChangeCommand(self.document, text, recorded, merge_id))
        return True

    def set_session_field(self, name: str, value: Any) -> bool:
        return self.edit(self.tr("Change %s") % name, [(Part.SESSION, "", {name: value})])

    def set_layout_fields(self, uid: str, **values: Any) -> bool:
        return self.edit(self.tr("Change layer"), [(Part.LAYOUT, uid, values)])

    def set_stream_id(self, uid: str, value: str | None) -> bool:
        return self.edit(self.tr("Rename stream"),
                         [(Part.STREAM, uid, {"input_stream_id": value})])

    def set_crop(self, uid: str, crop: CropParams | None) -> bool:
        return self.edit(self.tr("Crop"), [(Part.CROP, uid, {"crop": crop})])

    def set_design_fields(self, uid: str, **values: Any) -> bool:
        return self.edit(self.tr("Change layer"), [(Part.DESIGN, uid, values)])

    def set_preview_size(self, width: int, height: int) -> bool:
        """The design-only output size, drawn while layer 1's real size is unknown."""
        return self.edit(self.tr("Change preview size"),
                         [(Part.PREVIEW, "", {"preview_width": width, "preview_height": height})])

    # -- geometry -------------------------------------------------------------------------

    def geometry_values(self, uid: str, rect: Rect,
                        fraction: bool | None = None) -> dict[str, Any]:
        """layout_params for a box in output pixels, in the input's unit (or the one given)."""
        if fraction is None:
            fraction = uses_fractions(self.document.stream(uid).layout_params)
        return layout_values(rect, self.background_size(), fraction)

    def set_rects(self, rects: Mapping[str, Rect], text: str | None = None,
                  merge_id: int = -1) -> bool:
        """Move/resize inputs to boxes in output pixels: one undo step for all of them."""
        return self.edit(
            text or self.tr("Move"),
            [(Part.LAYOUT, uid, self.geometry_values(uid, rect)) for uid, rect in rects.items()],
            merge_id,
        )

    def nudge(self, uids: Iterable[str], dx: float, dy: float) -> bool:
        """Arrow-key moves; repeated nudges of the same layers merge into one undo step."""
        boxes = self.placements()
        rects = {uid: Rect(boxes[uid].rect.x + dx, boxes[uid].rect.y + dy,
                           boxes[uid].rect.width, boxes[uid].rect.height)
                 for uid in uids if uid in boxes and not self.document.design(uid).locked}
        return self.set_rects(rects, self.tr("Nudge"), NUDGE_ID)

    def set_fraction_units(self, uid: str, fraction: bool) -> bool:
        """Switch an input between px and % without moving it (what is sent is what you see)."""
        placement = self.placements().get(uid)
        if placement is None or uses_fractions(self.document.stream(uid).layout_params) == fraction:
            return False
        values = self.geometry_values(uid, placement.rect, fraction)
        return self.edit(self.tr("Change units"), [(Part.LAYOUT, uid, values)])

    # -- z order ----------------------------------------------------------------------------

    def z_order(self) -> list[str]:
        """uids from bottom (layer 1) to top; inputs without a layer last, in list order."""
        uids = self.document.uids()
        return [uids[i] for i in self.layout.z_order()]

    def reorder(self, bottom_to_top: list[str], text: str | None = None) -> bool:
        """Renumber image_layer 1..n in this order (z order is the layer number)."""
        return self.edit(text or self.tr("Reorder layers"),
                         [(Part.LAYOUT, uid, {"image_layer": n})
                          for n, uid in enumerate(bottom_to_top, start=1)])

    def raise_layers(self, uids: Iterable[str], steps: int) -> bool:
        """Move the given layers up (steps > 0) or down in z by ``steps`` places."""
        order = self.z_order()
        chosen = [uid for uid in order if uid in set(uids)]
        if not chosen:
            return False
        for uid in (reversed(chosen) if steps > 0 else chosen):
            position = order.index(uid)
            order.insert(max(0, min(len(order) - 1, position + steps)), order.pop(position))
        text = self.tr("Bring forward") if steps > 0 else self.tr("Send backward")
        return self.reorder(order, text)

    # -- inputs ---------------------------------------------------------------------------

    def new_stream_id(self, kind: int) -> str:
        prefix = kinds.ID_PREFIXES.get(kind, "input")
        taken = {s.input_stream_id for s in self.layout.para.inputs}
        return next(f"{prefix}_{n}" for n in range(1, MAX_INPUTS + 2)
                    if f"{prefix}_{n}" not in taken)

    def add_input(self, kind: int) -> str | None:
        """Add an input of a kind on top of the others; its uid, or None when 16 are there."""
        if len(self.layout.para.inputs) >= MAX_INPUTS:
            return None
        layers = [s.layer for s in self.layout.para.inputs if s.layer is not None]
        lp = LayoutParams(image_layer=max(layers, default=0) + 1)
        if kind != InputType.AUDIO_VIDEO:
            lp.input_type = kind
        width, height = self.background_size()
        if kind == InputType.CANVAS:
            lp.color = "0x000000"
        if kind == InputType.CANVAS and not layers:
            # A canvas background needs a size of its own (-28 otherwise, with audio inputs).
            lp.image_width, lp.image_height = round(width), round(height)
        elif kind != InputType.AUDIO_ONLY and layers:
            # Each new window a step down and right of the last, so none hides another.
            step = 24 * (len(layers) - 1)
            lp.location_x = min(round(width / 3) + step, round(width * 2 / 3) - 1)
            lp.location_y = min(round(height / 3) + step, round(height * 2 / 3) - 1)
            lp.image_width, lp.image_height = round(width / 3), round(height / 3)
        if kind == InputType.PICTURE:
            lp.picture_id = 1
        stream = InputStream(input_stream_id=self.new_stream_id(kind), layout_params=lp)
        design = InputDesign()
        index = len(self.layout.para.inputs)
        self.undo_stack.push(InsertInputsCommand(self.document, self.tr("Add input"),
                                                 [(index, stream, design)]))
        self.select([design.uid])
        return design.uid

    def duplicate(self, uids: Iterable[str]) -> list[str]:
        chosen = [uid for uid in self.z_order() if uid in set(uids)]
        room = MAX_INPUTS - len(self.layout.para.inputs)
        if not chosen or room < len(chosen):
            return []
        top = max((s.layer or 0 for s in self.layout.para.inputs), default=0)
        copies = []
        for offset, uid in enumerate(chosen, start=1):
            stream, design = self.document.copy_input(uid)
            if stream.layout_params is not None:
                stream.layout_params.image_layer = top + offset
            design = design.model_copy(update={"uid": InputDesign().uid})
            copies.append((len(self.layout.para.inputs) + offset - 1, stream, design))
        self.undo_stack.push(InsertInputsCommand(self.document, self.tr("Duplicate"), copies))
        new = [design.uid for _, _, design in copies]
        self.select(new)
        return new

    def delete(self, uids: Iterable[str]) -> bool:
        chosen = [uid for uid in dict.fromkeys(uids) if uid in set(self.document.uids())]
        if not chosen:
            return False
        self.undo_stack.push(RemoveInputsCommand(self.document, self.tr("Delete"), chosen))
        return True

    # -- templates --------------------------------------------------------------------------

    def apply_template(self, template_id: int) -> bool:
        return self.edit(self.tr("Use template %d") % template_id,
                         [(Part.SESSION, "", {"mix_stream_template_id": template_id})])

    def make_custom(self) -> bool:
        """Turn the template's preview into explicit positions, and the template into 0."""
        changes: list[tuple[Part, str, Mapping[str, Any]]] = [
            (Part.LAYOUT, uid, self.geometry_values(uid, placement.rect))
            for uid, placement in self.placements().items()
            if placement.origin is not Origin.BACKGROUND
        ]
        changes.append((Part.SESSION, "", {"mix_stream_template_id": 0}))
        return self.edit(self.tr("Make custom"), changes)

    # -- files ----------------------------------------------------------------------------

    def replace(self, layout: Layout, path: Path | None = None) -> None:
        """A new document: the undo history starts over and the file is ``path``."""
        self.undo_stack.clear()
        self._selection = []
        with self.document.batch():  # the new layout is announced (and validated) once
            self.document.replace(layout)
            self.undo_stack.setClean()
            self._set_path(path)
        self.selection_changed.emit([])

    def save(self, path: Path | None = None) -> Path:
        """Save as a preset (atomically); DocumentError if it cannot be written."""
        target = Path(path or self._path or "")
        if not target.name:
            raise ValueError("save needs a path for a new document")
        presets.save(target, self.layout)
        self.undo_stack.setClean()
        self._set_path(target)
        return target

    def _set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit()

    # -- reactions --------------------------------------------------------------------------

    def _revalidate(self) -> None:
        self._validate()
        self.problems_changed.emit(list(self._problems))

    def _validate(self) -> None:
        self._problems = validate(self.layout)
        uids = self.document.uids()
        by_uid: dict[str, list[Problem]] = {}
        for problem in self._problems:
            index = problem.input_index
            if index is not None and index < len(uids):
                by_uid.setdefault(uids[index], []).append(problem)
        self._problems_by_uid = by_uid

    def _drop_stale_selection(self) -> None:
        self.select(self._selection)
