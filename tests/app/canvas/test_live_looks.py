"""A probe's result redraws its own stream's box and no other, and never moves a box: one
being dragged stays under the mouse when its stream's new picture comes in."""

from __future__ import annotations

from designer.app.canvas.drawing.layerstate import Badge, LiveLook
from designer.core.frames import RgbFrame
from tests.app.canvas.helpers import at, move, press, release, uid


def _frame() -> RgbFrame:
    return RgbFrame(2, 2, bytes(12))


def test_only_the_box_of_the_stream_probed_is_redrawn(make_view, monkeypatch):
    view = make_view()
    scene = view.canvas_scene
    scene.show_live({"host": LiveLook(_frame()), "guest": LiveLook(_frame()),
                     "square": LiveLook(_frame())})
    redrawn: list[str] = []
    for item in scene.layer_items().values():
        monkeypatch.setattr(item, "update", lambda *a, item=item: redrawn.append(item.uid))
    looks = {"host": scene.live_look("host"), "guest": LiveLook(_frame()),
             "square": scene.live_look("square")}
    scene.show_live(looks)
    assert redrawn == [uid(view, 1)]
    scene.show_live(looks)  # nothing new: nothing redrawn
    assert redrawn == [uid(view, 1)]
    scene.show_live({**looks, "square": LiveLook(looks["square"].frame, Badge("no signal",
                                                                              True))})
    assert redrawn == [uid(view, 1), uid(view, 2)]
    assert "no signal" in scene.layer_item(uid(view, 2)).toolTip()


def test_a_new_picture_mid_drag_leaves_the_box_under_the_mouse(make_view):
    view = make_view()
    scene = view.canvas_scene
    guest = scene.layer_item(uid(view, 1))
    press(view, at(view, 480, 245))
    move(view, at(view, 500, 265))
    move(view, at(view, 520, 285))
    dragged = guest.rect()
    assert (dragged.x, dragged.y) == (440, 240)
    scene.show_live({"guest": LiveLook(_frame(), Badge("probed 1280×720"))})
    assert guest.rect() == dragged and guest.state.frame is not None
    release(view, at(view, 520, 285))
    assert view.editor.layout.para.inputs[1].layout_params.location_x == 440
    # The move is an edit: the box keeps its stream's picture and badge through it.
    assert guest.state.frame is not None and guest.state.badge.text == "probed 1280×720"


def test_the_picture_and_probed_size_survive_edits_and_follow_a_renamed_stream(make_view):
    view = make_view(sources={0: (640, 360), 2: (640, 360)})  # the guest's size is not declared
    scene, editor = view.canvas_scene, view.editor
    guest_uid = uid(view, 1)
    editor.set_observed_sizes({"guest": (1280, 720), "other": (720, 1280)})
    guest_look, other_look = LiveLook(_frame(), Badge("probed 1280×720")), \
        LiveLook(_frame(), Badge("probed 720×1280"))
    scene.show_live({"guest": guest_look, "other": other_look})
    item = scene.layer_item(guest_uid)
    editor.nudge([guest_uid], 5, 0)
    editor.undo_stack.undo()
    assert item.state.frame is guest_look.frame and item.state.source_size == (1280, 720)

    editor.set_stream_id(guest_uid, "other")
    item = scene.layer_item(guest_uid)
    assert item.state.frame is other_look.frame and item.state.badge.text == "probed 720×1280"
    assert item.state.source_size == (720, 1280)
    newer = LiveLook(_frame(), Badge("no signal", True))
    scene.show_live({"guest": guest_look, "other": newer})
    assert item.state.badge.text == "no signal"


def test_crop_mode_crops_the_streams_real_picture_at_its_probed_size(make_view):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    view = make_view(sources={0: (640, 360), 2: (640, 360)})  # the guest's size is not declared
    green = RgbFrame(4, 3, bytes((20, 200, 40)) * 12)
    view.editor.set_observed_sizes({"guest": (1280, 720)})
    view.canvas_scene.show_live({"guest": LiveLook(green, Badge("probed 1280×720"))})
    assert view.enter_crop_mode(uid(view, 1))
    session = view.crop_session()
    assert session.source_size == (1280, 720)
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    session.scene.render(painter, QRectF(0, 0, 1280, 720), QRectF(0, 0, 1280, 720))
    painter.end()
    colour = QColor(image.pixel(640, 500))  # the picture, under the crop box's dimming
    assert colour.green() > 2 * max(colour.red(), colour.blue())
    view.cancel_crop()
