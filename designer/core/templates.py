"""The service's layout templates (``mix_stream_template_id``): input counts and geometry.

Counts are the spec's (两输入源支持10,20,30,40,50 ...). The geometry comes from Tencent's demo
scripts, which call it approximate: the server keeps each source's aspect ratio and adapts to
the background. It is a preview, and the window says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from designer.core.geometry import Rect
from designer.core.i18n import QT_TRANSLATE_NOOP

#: Template id → number of *visible* inputs it lays out (audio-only inputs come on top).
TEMPLATE_INPUTS: dict[int, int] = {
    10: 2, 20: 2, 30: 2, 40: 2, 50: 2,
    310: 3, 390: 3, 391: 3,
    410: 4,
    510: 5, 590: 5,
    610: 6,
}
#: Every id the service accepts; 0 (the default) means custom positions.
TEMPLATE_IDS: tuple[int, ...] = (0, *TEMPLATE_INPUTS)
#: Templates designed around a colour canvas (input_type 3) as layer 1.
CANVAS_TEMPLATES = frozenset({390, 391, 590})

TEMPLATE_NAMES: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Templates", "Custom positions"),
    10: QT_TRANSLATE_NOOP("Templates", "Small window top-left"),
    20: QT_TRANSLATE_NOOP("Templates", "Small window bottom-right"),
    30: QT_TRANSLATE_NOOP("Templates", "Small window bottom-left"),
    40: QT_TRANSLATE_NOOP("Templates", "Small window top-right"),
    50: QT_TRANSLATE_NOOP("Templates", "Small window 120 px wide (unverified)"),
    310: QT_TRANSLATE_NOOP("Templates", "Two corners: top-left, bottom-right"),
    390: QT_TRANSLATE_NOOP("Templates", "PK: two side by side on a canvas"),
    391: QT_TRANSLATE_NOOP("Templates", "Two stacked on a canvas"),
    410: QT_TRANSLATE_NOOP("Templates", "Three corners"),
    510: QT_TRANSLATE_NOOP("Templates", "Four corners"),
    590: QT_TRANSLATE_NOOP("Templates", "2×2 grid on a canvas"),
    610: QT_TRANSLATE_NOOP("Templates", "Four corners and bottom-centre"),
}

MARGIN = 20.0

Corner = Callable[[float, float, float, float], tuple[float, float]]


def _top_left(W: float, H: float, w: float, h: float) -> tuple[float, float]:
    return MARGIN, MARGIN


def _top_right(W: float, H: float, w: float, h: float) -> tuple[float, float]:
    return W - MARGIN - w, MARGIN


def _bottom_left(W: float, H: float, w: float, h: float) -> tuple[float, float]:
    return MARGIN, H - MARGIN - h


def _bottom_right(W: float, H: float, w: float, h: float) -> tuple[float, float]:
    return W - MARGIN - w, H - MARGIN - h


def _bottom_centre(W: float, H: float, w: float, h: float) -> tuple[float, float]:
    return (W - w) / 2, H - MARGIN - h


# Window positions, layer 2 onwards, for templates whose windows are W/3 × H/3.
_CORNER_TEMPLATES: dict[int, tuple[Corner, ...]] = {
    10: (_top_left,),
    20: (_bottom_right,),
    30: (_bottom_left,),
    40: (_top_right,),
    310: (_top_left, _bottom_right),
    410: (_top_left, _bottom_right, _bottom_left),
    510: (_top_left, _bottom_right, _top_right, _bottom_left),
    610: (_top_left, _bottom_right, _top_right, _bottom_centre, _bottom_left),
}


def template_boxes(
    template_id: int,
    background: tuple[float, float],
    window_sources: Sequence[tuple[float, float] | None] = (),
) -> list[Rect]:
    """Approximate boxes for the visible inputs in layer order, background first.

    ``window_sources`` are the source sizes of the windows (layer 2 on), used only by
    template 50, whose window keeps its source's aspect. Raises KeyError for an unknown id.
    """
    W, H = background
    count = TEMPLATE_INPUTS[template_id]
    boxes = [Rect(0.0, 0.0, W, H)]
    if template_id in _CORNER_TEMPLATES:
        w, h = W / 3, H / 3
        boxes += [Rect(*corner(W, H, w, h), w, h) for corner in _CORNER_TEMPLATES[template_id]]
    elif template_id == 50:
        source = window_sources[0] if window_sources else None
        w = 120.0
        h = w * source[1] / source[0] if source else w * H / W
        boxes.append(Rect(244.0, 400.0, w, h))
    elif template_id == 390:
        w, h = W / 2, H / 2
        boxes += [Rect(MARGIN, (H - h) / 2, w, h), Rect(W - w, (H - h) / 2, w, h)]
    elif template_id == 391:
        w, h = W / 2, H / 2
        x = (W - w - MARGIN) / 2
        boxes += [Rect(x, 10.0, w, h), Rect(x, h + 20.0, w, h)]
    elif template_id == 590:
        w, h = W * 20 / 43, H * 20 / 43
        boxes += [Rect(*corner(W, H, w, h), w, h)
                  for corner in (_top_left, _top_right, _bottom_left, _bottom_right)]
    assert len(boxes) == count, template_id
    return boxes
