"""`render`: the output as the server composes it, checked pixel by pixel at known points."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from designer.app.render import render_image
from designer.cli.main import main
from designer.core import presets
from tests.factories import canvas, layout_of, stream


def _layout():
    para = {
        "app_id": 1, "mix_stream_session_id": "s", "output_stream_id": "out",
        "output_stream_type": 1,
        "input_stream_list": [
            canvas(1, "0x336699", image_width=1280, image_height=720),
            # A square source in a 16:9 box: scaled to 360×360, black bars left and right.
            stream("square", 2, image_width=640, image_height=360, location_x=0, location_y=0),
            # The top-left quarter of a 1280×720 source, in a 320×180 box.
            {**stream("cropped", 3, image_width=320, image_height=180, location_x=900,
                      location_y=500),
             "crop_params": {"crop_x": 0, "crop_y": 0, "crop_width": 640, "crop_height": 360}},
            {**stream("voice", 4), "layout_params": {"image_layer": 4, "input_type": 4}},
        ],
    }
    return layout_of(para, {1: (640, 640), 2: (1280, 720)})


def _rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    color = QColor(image.pixel(x, y))
    return color.red(), color.green(), color.blue()


def test_canvas_colour_black_bars_and_crop_are_where_the_server_puts_them(qapp):
    image = render_image(_layout())
    assert (image.width(), image.height()) == (1280, 720)
    assert _rgb(image, 1200, 100) == (0x33, 0x66, 0x99)      # the canvas, its exact colour
    assert _rgb(image, 70, 180) == (0, 0, 0)                 # a pillarbox bar (FAQ 8)
    assert _rgb(image, 570, 180) == (0, 0, 0)                # and the other one
    assert _rgb(image, 320, 180) not in ((0, 0, 0), (0x33, 0x66, 0x99))  # the picture itself
    # The crop keeps the top-left quarter, so its corner mark is twice as big as uncropped:
    # 25 px right of the box's corner is still inside it.
    r, g, b = _rgb(image, 925, 505)
    assert min(r, g, b) > 200


def test_without_the_crop_the_same_point_shows_the_picture_not_the_corner(qapp):
    layout = _layout()
    layout.para.inputs[2].crop_params = None
    r, g, b = _rgb(render_image(layout), 925, 505)
    assert min(r, g, b) < 200


def test_scale_and_z_order(qapp):
    layout = _layout()
    layout.para.inputs[1].layout_params.location_x = 880  # under the cropped stream now
    layout.para.inputs[1].layout_params.location_y = 460
    image = render_image(layout, scale=0.5)
    assert (image.width(), image.height()) == (640, 360)
    # Layer 3 is drawn over layer 2: at its corner the crop's mark shows, not a bar.
    r, g, b = _rgb(image, 462, 252)
    assert min(r, g, b) > 200


def test_the_command_writes_a_png_and_refuses_bad_scales_cleanly(qapp, tmp_path, capsys):
    source = tmp_path / "layout.json"
    presets.save(source, _layout())
    out = tmp_path / "out.png"
    assert main(["render", str(source), "--output", str(out), "--scale", "0.25"]) == 0
    assert QImage(str(out)).size().toTuple() == (320, 180)
    assert main(["render", str(source), "-o", str(tmp_path / "big.png"), "--scale", "50"]) == 2
    assert not (tmp_path / "big.png").exists()
    assert main(["render", str(source), "-o", str(tmp_path / "no" / "dir.png")]) == 2
    err = capsys.readouterr().err
    assert "scale" in err and "cannot write" in err and "Traceback" not in err
    assert list(tmp_path.glob(".*tmp*")) == []  # nothing half-written left behind


@pytest.mark.parametrize("key", ["link-mic", "link-mic-custom", "pk", "meeting", "voice-call",
                                 "logo"])
def test_every_scenario_renders_at_its_output_size(qapp, key):
    from designer.core.geometry import background_size
    from designer.core.scenarios import by_key

    layout = by_key(key).build()
    image = render_image(layout)
    assert (image.width(), image.height()) == tuple(round(v) for v in background_size(layout))


def test_render_does_not_load_the_widgets():
    import subprocess
    import sys

    code = ("import sys, designer.app.render; "
            "sys.exit('PySide6.QtWidgets' in sys.modules or 'designer.app.editor' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


# -- real frames (probed pictures) go through the same crop and scale -----------------------


def _quadrant_frame(width: int, height: int):
    """Blue, with its top-left quarter red."""
    from designer.core.frames import RgbFrame

    rows = []
    for y in range(height):
        rows.append(b"".join(b"\xff\x00\x00" if x < width // 2 and y < height // 2
                             else b"\x00\x00\xff" for x in range(width)))
    return RgbFrame(width, height, b"".join(rows))


def _frame_layout():
    para = {
        "app_id": 1, "mix_stream_session_id": "s", "output_stream_id": "out",
        "output_stream_type": 1,
        "input_stream_list": [
            canvas(1, "0x00ff00", image_width=600, image_height=200),
            stream("cam", 2, image_width=200, image_height=200, location_x=0, location_y=0),
            # The same stream, its top-left quarter cropped out and filling the box.
            {**stream("cam", 3, image_width=200, image_height=200, location_x=200,
                      location_y=0),
             "crop_params": {"crop_x": 0, "crop_y": 0, "crop_width": 100, "crop_height": 100}},
            # A 2:1 stream in a square box: letterboxed, bars above and below (FAQ 8).
            stream("wide", 4, image_width=200, image_height=200, location_x=400, location_y=0),
        ],
    }
    return layout_of(para, {1: (200, 200), 2: (200, 200), 3: (200, 100)})


def _near(rgb: tuple[int, int, int], want: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(rgb, want, strict=True))


RED, BLUE, BLACK = (255, 0, 0), (0, 0, 255), (0, 0, 0)


@pytest.mark.parametrize("frame_size", [(200, 200), (20, 20)])  # full size, and a thumbnail
def test_a_frame_is_cropped_then_scaled_into_its_box(qapp, frame_size):
    frames = {"cam": _quadrant_frame(*frame_size), "wide": _quadrant_frame(40, 20)}
    image = render_image(_frame_layout(), frames=frames)
    # Uncropped: the red quarter is the box's top-left quarter, the rest is blue.
    assert _near(_rgb(image, 50, 50), RED) and _near(_rgb(image, 150, 50), BLUE)
    assert _near(_rgb(image, 50, 150), BLUE) and _near(_rgb(image, 150, 150), BLUE)
    # Cropped to that quarter: the whole box is red, corner to corner (a thumbnail, scaled
    # up smoothly, blends with the blue beyond the crop in its last 20 px: one of its pixels).
    for x, y in ((220, 20), (380, 20), (220, 180), (380, 180), (300, 100)):
        assert _near(_rgb(image, x, y), RED), (x, y)
    if frame_size == (200, 200):  # at full size, red to the box's last pixels
        assert _near(_rgb(image, 396, 3), RED) and _near(_rgb(image, 203, 196), RED)
    # Letterboxed: 200×100 in the middle of the square box, black above and below.
    assert _rgb(image, 500, 20) == BLACK and _rgb(image, 500, 180) == BLACK
    assert _near(_rgb(image, 450, 75), RED) and _near(_rgb(image, 550, 125), BLUE)


def test_streams_without_a_frame_stay_test_cards(qapp):
    with_frame = render_image(_frame_layout(), frames={"wide": _quadrant_frame(40, 20)})
    without = render_image(_frame_layout())
    assert with_frame.pixel(50, 50) == without.pixel(50, 50)  # cam has no frame: its card
    assert with_frame.pixel(450, 75) != without.pixel(450, 75)
