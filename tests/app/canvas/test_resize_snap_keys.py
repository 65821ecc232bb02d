"""Resize handles, snapping (and its Ctrl bypass), and arrow-key nudges."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.core.geometry import Rect
from designer.core.snapping import Guide
from tests.app.canvas.helpers import Ctrl, Shift, at, drag, lp, release, uid


def test_a_corner_handle_keeps_the_aspect(view):
    view.snapping.enabled = False
    view.editor.select([uid(view, 1)])
    drag(view, (560, 290), (620, 300))
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (400, 200)
    assert (lp(view, 1)["image_width"], lp(view, 1)["image_height"]) == (220, 124)
    assert view.editor.undo_stack.count() == 1
    view.editor.undo_stack.undo()
    assert (lp(view, 1)["image_width"], lp(view, 1)["image_height"]) == (160, 90)


def test_shift_frees_the_aspect(view):
    view.snapping.enabled = False
    view.editor.select([uid(view, 1)])
    drag(view, (560, 290), (620, 300), Shift)
    assert (lp(view, 1)["image_width"], lp(view, 1)["image_height"]) == (220, 100)


def test_the_top_left_handle_keeps_the_opposite_corner(view):
    view.snapping.enabled = False
    view.editor.select([uid(view, 1)])
    drag(view, (400, 200), (480, 230))
    box = view.canvas_scene.layer_item(uid(view, 1)).rect()
    assert (box.right, box.bottom) == (560, 290)
    assert box.height == 60 and abs(box.width / box.height - 16 / 9) < 0.01  # y grew it more


def test_a_resized_edge_snaps_to_the_output_edge(view):
    view.editor.select([uid(view, 1)])
    drag(view, (560, 245), (634, 245))  # right edge handle, 6 px short of the edge
    assert lp(view, 1)["image_width"] == 240


def test_a_dragged_box_snaps_to_the_output_edge_and_shows_a_guide(view):
    drag(view, (480, 240), (84, 240), finish=False)  # left edge at x = 4
    assert view.canvas_scene.layer_item(uid(view, 1)).rect().x == 0
    assert Guide(True, 0.0) in view.canvas_scene.guides()
    release(view, at(view, 84, 240))
    assert lp(view, 1)["location_x"] == 0
    assert view.canvas_scene.guides() == ()


def test_the_centre_snaps_to_the_output_centre(view):
    drag(view, (480, 240), (317, 178))  # centre 3 px off in both directions
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (240, 135)


def test_an_edge_snaps_to_another_layers_edge(view):
    drag(view, (480, 240), (286, 240))  # left edge at 206, the square's right edge is 200
    assert lp(view, 1)["location_x"] == 200


def test_ctrl_bypasses_snapping(view):
    drag(view, (480, 240), (84, 240), Ctrl)
    assert lp(view, 1)["location_x"] == 4


def test_snapping_off_and_a_grid(view):
    view.snapping.enabled = False
    drag(view, (480, 240), (84, 240))
    assert lp(view, 1)["location_x"] == 4
    view.editor.undo_stack.undo()
    view.snapping.enabled = True
    view.grid_size = 50
    view.registry["grid"].setChecked(True)
    drag(view, (480, 240), (460, 260))  # to (380, 220): every edge ≥ 10 px from a grid line
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (380, 220)
    view.snapping.threshold_px = 12  # screen px: now the grid is in reach
    drag(view, (460, 260), (460, 256))
    # The centre (460) goes to 450, the bottom (306) to 300: the nearest line wins per axis.
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (370, 210)


def test_the_threshold_is_in_screen_pixels(make_view):
    view = make_view(zoom=2.0)  # 8 screen px = 4 output px
    drag(view, (480, 240), (86, 240))  # left edge at 6: out of reach at this zoom
    assert lp(view, 1)["location_x"] == 6


def test_arrow_keys_nudge_and_merge_into_one_step(view, qtbot):
    view.editor.select([uid(view, 1)])
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (403, 210)
    assert view.editor.undo_stack.count() == 1
    view.editor.undo_stack.undo()
    assert view.canvas_scene.layer_item(uid(view, 1)).rect() == Rect(400, 200, 160, 90)


def test_locked_layers_are_not_nudged(view, qtbot):
    view.editor.set_design_fields(uid(view, 1), locked=True)
    view.editor.select([uid(view, 1)])
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert lp(view, 1)["location_x"] == 400
