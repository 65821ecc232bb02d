"""A live frame on the canvas is drawn as ``render --frames`` draws it, which is as the server
composes it: the source cropped, then scaled into the box, black bars where the aspects
differ. Checked pixel by pixel on a picture of four coloured quarters."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from designer.app.canvas.drawing.layerstate import LiveLook
from designer.app.canvas.view import CanvasView
from designer.app.render import render_image
from designer.core.frames import PixelFormat, RgbFrame
from designer.core.playurl import record_sizes
from tests.factories import canvas, stream

RED, GREEN, BLUE, YELLOW = (220, 30, 30), (30, 200, 60), (40, 60, 230), (240, 220, 20)
SOURCE = (1280, 720)


def _pixel(colour: tuple[int, int, int]) -> bytes:
    """One pixel as the probe lays it out (XRGB32: render's RGB24 is tests/app/test_render's)."""
    r, g, b = colour
    return (0xFF000000 | r << 16 | g << 8 | b).to_bytes(4, sys.byteorder)


def quarters(width: int = 128, height: int = 72) -> RgbFrame:
    """A thumbnail of the whole source: red, green / blue, yellow quarters."""
    rows = []
    for y in range(height):
        top = y < height // 2
        left, right = (RED, GREEN) if top else (BLUE, YELLOW)
        rows.append(_pixel(left) * (width // 2) + _pixel(right) * (width - width // 2))
    return RgbFrame(width, height, b"".join(rows), PixelFormat.XRGB32)


def _para():
    return {
        "app_id": 1, "mix_stream_session_id": "s", "output_stream_id": "out",
        "output_stream_type": 1,
        "input_stream_list": [
            canvas(1, "0x202020", image_width=1280, image_height=720),
            # The middle of the source (its four quarters meet at the crop's centre), in a box
            # of the crop's own aspect: no bars.
            {**stream("cropped", 2, image_width=480, image_height=270, location_x=40,
                      location_y=40),
             "crop_params": {"crop_x": 320, "crop_y": 180, "crop_width": 640,
                             "crop_height": 360}},
            # The whole 16:9 source in a square box: black bars above and below.
            stream("square", 3, image_width=300, image_height=300, location_x=700,
                   location_y=200),
        ],
    }


def _rgb(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    color = QColor(image.pixel(round(x), round(y)))
    return color.red(), color.green(), color.blue()


def _canvas_image(view: CanvasView) -> QImage:
    """The scene at one output pixel per image pixel."""
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.canvas_scene.render(painter, QRectF(0, 0, 1280, 720), QRectF(0, 0, 1280, 720))
    painter.end()
    return image


@pytest.fixture
def live_view(make_editor, qtbot):
    frame = quarters()
    editor = make_editor(_para())  # no source size declared: the probe's fills it in
    view = CanvasView(editor)
    qtbot.addWidget(view)
    editor.set_observed_sizes({"cropped": SOURCE, "square": SOURCE})
    view.canvas_scene.show_live({"cropped": LiveLook(frame), "square": LiveLook(frame)})
    return view, frame


# Points of each box, as fractions of it, away from its labels.
CROPPED = [((0.3, 0.4), RED), ((0.7, 0.4), GREEN), ((0.3, 0.65), BLUE), ((0.7, 0.65), YELLOW)]
# 300×300 box, a 300×168.75 picture in its middle: bars above 65.6 px and below 234.4 px.
SQUARE = [((0.5, 0.1), (0, 0, 0)), ((0.5, 0.9), (0, 0, 0)), ((0.25, 0.35), RED),
          ((0.75, 0.35), GREEN), ((0.25, 0.65), BLUE), ((0.75, 0.65), YELLOW)]


def test_the_canvas_draws_a_live_frame_as_render_draws_it(live_view):
    view, frame = live_view
    on_canvas = _canvas_image(view)
    layout = view.editor.layout.model_copy(deep=True)
    record_sizes(layout, {"cropped": SOURCE, "square": SOURCE})
    rendered = render_image(layout, frames={"cropped": frame, "square": frame})
    for (x0, y0, w, h), points in (((40, 40, 480, 270), CROPPED),
                                   ((700, 200, 300, 300), SQUARE)):
        for (fx, fy), expected in points:
            x, y = x0 + fx * w, y0 + fy * h
            assert _rgb(rendered, x, y) == expected, (x, y)
            shown = _rgb(on_canvas, x, y)
            assert max(abs(a - b) for a, b in zip(shown, expected, strict=True)) <= 2, (
                x, y, shown, expected)


def test_the_boundaries_between_quarters_land_where_render_puts_them(live_view):
    """Along a line through the cropped box, the colour changes at the same pixel."""
    view, frame = live_view
    on_canvas = _canvas_image(view)
    layout = view.editor.layout.model_copy(deep=True)
    record_sizes(layout, {"cropped": SOURCE, "square": SOURCE})
    rendered = render_image(layout, frames={"cropped": frame, "square": frame})
    y = 40 + 0.4 * 270
    edges = []
    for image in (rendered, on_canvas):
        row = [_rgb(image, x, y) for x in range(60, 500)]
        edges.append([x for x in range(1, len(row)) if row[x] != row[x - 1]])
    assert edges[0] == edges[1] and edges[0]
    # Red turns green in the box's middle (x = 280), blended over about one pixel of the
    # thumbnail (7.5 box pixels), as smooth scaling does.
    first, last = 60 + edges[0][0], 60 + edges[0][-1]
    assert first <= 280 <= last and last - first <= 12
