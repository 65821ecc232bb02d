"""Crop mode, Fill and Fit: crop_params in the request, black bars gone or back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.core.geometry import Rect
from tests.app.canvas.helpers import at, double_click, drag, uid


def crop_of(view, index):
    return view.editor.layout.para.to_wire()["input_stream_list"][index].get("crop_params")


def faq8(view, index):
    field = f"input_stream_list[{index}].layout_params"
    return [p for p in view.editor.problems if p.code == "FAQ8" and p.field == field]


def enter(view, index):
    """Crop mode at zoom ½, so that even source pixels are whole screen pixels."""
    assert view.enter_crop_mode(uid(view, index))
    view.set_zoom(0.5)
    view.centerOn(*(v / 2 for v in view.crop_session().source_size))
    return view.crop_session()


def test_crop_mode_shows_the_whole_source_and_a_handle_drag_writes_crop_params(view, qtbot):
    session = enter(view, 1)
    assert view.in_crop_mode() and view.scene() is session.scene
    assert session.crop() == Rect(0, 0, 1280, 720)  # no crop yet: the whole 1280×720 source
    drag(view, (1280, 720), (640, 500))  # the bottom-right handle, aspect kept
    assert session.crop() == Rect(0, 0, 889, 500)
    assert view.editor.undo_stack.count() == 0  # nothing sent to the model yet
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not view.in_crop_mode() and view.scene() is view.canvas_scene
    assert crop_of(view, 1) == {"crop_width": 889, "crop_height": 500, "crop_x": 0,
                                "crop_y": 0}
    assert view.editor.undo_stack.count() == 1
    view.editor.undo_stack.undo()
    assert crop_of(view, 1) is None


def test_the_crop_box_moves_and_the_source_pans_under_it_always_inside(view, qtbot):
    session = enter(view, 1)
    drag(view, (1280, 720), (640, 360), Qt.KeyboardModifier.ShiftModifier)  # free: 640×360
    drag(view, (100, 100), (300, 150))  # the box moves
    assert session.crop() == Rect(200, 50, 640, 360)
    drag(view, (900, 600), (850, 580))  # the picture moves under the box
    assert session.crop() == Rect(250, 70, 640, 360)
    drag(view, (900, 600), (-2000, -2000))  # never past the source's edge
    assert session.crop() == Rect(640, 360, 640, 360)
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert crop_of(view, 1) == {"crop_width": 640, "crop_height": 360, "crop_x": 640,
                                "crop_y": 360}


def test_escape_cancels_crop_mode(view, qtbot):
    double_click(view, at(view, 480, 240))
    assert view.in_crop_mode()
    view.set_zoom(0.5)
    drag(view, (1280, 720), (640, 500))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.in_crop_mode()
    assert crop_of(view, 1) is None and view.editor.undo_stack.count() == 0


def test_key_c_enters_crop_mode_for_the_selected_layer(view, qtbot):
    view.editor.select([uid(view, 2)])
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert view.in_crop_mode() and view.crop_session().uid == uid(view, 2)
    qtbot.keyClick(view, Qt.Key.Key_F)  # fill the 100×100 box: a centred 360×360 crop
    assert view.crop_session().crop() == Rect(140, 0, 360, 360)
    double_click(view, at(view, 300, 200))
    assert crop_of(view, 2) == {"crop_width": 360, "crop_height": 360, "crop_x": 140,
                                "crop_y": 0}


def test_an_unknown_source_resolution_is_said_and_crop_mode_stays_off(make_view, qtbot):
    view = make_view(sources={0: (640, 360)})
    with qtbot.waitSignal(view.message, timeout=1000) as said:
        assert not view.enter_crop_mode(uid(view, 1))
    assert "unknown" in said.args[0]
    assert not view.in_crop_mode()
    assert not view.fill(uid(view, 1))


def test_fill_removes_the_black_bars_and_fit_brings_the_whole_source_back(view):
    square = uid(view, 2)
    assert faq8(view, 2)
    assert view.fill(square)
    assert crop_of(view, 2) == {"crop_width": 360, "crop_height": 360, "crop_x": 140,
                                "crop_y": 0}
    assert not faq8(view, 2)
    assert view.canvas_scene.layer_item(square).state.content == (360, 360)
    assert view.fit(square)
    assert crop_of(view, 2) is None and faq8(view, 2)
    assert view.editor.undo_stack.count() == 2


def test_fill_on_a_box_of_the_same_aspect_needs_no_crop(view):
    assert not view.fill(uid(view, 1))  # 160×90 of 1280×720: nothing to cut
    assert crop_of(view, 1) is None


def test_deleting_the_layer_leaves_crop_mode(view):
    view.enter_crop_mode(uid(view, 1))
    view.editor.delete([uid(view, 1)])
    assert not view.in_crop_mode()
