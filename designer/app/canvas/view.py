"""The canvas view: mouse and keyboard gestures, zoom and pan, crop mode.

Gestures are ``interactions`` objects; this class only decides which one a press starts and
feeds it the mouse. Keys are in ``KeyboardGestures``, the right-click menu in ``ContextMenus``,
editing commands that are not gestures (align, fill, crop ...) in ``CanvasCommands``, zoom,
overlays and notices in ``ViewChrome``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from designer.app.canvas import style
from designer.app.canvas.chrome import ViewChrome
from designer.app.canvas.contextmenu import ContextMenus
from designer.app.canvas.crop import CropSession
from designer.app.canvas.editing import CanvasCommands
from designer.app.canvas.handles import HandleItem
from designer.app.canvas.interactions import (
    Interaction,
    MoveInteraction,
    PanInteraction,
    ResizeInteraction,
    RubberBandInteraction,
)
from designer.app.canvas.items import LayerItem
from designer.app.canvas.keyboard import KeyboardGestures
from designer.app.canvas.overlays import ChipItem
from designer.app.canvas.scene import CanvasScene
from designer.app.canvas.selection import SelectionBoxItem
from designer.app.canvas.style import translate
from designer.app.editor import DocumentEditor
from designer.core.geometry import Rect
from designer.core.snapping import SnapTargets, targets

Mod = Qt.KeyboardModifier


class CanvasView(KeyboardGestures, ContextMenus, ViewChrome, CanvasCommands, QGraphicsView):
    #: The mouse is over this point of the output, in output pixels.
    cursor_moved = Signal(float, float)
    #: The zoom factor (1.0 = one output pixel per screen pixel).
    zoom_changed = Signal(float)
    #: A short notice for the status bar (also shown on the canvas for a few seconds).
    message = Signal(str)
    crop_mode_changed = Signal(bool)

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        QGraphicsView.__init__(self, parent)
        self.setObjectName("canvas")
        self.setAccessibleName(translate("Canvas", "Canvas"))
        self.setAccessibleDescription(translate("Canvas", "The output frame with every input as a "
                                                           "box"))
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
        self._snapping, self._snap_px, self._grid = True, 8.0, None
        self._interaction: Interaction | None = None
        self._button = Qt.MouseButton.NoButton
        self._last: tuple[QPointF, QPointF] | None = None
        self._space = False
        self._crop: CropSession | None = None
        self._saved_view: tuple = ()  # transform and scroll to return to after crop mode
        self._menu: QMenu | None = None
        self._init_chrome()
        self._scene.layers_updated.connect(self._on_layers_updated)

    # -- state ----------------------------------------------------------------------------

    @property
    def editor(self) -> DocumentEditor:
        return self._editor

    @property
    def canvas_scene(self) -> CanvasScene:
        return self._scene

    def is_interacting(self) -> bool:
        return self._interaction is not None

    def in_crop_mode(self) -> bool:
        return self._crop is not None

    def crop_session(self) -> CropSession | None:
        return self._crop

    # -- snapping -------------------------------------------------------------------------

    def snapping(self) -> bool:
        return self._snapping

    def set_snapping(self, on: bool) -> None:
        self._snapping = bool(on)

    def snap_threshold(self) -> float:
        return self._snap_px

    def set_snap_threshold(self, px_on_screen: float) -> None:
        """How close (in screen pixels, whatever the zoom) a box must come to snap."""
        self._snap_px = max(0.0, float(px_on_screen))

    def grid(self) -> float | None:
        return self._grid

    def set_grid(self, size: float | None) -> None:
        """Snap to (and show) a grid of ``size`` output pixels; None turns it off."""
        self._grid = float(size) if size and size > 0 else None
        self._scene.overlay().set_grid(self._grid)

    def snap_threshold_output(self) -> float:
        return self._snap_px / max(self.zoom(), 1e-6)

    def snap_targets(self, moving: set[str]) -> SnapTargets:
        others = [item.rect() for uid, item in self._scene.layer_items().items()
                  if uid not in moving and not item.is_background]
        return targets(self._scene.output_size(), others, self._grid)

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
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space):
            self._start(PanInteraction(self, viewport), button, scene, viewport)
        elif button == Qt.MouseButton.LeftButton and self._crop is not None:
            self._start(self._crop.press(self, scene, viewport), button, scene, viewport)
        elif button == Qt.MouseButton.LeftButton:
            self._start(self._press_left(scene, viewport, event.modifiers()), button, scene,
                        viewport)
        else:
            super().mousePressEvent(event)
            return
        event.accept()

    def _press_left(self, scene: QPointF, viewport: QPointF, modifiers: Mod) -> Interaction | None:
        editor = self._editor
        additive = bool(modifiers & (Mod.ControlModifier | Mod.ShiftModifier))
        selection = editor.selection
        hit = self._hit(viewport)
        if isinstance(hit, HandleItem):
            owner = hit.parentItem()
            items = self._scene.group_items() if isinstance(owner, SelectionBoxItem) else [owner]
            return ResizeInteraction(self, items, hit.handle, scene) if items else None
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
            return MoveInteraction(self, scene, viewport, editor.selection, click)
        if isinstance(hit, str):  # an audio chip: no picture, nothing to drag
            toggle = [u for u in selection if u != hit] if hit in selection else [*selection, hit]
            editor.select(toggle if additive else [hit])
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

        return RubberBandInteraction(self, scene, viewport, additive, click)

    def _hit(self, viewport: QPointF) -> HandleItem | LayerItem | str | None:
        for item in self.items(viewport.toPoint()):
            if isinstance(item, HandleItem | LayerItem):
                return item
            if isinstance(item, ChipItem):
                return item.uid
        return None

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
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        if self._crop is not None:
            self.apply_crop()
        elif isinstance(hit := self._hit(event.position()), LayerItem):
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

    def _on_layers_updated(self) -> None:
        # The model changed under a gesture (an undo, a panel): the gesture's start is stale.
        if self._crop is None:
            self.cancel_interaction()
            if self._auto_fit:
                self.fit_to_window()  # the output may have a new size
        elif self._scene.layer_item(self._crop.uid) is None:
            self.cancel_crop()

    # -- misc events ----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Mod.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * 1.25 ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def output_rect(self) -> Rect:
        width, height = self._scene.output_size()
        return Rect(0.0, 0.0, width, height)
