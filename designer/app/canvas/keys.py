"""The canvas's keys: arrows nudge (Shift: 10 px), C crops, Escape cancels, space pans, and in
crop mode Enter applies, F fills and arrows move the crop. Shift or Ctrl pressed or released
mid-gesture takes effect at once (the last move is made again with them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from designer.app.canvas.gestures.crop import CropSession
    from designer.app.editor import DocumentEditor

Key = Qt.Key
Mod = Qt.KeyboardModifier
_ARROWS = {Key.Key_Left: (-1, 0), Key.Key_Right: (1, 0), Key.Key_Up: (0, -1),
           Key.Key_Down: (0, 1)}
_MODIFIER_KEYS = {Key.Key_Shift: Mod.ShiftModifier, Key.Key_Control: Mod.ControlModifier,
                  Key.Key_Alt: Mod.AltModifier}


class KeyHost(Protocol):
    """The view, as its keys see it."""

    @property
    def editor(self) -> DocumentEditor: ...

    def crop_session(self) -> CropSession | None: ...

    def is_interacting(self) -> bool: ...

    def cancel_interaction(self) -> bool: ...

    def redo_last_move(self, modifiers: Mod) -> None: ...

    def set_space_pan(self, on: bool) -> None: ...

    def enter_crop_mode(self, uid: str | None = None) -> bool: ...

    def apply_crop(self) -> bool: ...

    def cancel_crop(self) -> bool: ...


class CanvasKeys(QObject):
    def __init__(self, host: KeyHost, parent: QObject | None = None):
        super().__init__(parent)
        self._host = host

    def press(self, event: QKeyEvent) -> bool:
        """Handle a key press; False to let the view do its default."""
        host, key = self._host, event.key()
        if key == Key.Key_Escape and (host.cancel_interaction() or host.cancel_crop()):
            return True
        if key in _MODIFIER_KEYS and host.is_interacting():
            host.redo_last_move(_with(event.modifiers(), _MODIFIER_KEYS[key], True))
            return True
        if key == Key.Key_Space and not event.isAutoRepeat():
            host.set_space_pan(True)
            return True
        return not host.is_interacting() and self._command(event)

    def release(self, event: QKeyEvent) -> bool:
        host, key = self._host, event.key()
        if key == Key.Key_Space and not event.isAutoRepeat():
            host.set_space_pan(False)
            return True
        if key in _MODIFIER_KEYS and host.is_interacting():
            host.redo_last_move(_with(event.modifiers(), _MODIFIER_KEYS[key], False))
            return True
        return False

    def _command(self, event: QKeyEvent) -> bool:
        host, key = self._host, event.key()
        step = 10 if event.modifiers() & Mod.ShiftModifier else 1
        session = host.crop_session()
        if session is not None:
            if key in (Key.Key_Return, Key.Key_Enter):
                host.apply_crop()
            elif key == Key.Key_F:
                session.fill()
            elif key in _ARROWS:
                session.nudge(_ARROWS[key][0] * step, _ARROWS[key][1] * step)
            else:
                return False
            return True
        editor = host.editor
        if key in _ARROWS and editor.selection:
            dx, dy = _ARROWS[key]
            editor.nudge(editor.selection, dx * step, dy * step)
            return True
        if key == Key.Key_C and event.modifiers() == Mod.NoModifier:
            host.enter_crop_mode()
            return True
        return False


def _with(modifiers: Mod, flag: Mod, pressed: bool) -> Mod:
    # Platforms differ on whether a modifier's own key event already carries its flag.
    return Mod(modifiers.value | flag.value if pressed else modifiers.value & ~flag.value)
