"""The document's controller: the one place user edits become undo commands.

The canvas and the panels call these methods; none of them changes the document directly.
The editor also owns the undo stack, the selection, the file the document came from, and
the live validation result, each announced with a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from designer.app import kinds, steptexts
from designer.app.commands import (
    NUDGE_ID,
    Change,
    ChangeCommand,
    InsertInputsCommand,
    Part,
    RemoveInputsCommand,
    current,
)
from designer.app.cuelist import (
    SHOW_WIDE,
    CueList,
    InsertCueCommand,
    OtherCuesCommand,
    PreviewCueCommand,
    RemoveCueCommand,
    RenameCueCommand,
    TakeWithoutConfirmingCommand,
)
from designer.core import presets
from designer.core import show as shows
from designer.core.api3 import validate_api3
from designer.core.document import LayoutDocument
from designer.core.geometry import Rect, background_input
from designer.core.limits import Wire
from designer.core.model import (
    MAX_INPUTS,
    VISIBLE_TYPES,
    CropParams,
    InputDesign,
    InputStream,
    InputType,
    Layout,
    LayoutParams,
)
from designer.core.observed import Sizes, observed_layout, size_warnings
from designer.core.placement import (
    GEOMETRY_FIELDS,
    Origin,
    Placement,
    field_units,
    layout_values,
    output_size,
    placements,
    written_in,
)
from designer.core.problems import Problem
from designer.core.show import FIRST_CUE_NAME, MAX_NAME_LENGTH, Cue, Show, of_layout
from designer.core.templates import TEMPLATE_INPUTS
from designer.core.validation import validate


class DocumentEditor(QObject):
    selection_changed = Signal(list)   # uids
    problems_changed = Signal(list)    # list[Problem]
    path_changed = Signal()
    #: An edit was refused, and why (the window shows it where the producer looks).
    refused = Signal(str)
    #: The interface requests go out on changed (the panels show its fields).
    wire_changed = Signal()
    #: The sizes probing saw changed (set_observed_sizes): what is drawn may have moved.
    observed_changed = Signal()

    def __init__(self, document: LayoutDocument | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document or LayoutDocument()
        self.undo_stack = QUndoStack(self)
        #: The document's show: its cues, and the one previewed (whose layout is the document's).
        self.cues = CueList(self.document, self)
        self._path: Path | None = None
        self._selection: list[str] = []
        #: The interface requests go out on: its ranges and fields are what is checked.
        self._wire = Wire.V2
        #: Warnings about the file as read (a key written twice), until replaced or saved.
        self._file_notes: list[Problem] = []
        #: Source sizes live probing saw, by stream id: beside the document, never in it.
        self._observed: dict[str, tuple[int, int]] = {}
        self._problems: list[Problem] = []
        #: The problems of each input, by uid: rebuilt with each validation.
        self._problems_by_uid: dict[str, list[Problem]] = {}
        self._validate()
        #: Asked before a reorder puts another input on layer 1 (the window sets it): the new
        #: order bottom to top → go ahead?
        self.confirm_new_background: Callable[[list[str]], bool] | None = None
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
        """Where each input with a picture will appear, by uid (probed sizes included)."""
        return {uid: placement for uid, placement in zip(self.document.uids(),
                                                         placements(self.seen_layout),
                                                         strict=True)
                if placement is not None}

    def background_size(self) -> tuple[float, float]:
        """The size the output is drawn at, of what is sent (hidden inputs left out)."""
        return output_size(self.seen_layout)

    # -- what live probing saw ----------------------------------------------------------------

    @property
    def observed_sizes(self) -> Sizes:
        """Stream id → the size probing saw (read only)."""
        return self._observed

    def set_observed_sizes(self, sizes: Sizes) -> bool:
        """The source sizes probing saw, by stream id (designer.core.observed): drawing and
        validation use them from now on. Not an edit: no undo step, the file stays as it is.
        False if nothing changed."""
        sizes = dict(sizes)
        if sizes == self._observed:
            return False
        self._observed = sizes
        self._revalidate()
        self.observed_changed.emit()
        return True

    @property
    def seen_layout(self) -> Layout:
        """The layout as the service will compose it: the document, with each probed stream
        at its probed size (the document itself when nothing was probed). Read only."""
        return observed_layout(self.layout, self._observed)

    # -- how undo steps name what they change -----------------------------------------------

    def name_of(self, uid: str) -> str:
        return steptexts.name_of(self.document, uid)

    def step_text(self, text: str, uids: Iterable[str]) -> str:
        return steptexts.step_text(self.document, text, uids)

    def field_text(self, values: Mapping[str, Any], uids: Iterable[str]) -> str:
        return steptexts.field_text(self.document, values, uids)

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
        text = steptexts.session_text(name)
        if name not in SHOW_WIDE or len(self.cues.show.cues) == 1:
            return self.edit(text, [(Part.SESSION, "", {name: value})])
        # One session and output for the whole show: every cue changes in the same step.
        self.undo_stack.beginMacro(text)
        changed = self.edit(text, [(Part.SESSION, "", {name: value})])
        if changed:
            self.undo_stack.push(OtherCuesCommand(self.cues, name, value))
        self.undo_stack.endMacro()
        return changed

    def set_api3_field(self, part: str, name: str, value: Any) -> bool:
        """An API 3.0-only field (``part``: OutputParams or ControlParams); None unsets it."""
        return self.edit(steptexts.session_text(name), [(Part.API3, part, {name: value})])

    def set_layout_fields(self, uid: str, **values: Any) -> bool:
        return self.edit(self.field_text(values, [uid]), [(Part.LAYOUT, uid, values)])

    def set_stream_id(self, uid: str, value: str | None) -> bool:
        return self.edit(self.step_text(self.tr("Change the stream id of %1"), [uid]),
                         [(Part.STREAM, uid, {"input_stream_id": value})])

    def set_crop(self, uid: str, crop: CropParams | None, text: str | None = None) -> bool:
        """Crop an input (None: the whole source); ``text`` may name it with %1."""
        if text is None:
            text = self.tr("Crop %1") if crop is not None else self.tr("Remove the crop of %1")
        return self.edit(self.step_text(text, [uid]), [(Part.CROP, uid, {"crop": crop})])

    def crop_to_box(self, uid: str, crop: CropParams | None, rect: Rect) -> bool:
        """Crop an input and resize its box with it (an Alt-drag on an edge): one step."""
        return self.edit(self.step_text(self.tr("Crop %1"), [uid]),
                         [(Part.CROP, uid, {"crop": crop}),
                          (Part.LAYOUT, uid, self.geometry_values(uid, rect))])

    def set_design_fields(self, uid: str, **values: Any) -> bool:
        return self.edit(self.field_text(values, [uid]), [(Part.DESIGN, uid, values)])

    def set_on_air(self, uids: Iterable[str], on_air: bool) -> bool:
        """Put inputs on air or take them off (a hidden input is not sent, as an OBS user
        expects of an unticked source): one undo step. The background cannot be taken off:
        it gives the output its size; the editor says so and changes nothing."""
        chosen = [uid for uid in dict.fromkeys(uids) if uid in set(self.document.uids())]
        if not on_air and (bg := background_input(self.layout)) is not None:
            background = self.document.uids()[bg]
            if background in chosen:
                self.refused.emit(self.tr(
                    "Layer 1 (%1) stays on air: it is the background, and gives the output its "
                    "size. Put another input on layer 1 first.").replace(
                    "%1", self.name_of(background)))
                return False
        return self.edit(self.field_text({"visible": on_air}, chosen),
                         [(Part.DESIGN, uid, {"visible": on_air}) for uid in chosen])

    def set_preview_size(self, width: int, height: int) -> bool:
        """The design-only output size, drawn while layer 1's real size is unknown."""
        return self.edit(self.tr("Change preview size"),
                         [(Part.PREVIEW, "", {"preview_width": width, "preview_height": height})])

    # -- geometry -------------------------------------------------------------------------

    def geometry_values(self, uid: str, rect: Rect,
                        fraction: bool | None = None) -> dict[str, Any]:
        """layout_params for a box in output pixels, each field in its own unit (see
        field_units), or all in the one given."""
        units = field_units(self.document.stream(uid).layout_params) if fraction is None \
            else fraction
        return layout_values(rect, self.background_size(), units)

    def set_rects(self, rects: Mapping[str, Rect], text: str | None = None,
                  merge_id: int = -1) -> bool:
        """Move/resize inputs to boxes in output pixels: one undo step for all of them.

        ``text`` names the step, %1 standing for the inputs ("Resize %1"); "Move %1" if none.
        """
        return self.edit(
            self.step_text(text or self.tr("Move %1"), rects),
            [(Part.LAYOUT, uid, self.geometry_values(uid, rect)) for uid, rect in rects.items()],
            merge_id,
        )

    def nudge(self, uids: Iterable[str], dx: float, dy: float) -> bool:
        """Arrow-key moves; repeated nudges of the same layers merge into one undo step."""
        boxes = self.placements()
        rects = {uid: Rect(boxes[uid].rect.x + dx, boxes[uid].rect.y + dy,
                           boxes[uid].rect.width, boxes[uid].rect.height)
                 for uid in uids if uid in boxes and not self.document.design(uid).locked}
        return self.set_rects(rects, self.tr("Nudge %1"), NUDGE_ID)

    def set_fraction_units(self, uid: str, fraction: bool) -> bool:
        """Switch an input between px and % without moving it (what is sent is what you see)."""
        placement = self.placements().get(uid)
        if placement is None or written_in(self.document.stream(uid).layout_params, fraction):
            return False
        values = self.geometry_values(uid, placement.rect, fraction)
        return self.edit(self.units_text([uid], fraction), [(Part.LAYOUT, uid, values)])

    def units_text(self, uids: Iterable[str], fraction: bool) -> str:
        text = self.tr("Write %1 in %") if fraction else self.tr("Write %1 in px")
        return self.step_text(text, uids)

    # -- z order ----------------------------------------------------------------------------

    def z_order(self) -> list[str]:
        """uids from bottom (layer 1) to top; inputs without a layer last, in list order."""
        uids = self.document.uids()
        return [uids[i] for i in self.layout.z_order()]

    def reorder(self, bottom_to_top: list[str], text: str | None = None) -> bool:
        """Renumber image_layer 1..n in this order (z order is the layer number).

        An order that makes another input the background (layer 1 sets the output's size) is
        first put to ``confirm_new_background``, when the window has set it."""
        change = self.new_background_after(bottom_to_top)
        if change is not None and self.confirm_new_background is not None \
                and not self.confirm_new_background(bottom_to_top):
            return False
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
        if abs(steps) >= MAX_INPUTS:
            text = self.tr("Bring %1 to front") if steps > 0 else self.tr("Send %1 to back")
        else:
            text = self.tr("Bring %1 forward") if steps > 0 else self.tr("Send %1 backward")
        return self.reorder(order, self.step_text(text, chosen))

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
        text = self.tr("Add %1").replace("%1", stream.input_stream_id or "")
        self.undo_stack.push(InsertInputsCommand(self.document, text, [(index, stream, design)]))
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
        self.undo_stack.push(InsertInputsCommand(
            self.document, self.step_text(self.tr("Duplicate %1"), chosen), copies))
        new = [design.uid for _, _, design in copies]
        self.select(new)
        return new

    def delete(self, uids: Iterable[str]) -> bool:
        chosen = [uid for uid in dict.fromkeys(uids) if uid in set(self.document.uids())]
        if not chosen:
            return False
        self.undo_stack.push(RemoveInputsCommand(
            self.document, self.step_text(self.tr("Delete %1"), chosen), chosen))
        return True

    # -- templates --------------------------------------------------------------------------

    def apply_template(self, template_id: int) -> bool:
        return self.edit(self.tr("Use template %1").replace("%1", str(template_id)),
                         [(Part.SESSION, "", {"mix_stream_template_id": template_id})])

    def template_refusal(self, template_id: int | None, *,
                         own_positions_cleared: bool = False) -> Problem | None:
        """The -20 this layout would get with ``template_id`` (its input count does not fit
        an input the template would place), or None; ``own_positions_cleared``: after
        use_template_positions."""
        layout = self.layout.model_copy(deep=True)
        layout.para.mix_stream_template_id = template_id
        if own_positions_cleared:
            for uid in self.own_positions():
                lp = layout.para.inputs[self.document.index(uid)].layout_params
                for name in GEOMETRY_FIELDS:
                    setattr(lp, name, None)
        return _template_refusal(layout)

    def own_positions(self) -> list[str]:
        """Inputs a template would place whose own position or size overrides its box."""
        if self.layout.para.mix_stream_template_id not in TEMPLATE_INPUTS:
            return []
        bg = background_input(self.layout)
        return [uid for index, (uid, stream) in enumerate(zip(self.document.uids(),
                                                              self.layout.para.inputs,
                                                              strict=True))
                if index != bg and stream.kind in VISIBLE_TYPES and _has_position(stream)]

    def use_template_positions(self) -> bool:
        """Clear the explicit boxes of the inputs a template places, so the server's apply:
        one undo step."""
        uids = self.own_positions()
        return self.edit(self.tr("Use the template's positions"),
                         [(Part.LAYOUT, uid, dict.fromkeys(GEOMETRY_FIELDS)) for uid in uids])

    def new_background_after(self, bottom_to_top: list[str]) -> tuple[str, str] | None:
        """(the background now, the one after) if this order puts another input on layer 1."""
        order = self.z_order()
        if not order or not bottom_to_top or order[0] == bottom_to_top[0]:
            return None
        return order[0], bottom_to_top[0]

    def make_custom(self) -> bool:
        """Turn the template's preview into explicit positions, and the template into 0."""
        changes: list[tuple[Part, str, Mapping[str, Any]]] = [
            (Part.LAYOUT, uid, self.geometry_values(uid, placement.rect))
            for uid, placement in self.placements().items()
            if placement.origin is not Origin.BACKGROUND
        ]
        changes.append((Part.SESSION, "", {"mix_stream_template_id": 0}))
        return self.edit(self.tr("Make the template's boxes custom"), changes)

    # -- files ----------------------------------------------------------------------------

    def replace(self, layout: Layout, path: Path | None = None,
                show: Show | None = None) -> None:
        """A new document: the undo history starts over and the file is ``path``. With a
        ``show`` (read from a show file), ``layout`` is its first cue's."""
        self.undo_stack.clear()
        self._selection = []
        self._file_notes = []
        with self.document.batch():  # the new layout is announced (and validated) once
            self.document.replace(layout)
            name = path.stem if path is not None else FIRST_CUE_NAME
            self.cues.reset(show if show is not None else of_layout(layout, name),
                            show is not None)
            self.undo_stack.setClean()
            self._set_path(path)
        self.selection_changed.emit([])

    # -- the show ----------------------------------------------------------------------------

    def preview_cue(self, index: int) -> bool:
        """Show cue ``index`` on the canvas (editing it from then on): one undo step."""
        if index == self.cues.index or not 0 <= index < len(self.cues.show.cues):
            return False
        name = self.cues.show.cues[index].name
        self.undo_stack.push(PreviewCueCommand(self.cues, index,
                                               self.tr("Preview %1").replace("%1", name)))
        return True

    def add_cue(self) -> None:
        """A new cue, a copy of the previewed one, after it; previewed."""
        current = self.cues.current
        cue = Cue(self.cues.name_for_copy(current.name), current.layout.model_copy(deep=True))
        self.undo_stack.push(InsertCueCommand(self.cues, self.cues.index + 1, cue,
                                              self.tr("Add cue %1").replace("%1", cue.name)))

    def rename_cue(self, index: int, name: str) -> bool:
        name = name.strip()
        old = self.cues.show.cues[index].name
        if name == old:
            return False
        if not name or name in self.cues.show.names or len(name) > MAX_NAME_LENGTH:
            self.refused.emit(self.tr("A cue needs a name of its own: “%1” is empty, too long "
                                      "or taken.").replace("%1", name))
            return False
        self.undo_stack.push(RenameCueCommand(
            self.cues, index, name, self.tr("Rename cue %1").replace("%1", old)))
        return True

    def remove_cue(self, index: int) -> bool:
        if len(self.cues.show.cues) == 1:
            self.refused.emit(self.tr("A show keeps at least one cue."))
            return False
        name = self.cues.show.cues[index].name
        self.undo_stack.push(RemoveCueCommand(self.cues, index,
                                              self.tr("Delete cue %1").replace("%1", name)))
        return True

    def set_take_without_confirming(self, on: bool) -> bool:
        if on == self.cues.show.take_without_confirming:
            return False
        self.undo_stack.push(TakeWithoutConfirmingCommand(
            self.cues, on, self.tr("Take without confirming") if on
            else self.tr("Confirm every take")))
        return True

    # -- saving ---------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> Path:
        """Save as a preset, or as a show when it has several cues (atomically);
        FileError if it cannot be written."""
        target = Path(path or self._path or "")
        if not target.name:
            raise ValueError("save needs a path for a new document")
        if self.cues.is_show:
            shows.save(target, self.cues.show)
        else:
            presets.save(target, self.layout)
        self.undo_stack.setClean()
        self._set_path(target)
        if self._file_notes:  # the file as written now has none of them
            self.set_file_notes([])
        return target

    def set_file_notes(self, notes: list[Problem]) -> None:
        """Show warnings about the file as it was read among the problems (see _file_notes)."""
        self._file_notes = list(notes)
        self._revalidate()

    def _set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit()

    # -- reactions --------------------------------------------------------------------------

    @property
    def wire(self) -> Wire:
        return self._wire

    def set_wire(self, wire: Wire) -> None:
        """Check the layout as ``wire`` will send it (API 3.0 has its own ranges)."""
        if wire is not self._wire:
            self._wire = wire
            self.wire_changed.emit()
            self._revalidate()

    def _revalidate(self) -> None:
        self._validate()
        self.problems_changed.emit(list(self._problems))

    def _validate(self) -> None:
        # As the chosen interface sends it (API 3.0 has its own ranges), judged on the probed
        # sizes (crops and black bars), with what reading the file found.
        seen = self.seen_layout
        self._problems = (validate_api3(seen) if self._wire is Wire.API3 else validate(seen)) \
            + size_warnings(self.layout, self._observed) + self._file_notes
        uids = self.document.uids()
        by_uid: dict[str, list[Problem]] = {}
        for problem in self._problems:
            index = problem.input_index
            if index is not None and index < len(uids):
                by_uid.setdefault(uids[index], []).append(problem)
        self._problems_by_uid = by_uid

    def _drop_stale_selection(self) -> None:
        self.select(self._selection)


def _template_refusal(layout: Layout) -> Problem | None:
    return next((p for p in validate(layout)
                 if p.code == -20 and p.field == "mix_stream_template_id"), None)


def _has_position(stream: InputStream) -> bool:
    lp = stream.layout_params
    return lp is not None and any(getattr(lp, name) is not None for name in GEOMETRY_FIELDS)
