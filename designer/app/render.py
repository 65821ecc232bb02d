"""The mixed output as the server would compose it, drawn into an image without a window.

Inputs are painted bottom to top (image_layer order) with the canvas's own picture code
(:mod:`designer.app.canvas.drawing.picture`): crop, then scale to fit, black bars, canvas colours,
watermark placeholders, stream test cards, or the streams' real frames when they are given
(``frames``, from a probe). Audio-only inputs have no picture and are left out, as on the
server. Only a QGuiApplication is needed, so it runs headless (offscreen).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from designer.app.canvas.drawing import style
from designer.app.canvas.drawing.layerstate import layer_state
from designer.app.canvas.drawing.picture import paint_picture
from designer.core import safefile
from designer.core.frames import RgbFrame
from designer.core.geometry import background_size
from designer.core.model import STREAM_VIDEO_TYPES, Layout
from designer.core.placement import Origin, placements

#: Past this many pixels a side the PNG would be huge and slow for no reviewer's benefit.
MAX_SIDE = 8192


def render_image(layout: Layout, scale: float = 1.0,
                 frames: Mapping[str, RgbFrame] | None = None) -> QImage:
    """The output frame at ``scale`` × its pixel size, inputs composed bottom to top.

    ``frames`` (stream id → picture) replace the test cards of those streams; the design's
    source sizes should then be the probed ones (``render --frames`` records them with
    designer.core.playurl.record_sizes; the canvas sees them through core.observed).
    """
    if not 0 < scale <= 8:
        raise ValueError("the scale must be more than 0 and at most 8")
    width, height = background_size(layout)
    if not (math.isfinite(width * scale) and math.isfinite(height * scale)):
        raise ValueError("the output's size is not a finite number of pixels")
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if max(size) > MAX_SIDE:
        raise ValueError(f"the image would be {width * scale:g}×{height * scale:g} px, more "
                         f"than {MAX_SIDE} a side; use a smaller --scale")
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(style.EMPTY_OUTPUT))
    found = placements(layout)
    pairs = layout.pairs()
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index in layout.z_order():
            placement = found[index]
            if placement is None:
                continue
            stream, design = pairs[index]
            frame = (frames or {}).get(stream.input_stream_id or "") \
                if stream.kind in STREAM_VIDEO_TYPES else None
            state = layer_state(str(index), stream, design, placement, frame)
            r = placement.rect
            corners = (r.x * scale, r.y * scale, r.right * scale, r.bottom * scale)
            if not all(map(math.isfinite, corners)):
                raise ValueError(f"input_stream_list[{index}] is placed at a coordinate that is "
                                 "not a finite number; fix it (`mix-designer validate` names "
                                 "it) and render again")
            device = QRectF(r.x * scale, r.y * scale, r.width * scale, r.height * scale)
            paint_picture(painter, state, device,
                          background=placement.origin is Origin.BACKGROUND)
    finally:
        painter.end()
    return image


def render_file(layout: Layout, output: str | os.PathLike[str], scale: float = 1.0,
                frames: Mapping[str, RgbFrame] | None = None) -> Path:
    """Write the PNG atomically: a failed render never leaves half a file behind.

    FileError (naming the reason: read-only folder, name too long, disk full ...) if it
    cannot be written; ValueError if the layout cannot be drawn.
    """
    path = Path(output)
    # A painter with text needs a QGuiApplication; the CLI has none of its own. The name keeps
    # it alive until the function returns.
    app = QGuiApplication.instance() or QGuiApplication(["mix-designer"])  # noqa: F841
    image = render_image(layout, scale, frames)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError("the image could not be encoded as PNG")
    buffer.close()
    safefile.write_bytes(path, data.data())
    return path
