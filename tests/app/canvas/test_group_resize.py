"""A multiple selection scales as a group from the handles of its bounding box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.core.geometry import Rect
from designer.core.snapping import Guide
from tests.app.canvas.helpers import Ctrl, Shift, at, drag, lp, move, press, uid


def box(view, index):
    layout = lp(view, index)
    return (layout["location_x"], layout["location_y"], layout["image_width"],
            layout["image_height"])


def item(view, index):
    return view.canvas_scene.layer_item(uid(view, index))


def select_both(view):
    # The guest (400, 200, 160×90) and the square (100, 100, 100×100): bounds 460×190.
    view.editor.select([uid(view, 1), uid(view, 2)])


def test_the_handles_are_on_the_selection_box_not_on_each_layer(view):
    select_both(view)
    group = view.canvas_scene.selection_box()
    assert group.isVisible() and group.rect() == Rect(100, 100, 460, 190)
    assert item(view, 1).handles() == [] and item(view, 2).handles() == []
    view.editor.select([uid(view, 1)])
    assert not group.isVisible() and len(item(view, 1).handles()) == 8


def test_the_background_and_locked_layers_are_left_out_of_the_group(view):
    view.editor.select([uid(view, 0), uid(view, 1), uid(view, 2)])
    assert view.canvas_scene.selection_box().rect() == Rect(100, 100, 460, 190)
    view.editor.set_design_fields(uid(view, 2), locked=True)
    assert not view.canvas_scene.selection_box().isVisible()  # one unlocked layer left
    assert len(item(view, 1).handles()) == 8


def test_a_corner_scales_every_layer_about_the_opposite_corner_in_one_step(view):
    view.snapping.enabled = False
    select_both(view)
    drag(view, (560, 290), (606, 309))  # bottom-right: 460×190 → 506×209, ×1.1
    assert box(view, 1) == (430, 210, 176, 99)
    assert box(view, 2) == (100, 100, 110, 110)
    assert view.canvas_scene.selection_box().rect() == Rect(100, 100, 506, 209)
    assert view.editor.undo_stack.count() == 1
    view.editor.undo_stack.undo()
    assert box(view, 1) == (400, 200, 160, 90) and box(view, 2) == (100, 100, 100, 100)
    assert view.canvas_scene.selection_box().rect() == Rect(100, 100, 460, 190)


def test_a_handle_away_from_any_layer_drives_the_group(view):
    view.snapping.enabled = False
    select_both(view)
    drag(view, (100, 290), (54, 309))  # bottom-left, over the background: top-right stays
    assert box(view, 1) == (384, 210, 176, 99)
    assert box(view, 2) == (54, 100, 110, 110)
    assert lp(view, 0) == {"image_layer": 1}  # the background was not selected nor moved


def test_shift_frees_the_group_aspect(view):
    view.snapping.enabled = False
    select_both(view)
    drag(view, (560, 290), (606, 328), Shift)  # ×1.1 across, ×1.2 down
    assert box(view, 1) == (430, 220, 176, 108)
    assert box(view, 2) == (100, 100, 110, 120)


def test_the_group_box_snaps_and_shows_the_guide(view):
    select_both(view)
    drag(view, (560, 290), (636, 300), finish=False)  # right edge 4 px short of the output's
    assert view.canvas_scene.selection_box().rect().right == 640
    assert item(view, 1).rect().right == 640  # the layer on that side lands on the edge
    assert Guide(True, 640.0) in view.canvas_scene.guides()
    move(view, at(view, 636, 300), Ctrl)  # Ctrl: no snap while it is held
    assert view.canvas_scene.selection_box().rect().right == 636
    assert view.canvas_scene.guides() == ()


def test_escape_puts_the_group_back(view, qtbot):
    select_both(view)
    drag(view, (560, 290), (620, 320), finish=False)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert item(view, 1).rect() == Rect(400, 200, 160, 90)
    assert item(view, 2).rect() == Rect(100, 100, 100, 100)
    assert view.canvas_scene.selection_box().rect() == Rect(100, 100, 460, 190)
    assert view.editor.undo_stack.count() == 0


def test_the_box_follows_a_group_drag(view):
    view.snapping.enabled = False
    select_both(view)
    drag(view, (150, 150), (170, 160), finish=False)
    assert view.canvas_scene.selection_box().rect() == Rect(120, 110, 460, 190)


def test_no_layer_shrinks_below_two_pixels(view):
    view.snapping.enabled = False
    select_both(view)
    press(view, at(view, 560, 290))
    move(view, at(view, -300, -300))  # far past the fixed corner
    assert min(item(view, 2).rect().width, item(view, 1).rect().height) >= 2
