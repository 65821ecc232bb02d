"""The canvas view: routes mouse and keyboard events to the helpers that handle them, and is
the host they act through.

    scene      CanvasScene: mirrors the editor's document (items never write the model)
    gestures   a press starts one (move, resize, rubber band, pan; crop mode's own), which
               moves items until release, then makes one editor call
    zoom       ZoomControl: zoom steps and fit-to-window
    labels     CanvasLabels: the note, notices and the empty layout's hint
    keys       CanvasKeys: nudges, crop keys, space-to-pan, Escape
    menu       CanvasMenu: the right-click menu, from the action registry
    arrange    ArrangeCommands: align, distribute, centre, fill, fit

Crop mode swaps the scene for a CropSession's while a crop is made; applying it is one edit.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from designer.app.actions.edit import EditActions
from designer.app.actions.registry import ActionRegistry, Std
from designer.app.canvas.arrange import ArrangeCommands
from designer.app.canvas.contextmenu import CanvasMenu
from designer.app.canvas.drawing import style
from designer.app.canvas.gestures.base import Interaction, Modifiers, Snapping, alt_held
from designer.app.canvas.gestures.crop import CropSession
from designer.app.canvas.gestures.edgecrop import EdgeCropGesture
from designer.app.canvas.gestures.layout import (
    MoveGesture,
    PanGesture,
    ResizeGesture,
    RubberBandGesture,
)
from designer.app.canvas.items.handles import HandleItem
from designer.app.canvas.items.layer import LayerItem
from designer.app.canvas.items.selection import SelectionBoxItem
from designer.app.canvas.items.strip import ChipItem
from designer.app.canvas.keys import CanvasKeys
from designer.app.canvas.labels import CanvasLabels
from designer.app.canvas.scene import CanvasScene
from designer.app.canvas.zoom import SavedView, ZoomControl
from designer.app.editor import DocumentEditor
from designer.app.preferences import DEFAULT_GRID
from designer.core.geometry import Rect
from designer.core.snapping import SnapTargets, targets

Button = Qt.MouseButton




class CanvasView(QGraphicsView):
    #: The mouse is over this point of the output, in output pixels.
    cursor_moved = Signal(float, float)
    #: The zoom factor (1.0 = one output pixel per screen pixel).
    zoom_changed = Signal(float)
    #: A short notice for the status bar (also shown on the canvas for a few seconds).
    message = Signal(str)
    crop_mode_changed = Signal(bool)

    def __init__(self, editor: DocumentEditor, registry: ActionRegistry | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        # A viewport made here: the one Qt makes is handed to Python by the first
        # viewport() call, and working out its type makes PySide6 create the Python types
        # (and enums) of some 40 QWidget subclasses first (~9 ms of the window's start).
        self.setViewport(QWidget())
        self.setObjectName("canvas")
        self.setAccessibleName(self.tr("Canvas"))
        self.setAccessibleDescription(self.tr("The output frame with every input as a box"))
        self._editor = editor
        self._scene = CanvasScene(editor, self)
        self.setScene(self._scene)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setBackgroundBrush(style.OUTSIDE)
        # The scene reaches far past the output so it can be panned: scroll bars would only
        # say so. Panning is space-drag, middle-drag or the wheel.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One repaint of the bounding rect of what changed: a drag changes a few nearby
        # rects, and painting them as one region is 2-3x cheaper than region by region.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)

        if registry is None:  # a view of its own (an embedding, a test): the editor's actions
            registry = ActionRegistry(self)
            EditActions(registry, editor)
        self.registry = registry
        self.snapping = Snapping()
        #: The grid's spacing when it is switched on (a preference).
        self.grid_size: float = DEFAULT_GRID
        self.zoom = ZoomControl(self)
        self.labels = CanvasLabels(self.viewport())
        self.arrange = ArrangeCommands(editor, self._scene, self.message.emit, registry, self)
        self._keys = CanvasKeys(self, self)
        self._menu = CanvasMenu(self, registry, self)
        self._interaction: Interaction | None = None
        self._button = Button.NoButton
        self._last: tuple[QPointF, QPointF] | None = None
        self._space = False
        self._crop: CropSession | None = None
        self._saved_view: SavedView | None = None
        self._register_actions(registry)

        self.zoom.changed.connect(self._zoomed)
        self.message.connect(self.labels.show_notice)
        self._scene.layers_updated.connect(self._on_layers_updated)
        self._scene.layers_updated.connect(self._update_note)
        editor.problems_changed.connect(self._update_note)
        self._update_note()

    def _register_actions(self, registry: ActionRegistry) -> None:
        add = registry.add
        add("zoom-in", self.tr("Zoom &in"), self.zoom.zoom_in, Std.ZoomIn)
        add("zoom-out", self.tr("Zoom &out"), self.zoom.zoom_out, Std.ZoomOut)
        add("zoom-100", self.tr("&Actual size (100 %)"), self.zoom.actual_size, "Ctrl+0")
        add("zoom-fit", self.tr("&Fit to window"), self.fit_to_window, "Ctrl+9")
        add("snapping", self.tr("&Snapping"), None, "Ctrl+;", checkable=True, checked=True,
            toggled=self._set_snapping)
        add("grid", self.tr("&Grid"), None, "Ctrl+'", checkable=True,
            toggled=lambda on: self.set_grid(self.grid_size if on else None))
        add("safe-area", self.tr("Safe &area"), None, "Ctrl+Shift+A", checkable=True,
            toggled=self.set_safe_area)
        add("crop", self.tr("&Crop…"), lambda: self.enter_crop_mode(), "C",
            needs_selection=True)
        add("on-air-ghosts", self.tr("Show what is &on air"), None, "Ctrl+Shift+G",
            checkable=True, checked=True, toggled=self._scene.show_ghosts,
            tip=self.tr("While live, outline in red where each box is on air when the canvas "
                        "differs from it"))

    # -- state ----------------------------------------------------------------------------

    @property
    def editor(self) -> DocumentEditor:
        return self._editor

    @property
    def canvas_scene(self) -> CanvasScene:
        return self._scene

    def is_interacting(self) -> bool:
        return self._interaction is not None

    def crop_session(self) -> CropSession | None:
        return self._crop

    def output_rect(self) -> Rect:
        width, height = self._scene.output_size()
        return Rect(0.0, 0.0, width, height)

    # -- view settings ----------------------------------------------------------------------

    def _set_snapping(self, on: bool) -> None:
        self.snapping.enabled = bool(on)

    def set_grid(self, size: float | None) -> None:
        """Snap to (and show) a grid of ``size`` output pixels; None turns it off."""
        self.snapping.grid = float(size) if size and size > 0 else None
        self._scene.overlay().set_grid(self.snapping.grid)

    def set_safe_area(self, on: bool) -> None:
        """Show the action-safe (90 %) and title-safe (80 %) areas over the output."""
        self._scene.overlay().set_safe_area(bool(on))

    # -- the host gestures, keys and the menu act through -----------------------------------

    def snap_threshold_output(self) -> float:
        return self.snapping.threshold_px / max(self.zoom.factor(), 1e-6)

    def snap_targets(self, moving: set[str]) -> SnapTargets:
        others = [item.rect() for uid, item in self._scene.layer_items().items()
                  if uid not in moving and not item.is_background and not item.state.off_air]
        return targets(self._scene.output_size(), others, self.snapping.grid)

    def scroll_by(self, dx: float, dy: float) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    def item_at(self, viewport: QPointF) -> QGraphicsItem | None:
        """The handle, layer or audio chip under a viewport point."""
        for item in self.items(viewport.toPoint()):
            if isinstance(item, HandleItem | LayerItem | ChipItem):
                return item
        return None

    def global_point(self, scene: QPointF) -> QPoint:
        return self.viewport().mapToGlobal(self.mapFromScene(scene))

    def redo_last_move(self, modifiers: Modifiers) -> None:
        """A modifier went down or up mid-gesture: move again with it."""
        if self._interaction is not None and self._last is not None:
            self._interaction.move(*self._last, modifiers)

    def set_space_pan(self, on: bool) -> None:
        self._space = on
        if on:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self._interaction is None:
            self.viewport().unsetCursor()

    # -- mouse ----------------------------------------------------------------------------

    def _positions(self, event: QMouseEvent) -> tuple[QPointF, QPointF]:
        viewport = event.position()
        return self.mapToScene(viewport.toPoint()), viewport

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            event.accept()
            return
        scene, viewport = self._positions(event)
        button = event.button()
        if button == Button.MiddleButton or (button == Button.LeftButton and self._space):
            self._start(PanGesture(self, viewport), button, scene, viewport)
        elif button == Button.LeftButton and self._crop is not None:
            self._start(self._crop.press(self, self.item_at(viewport), scene), button, scene,
                        viewport)
        elif button == Button.LeftButton:
            self._start(self._press_left(scene, viewport, event.modifiers()), button, scene,
                        viewport)
        else:
            super().mousePressEvent(event)
            return
        event.accept()

    def _press_left(self, scene: QPointF, viewport: QPointF,
                    modifiers: Modifiers) -> Interaction | None:
        editor = self._editor
        additive = bool(modifiers & (Modifiers.ControlModifier | Modifiers.ShiftModifier))
        selection = editor.selection
        hit = self.item_at(viewport)
        if isinstance(hit, HandleItem):
            owner = hit.parentItem()
            if isinstance(owner, LayerItem) and alt_held(modifiers):
                # OBS's crop: Alt on a handle cuts that side of the source.
                if self.arrange.croppable(owner.uid) is None:
                    return None  # a notice says why
                return EdgeCropGesture(self, owner, hit.handle, scene)
            if isinstance(owner, SelectionBoxItem):
                items = self._scene.group_items()
            else:
                items = [owner] if isinstance(owner, LayerItem) else []
            return ResizeGesture(self, items, hit.handle, scene) if items else None
        if isinstance(hit, LayerItem) and not hit.is_background:
            uid, click = hit.uid, None
            if uid not in selection:
                editor.select([*selection, uid] if additive else [uid])
            elif additive:  # a Ctrl/Shift click (not a drag) on a selected layer drops it
                def click():
                    editor.select([u for u in selection if u != uid])
            else:  # a plain click (not a drag) in a multiple selection keeps just this one
                def click():
                    editor.select([uid])
            return MoveGesture(self, scene, viewport, editor.selection, click)
        if isinstance(hit, ChipItem):  # an audio chip: no picture, nothing to drag
            chip = hit.uid
            toggle = ([u for u in selection if u != chip] if chip in selection
                      else [*selection, chip])
            editor.select(toggle if additive else [chip])
            return None
        background = hit.uid if isinstance(hit, LayerItem) else None

        def click():
            if background is None:
                if not additive:
                    editor.select([])
            elif additive:
                editor.select([u for u in selection if u != background]
                              if background in selection else [*selection, background])
            else:
                editor.select([background])

        return RubberBandGesture(self, scene, viewport, additive, click)

    def _start(self, interaction: Interaction | None, button: Qt.MouseButton,
               scene: QPointF, viewport: QPointF) -> None:
        self._interaction, self._button = interaction, button
        self._last = (scene, viewport)
        if interaction is not None and interaction.cursor is not None:
            self.viewport().setCursor(interaction.cursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        scene, viewport = self._positions(event)
        if self._crop is None:
            self.cursor_moved.emit(scene.x(), scene.y())
        if self._interaction is not None:
            self._last = (scene, viewport)
            self._interaction.move(scene, viewport, event.modifiers())
            event.accept()
        elif not self._space:
            super().mouseMoveEvent(event)  # hover: cursor shapes of handles and layers

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._interaction is None or event.button() != self._button:
            super().mouseReleaseEvent(event)
            return
        scene, viewport = self._positions(event)
        # Cleared first: the release edits the model, and a model change cancels a gesture.
        interaction, self._interaction = self._interaction, None
        self._restore_cursor()
        interaction.release(scene, viewport, event.modifiers())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Button.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        if self._crop is not None:
            self.apply_crop()
        elif isinstance(hit := self.item_at(event.position()), LayerItem):
            self.enter_crop_mode(hit.uid)
        event.accept()

    def _restore_cursor(self) -> None:
        if self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def cancel_interaction(self) -> bool:
        """Stop the gesture in progress and put the view back (Escape)."""
        if self._interaction is None:
            return False
        interaction, self._interaction = self._interaction, None
        interaction.cancel()
        self._restore_cursor()
        return True

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Modifiers.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom.set_factor(self.zoom.factor() * self.zoom.STEP ** steps,
                                     event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- keys and the context menu ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._keys.press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self._keys.release(event):
            super().keyReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()
        if self._interaction is not None:
            return  # mid-drag: a menu would strand the gesture
        self._menu.popup(QPointF(event.pos()), event.globalPos(),
                         keyboard=event.reason() == QContextMenuEvent.Reason.Keyboard)

    # -- crop mode --------------------------------------------------------------------------

    def enter_crop_mode(self, uid: str | None = None) -> bool:
        """Show the layer's whole source with its crop box; False (and a notice) if the layer
        cannot be cropped, e.g. its source resolution is not declared."""
        if self._crop is not None:
            return False
        item = self.arrange.croppable(uid)
        if item is None or item.state.source_size is None:
            return False
        self.cancel_interaction()
        self._saved_view = self.zoom.save()
        stream = self._editor.document.stream(item.uid)
        probed = (stream.input_stream_id or "") in self._editor.observed_sizes
        self._crop = CropSession(self, item.uid, item.state.source_size, item.rect(),
                                 stream.crop_params, item.state.frame, probed)
        self.setScene(self._crop.scene)
        self.fit_to_window()
        self._update_note()
        self.crop_mode_changed.emit(True)
        self.message.emit(self.tr(
            "Crop %1: drag the box or its handles (Shift keeps the aspect, Ctrl stops snapping; "
            "a crop snaps to the box's aspect, leaving no black bars), drag the picture to pan "
            "it; F fills the box, Enter applies, Esc cancels").replace(
            "%1", item.state.label))
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
        if self._saved_view is not None:
            self.zoom.restore(self._saved_view)
        if session is not None:
            session.scene.deleteLater()
        self._update_note()
        self.crop_mode_changed.emit(False)

    # -- fitting and reacting ---------------------------------------------------------------

    def fit_to_window(self) -> None:
        """Show the whole output (and the audio strip under it), or in crop mode the whole
        source, and keep doing so on resize."""
        if self._crop is not None:
            self.zoom.fit(self._crop.source_rect(), below=40.0)
            return
        strip = self._scene.strip().childrenBoundingRect()
        below = strip.bottom() + 8 if not strip.isEmpty() else 0.0
        self.zoom.fit(self.output_rect(), below, self.labels.note_height())

    def _zoomed(self, factor: float) -> None:
        width, _ = self._scene.output_size()
        self._scene.strip().set_wrap_width(width * factor)
        self.zoom_changed.emit(factor)

    def _on_layers_updated(self) -> None:
        # The model changed under a gesture (an undo, a panel): the gesture's start is stale.
        if self._crop is None:
            self.cancel_interaction()
            if self.zoom.auto_fit:
                self.fit_to_window()  # the output may have a new size
        elif self._scene.layer_item(self._crop.uid) is None:
            self.cancel_crop()

    def _update_note(self, *_: object) -> None:
        room = self.labels.note_height()
        self.labels.show_note(self.labels.note_lines(self._editor, self._scene),
                              visible=self._crop is None)
        self.labels.show_empty_hint(not self._editor.layout.para.inputs)
        if self._crop is None and self.zoom.auto_fit and self.labels.note_height() != room:
            self.fit_to_window()  # the note must not cover the output's top and its labels

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom.auto_fit:
            self.fit_to_window()
        self.labels.place()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.zoom.auto_fit:
            self.fit_to_window()
