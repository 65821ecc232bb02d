"""Each code validation reports, produced by a layout that should get it, and a near miss
that should not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from designer.core.model import Layout
from designer.core.problems import WarningCode
from designer.core.validation import validate, validate_cancel
from tests.factories import canvas, layout_of, spec_para, stream

Para = dict[str, Any]


def codes(layout: Layout) -> dict[int | str, list[str]]:
    """code → fields it was reported for."""
    found: dict[int | str, list[str]] = {}
    for problem in validate(layout):
        found.setdefault(problem.code, []).append(problem.field)
    return found



def test_the_spec_start_example_is_valid():
    # Its windows are laid out for the 540×960 host of Tencent's SDK (drawn at 1280×720, the
    # guest would be off the frame: see the assumed-size overflow warning).
    assert validate(layout_of(spec_para(), {0: (540, 960)})) == []


def _set(path: str, value: Any) -> Callable[[Para], None]:
    """A mutation: set a dotted path ("input_stream_list.1.layout_params.image_width")."""

    def apply(para: Para) -> None:
        *parents, last = path.split(".")
        target: Any = para
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return apply


def _both(*mutations: Callable[[Para], None]) -> Callable[[Para], None]:
    def apply(para: Para) -> None:
        for mutation in mutations:
            mutation(para)

    return apply


_DELETE = object()
SMALL = "input_stream_list.1.layout_params"

# (mutation that must produce the code, the code, the field it names,
#  a near miss that must not produce it)
CASES = [
    (_set("interface", "mix_streamv2.start_mix_stream"), -1, "interface",
     _set("interface", "mix_streamv2.start_mix_stream_advanced")),
    (_set("input_stream_list", []), -1, "input_stream_list", None),
    (_set("app_id", 0), -2, "app_id", _set("app_id", 1)),
    (_set("app_id", 2**31), -2, "app_id", _set("app_id", 2**31 - 1)),
    (_set("mix_stream_session_id", "lewis room"), -2, "mix_stream_session_id",
     _set("mix_stream_session_id", "lewis_room_2")),
    (_set("mix_stream_session_id", "x" * 81), -2, "mix_stream_session_id",
     _set("mix_stream_session_id", "x" * 80)),
    (_set("mix_stream_session_id", _DELETE), -2, "mix_stream_session_id", None),
    (_set("output_stream_type", 2), -2, "output_stream_type", _set("output_stream_type", 0)),
    (_set(f"{SMALL}.image_width", 3001), -4, f"{SMALL}.image_width",
     _set(f"{SMALL}.image_width", 3000)),
    (_set(f"{SMALL}.image_width", 0), -4, f"{SMALL}.image_width",
     _set(f"{SMALL}.image_width", 1)),
    (_set(f"{SMALL}.image_height", 0.995), -4, f"{SMALL}.image_height",
     _set(f"{SMALL}.image_height", 0.25)),
    (_set(f"{SMALL}.location_x", 0.005), -4, f"{SMALL}.location_x",
     _set(f"{SMALL}.location_x", 0)),
    (_set(f"{SMALL}.location_y", -1), -4, f"{SMALL}.location_y",
     _set(f"{SMALL}.location_y", 0.5)),
    (_set(f"{SMALL}.input_type", 1), -4, f"{SMALL}.input_type", _set(f"{SMALL}.input_type", 5)),
    (_set("input_stream_list.1.layout_params", _DELETE), -4,
     "input_stream_list[1].layout_params", None),
    (_set("input_stream_list.1.input_stream_id", "a-b"), -4,
     "input_stream_list[1].input_stream_id", _set("input_stream_list.1.input_stream_id", "a_b")),
    (_set("output_stream_id", ""), -4, "output_stream_id", None),
    (_set(f"{SMALL}.image_layer", 1), -11, f"{SMALL}.image_layer",
     _set(f"{SMALL}.image_layer", 16)),
    (_set(f"{SMALL}.image_layer", 17), -11, f"{SMALL}.image_layer", None),
    (_set(f"{SMALL}.image_layer", _DELETE), -11, f"{SMALL}.image_layer", None),
    (_set("input_stream_list.0.layout_params.image_layer", 3), -11, "input_stream_list", None),
    (_both(_set(f"{SMALL}.location_x", _DELETE), _set("mix_stream_template_id", 310)), -20,
     "mix_stream_template_id", _both(_set(f"{SMALL}.location_x", _DELETE),
                                     _set("mix_stream_template_id", 20))),
    (_set("mix_stream_template_id", 11), -20, "mix_stream_template_id",
     _set("mix_stream_template_id", 0)),
    (_set("output_stream_bitrate", 50001), -31004, "output_stream_bitrate",
     _set("output_stream_bitrate", 50000)),
    (_set("output_stream_bitrate", 0), -31004, "output_stream_bitrate",
     _set("output_stream_bitrate", 1)),
    (_set("output_stream_id", "new_output"), -111, "output_stream_id", None),
    (_set("output_stream_type", 1), -111, "output_stream_id", _set("output_stream_type", 0)),
    (_set(f"{SMALL}.location_x", 381), -2, "input_stream_list[1].layout_params",
     _set(f"{SMALL}.location_x", 380)),
    (_set(f"{SMALL}.image_height", 0.35), -2, "input_stream_list[1].layout_params",
     _set(f"{SMALL}.image_height", 0.25)),
]


def _field(path: str) -> str:
    # "input_stream_list.1.x" in the mutations is "input_stream_list[1].x" in reports.
    return path.replace("input_stream_list.1.", "input_stream_list[1].")


@pytest.mark.parametrize(("mutate", "code", "field", "near_miss"), CASES,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_code_and_near_miss(mutate, code, field, near_miss):
    # 540×960 background, so the overflow rule (-2) has a known size to check against.
    sources = {0: (540, 960)}
    para = spec_para()
    mutate(para)
    found = codes(layout_of(para, sources))
    assert _field(field) in found.get(code, []), found
    if near_miss is not None:
        para = spec_para()
        near_miss(para)
        assert code not in codes(layout_of(para, sources))


def test_eighteen_inputs_is_minus_3_and_sixteen_is_not():
    para = spec_para()
    para["input_stream_list"] = [stream(f"s{i}", i + 1) for i in range(16)]
    para["output_stream_id"] = "s0"
    assert validate(layout_of(para)) == []
    para["input_stream_list"].append(stream("s16", 16))
    assert -3 in codes(layout_of(para))


def test_one_input_is_minus_21_and_two_are_not():
    para = spec_para()
    del para["input_stream_list"][1]
    assert -21 in codes(layout_of(para))
    assert -21 not in codes(layout_of(spec_para()))


def test_template_counts_only_inputs_with_a_picture():
    para = spec_para()
    para["mix_stream_template_id"] = 20
    para["input_stream_list"].append(stream("guest_audio", 3, input_type=4))
    assert -20 not in codes(layout_of(para))
    para["input_stream_list"].append(stream("guest_video", 4, input_type=5))
    assert codes(layout_of(para))[-20] == ["mix_stream_template_id"]


def test_canvas_colour_must_be_0xrrggbb():
    para = spec_para()
    para["input_stream_list"] = [canvas(color="#000000", image_width=720, image_height=640),
                                 stream("stream_lewis01", 2)]
    assert codes(layout_of(para))[-20] == ["input_stream_list[0].layout_params.color"]
    para["input_stream_list"][0]["layout_params"]["color"] = "0x99CCFF"
    assert -20 not in codes(layout_of(para))


def test_canvas_without_size_and_audio_only_inputs_is_minus_28():
    para = spec_para()
    para["input_stream_list"] = [canvas(), stream("host_audio", 2, input_type=4),
                                 stream("guest_audio", 3, input_type=4)]
    para["output_stream_id"] = "host_audio"
    assert codes(layout_of(para))[-28] == ["input_stream_list[0].layout_params"]
    para["input_stream_list"][0]["layout_params"].update(image_width=400, image_height=640)
    assert -28 not in codes(layout_of(para))


def test_canvas_without_size_takes_a_streams_size_if_there_is_one():
    para = spec_para()
    para["input_stream_list"] = [canvas(), stream("pic", 2, input_type=2, picture_id=10)]
    para["output_stream_id"] = "pic"
    assert -28 in codes(layout_of(para))
    para["input_stream_list"].append(stream("stream_lewis01", 3))
    assert -28 not in codes(layout_of(para))


def test_audio_only_background_under_pictures_is_minus_28():
    para = spec_para()
    para["input_stream_list"][0]["layout_params"]["input_type"] = 4
    assert -28 in codes(layout_of(para))
    para["input_stream_list"][1]["layout_params"]["input_type"] = 4
    assert -28 not in codes(layout_of(para))  # two audio-only streams: a voice call


def test_crop_outside_the_declared_source_is_minus_29():
    para = spec_para()
    para["input_stream_list"][1]["crop_params"] = {
        "crop_width": 200, "crop_height": 300, "crop_x": 441, "crop_y": 0}
    sources = {0: (540, 960), 1: (640, 480)}
    assert codes(layout_of(para, sources))[-29] == ["input_stream_list[1].crop_params"]
    para["input_stream_list"][1]["crop_params"]["crop_x"] = 440  # 440 + 200 = 640: fits
    assert -29 not in codes(layout_of(para, sources))
    # Without a declared source size there is nothing to check the crop against.
    para["input_stream_list"][1]["crop_params"]["crop_x"] = 2000
    assert -29 not in codes(layout_of(para, {0: (540, 960)}))


def test_crop_values_out_of_range_are_minus_29():
    para = spec_para()
    para["input_stream_list"][1]["crop_params"] = {"crop_width": 0, "crop_height": 100}
    assert codes(layout_of(para))[-29] == ["input_stream_list[1].crop_params.crop_width"]


def test_a_crop_without_a_size_is_a_warning_as_the_spec_makes_it_optional():
    """crop_width and crop_height are 是否必填: 否 in the spec: not set, they are warned about
    (drawn to the source's edge), never refused, and the crop's offsets are still judged."""
    para = spec_para()
    para["input_stream_list"][1]["crop_params"] = {"crop_x": 100, "crop_y": 20}
    problems = validate(layout_of(para, {0: (540, 960), 1: (640, 480)}))
    assert not [p for p in problems if p.is_error]
    assert [(p.code, p.field) for p in problems if p.code == "CROP"] == [
        ("CROP", "input_stream_list[1].crop_params.crop_width"),
        ("CROP", "input_stream_list[1].crop_params.crop_height")]
    para["input_stream_list"][1]["crop_params"]["crop_x"] = 5000  # out of range: still -29
    assert codes(layout_of(para))[-29] == ["input_stream_list[1].crop_params.crop_x"]


def test_picture_without_picture_id_is_minus_33():
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["input_type"] = 2
    assert codes(layout_of(para))[-33] == ["input_stream_list[1].layout_params.picture_id"]
    para["input_stream_list"][1]["layout_params"]["picture_id"] = 10
    assert -33 not in codes(layout_of(para))


def test_overflow_is_checked_only_without_a_template_and_with_a_known_background():
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["location_x"] = 500
    assert -2 in codes(layout_of(para, {0: (540, 960)}))
    assert -2 not in codes(layout_of(para))  # background size unknown: no guess
    para["mix_stream_template_id"] = 20
    assert -2 not in codes(layout_of(para, {0: (540, 960)}))


def test_fractions_resolve_against_the_background():
    # The facts' example: a 160×500 box at 0.1, 0.1 on a 400×640 canvas fits (40+160 <= 400).
    para = spec_para()
    para["input_stream_list"] = [
        canvas(image_width=400, image_height=640),
        stream("stream_lewis01", 2, image_width=160, image_height=500,
               location_x=0.1, location_y=0.1),
    ]
    assert validate(layout_of(para)) == []
    para["input_stream_list"][1]["layout_params"]["location_y"] = 0.3  # 192+500 > 640
    assert -2 in codes(layout_of(para))


def test_black_bars_warning_follows_the_aspect_of_the_cropped_source():
    para = spec_para()  # 160×240 box (2:3)
    layout = layout_of(para, {0: (540, 960), 1: (640, 480)})
    [warning] = validate(layout)
    assert (warning.code, warning.severity.value) == ("FAQ8", "warning")
    para["input_stream_list"][1]["crop_params"] = {
        "crop_width": 320, "crop_height": 480, "crop_x": 160, "crop_y": 0}
    assert validate(layout_of(para, {0: (540, 960), 1: (640, 480)})) == []


def test_audio_looking_id_without_input_type_4_warns():
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "guest_audio"
    assert "FAQ3" in codes(layout_of(para))
    para["input_stream_list"][1]["layout_params"]["input_type"] = 4
    assert "FAQ3" not in codes(layout_of(para))


def test_canvas_templates_warn_without_a_canvas_background():
    para = spec_para()
    para["mix_stream_template_id"] = 390
    para["input_stream_list"].append(stream("stream_lewis03", 3))
    assert "CANVAS" in codes(layout_of(para))
    para["input_stream_list"][0] = canvas(image_width=400, image_height=640)
    para["output_stream_id"] = "stream_lewis02"
    assert "CANVAS" not in codes(layout_of(para))


def test_errors_come_before_warnings_and_carry_the_spec_text():
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "guest_audio"
    para["output_stream_bitrate"] = 0
    problems = validate(layout_of(para, {0: (540, 960)}))
    assert [p.severity.value for p in problems] == ["error", "warning"]
    error = problems[0]
    assert error.spec.cause_zh == "输出流码率不合法"
    assert error.line().startswith("-31004 output_stream_bitrate: bitrate 0 is outside")
    assert error.to_json()["advice"]["zh"] == "检查输出流码率是否在[1,50000]之间。"


def test_cancel_needs_only_session_and_output():
    layout = layout_of({"mix_stream_session_id": "lewis_room", "output_stream_id": "out"})
    assert validate_cancel(layout) == []
    layout.para.output_stream_id = "bad id"
    assert [p.code for p in validate_cancel(layout)] == [-4]


def test_off_the_drawn_frame_is_a_warning_that_says_the_size_it_assumed():
    # The host's resolution is not declared: the canvas draws the output at the design's
    # preview size, and the guest at y 630 (240 high) goes past a 1280×720 frame.
    layout = layout_of(spec_para())
    [warning] = validate(layout)
    assert warning.code == WarningCode.OVERFLOW_ASSUMED and not warning.is_error
    assert warning.field == "input_stream_list[1].layout_params"
    assert "assuming 1280×720" in warning.message and "declare the host's resolution" in (
        warning.message)
    layout.design.preview_width, layout.design.preview_height = 540, 960
    assert validate(layout) == []  # inside the frame drawn


def test_off_a_declared_frame_is_minus_2():
    layout = layout_of(spec_para(), {0: (540, 720)})
    [error] = validate(layout)
    assert (error.code, error.field) == (-2, "input_stream_list[1].layout_params")
    assert "assuming" not in error.message
