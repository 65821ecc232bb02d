"""Crop mode, Fill and Fit: crop_params in the request, black bars gone or back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.core.geometry import Rect
from designer.core.snapping import Guide
from tests.app.canvas.helpers import Ctrl, Shift, at, double_click, drag, move, release, uid


def crop_of(view, index):
    return view.editor.layout.para.to_wire()["input_stream_list"][index].get("crop_params")


def faq8(view, index):
    field = f"input_stream_list[{index}].layout_params"
    return [p for p in view.editor.problems if p.code == "FAQ8" and p.field == field]


def enter(view, index):
    """Crop mode at zoom ½, so that even source pixels are whole screen pixels."""
    assert view.enter_crop_mode(uid(view, index))
    view.zoom.set_factor(0.5)
    view.centerOn(*(v / 2 for v in view.crop_session().source_size))
    return view.crop_session()


def test_crop_mode_shows_the_whole_source_and_a_handle_drag_writes_crop_params(view, qtbot):
    session = enter(view, 1)
    assert (view.crop_session() is not None) and view.scene() is session.scene
    assert session.crop() == Rect(0, 0, 1280, 720)  # no crop yet: the whole 1280×720 source
    drag(view, (1280, 720), (640, 500))  # the bottom-right handle, free
    assert session.crop() == Rect(0, 0, 640, 500)
    assert view.editor.undo_stack.count() == 0  # nothing sent to the model yet
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.crop_session() is None and view.scene() is view.canvas_scene
    assert crop_of(view, 1) == {"crop_width": 640, "crop_height": 500, "crop_x": 0,
                                "crop_y": 0}
    assert view.editor.undo_stack.count() == 1
    view.editor.undo_stack.undo()
    assert crop_of(view, 1) is None


def test_the_crop_box_moves_and_the_source_pans_under_it_always_inside(view, qtbot):
    session = enter(view, 1)
    drag(view, (1280, 720), (640, 360))  # 640×360
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
    assert (view.crop_session() is not None)
    view.zoom.set_factor(0.5)
    drag(view, (1280, 720), (640, 500))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.crop_session() is None
    assert crop_of(view, 1) is None and view.editor.undo_stack.count() == 0


def test_key_c_enters_crop_mode_for_the_selected_layer(view, qtbot):
    view.editor.select([uid(view, 2)])
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert (view.crop_session() is not None) and view.crop_session().uid == uid(view, 2)
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
    assert view.crop_session() is None
    assert not view.arrange.fill(uid(view, 1))


def test_fill_removes_the_black_bars_and_fit_brings_the_whole_source_back(view):
    square = uid(view, 2)
    assert faq8(view, 2)
    assert view.arrange.fill(square)
    assert crop_of(view, 2) == {"crop_width": 360, "crop_height": 360, "crop_x": 140,
                                "crop_y": 0}
    assert not faq8(view, 2)
    assert view.canvas_scene.layer_item(square).state.content == (360, 360)
    assert view.arrange.fit(square)
    assert crop_of(view, 2) is None and faq8(view, 2)
    assert view.editor.undo_stack.count() == 2


def test_fill_on_a_box_of_the_same_aspect_needs_no_crop(view):
    assert not view.arrange.fill(uid(view, 1))  # 160×90 of 1280×720: nothing to cut
    assert crop_of(view, 1) is None


def test_deleting_the_layer_leaves_crop_mode(view):
    view.enter_crop_mode(uid(view, 1))
    view.editor.delete([uid(view, 1)])
    assert view.crop_session() is None


def half_source_crop(view):
    """Crop mode on the guest's 1280×720 source with a 640×360 crop at its top-left."""
    session = enter(view, 1)
    drag(view, (1280, 720), (640, 360))
    assert session.crop() == Rect(0, 0, 640, 360)
    return session


def test_the_moved_crop_snaps_to_the_source_centre_and_shows_guides(view):
    session = half_source_crop(view)  # 16 source px of reach at zoom ½
    drag(view, (100, 100), (414, 106), finish=False)  # to (314, 6): its centre 6 px off
    assert session.crop() == Rect(320, 0, 640, 360)
    assert set(session.guides()) == {Guide(True, 640.0), Guide(False, 0.0),
                                     Guide(False, 360.0)}
    assert session.guides_item.isVisible()
    release(view, at(view, 415, 105))
    assert session.guides() == ()


def test_ctrl_moves_the_crop_without_snapping(view):
    session = half_source_crop(view)
    drag(view, (100, 100), (414, 106), Ctrl)
    assert session.crop() == Rect(314, 6, 640, 360)
    assert session.guides() == ()


def test_snapping_off_leaves_the_crop_where_it_is_dropped(view):
    session = half_source_crop(view)
    view.snapping.enabled = False
    drag(view, (100, 100), (414, 106))
    assert session.crop() == Rect(314, 6, 640, 360)


def test_a_resized_crop_edge_snaps_to_the_source_edge(view):
    session = enter(view, 1)
    drag(view, (1280, 720), (1270, 500), finish=False)
    assert session.crop() == Rect(0, 0, 1280, 500)  # the right edge stayed on the frame's
    assert session.guides() == (Guide(True, 1280.0),)
    release(view, at(view, 1270, 500))
    assert session.guides() == ()


def test_with_the_aspect_kept_the_snapped_edge_leads(view):
    session = half_source_crop(view)
    # The bottom edge is 5 px from the centre line, the right edge nowhere near a line:
    # the bottom stays on the line and the width follows it through the aspect.
    drag(view, (640, 360), (1100, 365), Shift, finish=False)
    assert session.crop() == Rect(0, 0, 640, 360)
    assert Guide(False, 360.0) in session.guides()
    move(view, at(view, 1100, 365), Ctrl | Shift)
    assert session.crop().width > 1000


def test_panning_the_source_snaps_the_crop_on_it(view):
    session = half_source_crop(view)
    drag(view, (900, 600), (586, 594), finish=False)  # the crop lands at (314, 6) on it
    assert session.crop() == Rect(320, 0, 640, 360)
    assert Guide(True, 640.0) in session.guides()
    assert session.guides_item.pos() == session.source_item.pos()  # drawn on the source


def test_shift_keeps_the_crops_aspect(view):
    session = enter(view, 1)
    drag(view, (1280, 720), (640, 500), Shift)
    assert session.crop() == Rect(0, 0, 889, 500)


def test_a_free_crop_snaps_to_the_boxs_aspect_and_removes_the_bars(view, qtbot):
    # The square 100×100 box shows a 640×360 source with bars (FAQ 8). Cut the sides by hand:
    # within reach of square the crop becomes exactly square, and the bars are gone.
    assert faq8(view, 2)
    session = enter(view, 2)
    drag(view, (0, 180), (136, 180))  # the left edge in
    drag(view, (640, 180), (508, 180))  # the right edge to 508: 372 wide, 12 px off square
    assert session.crop() == Rect(136, 0, 360, 360)  # the right edge moved to match
    text, bars = session.crop_item.label()
    assert "no black bars" in text and not bars
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert crop_of(view, 2) == {"crop_width": 360, "crop_height": 360, "crop_x": 136,
                                "crop_y": 0}
    assert not faq8(view, 2)


def test_ctrl_or_distance_leaves_the_crop_as_dragged(view):
    session = enter(view, 2)
    drag(view, (0, 180), (136, 180))
    drag(view, (640, 180), (508, 180), Ctrl)
    assert session.crop() == Rect(136, 0, 372, 360)
    assert session.crop_item.label()[1]  # bars
    drag(view, (508, 180), (560, 180))  # 424 wide: far from square
    assert session.crop() == Rect(136, 0, 424, 360)



def test_fill_and_fit_on_a_selection_are_one_undo_step(view):
    """Like every command on the selection: one step, one change, undone at once."""
    square, guest = uid(view, 2), uid(view, 1)
    view.editor.set_layout_fields(guest, image_width=90, image_height=90)  # square: bars
    steps = view.editor.undo_stack.count()
    view.editor.select([guest, square])
    view.registry["fill"].trigger()
    assert crop_of(view, 1) is not None and crop_of(view, 2) is not None
    assert view.editor.undo_stack.count() == steps + 1
    assert view.editor.undo_stack.undoText() == "Fill box: 2 layers"
    view.registry["fit"].trigger()
    assert crop_of(view, 1) is None and crop_of(view, 2) is None
    assert view.editor.undo_stack.count() == steps + 2
    view.editor.undo_stack.undo()
    assert crop_of(view, 1) is not None and crop_of(view, 2) is not None
