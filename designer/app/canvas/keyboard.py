"""The canvas view's keyboard: nudges, Escape, space-to-pan, crop keys. A mixin of
``CanvasView``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

Key = Qt.Key
Mod = Qt.KeyboardModifier
_ARROWS = {Key.Key_Left: (-1, 0), Key.Key_Right: (1, 0), Key.Key_Up: (0, -1),
           Key.Key_Down: (0, 1)}
_MODIFIER_KEYS = {Key.Key_Shift: Mod.ShiftModifier, Key.Key_Control: Mod.ControlModifier}


class KeyboardGestures:
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Key.Key_Escape and (self.cancel_interaction() or self.cancel_crop()):
            return
        if key in _MODIFIER_KEYS and self._refeed(key, event.modifiers(), pressed=True):
            return
        if key == Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if self._interaction is None and self._key(event):
            return
        super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key, shift = event.key(), bool(event.modifiers() & Mod.ShiftModifier)
        step = 10 if shift else 1
        if self._crop is not None:
            if key in (Key.Key_Return, Key.Key_Enter):
                self.apply_crop()
            elif key == Key.Key_F:
                self._crop.fill()
            elif key in _ARROWS:
                self._crop.nudge(_ARROWS[key][0] * step, _ARROWS[key][1] * step)
            else:
                return False
            return True
        if key in _ARROWS and self._editor.selection:
            dx, dy = _ARROWS[key]
            self._editor.nudge(self._editor.selection, dx * step, dy * step)
            return True
        if key == Key.Key_C and event.modifiers() == Mod.NoModifier:
            self.enter_crop_mode()
            return True
        return False

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._interaction is None:
                self.viewport().unsetCursor()
            return
        if key in _MODIFIER_KEYS and self._refeed(key, event.modifiers(), pressed=False):
            return
        super().keyReleaseEvent(event)

    def _refeed(self, key: int, modifiers: Mod, pressed: bool) -> bool:
        """Shift or Ctrl went down or up mid-gesture: redo the last move with them."""
        if self._interaction is None or self._last is None:
            return False
        # Platforms differ on whether a modifier's own key event already carries its flag.
        flag = _MODIFIER_KEYS[key]
        modifiers = Mod(modifiers.value | flag.value if pressed else modifiers.value & ~flag.value)
        self._interaction.move(*self._last, modifiers)
        return True
