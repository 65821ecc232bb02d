"""The canvas's context menu: what can be done to the layers under the mouse, or to the canvas.

It shows the registry's actions (the menu bar's own), so texts, shortcuts and enabled states
are the same wherever an action appears. Crop mode's menu is its own keys (Enter, F, Esc).

Right-click works like a left click for the selection: on a layer that is not selected it
selects that layer alone, on a selected one it keeps the selection (so the menu acts on all
of them), on empty space it clears it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsItem, QMenu, QWidget

from designer.app.actions.edit import STACKING, add_input_name
from designer.app.actions.registry import ActionRegistry
from designer.app.canvas.items.handles import HandleItem
from designer.app.canvas.items.layer import LayerItem
from designer.app.canvas.items.selection import SelectionBoxItem
from designer.app.canvas.items.strip import ChipItem
from designer.app.kinds import ORDER
from designer.core.arrange import Align
from designer.core.model import STREAM_VIDEO_TYPES

if TYPE_CHECKING:
    from designer.app.canvas.gestures.crop import CropSession
    from designer.app.canvas.scene import CanvasScene
    from designer.app.editor import DocumentEditor


class MenuHost(Protocol):
    """The view, as its context menu sees it."""

    @property
    def editor(self) -> DocumentEditor: ...

    @property
    def canvas_scene(self) -> CanvasScene: ...

    def crop_session(self) -> CropSession | None: ...

    def apply_crop(self) -> bool: ...

    def cancel_crop(self) -> bool: ...

    def item_at(self, viewport: QPointF) -> QGraphicsItem | None: ...

    def global_point(self, scene: QPointF) -> QPoint: ...


class CanvasMenu(QObject):
    def __init__(self, host: MenuHost, registry: ActionRegistry, parent: QWidget):
        super().__init__(parent)
        self._host, self._registry, self._parent = host, registry, parent
        #: The menu shown last (it stays until the next one replaces it).
        self.menu: QMenu | None = None

    def popup(self, viewport: QPointF, at: QPoint, keyboard: bool = False) -> QMenu:
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = QMenu(self._parent)
        menu.setObjectName("canvasContextMenu")
        self.menu = menu
        host = self._host
        if (session := host.crop_session()) is not None:
            self._fill_crop_menu(menu, session)
        elif keyboard:  # the Menu key: the selection's menu, where it is on screen
            if host.editor.selection:
                self._fill_layer_menu(menu)
                at = self._selection_point() or at
            else:
                self._fill_canvas_menu(menu)
        elif self._select_under(viewport):
            self._fill_layer_menu(menu)
        else:
            self._fill_canvas_menu(menu)
        menu.popup(at)
        return menu

    def _select_under(self, viewport: QPointF) -> bool:
        """Select as a right-click does; True if the menu is a layer menu."""
        editor = self._host.editor
        hit = self._host.item_at(viewport)
        if isinstance(hit, HandleItem):
            owner = hit.parentItem()
            if isinstance(owner, SelectionBoxItem):
                return bool(editor.selection)
            hit = owner
        uid = hit.uid if isinstance(hit, LayerItem | ChipItem) else None
        if uid is None:
            editor.select([])
            return False
        if uid not in editor.selection:
            editor.select([uid])
        return True

    def _selection_point(self) -> QPoint | None:
        rects = self._host.canvas_scene.rects(self._host.editor.selection)
        if not rects:
            return None
        first = next(iter(rects.values()))
        return self._host.global_point(QPointF(first.x + first.width / 2,
                                               first.y + first.height / 2))

    # -- the menus ------------------------------------------------------------------------

    def _add(self, menu: QMenu, *names: str) -> None:
        for name in names:
            if (action := self._registry.get(name)) is not None:
                menu.addAction(action)

    def _fill_layer_menu(self, menu: QMenu) -> None:
        editor, scene = self._host.editor, self._host.canvas_scene
        selection = editor.selection
        if all(editor.document.stream(uid).kind in STREAM_VIDEO_TYPES for uid in selection):
            # Only a stream's picture has a source to crop: an entry that can only fail is
            # better left out.
            if len(selection) == 1:
                self._add(menu, "crop")
            self._add(menu, "fill", "fit")
            menu.addSeparator()
        movable = [uid for uid in selection
                   if (item := scene.layer_item(uid)) is not None and item.movable]
        if len(movable) > 1:
            self._fill_align_menu(menu.addMenu(self.tr("Align")), len(movable))
        elif movable:
            self._add(menu, "center")
        menu.addSeparator()
        self._add(menu, *(name for name, _ in STACKING))
        menu.addSeparator()
        self._add(menu, "lock", "hide", "off-air-now")
        menu.addSeparator()
        self._add(menu, "duplicate", "delete")

    def _fill_align_menu(self, menu: QMenu, count: int) -> None:
        menu.setObjectName("canvasAlignMenu")
        self._add(menu, *(f"align-{kind.value}" for kind in Align))
        if count >= 3:  # distributing two layers would change nothing
            menu.addSeparator()
            self._add(menu, "distribute-h", "distribute-v")
        menu.addSeparator()
        self._add(menu, "center")

    def _fill_canvas_menu(self, menu: QMenu) -> None:
        add = menu.addMenu(self.tr("Add input"))
        add.setObjectName("canvasAddMenu")
        self._add(add, *(add_input_name(kind) for kind in ORDER))
        self._add(menu, "select-all")
        menu.addSeparator()
        self._add(menu, "zoom-fit", "zoom-100")
        menu.addSeparator()
        self._add(menu, "snapping", "grid", "safe-area")

    def _fill_crop_menu(self, menu: QMenu, session: CropSession) -> None:
        # Crop mode's own keys (Enter, F, Esc) as a menu: no window action does these.
        for name, text, slot in (
                ("crop-apply", self.tr("Apply crop"), self._host.apply_crop),
                ("crop-fill", self.tr("Fill the box"), session.fill),
                ("crop-cancel", self.tr("Cancel crop"), self._host.cancel_crop)):
            action = QAction(text, menu)
            action.setObjectName(f"action-{name}")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
