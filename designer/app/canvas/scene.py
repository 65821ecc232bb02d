"""The canvas scene: a mirror of the document, in output pixels.

It listens to the document (one synchronous ``changed`` per undo step, saying what changed)
and to the editor (selection, problems). A step that changed a few inputs' boxes updates those
items only; one that reaches further (inputs added or removed, a layer number, a session
field, the output's size, a template, which places every input) reconciles every item with
``editor.placements()``: items are created, updated in place or removed, never the other way
round. It keeps no model state of its own, and it
never writes to the model: gestures live in the view and end in one editor call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene

from designer.app import kinds
from designer.app.canvas.drawing.layerstate import LayerState, LiveLook, layer_state
from designer.app.canvas.items.decorations import FrameItem, GuidesItem, OverlayItem
from designer.app.canvas.items.ghosts import GhostItem
from designer.app.canvas.items.layer import LayerItem
from designer.app.canvas.items.selection import SelectionBoxItem
from designer.app.canvas.items.strip import AudioStripItem, Chip
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.app.messages import problem_line
from designer.core.arrange import bounds
from designer.core.changes import ChangeSet
from designer.core.geometry import Rect
from designer.core.model import STREAM_VIDEO_TYPES, InputDesign, InputStream
from designer.core.observed import seen_design
from designer.core.placement import Origin, Placement
from designer.core.problems import Problem
from designer.core.program import Ghost
from designer.core.snapping import Guide
from designer.core.templates import TEMPLATE_INPUTS


class CanvasScene(QGraphicsScene):
    #: The items mirror the model again (after any model change).
    layers_updated = Signal()

    def __init__(self, editor: DocumentEditor, parent=None):
        super().__init__(parent)
        # Items move on every mouse move of a drag; a BSP index would be rebuilt each time.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._editor = editor
        self._items: dict[str, LayerItem] = {}
        self._ghosts: list[GhostItem] = []
        self._ghosts_shown = True
        #: What live probing last saw, by stream id.
        self._live: dict[str, LiveLook] = {}
        self._output = (0.0, 0.0)
        self._frame, self._overlay, self._guides = FrameItem(), OverlayItem(), GuidesItem()
        self._strip = AudioStripItem()
        self._group = SelectionBoxItem()
        for item in (self._frame, self._overlay, self._guides, self._strip, self._group):
            self.addItem(item)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        follow(self, self._editor.document.changed, self._on_document_changed)
        self._editor.selection_changed.connect(self._apply_selection)
        self._editor.problems_changed.connect(self._apply_problems)
        self._editor.observed_changed.connect(self.refresh)  # probed sizes move boxes

    # -- reading --------------------------------------------------------------------------

    @property
    def editor(self) -> DocumentEditor:
        return self._editor

    def output_size(self) -> tuple[float, float]:
        return self._output

    def output_rect(self) -> QRectF:
        return QRectF(0, 0, *self._output)

    def layer_item(self, uid: str) -> LayerItem | None:
        return self._items.get(uid)

    def layer_items(self) -> dict[str, LayerItem]:
        return dict(self._items)

    def strip(self) -> AudioStripItem:
        return self._strip

    def overlay(self) -> OverlayItem:
        return self._overlay

    def guides(self) -> tuple[Guide, ...]:
        return self._guides.guides()

    def selection_box(self) -> SelectionBoxItem:
        return self._group

    def group_items(self) -> list[LayerItem]:
        """The selected layers a resize scales together (unlocked, not the background), when
        there are two or more of them; else none (one layer has handles of its own)."""
        items = [item for uid in self._editor.selection
                 if (item := self._items.get(uid)) is not None and item.movable]
        return items if len(items) > 1 else []

    def shows_template_boxes(self) -> bool:
        return any(item.state.origin is Origin.TEMPLATE for item in self._items.values())

    # -- view state (no model) ------------------------------------------------------------

    def set_guides(self, guides: tuple[Guide, ...]) -> None:
        self._guides.set_guides(guides)

    def follow_selection(self) -> None:
        """Put the group's box around its layers where they are drawn now (mid-gesture too)."""
        group = self.group_items()
        self._group.set_rect(bounds(item.rect() for item in group) if group else None)

    def set_ghosts(self, ghosts: list[Ghost]) -> None:
        """Show what is on air where it differs from the preview (none: nothing is live)."""
        if [item.ghost for item in self._ghosts] == ghosts:
            return
        for item in self._ghosts:
            self.removeItem(item)
        self._ghosts = [GhostItem(ghost) for ghost in ghosts]
        for item in self._ghosts:
            item.setVisible(self._ghosts_shown)
            self.addItem(item)

    def ghosts(self) -> list[Ghost]:
        return [item.ghost for item in self._ghosts]

    def show_ghosts(self, on: bool) -> None:
        self._ghosts_shown = on
        for item in self._ghosts:
            item.setVisible(on)

    def show_live(self, looks: Mapping[str, LiveLook]) -> None:
        """Show each probed stream's latest picture and badge (by stream id). Only the boxes
        whose look changed are redrawn: a probe's result repaints its stream's box alone."""
        changed = {sid for sid in self._live.keys() | looks.keys()
                   if looks.get(sid) != self._live.get(sid)}
        self._live = dict(looks)
        if not changed:
            return
        document = self._editor.document
        for uid, item in self._items.items():
            stream = document.stream(uid)  # read now: a stream id may have been renamed
            if stream.kind in STREAM_VIDEO_TYPES and (stream.input_stream_id or "") in changed:
                item.show_look(self._live.get(stream.input_stream_id or "") or LiveLook())

    def live_look(self, stream_id: str) -> LiveLook | None:
        return self._live.get(stream_id)

    def preview_selection(self, uids: set[str]) -> None:
        for uid, item in self._items.items():
            item.set_preview(uid in uids)

    # -- mirroring ------------------------------------------------------------------------

    def _on_document_changed(self, changes: ChangeSet) -> None:
        if not self._update_inputs(changes):
            self.refresh()

    def _update_inputs(self, changes: ChangeSet) -> bool:
        """Update the items of the inputs that changed, and no other; False (nothing done)
        when the change can reach other items, so that every item must be reconciled."""
        editor = self._editor
        if changes.reset or changes.session or not changes.inputs:
            return False
        # A template places every input by the others; layer 1 sizes the output.
        if editor.layout.para.mix_stream_template_id in TEMPLATE_INPUTS:
            return False
        if editor.background_size() != self._output:
            return False
        placements = editor.placements()
        document = editor.document
        states: dict[str, LayerState] = {}
        for uid in changes.inputs:
            item, placement = self._items.get(uid), placements.get(uid)
            design = document.design(uid)
            if (item is None or placement is None or not design.visible or item.is_background
                    or placement.origin is Origin.BACKGROUND):
                return False  # an item appears, disappears or is the background
            state = self._layer_state(uid, document.stream(uid), design, placement)
            if state.layer != item.state.layer:
                return False  # the z order, and maybe the background, changed
            states[uid] = state
        for uid, state in states.items():
            self._items[uid].set_state(state, False)
        # A box that moved may now cover (or uncover) another's labels: only those whose
        # covers change repaint.
        self._cover_labels()
        # The group's box follows its layers, and a lock changes who is in the group.
        self._apply_selection(editor.selection)
        self.layers_updated.emit()
        return True

    def refresh(self) -> None:
        editor = self._editor
        self._set_output(*editor.background_size())
        placements = editor.placements()
        order = {uid: z for z, uid in enumerate(editor.z_order())}
        states: dict[str, LayerState] = {}
        chips: list[Chip] = []
        background = None
        for uid, (stream, design) in zip(editor.document.uids(), editor.layout.pairs(),
                                         strict=True):
            placement = placements.get(uid)
            if placement is None:
                label = design.label or stream.input_stream_id or "?"
                kind = kinds.describe(stream.kind)
                if not design.visible:
                    kind += " · " + QCoreApplication.translate("Canvas", "off air")
                chips.append(Chip(uid, stream.layer, label, kind))
                continue
            if placement.origin is Origin.BACKGROUND:
                background = uid
            states[uid] = self._layer_state(uid, stream, design, placement)
        for uid in set(self._items) - set(states):
            self.removeItem(self._items.pop(uid))
        for uid, state in states.items():
            item = self._items.get(uid)
            if item is None:
                item = self._items[uid] = LayerItem(state, uid == background)
                self.addItem(item)
            else:
                item.set_state(state, uid == background)
            item.setZValue(order.get(uid, 0))
        self._strip.set_chips(chips)
        self._cover_labels()
        self._apply_selection(editor.selection)
        self._apply_problems(editor.problems)
        self.layers_updated.emit()

    def _layer_state(self, uid: str, stream: InputStream, design: InputDesign,
                     placement: Placement) -> LayerState:
        """What the canvas shows of one input: the model's, at its probed size, with the
        latest picture and badge live probing has of its stream."""
        design = seen_design(stream, design, self._editor.observed_sizes)
        look = self._live.get(stream.input_stream_id or "") \
            if stream.kind in STREAM_VIDEO_TYPES else None
        if look is None:
            return layer_state(uid, stream, design, placement)
        return layer_state(uid, stream, design, placement, look.frame, look.badge)

    def _cover_labels(self) -> None:
        """Tell each layer which boxes above it overlap it: its labels keep out from under
        them (and so from under their labels)."""
        items = sorted(self._items.values(), key=lambda item: item.zValue())
        for index, item in enumerate(items):
            r = item.rect()
            item.set_covers(tuple(
                o for o in (above.rect() for above in items[index + 1:])
                if o.x < r.right and r.x < o.right and o.y < r.bottom and r.y < o.bottom))

    def _set_output(self, width: float, height: float) -> None:
        if (width, height) == self._output:
            return
        self._output = (width, height)
        for item in (self._frame, self._overlay, self._guides):
            item.set_output(width, height)
        self._strip.setPos(0, height)
        # Room around the output to pan, and for the audio strip below it.
        margin = max(width, height)
        self.setSceneRect(QRectF(-margin, -margin, width + 2 * margin, height + 2 * margin))

    def _apply_selection(self, uids: list[str]) -> None:
        chosen = set(uids)
        grouped = {item.uid for item in self.group_items()}
        for uid, item in self._items.items():
            item.set_selected(uid in chosen, own_handles=uid not in grouped)
        self.follow_selection()
        self._strip.set_chips([_with(chip, selected=chip.uid in chosen)
                               for chip in self._strip.chips()])

    def _apply_problems(self, problems: list[Problem] | None = None) -> None:
        editor = self._editor
        for uid, item in self._items.items():
            item.set_problems(editor.problems_for(uid))
        chips = []
        for chip in self._strip.chips():
            found = editor.problems_for(chip.uid)
            tooltip = "\n".join([f"{chip.layer} · {chip.label} — {chip.kind_text}",
                                 *(problem_line(p) for p in found)])
            chips.append(_with(chip, error=any(p.is_error for p in found), tooltip=tooltip))
        self._strip.set_chips(chips)

    def rects(self, uids: list[str] | None = None) -> dict[str, Rect]:
        """Where layers are drawn now (the model's boxes, except mid-gesture)."""
        chosen = self._items if uids is None else {u: self._items[u] for u in uids
                                                   if u in self._items}
        return {uid: item.rect() for uid, item in chosen.items()}


def _with(chip: Chip, **changes: object) -> Chip:
    return replace(chip, **changes)  # type: ignore[arg-type]
