"""OBS's crop habit on the canvas: Alt-drag a layer's edge handle cuts that side of its
source (one undo step for the crop and the box); without Alt the handle resizes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.app.canvas.gestures.edgecrop import EdgeCropGesture
from tests.app.canvas.helpers import at, drag, lp, move, press, release, uid

Alt = Qt.KeyboardModifier.AltModifier


def crop_of(view, index):
    return view.editor.layout.para.to_wire()["input_stream_list"][index].get("crop_params")


def faq8(view, index):
    return [p for p in view.editor.problems_for(uid(view, index)) if p.code == "FAQ8"]


def test_alt_drag_on_the_right_handle_cuts_the_right_of_the_source(view):
    # The guest: 160×90 at (400, 200) showing its 1280×720 source at ⅛ scale.
    view.editor.select([uid(view, 1)])
    drag(view, (560, 245), (520, 245), Alt)
    assert crop_of(view, 1) == {"crop_width": 960, "crop_height": 720, "crop_x": 0,
                                "crop_y": 0}
    assert (lp(view, 1)["location_x"], lp(view, 1)["image_width"],
            lp(view, 1)["image_height"]) == (400, 120, 90)  # same scale: no bars
    assert not faq8(view, 1)
    assert view.editor.undo_stack.count() == 1
    assert view.editor.undo_stack.text(0) == "Crop guest"
    # The box's tooltip says its new size once the crop is made.
    assert "Box 120×90 at (400, 200)" in view.canvas_scene.layer_item(uid(view, 1)).toolTip()
    view.editor.undo_stack.undo()
    assert crop_of(view, 1) is None and lp(view, 1)["image_width"] == 160


def test_alt_drag_on_the_left_handle_moves_the_box_edge_with_the_cut(view):
    view.editor.select([uid(view, 1)])
    drag(view, (400, 245), (440, 245), Alt)
    assert crop_of(view, 1) == {"crop_width": 960, "crop_height": 720, "crop_x": 320,
                                "crop_y": 0}
    assert (lp(view, 1)["location_x"], lp(view, 1)["image_width"]) == (440, 120)


def test_dragging_back_out_gives_the_source_back_up_to_its_edge(view):
    view.editor.select([uid(view, 1)])
    drag(view, (560, 245), (520, 245), Alt)
    drag(view, (520, 245), (700, 245), Alt)  # far past the source's right edge
    assert crop_of(view, 1) is None  # the whole source again
    assert lp(view, 1)["image_width"] == 160


def test_the_box_keeps_its_bars_on_the_other_axis(view):
    # The square: 100×100 at (100, 100) of a 640×360 source, bars above and below.
    view.editor.select([uid(view, 2)])
    drag(view, (100, 150), (120, 150), Alt)
    assert crop_of(view, 2) == {"crop_width": 512, "crop_height": 360, "crop_x": 128,
                                "crop_y": 0}
    assert (lp(view, 2)["location_x"], lp(view, 2)["image_width"],
            lp(view, 2)["image_height"]) == (120, 80, 100)


def test_during_the_drag_the_picture_is_cut_and_escape_puts_it_back(view, qtbot):
    view.editor.select([uid(view, 1)])
    press(view, at(view, 560, 245), Alt)
    move(view, at(view, 540, 245), Alt)
    move(view, at(view, 520, 245), Alt)
    item = view.canvas_scene.layer_item(uid(view, 1))
    assert (item.rect().width, item.state.content) == (120, (960, 720))
    assert view.editor.undo_stack.count() == 0
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert (item.rect().width, item.state.content) == (160, (1280, 720))
    release(view, at(view, 520, 245), Alt)
    assert view.editor.undo_stack.count() == 0


def test_without_alt_the_handle_resizes(view):
    view.editor.select([uid(view, 1)])
    drag(view, (560, 245), (520, 245))
    assert crop_of(view, 1) is None
    assert (lp(view, 1)["image_width"], lp(view, 1)["image_height"]) == (120, 68)


def test_alt_on_a_layer_that_cannot_be_cropped_says_why(make_view, qtbot):
    view = make_view(sources={0: (640, 360)})  # the guest's resolution unknown
    view.editor.select([uid(view, 1)])
    with qtbot.waitSignal(view.message, timeout=1000) as said:
        press(view, at(view, 560, 245), Alt)
    assert "unknown" in said.args[0]
    assert not isinstance(view._interaction, EdgeCropGesture)
    release(view, at(view, 560, 245), Alt)
    assert view.editor.undo_stack.count() == 0
