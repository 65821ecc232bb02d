"""The History dock and the Undo menu say what each step did, in a producer's words: the
input by its label (else its stream id), several by their count, fields by what they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from designer.core import presets
from tests.app.canvas.helpers import drag
from tests.factories import layout_of, spec_para, stream


@pytest.fixture
def window(make_window, qtbot, tmp_path):
    para = {**spec_para(), "input_stream_list": [
        stream("host", 1),
        stream("guest_1", 2, image_width=100, image_height=100, location_x=20, location_y=20),
        stream("guest_2", 3, image_width=100, image_height=100, location_x=200, location_y=20),
        stream("guest_3", 4, image_width=100, image_height=100, location_x=20, location_y=300)]}
    path = tmp_path / "show.json"
    presets.save(path, layout_of(para, {0: (540, 960)}))
    window = make_window(path)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.canvas.zoom.set_factor(0.5)
    window.canvas.centerOn(270, 480)
    return window


def last_step(window) -> str:
    stack = window.editor.undo_stack
    return stack.text(stack.index() - 1)


def uid(window, index: int) -> str:
    return window.editor.document.uids()[index]


def test_a_drag_is_move_and_a_handle_is_resize_named_by_stream_id(window):
    canvas = window.canvas
    drag(canvas, (70, 70), (90, 80))
    assert last_step(window) == "Move guest_1"
    assert window.registry["undo"].text() == "&Undo Move guest_1"
    box = canvas.canvas_scene.layer_item(uid(window, 1)).rect()
    drag(canvas, (box.right, box.bottom), (box.right + 20, box.bottom + 30))  # a handle
    assert last_step(window) == "Resize guest_1"


def test_a_label_names_the_input_and_several_are_counted(window):
    editor = window.editor
    editor.set_design_fields(uid(window, 1), label="Guest")
    assert last_step(window) == "Rename guest_1"  # what it was called
    editor.select([uid(window, 1)])
    window.registry["duplicate"].trigger()
    assert last_step(window) == "Duplicate Guest"
    editor.select([uid(window, i) for i in (1, 2, 3)])
    drag(window.canvas, (250, 70), (297, 153))  # guest_2, with the other two selected
    assert last_step(window) == "Move 3 layers"


def test_hide_and_lock_actions_name_the_layer(window):
    window.editor.select([uid(window, 2)])
    window.registry["hide"].trigger()
    assert last_step(window) == "Take guest_2 off air"
    window.editor.select([uid(window, 1)])
    window.registry["lock"].trigger()
    assert last_step(window) == "Lock guest_1"


def test_a_session_field_is_named_as_the_panel_names_it(window):
    field = window.docks["session"].widget().session_id
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(QApplication.focusWidget(), "other_room")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert last_step(window) == "Change session id"


def test_a_properties_field_says_move_or_resize(window):
    window.editor.select([uid(window, 3)])
    boxes = window.docks["properties"].widget().geometry.boxes
    for name, expected in (("location_y", "Move guest_3"), ("image_width", "Resize guest_3")):
        boxes[name].setFocus()
        boxes[name].lineEdit().selectAll()
        QTest.keyClicks(QApplication.focusWidget(), "50")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert last_step(window) == expected


def test_the_history_lists_the_same_words(window):
    window.editor.nudge([uid(window, 1)], 3, 0)
    window.editor.delete([uid(window, 2)])
    history = window.findChild(object, "undoHistory")
    rows = [history.model().index(row, 0).data() for row in range(history.model().rowCount())]
    assert rows[1:] == ["Nudge guest_1", "Delete guest_2"]
