"""Start, Update and Cancel leave the keyboard where the producer was. A clicked button takes
the focus; once it is disabled (sending, or nothing left to send), Qt hands the focus to the
next field that takes it: the Play URL field, the one still editable while live, so the next
key pressed for the canvas (Delete, an arrow, a cue's number) edited the URL instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from designer.app.mix.controller import MixState
from designer.app.preferences import CONFIRM_CANCEL_KEY


def test_clicking_start_and_cancel_keeps_the_canvas_focused(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    canvas = window.canvas
    canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is canvas, timeout=3000)
    panel = window.mix.panel
    window.show_dock("mix")

    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mix.controller.state is MixState.LIVE, timeout=5000)
    assert not panel.start_button.isEnabled()  # nothing to send: the canvas is on air
    assert QApplication.focusWidget() is canvas

    window.mix.controller.clock.advance(10)
    window.settings.setValue(CONFIRM_CANCEL_KEY, False)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mix.controller.state is MixState.COOLING_DOWN, timeout=5000)
    assert QApplication.focusWidget() is canvas
