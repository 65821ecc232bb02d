"""Where things land on the output: pixels vs fractions, the background size, input boxes.

The spec lets every size and location be either pixels ([0, 3000]) or a fraction of the
background ([0.01, 0.99]); a value strictly between 0 and 1 is a fraction. Everything here
resolves values to pixels the way the server does, and says ``None`` where it cannot know
(a stream whose resolution the producer has not declared).
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.core.model import (
    STREAM_VIDEO_TYPES,
    InputDesign,
    InputStream,
    InputType,
    Layout,
    Number,
)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


def is_fraction(value: Number) -> bool:
    return 0 < value < 1


def to_pixels(value: Number | None, total: float | None) -> float | None:
    """A size or location in pixels; ``None`` when unset or a fraction of an unknown total."""
    if value is None:
        return None
    if is_fraction(value):
        return None if total is None else value * total
    return float(value)


def background_input(layout: Layout) -> int | None:
    """Index of the background: the input with the lowest image_layer (normally layer 1)."""
    layered = [(s.layer, i) for i, s in enumerate(layout.para.inputs) if isinstance(s.layer, int)]
    return min(layered)[1] if layered else None


def pixel_size(stream: InputStream) -> tuple[float, float] | None:
    """An input's explicit image_width × image_height, when both are set in pixels.

    A background (a canvas above all) can only be sized this way: it cannot be a fraction of
    itself.
    """
    lp = stream.layout_params
    if lp is None or lp.image_width is None or lp.image_height is None:
        return None
    if is_fraction(lp.image_width) or is_fraction(lp.image_height):
        return None
    return float(lp.image_width), float(lp.image_height)


def reference_stream(layout: Layout) -> int | None:
    """The stream a size-less canvas takes its size from: the video stream lowest in z."""
    streams = [
        (s.layer, i)
        for i, s in enumerate(layout.para.inputs)
        if s.kind in STREAM_VIDEO_TYPES and isinstance(s.layer, int)
    ]
    return min(streams)[1] if streams else None


def server_background_size(
    layout: Layout, bg: int | None = None
) -> tuple[float, float] | None:
    """The background size the server will use, as far as the document declares it.

    ``bg`` is the background's index when the caller already knows it.
    """
    bg = background_input(layout) if bg is None else bg
    if bg is None:
        return None
    stream, design = layout.para.inputs[bg], layout.design.inputs[bg]
    if (size := pixel_size(stream)) is not None:
        return size
    if stream.kind == InputType.CANVAS:
        ref = reference_stream(layout)
        source = layout.design.inputs[ref].source_size if ref is not None else None
        return (float(source[0]), float(source[1])) if source else None
    if (source := design.source_size) is not None:
        return float(source[0]), float(source[1])
    return None


def background_size(layout: Layout) -> tuple[float, float]:
    """The size to draw the output at: the server's if known, else the design preview size."""
    return server_background_size(layout) or (
        float(layout.design.preview_width),
        float(layout.design.preview_height),
    )


def cropped_source_size(stream: InputStream, design: InputDesign) -> tuple[float, float] | None:
    """The size of the picture before scaling: the crop if set, else the declared source."""
    crop = stream.crop_params
    source = design.source_size
    if crop is not None and crop.crop_width and crop.crop_height:
        return float(crop.crop_width), float(crop.crop_height)
    return (float(source[0]), float(source[1])) if source else None


def custom_box(
    stream: InputStream, design: InputDesign, background: tuple[float, float] | None
) -> Rect | None:
    """The box the server draws an input in from its own layout_params (template 0).

    Unset width/height default to the (cropped) source size, unset locations to 0.
    """
    lp = stream.layout_params
    if lp is None:
        return None
    bw, bh = background if background else (None, None)
    width, height = to_pixels(lp.image_width, bw), to_pixels(lp.image_height, bh)
    if (lp.image_width is None or lp.image_height is None) and (
        natural := cropped_source_size(stream, design)
    ):
        # Computed only when needed: this runs for every input on every validation.
        width = natural[0] if lp.image_width is None else width
        height = natural[1] if lp.image_height is None else height
    x = to_pixels(lp.location_x, bw) if lp.location_x is not None else 0.0
    y = to_pixels(lp.location_y, bh) if lp.location_y is not None else 0.0
    if width is None or height is None or x is None or y is None:
        return None
    return Rect(x, y, width, height)


def aspect_mismatch(box: Rect, content: tuple[float, float], tolerance: float = 0.01) -> bool:
    """True when ``content`` scaled into ``box`` needs black bars (spec FAQ 8)."""
    if box.width <= 0 or box.height <= 0 or content[0] <= 0 or content[1] <= 0:
        return False
    box_aspect = box.width / box.height
    content_aspect = content[0] / content[1]
    return abs(box_aspect - content_aspect) / content_aspect > tolerance


#: Common output sizes, smallest first: an imported request's preview is the first that holds
#: every box it places in pixels. The small portrait ones are MLVB anchors' (facts.md).
COMMON_SIZES = ((360, 640), (480, 640), (540, 960), (1280, 720), (720, 1280), (1920, 1080),
                (1080, 1920), (2560, 1440), (3000, 3000))
#: Tencent's MLVB link-mic windows, by size: the gap its SDK leaves under the lowest one. They
#: sit flush right, stacked upward: x = W − w, y = H − h − gap (160×240 on a 540×960 host,
#: 120×180 on smaller ones).
SDK_WINDOW_GAPS = {(160.0, 240.0): 90.0, (120.0, 180.0): 60.0}


def guess_preview_size(layout: Layout) -> tuple[int, int] | None:
    """A preview size for a layout whose background size is unknown; None to keep the default.

    Read from the layout itself: the background Tencent's SDK would have laid these windows
    out on, if they are its link-mic windows; else the smallest common size that holds every
    box placed in pixels (fractions scale with any background, so they do not count).
    """
    if server_background_size(layout) is not None:
        return None
    bg = background_input(layout)
    boxes = [box for index, stream in enumerate(layout.para.inputs)
             if index != bg and (box := _pixel_box(stream)) is not None]
    if not boxes:
        return None
    if (size := _sdk_background(boxes)) is not None:
        return size
    right = max(box.right for box in boxes)
    bottom = max(box.bottom for box in boxes)
    return next(((w, h) for w, h in COMMON_SIZES if right <= w and bottom <= h), None)


def _pixel_box(stream: InputStream) -> Rect | None:
    """An input's box when its size is set in pixels (an unset location is 0)."""
    size = pixel_size(stream)
    lp = stream.layout_params
    if size is None or lp is None:
        return None
    x = to_pixels(lp.location_x, None) or 0.0
    y = to_pixels(lp.location_y, None) or 0.0
    return Rect(x, y, *size)


def _sdk_background(boxes: list[Rect]) -> tuple[int, int] | None:
    """The host size behind MLVB link-mic windows: all one SDK size, flush with one right edge."""
    first = boxes[0]
    gap = SDK_WINDOW_GAPS.get((first.width, first.height))
    if gap is None or any((b.width, b.height, b.right) != (first.width, first.height, first.right)
                          for b in boxes):
        return None
    width, height = round(first.right), round(max(b.bottom for b in boxes) + gap)
    # The SDK's link-mic is portrait; windows that happen to share a size elsewhere are not it.
    return (width, height) if height > width else None
