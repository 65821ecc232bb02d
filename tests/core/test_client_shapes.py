"""Shapes Tencent's own clients send (MLVB SDKs, the mini-program, the official demos), which
the service accepts: read, validated and sent as the service takes them; each beside a near
miss that must still fail. Bodies are written from facts.md and the spec."""

from __future__ import annotations

import copy

import pytest

from designer.core import loader
from designer.core.errors import InvalidFile
from designer.core.geometry import guess_preview_size
from designer.core.problems import WarningCode, errors
from designer.core.validation import validate
from designer.core.wire import Action, build_request
from tests.client_shapes import body, mini_program, mlvb_pk, template_390_with_a_picture
from tests.factories import APPID, SPEC_KEY, layout_of, stream


def codes(problems) -> list:
    return [p.code for p in problems]


# -- a canvas without a colour -------------------------------------------------------------



def test_a_canvas_without_colour_is_a_warning_that_says_what_the_server_draws():
    problems = loader.judge(loader.from_data(body(mlvb_pk())))
    assert errors(problems) == []
    (warning,) = problems
    assert warning.code == WarningCode.NO_COLOR
    assert warning.field == "input_stream_list[0].layout_params.color"
    assert "server's default colour" in warning.message


@pytest.mark.parametrize("color", ["black", "0x00000", "#000000", ""])
def test_a_malformed_colour_is_still_minus_20(color):
    problems = validate(layout_of(mlvb_pk(color=color)))
    assert -20 in codes(errors(problems))


def test_the_colour_is_not_invented_when_sent():
    request = build_request(Action.START, layout_of(mlvb_pk()).para.to_wire(), appid=APPID,
                            key=SPEC_KEY)
    canvas = request.body["interface"]["para"]["input_stream_list"][0]["layout_params"]
    assert "color" not in canvas


# -- app_id as a string ----------------------------------------------------------------------



def test_a_numeric_string_app_id_is_read_as_its_number_with_one_warning():
    document = loader.from_data(body(mini_program("1400000001")))
    assert document.layout.para.app_id == 1400000001
    problems = loader.judge(document)
    assert codes(problems) == [WarningCode.APP_ID_TEXT]
    assert "int32" in problems[0].message


def test_what_is_sent_is_always_the_int():
    layout = loader.from_data(body(mini_program("1400000001"))).layout
    para = build_request(Action.START, layout.para.to_wire(), appid=1400000001,
                         key=SPEC_KEY).body["interface"]["para"]
    assert para["app_id"] == 1400000001 and isinstance(para["app_id"], int)


def test_an_empty_app_id_counts_as_not_set():
    # The MLVB Android SDK sends "" for its relay server to fill in.
    document = loader.from_data(mini_program(""))
    assert document.layout.para.app_id is None
    assert loader.judge(document) == []


@pytest.mark.parametrize("app_id", ["abc", "14000x", " 1400000001", "1.5"])
def test_a_non_numeric_app_id_stays_an_error(app_id):
    with pytest.raises(InvalidFile) as raised:
        loader.from_data(mini_program(app_id))
    assert [(p.code, p.field) for p in raised.value.problems] == [(-2, "app_id")]


def test_a_numeric_string_out_of_int32_is_minus_2():
    problems = loader.judge(loader.from_data(mini_program(str(2**31))))
    assert -2 in codes(errors(problems))


# -- a template whose count differs but places nothing ---------------------------------------



def test_a_template_with_nothing_to_place_is_a_warning_that_explains_it():
    problems = validate(layout_of(template_390_with_a_picture()))
    assert errors(problems) == []
    assert WarningCode.TEMPLATE_UNUSED in codes(problems)
    assert "places nothing" in next(p.message for p in problems
                                    if p.code == WarningCode.TEMPLATE_UNUSED)


@pytest.mark.parametrize("missing", ["location_x", "location_y", "image_width", "image_height"])
def test_a_count_mismatch_where_the_template_places_an_input_is_minus_20(missing):
    problems = validate(layout_of(template_390_with_a_picture(**{missing: None})))
    assert -20 in codes(errors(problems))


@pytest.mark.parametrize("template", [10, 390])
def test_a_template_with_no_picture_above_the_background_is_still_minus_20(template):
    # The host alone beside an audio-only input: no input has an explicit box, so this is
    # not the recorded Success (one explicitly placed stream) and the count is refused.
    para = template_390_with_a_picture()
    para["mix_stream_template_id"] = template
    para["input_stream_list"] = [
        {"input_stream_id": "host", "layout_params": {"image_layer": 1}},
        {"input_stream_id": "voice", "layout_params": {"image_layer": 2, "input_type": 4}}]
    para["output_stream_type"] = 1
    problems = validate(layout_of(para))
    assert -20 in codes(errors(problems))
    assert WarningCode.TEMPLATE_UNUSED not in codes(problems)


# -- the preview size of a background of unknown size ----------------------------------------


@pytest.mark.parametrize(("host", "window", "gap"), [
    ((540, 960), (160, 240), 90),
    ((360, 640), (120, 180), 60),
    ((480, 640), (120, 180), 60),
])
def test_sdk_link_mic_windows_are_previewed_on_the_host_they_were_laid_out_for(host, window,
                                                                                 gap):
    width, height = host
    w, h = window
    guests = [stream(f"guest_{n}", n + 2, image_width=w, image_height=h, location_x=width - w,
                     location_y=height - h - gap - n * h) for n in range(2)]
    layout = layout_of({"input_stream_list": [stream("host", 1), *guests]})
    assert guess_preview_size(layout) == host


def test_other_layouts_are_previewed_at_the_smallest_common_size_holding_their_boxes():
    layout = layout_of({"input_stream_list": [
        stream("host", 1), stream("a", 2, image_width=400, image_height=300, location_x=800,
                                  location_y=300)]})
    assert guess_preview_size(layout) == (1280, 720)


# -- -21 --------------------------------------------------------------------------------------


def test_a_start_with_only_the_host_is_minus_21_and_says_to_cancel_instead():
    # What the MLVB SDKs send when the last guest leaves.
    para = mini_program(APPID)
    del para["input_stream_list"][1]
    (problem,) = errors(validate(layout_of(para)))
    assert problem.code == -21
    assert "cancel" in problem.message
    assert "Cancel" in problem.spec.advice("en") and "取消混流" in problem.spec.advice("zh")


def test_the_body_is_not_changed_by_reading():
    para = mini_program("1400000001")
    before = copy.deepcopy(para)
    loader.from_data(body(para))
    assert para == before
