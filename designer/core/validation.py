"""Every rule of the spec that can be checked before sending, reported with the spec's code.

``validate(layout)`` never raises: it returns a list of :class:`Problem`, errors first in the
order a producer would fix them (session, output, inputs, layers, template, background).
``parse_problems`` turns a pydantic error from reading a request into the same problems, so
a wrong type gets the code of the field it is in.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from designer.core.geometry import (
    Rect,
    aspect_mismatch,
    background_input,
    cropped_source_size,
    custom_box,
    pixel_size,
    reference_stream,
    server_background_size,
)
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.limits import V2_LIMITS, Limits, Wire
from designer.core.model import (
    COLOR_PATTERN,
    INT32_MAX,
    MAX_INPUTS,
    START_INTERFACE,
    STREAM_VIDEO_TYPES,
    VISIBLE_TYPES,
    InputDesign,
    InputStream,
    InputType,
    Layout,
    LayoutParams,
)
from designer.core.problems import Problem, Severity, WarningCode
from designer.core.sending import hides_anything, map_back, sent_view
from designer.core.templates import CANVAS_TEMPLATES, TEMPLATE_IDS, TEMPLATE_INPUTS

# Messages are marked QT_TRANSLATE_NOOP("Validation", "...") with both written out as literals:
# pyside6-lupdate extracts nothing else (not a constant, not an alias).

#: 80 bytes at most, letters, digits and underscore only (the spec's rule for every id).
ID_PATTERN = re.compile(r"[A-Za-z0-9_]{1,80}")
FRACTION_MIN, FRACTION_MAX = 0.01, 0.99
VALID_INPUT_TYPES = frozenset(int(t) for t in InputType)
#: Half a pixel of slack before a box counts as overflowing (fractions round).
OVERFLOW_SLACK = 0.5

#: The code a problem in each field is reported with, when the spec's table points to one.
FIELD_CODES: dict[str, int] = {
    "app_id": -2,
    "interface": -1,
    "mix_stream_session_id": -2,
    "mix_stream_template_id": -20,
    "output_stream_id": -4,
    "output_stream_type": -2,
    "output_stream_bitrate": -31004,
    "input_stream_list": -1,
    "input_stream_id": -4,
    "layout_params": -4,
    "image_layer": -11,
    "input_type": -4,
    "image_width": -4,
    "image_height": -4,
    "location_x": -4,
    "location_y": -4,
    "color": -20,
    "picture_id": -33,
    "crop_params": -29,
    "crop_width": -29,
    "crop_height": -29,
    "crop_x": -29,
    "crop_y": -29,
}


def _error(code: int | str, field: str, text: str, /, **params: object) -> Problem:
    return Problem(code, field, text, params)


def _warning(code: WarningCode, field: str, text: str, /, **params: object) -> Problem:
    return Problem(code, field, text, params, Severity.WARNING)


def input_field(index: int, name: str = "") -> str:
    path = f"input_stream_list[{index}]"
    return f"{path}.{name}" if name else path


@dataclass(frozen=True, slots=True)
class _Geometry:
    """What several rules need to know about where things land, worked out once."""

    background_index: int | None
    #: The background size the server will use, if the document declares it.
    background: tuple[float, float] | None
    #: Each input's box from its own layout_params, where it can be known.
    boxes: list[Rect | None]

    @classmethod
    def of(cls, layout: Layout) -> _Geometry:
        bg = background_input(layout)
        background = server_background_size(layout, bg)
        return cls(
            background_index=bg,
            background=background,
            boxes=[custom_box(s, d, background) for s, d in layout.pairs()],
        )


def validate(layout: Layout, limits: Limits = V2_LIMITS) -> list[Problem]:
    """All problems of a layout meant to be started; an empty list means it can be sent.

    What is judged is what is sent: hidden inputs are left out (core.sending), and each
    problem names its input by the index it has in ``layout``. ``limits`` are the ranges of the
    wire it will go out on (core.limits); Mix_StreamV2's by default. API 3.0's own fields are
    checked by core.api3.validate_api3.
    """
    if not hides_anything(layout):
        return validate_every_input(layout, limits)
    sent = sent_view(layout)
    return map_back(validate_every_input(sent.layout, limits), sent.indexes)


def validate_every_input(layout: Layout, limits: Limits = V2_LIMITS) -> list[Problem]:
    """validate() of every input of ``layout``, hidden or not: a layout as it is sent."""
    geometry = _Geometry.of(layout)
    problems = [
        *_check_session(layout, limits),
        *_check_output(layout, limits),
        *_check_inputs(layout, limits),
        *_check_layers(layout),
        *_check_template(layout),
        *_check_background(layout, geometry),
        *_check_overflow(layout, geometry),
        *_warnings(layout, geometry),
    ]
    # Errors first, each group keeping its order.
    return sorted(problems, key=lambda p: not p.is_error)


def validate_cancel(layout: Layout) -> list[Problem]:
    """A cancel needs only a well-formed session id and output id (and app_id, if set)."""
    para = layout.para
    problems = list(_check_id(para.mix_stream_session_id, "mix_stream_session_id", -2,
                              "mix_stream_session_id"))
    problems += _check_id(para.output_stream_id, "output_stream_id", -4, "output_stream_id")
    problems += _check_app_id(layout)
    return problems


# -- session and output -------------------------------------------------------------------


def _check_id(value: str | None, field: str, code: int, what: str) -> Iterator[Problem]:
    if value and ID_PATTERN.fullmatch(value):
        return
    if value is None or value == "":
        yield _error(code, field, QT_TRANSLATE_NOOP("Validation", "{what} is required"), what=what)
    elif not ID_PATTERN.fullmatch(value):
        yield _error(
            code,
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "{what} '{value}' must be 1 to 80 letters, digits or underscores"),
            what=what,
            value=value[:100],
        )


def _check_app_id(layout: Layout) -> Iterator[Problem]:
    # app_id may be left out of a design: the request builder fills it from the account.
    app_id = layout.para.app_id
    if app_id is not None and not 0 < app_id <= INT32_MAX:
        yield _error(
            -2, "app_id", QT_TRANSLATE_NOOP(
                "Validation", "app_id {value} must be a positive 32-bit integer"),
            value=app_id,
        )


def _check_session(layout: Layout, limits: Limits) -> Iterator[Problem]:
    para = layout.para
    # app_id and interface are Mix_StreamV2's envelope: API 3.0 never sends them (the
    # SecretId names the account, the action is the interface), so it never refuses them.
    envelope = limits.wire is not Wire.API3
    if envelope:
        yield from _check_app_id(layout)
    if envelope and para.interface is not None and para.interface != START_INTERFACE:
        yield _error(
            -1, "interface", QT_TRANSLATE_NOOP(
                "Validation", "interface must be {expected}, not '{value}'"),
            expected=START_INTERFACE, value=para.interface[:100],
        )
    yield from _check_id(para.mix_stream_session_id, "mix_stream_session_id", -2,
                         "mix_stream_session_id")
    template = para.mix_stream_template_id
    if template is not None and template not in TEMPLATE_IDS:
        yield _error(
            -20, "mix_stream_template_id",
            QT_TRANSLATE_NOOP(
                "Validation", "template {value} does not exist; the service knows {known}"),
            value=template, known=", ".join(map(str, TEMPLATE_IDS)),
        )


def _check_output(layout: Layout, limits: Limits) -> Iterator[Problem]:
    para = layout.para
    yield from _check_id(para.output_stream_id, "output_stream_id", -4, "output_stream_id")
    if para.output_stream_type not in (None, 0, 1):
        yield _error(
            -2, "output_stream_type", QT_TRANSLATE_NOOP(
                "Validation", "output_stream_type must be 0 or 1, not {value}"),
            value=para.output_stream_type,
        )
    bitrate = para.output_stream_bitrate
    if bitrate is not None and not limits.bitrate_min <= bitrate <= limits.bitrate_max:
        yield _error(
            limits.bitrate_code, "output_stream_bitrate",
            QT_TRANSLATE_NOOP(
                "Validation", "bitrate {value} is outside [{low}, {high}] kbit/s"), value=bitrate,
            low=limits.bitrate_min, high=limits.bitrate_max,
        )
    if para.output_stream_id and para.inputs and para.output_stream_type in (None, 0, 1):
        among_inputs = any(s.input_stream_id == para.output_stream_id for s in para.inputs)
        if (para.output_stream_type or 0) == 0 and not among_inputs:
            yield _error(
                -111, "output_stream_id",
                QT_TRANSLATE_NOOP(
                    "Validation", "with output_stream_type 0 the output '{value}' must be one of "
                                  "the inputs; set output_stream_type to 1 to make a new stream"),
                value=para.output_stream_id,
            )
        elif para.output_stream_type == 1 and among_inputs:
            yield _error(
                -111, "output_stream_id",
                QT_TRANSLATE_NOOP(
                    "Validation", "with output_stream_type 1 the output '{value}' must not be one "
                                  "of the inputs"),
                value=para.output_stream_id,
            )


# -- inputs -------------------------------------------------------------------------------


def _check_inputs(layout: Layout, limits: Limits) -> Iterator[Problem]:
    inputs = layout.para.inputs
    if not inputs:
        yield _error(-1, "input_stream_list", QT_TRANSLATE_NOOP(
            "Validation", "input_stream_list is empty"))
        return
    if len(inputs) > MAX_INPUTS:
        yield _error(
            -3, "input_stream_list", QT_TRANSLATE_NOOP(
                "Validation", "{count} inputs; the service mixes at most 16"),
            count=len(inputs),
        )
    elif len(inputs) == 1:
        yield _error(
            -21, "input_stream_list", QT_TRANSLATE_NOOP(
                "Validation", "a mix needs at least two inputs; it has one (Tencent's SDKs send "
                              "the host's stream alone to end a mix: to stop mixing, cancel)"),
        )
    for index, (stream, design) in enumerate(layout.pairs()):
        yield from _check_input(index, stream, design, limits)


def _check_input(index: int, stream: InputStream, design: InputDesign,
                 limits: Limits) -> Iterator[Problem]:
    stream_id = stream.input_stream_id
    if not (stream_id and ID_PATTERN.fullmatch(stream_id)):  # the field name only if needed
        yield from _check_id(stream_id, input_field(index, "input_stream_id"), -4,
                             "input_stream_id")
    lp = stream.layout_params
    if lp is None:
        yield _error(-4, input_field(index, "layout_params"),
                     QT_TRANSLATE_NOOP(
                         "Validation", "layout_params is required, even for audio-only inputs"))
        return
    if lp.input_type is not None and lp.input_type not in VALID_INPUT_TYPES:
        yield _error(
            -4, input_field(index, "layout_params.input_type"),
            QT_TRANSLATE_NOOP(
                "Validation", "input_type {value} is not one of 0, 2, 3, 4, 5"),
            value=lp.input_type,
        )
    yield from _check_numbers(index, lp, limits)
    if lp.kind == InputType.CANVAS:
        if lp.color is None:
            # The spec marks color optional (是否必填: 否) and Tencent's MLVB SDKs send their PK
            # canvas without one; neither says which colour the server then draws.
            yield _warning(
                WarningCode.NO_COLOR, input_field(index, "layout_params.color"),
                QT_TRANSLATE_NOOP(
                    "Validation", "a canvas without a colour is drawn in the server's default "
                                  "colour (the spec does not say which); set one, e.g. 0x000000, "
                                  "to be sure"))
        elif not COLOR_PATTERN.fullmatch(lp.color):
            yield _error(
                -20, input_field(index, "layout_params.color"),
                QT_TRANSLATE_NOOP(
                    "Validation", "colour '{value}' must be written 0xRRGGBB, e.g. 0x000000"),
                value=lp.color[:40],
            )
    if lp.kind == InputType.PICTURE and (lp.picture_id is None or lp.picture_id < 1):
        yield _error(
            -33, input_field(index, "layout_params.picture_id"),
            QT_TRANSLATE_NOOP(
                "Validation", "a picture input needs the picture_id of an uploaded watermark"),
        )
    yield from _check_crop(index, stream, design, limits)


_NUMBER_FIELDS = ("image_width", "image_height", "location_x", "location_y")


def _check_numbers(index: int, lp: LayoutParams, limits: Limits) -> Iterator[Problem]:
    for name in _NUMBER_FIELDS:
        value = getattr(lp, name)
        if value is None:
            continue
        is_size = name[0] == "i"  # image_width / image_height
        if 0 < value < 1:  # a fraction of the background
            if FRACTION_MIN <= value <= FRACTION_MAX:
                continue
            text = QT_TRANSLATE_NOOP(
                "Validation", "{name} {value} is a fraction of the background outside [0.01, 0.99]")
        elif _lowest(is_size, limits) <= value <= limits.max_pixels:  # fractions are done
            continue
        elif not math.isfinite(value):
            text = QT_TRANSLATE_NOOP("Validation", "{name} must be a number")
        else:
            text = QT_TRANSLATE_NOOP("Validation", "{name} {value} is outside {low}–{high} px")
        yield _error(-4, input_field(index, f"layout_params.{name}"), text, name=name,
                     value=value, low=_lowest(is_size, limits), high=limits.max_pixels)


_CROP_SIZES = ("crop_width", "crop_height")
_CROP_OFFSETS = ("crop_x", "crop_y")


def _lowest(is_size: bool, limits: Limits) -> int:
    """The smallest pixel value: sizes start at 1 on Mix_StreamV2 and at 0 on API 3.0."""
    return 1 if is_size and not limits.zero_size else 0


def _check_crop(index: int, stream: InputStream, design: InputDesign,
                limits: Limits) -> Iterator[Problem]:
    crop = stream.crop_params
    if crop is None:
        return
    in_range = True
    for name in (*_CROP_SIZES, *_CROP_OFFSETS):
        value = getattr(crop, name)
        is_size = name in _CROP_SIZES
        if value is None and is_size:
            # The spec marks every crop field optional (是否必填: 否): warned, never refused.
            yield _warning(WarningCode.CROP_SIZE_UNSET, input_field(index, f"crop_params.{name}"),
                           QT_TRANSLATE_NOOP(
                               "Validation", "{name} is not set (optional in the spec): drawn "
                                             "to the source's edge; what the service does "
                                             "then is not documented"), name=name)
            continue
        if value is None or _lowest(is_size, limits) <= value <= limits.max_pixels:
            continue
        else:
            text = QT_TRANSLATE_NOOP("Validation", "{name} {value} is outside {low}–{high} px")
        in_range = False
        yield _error(-29, input_field(index, f"crop_params.{name}"), text, name=name,
                     value=value, low=_lowest(is_size, limits), high=limits.max_pixels)
    source = design.source_size
    if not in_range or source is None or crop.crop_width is None or crop.crop_height is None:
        return
    x, y = crop.crop_x or 0, crop.crop_y or 0
    if x + crop.crop_width > source[0] or y + crop.crop_height > source[1]:
        yield _error(
            -29, input_field(index, "crop_params"),
            QT_TRANSLATE_NOOP(
                "Validation", "crop {w}×{h} at ({x}, {y}) reaches outside the {sw}×{sh} source"),
            w=crop.crop_width, h=crop.crop_height, x=x, y=y, sw=source[0], sh=source[1],
        )


# -- layers, template, background ---------------------------------------------------------


def _check_layers(layout: Layout) -> Iterator[Problem]:
    layers: list[int] = []
    for index, stream in enumerate(layout.para.inputs):
        if stream.layout_params is None:
            continue  # already reported as -4
        layer = stream.layout_params.image_layer
        if layer is not None and 1 <= layer <= MAX_INPUTS:
            layers.append(layer)
            continue
        field = input_field(index, "layout_params.image_layer")
        if layer is None:
            yield _error(-11, field, QT_TRANSLATE_NOOP(
                "Validation", "image_layer is required (1 is the background)"))
        else:
            yield _error(-11, field, QT_TRANSLATE_NOOP(
                "Validation", "image_layer {value} is outside 1–16"), value=layer)
    counts = Counter(layers)
    for index, stream in enumerate(layout.para.inputs):
        if stream.layer is not None and counts.get(stream.layer, 0) > 1:
            yield _error(
                -11, input_field(index, "layout_params.image_layer"),
                QT_TRANSLATE_NOOP("Validation", "image_layer {value} is used by {count} inputs"),
                value=stream.layer, count=counts[stream.layer],
            )
    if layers and 1 not in counts:
        yield _error(-11, "input_stream_list",
                     QT_TRANSLATE_NOOP("Validation", "no input has image_layer 1, the background"))


def _visible_count(layout: Layout) -> int:
    return sum(1 for s in layout.para.inputs if s.kind in VISIBLE_TYPES)


def _check_template(layout: Layout) -> Iterator[Problem]:
    template = layout.para.mix_stream_template_id
    if template not in TEMPLATE_INPUTS or not layout.para.inputs:
        return
    expected, actual = TEMPLATE_INPUTS[template], _visible_count(layout)
    if expected == actual:
        return
    if _template_places_nothing(layout):
        # A recorded reply: template 390 with a picture background and one explicitly placed
        # stream (two inputs) was answered Success. The count matters only where the template
        # would place something.
        yield _warning(
            WarningCode.TEMPLATE_UNUSED, "mix_stream_template_id",
            QT_TRANSLATE_NOOP(
                "Validation", "template {template} lays out {expected} inputs with a picture and "
                              "this layout has {actual}, but every input above the background "
                              "has its own position and size, so the template places nothing: "
                              "the service accepts this and draws the boxes as set"),
            template=template, expected=expected, actual=actual,
        )
        return
    yield _error(
        -20, "mix_stream_template_id",
        QT_TRANSLATE_NOOP(
            "Validation", "template {template} lays out {expected} inputs with a picture; this "
                          "layout has {actual} (audio-only inputs are not counted)"),
        template=template, expected=expected, actual=actual,
    )


def _template_places_nothing(layout: Layout) -> bool:
    """Every input with a picture above the background sets its location and size itself,
    and there is at least one such input.

    The only evidence is the recorded Success (template 390, a picture background and one
    explicitly placed stream): a layout with no picture above the background at all (the host
    alone, or beside audio-only inputs) is not that case, and keeps the spec's -20.
    """
    bg = background_input(layout)
    placed = False
    for index, stream in enumerate(layout.para.inputs):
        if index == bg or stream.kind not in VISIBLE_TYPES:
            continue
        lp = stream.layout_params
        if lp is None or None in (lp.location_x, lp.location_y, lp.image_width, lp.image_height):
            return False
        placed = True
    return placed


def _check_background(layout: Layout, geometry: _Geometry) -> Iterator[Problem]:
    bg = geometry.background_index
    if bg is None:
        return
    stream = layout.para.inputs[bg]
    field = input_field(bg)
    has_pictures = any(s.kind in VISIBLE_TYPES for s in layout.para.inputs)
    if stream.kind == InputType.AUDIO_ONLY and has_pictures:
        yield _error(
            -28, field,
            QT_TRANSLATE_NOOP(
                "Validation", "the background (lowest layer) is audio-only but other inputs have "
                              "pictures: put a stream or a canvas on layer 1"),
        )
    if stream.kind != InputType.CANVAS:
        return
    if pixel_size(stream) is not None:
        return
    if any(s.kind == InputType.AUDIO_ONLY for s in layout.para.inputs):
        yield _error(
            -28, input_field(bg, "layout_params"),
            QT_TRANSLATE_NOOP(
                "Validation", "a canvas background needs image_width and image_height in pixels "
                              "when the mix has audio-only inputs"),
        )
    elif reference_stream(layout) is None:
        yield _error(
            -28, input_field(bg, "layout_params"),
            QT_TRANSLATE_NOOP(
                "Validation", "a canvas without image_width and image_height takes its size from a "
                              "video stream, and this mix has none"),
        )


def _check_overflow(layout: Layout, geometry: _Geometry) -> Iterator[Problem]:
    """-2: a picture that overflows a background of known size, when no template is set.

    With the background's size unknown (a stream whose resolution is not declared) the
    service still judges the real one, so a box past the frame the canvas draws is a warning
    that says which size it assumed: the service answers -2 only if the real frame is as
    small.
    """
    if layout.para.mix_stream_template_id not in (None, 0):
        return
    assumed = geometry.background is None
    if assumed:
        if geometry.background_index is None:
            return
        background = (float(layout.design.preview_width), float(layout.design.preview_height))
        boxes = [custom_box(s, d, background) for s, d in layout.pairs()]
    else:
        background, boxes = geometry.background, geometry.boxes  # type: ignore[assignment]
    width, height = background
    for index, stream in enumerate(layout.para.inputs):
        box = boxes[index]
        if index == geometry.background_index or box is None or stream.kind not in VISIBLE_TYPES:
            continue
        if box.right <= width + OVERFLOW_SLACK and box.bottom <= height + OVERFLOW_SLACK:
            continue
        field = input_field(index, "layout_params")
        values = {"w": _fmt(box.width), "h": _fmt(box.height), "x": _fmt(box.x),
                  "y": _fmt(box.y), "bw": _fmt(width), "bh": _fmt(height)}
        if assumed:
            yield _warning(
                WarningCode.OVERFLOW_ASSUMED, field,
                QT_TRANSLATE_NOOP(
                    "Validation", "the {w}×{h} box at ({x}, {y}) goes past the output's edge, "
                                  "assuming {bw}×{bh}: declare the host's resolution (layer 1's "
                                  "source size) to be sure; the service refuses it (-2) if the "
                                  "output is that small"),
                **values)
        else:
            yield _error(
                -2, field,
                QT_TRANSLATE_NOOP(
                    "Validation", "the {w}×{h} box at ({x}, {y}) overflows the {bw}×{bh} "
                                  "background"),
                **values)


def _fmt(value: float) -> str:
    return f"{value:g}"


# -- warnings -----------------------------------------------------------------------------


def _warnings(layout: Layout, geometry: _Geometry) -> Iterator[Problem]:
    bg = geometry.background_index
    for index, (stream, design) in enumerate(layout.pairs()):
        stream_id = stream.input_stream_id or ""
        if stream.kind != InputType.AUDIO_ONLY and "audio" in stream_id.lower():
            yield _warning(
                WarningCode.AUDIO_ID, input_field(index, "layout_params.input_type"),
                QT_TRANSLATE_NOOP(
                    "Validation", "'{value}' looks like an audio-only stream: without input_type 4 "
                                  "its sound may be missing from the mix (spec FAQ 3)"),
                value=stream_id[:80],
            )
        lp = stream.layout_params
        if (index == bg or lp is None or stream.kind not in STREAM_VIDEO_TYPES
                or lp.image_width is None or lp.image_height is None):
            continue
        content = cropped_source_size(stream, design)
        box = geometry.boxes[index]
        if content and box and aspect_mismatch(box, content):
            yield _warning(
                WarningCode.BLACK_BARS, input_field(index, "layout_params"),
                QT_TRANSLATE_NOOP(
                    "Validation", "the {w}×{h} box does not have the {cw}×{ch} picture's aspect "
                                  "ratio: the server will add black bars (spec FAQ 8); crop or "
                                  "resize to avoid them"),
                w=_fmt(box.width), h=_fmt(box.height), cw=_fmt(content[0]), ch=_fmt(content[1]),
            )
    template = layout.para.mix_stream_template_id
    if (template in CANVAS_TEMPLATES and bg is not None
            and layout.para.inputs[bg].kind != InputType.CANVAS):
        yield _warning(
            WarningCode.CANVAS_TEMPLATE, "mix_stream_template_id",
            QT_TRANSLATE_NOOP(
                "Validation", "template {template} is designed for a colour canvas (input_type 3) "
                              "on layer 1"),
            template=template,
        )


# -- reading errors -----------------------------------------------------------------------


def parse_problems(error: ValidationError, prefix: str = "") -> list[Problem]:
    """The problems behind a pydantic error raised while reading a request's para."""
    problems = []
    for item in error.errors(include_url=False):
        path, code = prefix, -1
        for part in item["loc"]:
            if isinstance(part, int):
                path += f"[{part}]"
            elif part in FIELD_CODES:
                path = f"{path}.{part}" if path else str(part)
                code = FIELD_CODES[part]
            else:
                break  # pydantic's own tags ("int", "float") after the field name
        problems.append(
            _error(code, path or "para", QT_TRANSLATE_NOOP("Validation", "{detail} (got {value})"),
                   detail=item["msg"], value=short_repr(item.get("input")))
        )
    return problems


def short_repr(value: object) -> str:
    """A value for a message: its repr, cut at 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
