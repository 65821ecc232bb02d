"""The canvas's context menu: what can be done to the layers under the mouse, or to the canvas.

A mixin of ``CanvasView``. The menu shows the window's own actions (``WindowActions.all``),
so their texts, shortcuts and enabled states are the ones of the menu bar and a change there
shows here too. A bare view (no window: tests, an embedding) gets stand-ins built here from
what the view and the editor can do. Locking and hiding have no window action: the canvas
builds those itself (the Layers list does the same with its check boxes).

Right-click works like a left click for the selection: on a layer that is not selected it
selects that layer alone, on a selected one it keeps the selection (so the menu acts on all
of them), on empty space it clears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu

from designer.app.canvas.handles import HandleItem
from designer.app.canvas.items import LayerItem
from designer.app.canvas.selection import SelectionBoxItem
from designer.app.canvas.style import translate
from designer.app.commands import Part
from designer.core.model import STREAM_VIDEO_TYPES, InputType

_ALIGN = ("align-left", "align-right", "align-top", "align-bottom", "align-h-center",
          "align-v-center")
_ADD = ((InputType.AUDIO_VIDEO, "add-audio_video"), (InputType.VIDEO_ONLY, "add-video_only"),
        (InputType.AUDIO_ONLY, "add-audio_only"), (InputType.PICTURE, "add-picture"),
        (InputType.CANVAS, "add-canvas"))


class ContextMenus:
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()
        if self._interaction is not None:
            return  # mid-drag: a menu would strand the gesture
        self._popup(event.pos(), event.globalPos(),
                    keyboard=event.reason() == QContextMenuEvent.Reason.Keyboard)

    def context_menu(self) -> QMenu | None:
        """The menu shown last (it stays until the next one replaces it)."""
        return self._menu

    def _popup(self, viewport: QPoint, at: QPoint, keyboard: bool = False) -> QMenu:
        if self._menu is not None:
            self._menu.close()
            self._menu.deleteLater()
        menu = QMenu(self)
        menu.setObjectName("canvasContextMenu")
        self._menu = menu
        if self._crop is not None:
            self._fill_crop_menu(menu)
        elif keyboard:  # the Menu key: the selection's menu, where it is on screen
            if self._editor.selection:
                self._fill_layer_menu(menu)
                at = self._selection_point() or at
            else:
                self._fill_canvas_menu(menu)
        elif self._select_under(QPointF(viewport)):
            self._fill_layer_menu(menu)
        else:
            self._fill_canvas_menu(menu)
        menu.popup(at)
        return menu

    def _select_under(self, viewport: QPointF) -> bool:
        """Select as a right-click does; True if the menu is a layer menu."""
        editor = self._editor
        hit = self._hit(viewport)
        if isinstance(hit, HandleItem):
            owner = hit.parentItem()
            if isinstance(owner, SelectionBoxItem):
                return bool(editor.selection)
            hit = owner
        uid = hit.uid if isinstance(hit, LayerItem) else hit
        if uid is None:
            editor.select([])
            return False
        if uid not in editor.selection:
            editor.select([uid])
        return True

    def _selection_point(self) -> QPoint | None:
        rects = self._scene.rects(self._editor.selection)
        if not rects:
            return None
        first = next(iter(rects.values()))
        centre = QPointF(first.x + first.width / 2, first.y + first.height / 2)
        return self.viewport().mapToGlobal(self.mapFromScene(centre))

    # -- the menus ------------------------------------------------------------------------

    def _window_actions(self) -> dict[str, QAction]:
        # MainWindow.actions is its WindowActions; any other window's ``actions`` is Qt's
        # QWidget.actions() method, with no table.
        table = getattr(getattr(self.window(), "actions", None), "all", None)
        return table if isinstance(table, dict) else {}

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        """The window's action ``name``, or a stand-in with this text doing ``slot``."""
        action = self._window_actions().get(name)
        if action is None:
            action = QAction(text, menu)
            action.setObjectName(f"action-{name}")
            action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_layer_menu(self, menu: QMenu) -> None:
        editor, document = self._editor, self._editor.document
        selection = editor.selection
        if all(document.stream(uid).kind in STREAM_VIDEO_TYPES for uid in selection):
            # Only a stream's picture has a source to crop (the commands say so otherwise,
            # but an entry that can only fail is better left out).
            if len(selection) == 1:
                self._add(menu, "crop", translate("Canvas", "Crop…"),
                          lambda: self.enter_crop_mode(selection[0]))
            self._add(menu, "fill", translate("Canvas", "Fill box (crop, no black bars)"),
                      lambda: _each(self.fill, selection))
            self._add(menu, "fit", translate("Canvas", "Fit whole source"),
                      lambda: _each(self.fit, selection))
            menu.addSeparator()
        movable = [uid for uid in selection
                   if (item := self._scene.layer_item(uid)) is not None and item.movable]
        if len(movable) > 1:
            self._fill_align_menu(menu.addMenu(translate("Canvas", "Align")), len(movable))
        elif movable:
            self._add(menu, "center", translate("Canvas", "Centre in output"),
                      self.center_in_output)
        menu.addSeparator()
        for name, text, steps in (
                ("raise", translate("Canvas", "Bring forward"), 1),
                ("lower", translate("Canvas", "Send backward"), -1),
                ("raise-top", translate("Canvas", "Bring to front"), 16),
                ("lower-bottom", translate("Canvas", "Send to back"), -16)):
            self._add(menu, name, text,
                      lambda steps=steps: editor.raise_layers(selection, steps))
        menu.addSeparator()
        locked = all(document.design(uid).locked for uid in selection)
        text = translate("Canvas", "Unlock") if locked else translate("Canvas", "Lock")
        lock = self._add(menu, "lock", text,
                         lambda: self._set_design("locked", not locked, text))
        lock.setStatusTip(translate("Canvas", "A locked layer stays where it is on the "
                                              "canvas; its fields can still be edited"))
        self._add(menu, "hide", translate("Canvas", "Hide"),
                  lambda: self._set_design("visible", False, translate("Canvas", "Hide")))
        menu.addSeparator()
        self._add(menu, "duplicate", translate("Canvas", "Duplicate"),
                  lambda: editor.duplicate(selection))
        self._add(menu, "delete", translate("Canvas", "Delete"),
                  lambda: editor.delete(selection))

    def _fill_align_menu(self, menu: QMenu, count: int) -> None:
        menu.setObjectName("canvasAlignMenu")
        texts = (translate("Canvas", "Align left"), translate("Canvas", "Align right"),
                 translate("Canvas", "Align top"), translate("Canvas", "Align bottom"),
                 translate("Canvas", "Align centres horizontally"),
                 translate("Canvas", "Align centres vertically"))
        for name, text in zip(_ALIGN, texts, strict=True):
            self._add(menu, name, text, lambda kind=name[6:]: self.align(kind))
        if count >= 3:  # distributing two layers would change nothing
            menu.addSeparator()
            self._add(menu, "distribute-h", translate("Canvas", "Distribute horizontally"),
                      lambda: self.distribute("horizontal"))
            self._add(menu, "distribute-v", translate("Canvas", "Distribute vertically"),
                      lambda: self.distribute("vertical"))
        menu.addSeparator()
        self._add(menu, "center", translate("Canvas", "Centre in output"),
                  self.center_in_output)

    def _fill_canvas_menu(self, menu: QMenu) -> None:
        editor = self._editor
        add = menu.addMenu(translate("Canvas", "Add input"))
        add.setObjectName("canvasAddMenu")
        texts = (translate("Canvas", "Stream (audio + video)"), translate("Canvas", "Video only"),
                 translate("Canvas", "Audio only"), translate("Canvas", "Picture (watermark)"),
                 translate("Canvas", "Canvas (colour)"))
        for (kind, name), text in zip(_ADD, texts, strict=True):
            self._add(add, name, text, lambda kind=kind: editor.add_input(kind))
        self._add(menu, "select-all", translate("Canvas", "Select all"),
                  lambda: editor.select(editor.document.uids()))
        menu.addSeparator()
        self._add(menu, "zoom-fit", translate("Canvas", "Fit to window"), self.fit_to_window)
        self._add(menu, "zoom-100", translate("Canvas", "Actual size (100 %)"), self.zoom_100)
        menu.addSeparator()
        snapping = self._add(menu, "snapping", translate("Canvas", "Snapping"),
                             lambda: self.set_snapping(not self.snapping()))
        if "snapping" not in self._window_actions():
            snapping.setCheckable(True)
            snapping.setChecked(self.snapping())
        if (grid := self._window_actions().get("grid")) is not None:
            menu.addAction(grid)  # its size is a preference only the window knows
        safe = self._add(menu, "safe-area", translate("Canvas", "Safe area"),
                         lambda: self.set_safe_area(not self.safe_area()))
        if "safe-area" not in self._window_actions():
            safe.setCheckable(True)
            safe.setChecked(self.safe_area())

    def _fill_crop_menu(self, menu: QMenu) -> None:
        # Crop mode's own keys (Enter, F, Esc) as a menu: no window action does these.
        for name, text, slot in (
                ("crop-apply", translate("Canvas", "Apply crop"), self.apply_crop),
                ("crop-fill", translate("Canvas", "Fill the box"), self._crop.fill),
                ("crop-cancel", translate("Canvas", "Cancel crop"), self.cancel_crop)):
            action = QAction(text, menu)
            action.setObjectName(f"action-{name}")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)

    def _set_design(self, name: str, value: bool, text: str) -> bool:
        """Lock, unlock or hide every selected layer: one undo step."""
        editor = self._editor
        return editor.edit(text, [(Part.DESIGN, uid, {name: value})
                                  for uid in editor.selection])


def _each(method: Callable[[str], object], uids: list[str]) -> None:
    for uid in uids:
        method(uid)
