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
