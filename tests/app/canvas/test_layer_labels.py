"""What a layer's box says on the canvas: its size, live during a resize; on small boxes
(a 160×90 watermark at a fitted zoom) labels stay readable or collapse to the layer number,
and never overlap each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from designer.app.canvas.items import layer as layer_items
from tests.app.canvas.helpers import at, move, press, release, uid
from tests.factories import APPID, stream


@pytest.fixture
def painted(monkeypatch):
    """``painted(item)``: the labels ``item`` draws, as (text, box in device pixels)."""

    def paint(item) -> list[tuple[str, QRectF]]:
        drawn: list[tuple[str, QRectF]] = []
        original = layer_items.style.draw_label

        def record(painter, x, y, text, *args, **kwargs):
            box = original(painter, x, y, text, *args, **kwargs)
            drawn.append((painter.fontMetrics().elidedText(
                text, layer_items.Qt.TextElideMode.ElideRight,
                int(max(0, kwargs.get("max_width", 1e6) - 8))), QRectF(box)))
            return box

        monkeypatch.setattr(layer_items.style, "draw_label", record)
        scene = item.scene()
        view = scene.views()[0]
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        painter.setWorldTransform(item.sceneTransform() * view.viewportTransform())
        item.paint(painter, None)
        painter.end()
        monkeypatch.setattr(layer_items.style, "draw_label", original)
        return drawn

    return paint


def test_the_size_label_follows_a_resize_drag(view, painted):
    view.editor.select([uid(view, 1)])  # the guest, 160×90 at (400, 200)
    item = view.canvas_scene.layer_item(uid(view, 1))
    assert "160×90" in [text for text, _ in painted(item)]
    press(view, at(view, 560, 290))  # its bottom-right handle
    move(view, at(view, 600, 300))
    move(view, at(view, 640, 312))
    texts = [text for text, _ in painted(item)]
    assert "240×135" in texts and "160×90" not in texts  # mid-drag, before the release
    assert view.editor.undo_stack.count() == 0
    release(view, at(view, 640, 312))
    assert view.editor.layout.para.inputs[1].layout_params.image_width == 240


def small_boxes_para():
    """A 1920×1080 host, a guest bottom-right, and three 160×90 watermarks: in two corners
    of the host, and one over the guest."""

    def picture(stream_id, layer, x, y, picture_id):
        return {"input_stream_id": stream_id, "layout_params": {
            "image_layer": layer, "input_type": 2, "picture_id": picture_id, "image_width": 160,
            "image_height": 90, "location_x": x, "location_y": y}}

    return {
        "app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
        "mix_stream_session_id": "room", "output_stream_id": "host",
        "input_stream_list": [
            stream("host", 1),
            stream("guest_1", 2, image_width=480, image_height=270, location_x=1400,
                   location_y=780),
            picture("logo", 3, 20, 20, 7), picture("logo_2", 4, 1700, 20, 8),
            picture("sponsor_banner", 5, 1460, 820, 9)]}


@pytest.mark.parametrize("zoom", [0.42, 0.3, 0.6])
def test_small_boxes_keep_their_labels_readable_and_apart(make_view, painted, zoom):
    view = make_view(small_boxes_para(), {0: (1920, 1080), 1: (1280, 720)}, zoom=zoom)
    items = sorted(view.canvas_scene.layer_items().values(), key=lambda i: i.zValue())
    labels = {item.uid: painted(item) for item in items}
    boxes = {item.uid: view.mapFromScene(item.sceneBoundingRect()).boundingRect()
             for item in items}
    everything = [(owner, rect) for owner, drawn in labels.items() for _, rect in drawn]
    for index, (owner, rect) in enumerate(everything):
        for other, other_rect in everything[index + 1:]:
            assert not rect.intersects(other_rect), (owner, other)
    for index, item in enumerate(items):
        for above in items[index + 1:]:
            for text, rect in labels[item.uid]:
                assert not rect.intersects(boxes[above.uid]), (text, above.uid)
    for item in items:
        title = labels[item.uid][0][0]
        layer = str(item.state.layer)
        assert "…" not in title
        assert title == layer or title.startswith(f"{layer} · {item.state.label}")
    host = items[0]
    assert labels[host.uid][0][0] == "1 · host · background"  # moved clear of the logos


def test_a_label_moves_clear_of_a_box_dropped_on_it(make_view, painted):
    view = make_view(small_boxes_para(), {0: (1920, 1080), 1: (1280, 720)}, zoom=0.42)
    guest = view.canvas_scene.layer_item(uid(view, 1))
    assert painted(guest)[0][0] == "2 · guest_1"
    title_before = painted(guest)[0][1]
    # The sponsor banner moves onto the guest's top-right corner, where its title sits.
    view.editor.set_layout_fields(uid(view, 4), location_x=1700, location_y=780)
    title, rect = painted(guest)[0]
    assert title.startswith("2") and rect != title_before
    sponsor = view.mapFromScene(view.canvas_scene.layer_item(uid(view, 4))
                                .sceneBoundingRect()).boundingRect()
    assert not rect.intersects(sponsor)


def test_a_note_that_appears_does_not_cover_the_output(make_view):
    # A portrait output fills the window's height, fitted as it opens.
    view = make_view(sources={0: (360, 640), 1: (1280, 720), 2: (640, 360)}, zoom=None)
    assert not view.labels.note.isVisible()
    view.editor.set_layout_fields(uid(view, 1), location_x=None, location_y=None)
    view.editor.apply_template(310)  # a preview note (and a -20) appear over the canvas
    assert view.labels.note.isVisible()
    note = view.labels.note.geometry()
    top = view.mapFromScene(view.canvas_scene.output_rect().topLeft())
    assert top.y() >= note.bottom()
