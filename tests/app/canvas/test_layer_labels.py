"""What a layer's box says on the canvas: its size, live during a resize; on small boxes
(a 160×90 watermark at a fitted zoom) labels stay readable or collapse to the layer number,
and never overlap each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from designer.app.canvas.items import layer as layer_items
from tests.app.canvas.helpers import at, move, press, release, uid


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
