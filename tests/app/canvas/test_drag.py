"""Dragging layers with real mouse events: one undo step on release, exact undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.core.geometry import Rect
from tests.app.canvas.helpers import Ctrl, Shift, at, click, drag, lp, move, press, release, uid


def test_a_drag_moves_the_layer_and_the_request_has_the_new_location(view):
    view.snapping.enabled = False
    before = view.editor.layout.model_copy(deep=True)
    drag(view, (480, 240), (530, 270))
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (450, 230)
    assert (lp(view, 1)["image_width"], lp(view, 1)["image_height"]) == (160, 90)
    assert view.editor.undo_stack.count() == 1
    assert view.canvas_scene.layer_item(uid(view, 1)).rect() == Rect(450, 230, 160, 90)
    view.editor.undo_stack.undo()
    assert view.editor.layout == before
    assert view.canvas_scene.layer_item(uid(view, 1)).rect() == Rect(400, 200, 160, 90)
    view.editor.undo_stack.redo()
    assert lp(view, 1)["location_x"] == 450


def test_the_model_hears_nothing_until_the_release(view):
    view.snapping.enabled = False
    changes = []
    view.editor.document.changed.connect(lambda: changes.append(1))
    drag(view, (480, 240), (500, 250), finish=False)
    assert changes == [] and view.is_interacting()
    assert view.canvas_scene.layer_item(uid(view, 1)).rect().x == 420  # the view moved
    assert lp(view, 1)["location_x"] == 400                              # the model did not
    release(view, at(view, 500, 250))
    assert changes and view.editor.undo_stack.count() == 1


def test_a_click_selects_and_changes_nothing(view):
    click(view, at(view, 480, 240))
    assert view.editor.selection == [uid(view, 1)]
    assert view.editor.undo_stack.count() == 0


def test_escape_during_a_drag_puts_the_layer_back(view, qtbot):
    drag(view, (480, 240), (560, 300), finish=False)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.canvas_scene.layer_item(uid(view, 1)).rect() == Rect(400, 200, 160, 90)
    release(view, at(view, 560, 300))
    assert view.editor.undo_stack.count() == 0
    assert lp(view, 1)["location_x"] == 400


def test_ctrl_and_shift_click_add_and_toggle(view):
    click(view, at(view, 480, 240))
    click(view, at(view, 150, 150), Ctrl)
    assert set(view.editor.selection) == {uid(view, 1), uid(view, 2)}
    click(view, at(view, 480, 240), Shift)
    assert view.editor.selection == [uid(view, 2)]


def test_dragging_a_multiple_selection_moves_all_in_one_step(view):
    view.snapping.enabled = False
    view.editor.select([uid(view, 1), uid(view, 2)])
    drag(view, (150, 150), (170, 160))
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (420, 210)
    assert (lp(view, 2)["location_x"], lp(view, 2)["location_y"]) == (120, 110)
    assert view.editor.undo_stack.count() == 1


def test_locked_layers_do_not_move(view):
    view.editor.set_design_fields(uid(view, 1), locked=True)
    steps = view.editor.undo_stack.count()
    drag(view, (480, 240), (530, 270))
    assert lp(view, 1)["location_x"] == 400
    assert view.editor.selection == [uid(view, 1)]  # still selectable
    assert view.editor.undo_stack.count() == steps
    assert view.canvas_scene.layer_item(uid(view, 1)).handles() == []


def test_the_background_does_not_move_and_a_drag_on_it_is_a_rubber_band(view):
    drag(view, (20, 20), (270, 150))
    assert view.editor.selection == [uid(view, 2)]
    drag(view, (20, 20), (420, 220))
    assert view.editor.selection == [uid(view, 1), uid(view, 2)]  # both touched, in z order
    assert view.editor.undo_stack.count() == 0
    click(view, at(view, 20, 20))
    assert view.editor.selection == [uid(view, 0)]  # a click on it selects the background
    click(view, at(view, -40, -40))
    assert view.editor.selection == []


def test_a_model_change_mid_drag_cancels_the_drag(view):
    drag(view, (480, 240), (520, 260), finish=False)
    view.editor.set_layout_fields(uid(view, 2), location_x=10)
    assert not view.is_interacting()
    assert view.canvas_scene.layer_item(uid(view, 1)).rect().x == 400
    move(view, at(view, 560, 280))
    release(view, at(view, 560, 280))
    assert lp(view, 1)["location_x"] == 400


def test_positions_are_whole_pixels_at_any_zoom(make_view):
    view = make_view(zoom=0.37)
    view.snapping.enabled = False
    press(view, at(view, 480, 240))
    for x in (483.3, 490.7, 505.1):
        move(view, at(view, x, 247.9))
    release(view, at(view, 505.1, 247.9))
    x, y = lp(view, 1)["location_x"], lp(view, 1)["location_y"]
    assert isinstance(x, int) and isinstance(y, int)
    assert abs(x - 425) <= 3 and abs(y - 208) <= 3


def test_ctrl_pressed_mid_drag_lets_go_of_the_snap(view, qtbot):
    drag(view, (480, 240), (84, 240), finish=False)  # snapped to x = 0
    assert view.canvas_scene.layer_item(uid(view, 1)).rect().x == 0
    qtbot.keyPress(view, Qt.Key.Key_Control, Ctrl)
    assert view.canvas_scene.layer_item(uid(view, 1)).rect().x == 4
    assert view.canvas_scene.guides() == ()
    release(view, at(view, 84, 240), Ctrl)
    assert lp(view, 1)["location_x"] == 4


def test_a_deleted_view_stops_listening_to_the_document(make_editor, qapp):
    from designer.app.canvas.view import CanvasView
    from tests.app.canvas.helpers import SOURCES, canvas_para

    editor = make_editor(canvas_para(), SOURCES)
    view = CanvasView(editor)
    view.deleteLater()
    qapp.sendPostedEvents(None, 0)  # deferred deletes
    editor.set_layout_fields(editor.document.uids()[1], location_x=12)  # no deleted scene hit
    editor.add_input(0)
    assert editor.layout.para.inputs[1].layout_params.location_x == 12
