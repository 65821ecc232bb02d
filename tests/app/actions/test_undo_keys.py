"""Ctrl+Z and Ctrl+Shift+Z undo the document from anywhere in the window, a field included
once its value is in; while a field is mid-edit they undo the typing instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

REPO = Path(__file__).resolve().parents[3]
PRESET = REPO / "examples" / "link-mic-preset.json"
Ctrl = Qt.KeyboardModifier.ControlModifier
CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(PRESET)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.editor.select([window.editor.document.uids()[1]])  # the guest, x 380
    return window


def guest_x(window):
    return window.editor.layout.para.inputs[1].layout_params.location_x


def type_value(box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(QApplication.focusWidget(), text)


def key(code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as the window system delivers it."""
    QTest.keyClick(QApplication.focusWidget(), code, modifiers)


def test_ctrl_z_in_a_field_after_return_undoes_the_document(window):
    box = window.docks["properties"].widget().geometry.boxes["location_x"]
    type_value(box, "300")
    key(Qt.Key.Key_Return)
    assert guest_x(window) == 300 and box.hasFocus()  # focus stays in the field
    key(Qt.Key.Key_Z, Ctrl)
    assert guest_x(window) == 380
    assert box.text() == "380 px"
    key(Qt.Key.Key_Z, CtrlShift)
    assert guest_x(window) == 300
    key(Qt.Key.Key_Z, Ctrl)
    key(Qt.Key.Key_Y, Ctrl)  # Ctrl+Y redoes too
    assert guest_x(window) == 300


def test_ctrl_z_mid_edit_undoes_the_typing_not_the_document(window):
    editor = window.editor
    editor.nudge(editor.selection, 5, 0)  # something the document could undo: x 385
    box = window.docks["properties"].widget().geometry.boxes["location_x"]
    type_value(box, "12")
    key(Qt.Key.Key_Z, Ctrl)
    assert guest_x(window) == 385 and editor.undo_stack.index() == 1
    assert box.text() != "12"


def test_ctrl_z_in_a_text_field_after_return_undoes_the_document(window):
    session = window.docks["session"].widget()
    field = session.session_id
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(QApplication.focusWidget(), "other_room")
    key(Qt.Key.Key_Return)
    assert window.editor.layout.para.mix_stream_session_id == "other_room"
    key(Qt.Key.Key_Z, Ctrl)
    assert window.editor.layout.para.mix_stream_session_id == "lewis_room"
    assert field.text() == "lewis_room"


def test_ctrl_z_on_the_canvas_and_the_layer_list_undoes(window):
    editor = window.editor
    for widget in (window.canvas, window.findChild(QWidget, "layerList")):
        editor.nudge(editor.selection, 5, 0)
        widget.setFocus()
        key(Qt.Key.Key_Z, Ctrl)
        assert guest_x(window) == 380, widget.objectName()
