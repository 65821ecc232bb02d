"""A layout as API 3.0's CreateCommonMixStream parameters, and back; per-wire validation."""

from __future__ import annotations

import json

import pytest

from designer.core import api3, loader, presets
from designer.core.api3codes import explain, legacy_code
from designer.core.errors import FileError
from designer.core.limits import API3_LIMITS, V2_LIMITS
from designer.core.model import Layout, MixPara
from designer.core.problems import errors
from designer.core.validation import validate
from designer.core.wire import Action, build_request
from tests.factories import APPID, spec_para

#: Every field of the para that has an API 3.0 counterpart, set.
FULL_PARA = {
    "app_id": APPID,
    "interface": "mix_streamv2.start_mix_stream_advanced",
    "mix_stream_session_id": "room_1",
    "mix_stream_template_id": 0,
    "output_stream_id": "mixed_out",
    "output_stream_type": 1,
    "output_stream_bitrate": 1500,
    "input_stream_list": [
        {"input_stream_id": "canvas1",
         "layout_params": {"image_layer": 1, "input_type": 3, "image_width": 720,
                           "image_height": 640, "color": "0x000000"}},
        {"input_stream_id": "host",
         "layout_params": {"image_layer": 2, "input_type": 0, "image_width": 360,
                           "image_height": 640, "location_x": 0, "location_y": 0},
         "crop_params": {"crop_width": 360, "crop_height": 640, "crop_x": 60, "crop_y": 0}},
        {"input_stream_id": "logo",
         "layout_params": {"image_layer": 3, "input_type": 2, "picture_id": 10,
                           "image_width": 0.2, "image_height": 0.1, "location_x": 0.75,
                           "location_y": 0.05}},
    ],
}
#: The same layout under API 3.0's names, and the fields only API 3.0 has.
FULL_PARAMS = {
    "MixStreamSessionId": "room_1",
    "InputStreamList": [
        {"InputStreamName": "canvas1",
         "LayoutParams": {"ImageLayer": 1, "InputType": 3, "ImageWidth": 720,
                          "ImageHeight": 640, "Color": "0x000000"}},
        {"InputStreamName": "host",
         "LayoutParams": {"ImageLayer": 2, "InputType": 0, "ImageWidth": 360,
                          "ImageHeight": 640, "LocationX": 0, "LocationY": 0},
         "CropParams": {"CropWidth": 360, "CropHeight": 640, "CropStartLocationX": 60,
                        "CropStartLocationY": 0}},
        {"InputStreamName": "logo",
         "LayoutParams": {"ImageLayer": 3, "InputType": 2, "WatermarkId": 10,
                          "ImageWidth": 0.2, "ImageHeight": 0.1, "LocationX": 0.75,
                          "LocationY": 0.05}},
    ],
    "OutputParams": {"OutputStreamName": "mixed_out", "OutputStreamType": 1,
                     "OutputStreamBitRate": 1500, "OutputStreamGop": 2,
                     "OutputStreamFrameRate": 25, "OutputAudioBitRate": 128,
                     "OutputAudioSampleRate": 48000, "OutputAudioChannels": 2,
                     "MixSei": "abc"},
    "MixStreamTemplateId": 0,
    "ControlParams": {"UseMixCropCenter": 1, "AllowCopy": 0, "PassInputSei": 1,
                      "UsePictureTransparent": 1},
}
API3_SECTION = {
    "OutputParams": {"OutputStreamGop": 2, "OutputStreamFrameRate": 25,
                     "OutputAudioBitRate": 128, "OutputAudioSampleRate": 48000,
                     "OutputAudioChannels": 2, "MixSei": "abc"},
    "ControlParams": {"UseMixCropCenter": 1, "AllowCopy": 0, "PassInputSei": 1,
                      "UsePictureTransparent": 1},
}


def full_layout() -> Layout:
    data = {"format": presets.FORMAT, "version": presets.VERSION, "para": FULL_PARA,
            "api3": API3_SECTION}
    return presets.from_data(json.loads(json.dumps(data)))


def test_every_field_maps_to_its_api3_name():
    assert api3.start_params(full_layout()) == FULL_PARAMS


def test_an_api3_body_imports_as_the_same_layout():
    document = loader.from_data(json.loads(json.dumps(FULL_PARAMS)))
    assert document.kind is loader.Kind.API3
    expected = {k: v for k, v in FULL_PARA.items() if k not in api3.ENVELOPE_KEYS}
    assert document.layout.para.to_wire() == expected
    assert document.layout.api3.to_wire() == API3_SECTION
    assert document.read_problems == []
    # ... and goes back out exactly as it came in.
    assert api3.start_params(document.layout) == FULL_PARAMS


def test_what_request_v3_prints_opens_again():
    printed = api3.request_json(api3.ACTION_START, full_layout())
    assert printed["action"] == "CreateCommonMixStream"
    assert printed["version"] == "2018-08-01"
    reread = loader.from_data(json.loads(json.dumps(printed))).layout
    assert api3.start_params(reread) == FULL_PARAMS


def test_unset_fields_are_not_sent():
    layout = Layout(para=MixPara.model_validate(spec_para()))
    params = api3.start_params(layout)
    assert params["OutputParams"] == {"OutputStreamName": "stream_lewis01"}
    assert "ControlParams" not in params and "MixStreamTemplateId" not in params
    assert params["InputStreamList"][0] == {"InputStreamName": "stream_lewis01",
                                            "LayoutParams": {"ImageLayer": 1}}


def test_cancel_names_the_session_only():
    assert api3.cancel_params(full_layout()) == {"MixStreamSessionId": "room_1"}
    assert api3.request_json(api3.ACTION_CANCEL, full_layout())["params"] == {
        "MixStreamSessionId": "room_1"}


def test_the_sdk_models_carry_exactly_these_params():
    models = pytest.importorskip("tencentcloud.live.v20180801.models")
    request = models.CreateCommonMixStreamRequest()
    request.from_json_string(json.dumps(FULL_PARAMS))
    assert request._serialize() == FULL_PARAMS
    cancel = models.CancelCommonMixStreamRequest()
    cancel.from_json_string(json.dumps(api3.cancel_params(full_layout())))
    assert cancel._serialize() == {"MixStreamSessionId": "room_1"}


def test_api3_fields_survive_save_and_open(tmp_path):
    path = tmp_path / "preset.json"
    presets.save(path, full_layout())
    stored = json.loads(path.read_text())
    assert stored["api3"] == API3_SECTION
    assert presets.from_data(stored).api3.to_wire() == API3_SECTION


def test_a_preset_without_api3_fields_has_no_api3_section():
    assert "api3" not in presets.to_data(Layout(para=MixPara.model_validate(spec_para())))


def test_api3_fields_never_go_out_on_mix_streamv2():
    layout = full_layout()
    body = build_request(Action.START, layout.para.to_wire(), appid=APPID, key="k").body
    text = json.dumps(body)
    for name in ("Gop", "FrameRate", "Audio", "MixSei", "UseMixCropCenter", "AllowCopy",
                 "PassInputSei", "UsePictureTransparent", "api3"):
        assert name not in text


@pytest.mark.parametrize(("section", "where"), [
    ({"OutputParams": {"OutputStreamGop": "2"}}, "api3.OutputParams.OutputStreamGop"),
    ({"OutputParams": {"OutputStreamName": "x"}}, "api3.OutputParams.OutputStreamName"),
    ({"Unknown": {}}, "api3.Unknown"),
    ([], "api3"),
])
def test_a_bad_api3_section_is_refused_naming_the_place(section, where):
    data = {"format": presets.FORMAT, "version": 1, "para": spec_para(), "api3": section}
    with pytest.raises(FileError) as caught:
        presets.from_data(data)
    assert where in str(caught.value)


def test_para_keys_api3_cannot_carry_are_reported_not_dropped():
    para = spec_para() | {"domain": "", "path": ""}
    para["input_stream_list"][1]["layout_params"]["round"] = 1
    layout = Layout(para=MixPara.model_validate(para))
    assert api3.not_sent(layout) == ["domain", "path",
                                     "input_stream_list[1].layout_params.round"]
    warning = [p for p in api3.validate_api3(layout) if p.code == api3.WARNING_CODE]
    assert warning[0].message == ("not sent on API 3.0: domain, path, "
                                  "input_stream_list[1].layout_params.round")
    assert not warning[0].is_error
    # app_id and interface are said another way on API 3.0 (the SecretId, the action).
    assert "app_id" not in warning[0].message and "interface" not in warning[0].message


def test_api3_keys_a_layout_cannot_hold_are_reported_on_import():
    params = json.loads(json.dumps(FULL_PARAMS))
    params["InputStreamList"][1]["PortraitSegmentParams"] = {"Color": "0x000000"}
    params["InputStreamList"][2]["LayoutParams"]["WebPageUrl"] = "https://example.invalid"
    document = loader.from_data(params)
    (warning,) = document.read_problems
    assert warning.message == (
        "not imported (Mix Designer cannot hold them): InputStreamList[1].PortraitSegmentParams, "
        "InputStreamList[2].LayoutParams.WebPageUrl")


def test_an_api3_body_with_wrong_types_is_refused_with_problems():
    params = {"MixStreamSessionId": "s", "InputStreamList": [
        {"InputStreamName": "a", "LayoutParams": {"ImageLayer": "1"}}]}
    with pytest.raises(FileError) as caught:
        loader.from_data(params)
    assert "image_layer" in caught.value.problems[0].field  # type: ignore[attr-defined]


# -- ranges per wire ----------------------------------------------------------------------


def _layout(**changes) -> Layout:
    para = spec_para()
    lp = para["input_stream_list"][1]["layout_params"]
    for name, value in changes.items():
        if name.startswith("crop_"):
            para["input_stream_list"][1].setdefault("crop_params", {
                "crop_width": 100, "crop_height": 100})[name] = value
        elif name == "bitrate":
            para["output_stream_bitrate"] = value
        else:
            lp[name] = value
    return Layout(para=MixPara.model_validate(para))


def _codes(problems) -> list:
    return [p.code for p in errors(problems)]


@pytest.mark.parametrize(("changes", "v2", "v3"), [
    ({"image_width": 2500}, [], [-4]),
    ({"location_x": 2001}, [], [-4]),
    ({"location_y": 2000}, [], []),
    ({"image_width": 3001}, [-4], [-4]),
    ({"image_height": 0}, [-4], []),  # v2: (0, 3000]; v3: [0, 2000]
    ({"crop_width": 2500}, [], [-29]),
    ({"crop_width": 0}, [-29], []),
    ({"bitrate": 20000}, [], ["InvalidParameter.InvalidBitrate"]),
    ({"bitrate": 60000}, [-31004], ["InvalidParameter.InvalidBitrate"]),
    ({"image_width": 0.5}, [], []),  # fractions: [0.01, 0.99] on both
    ({"image_width": 0.995}, [-4], [-4]),
])
def test_each_wire_applies_its_own_ranges(changes, v2, v3):
    layout = _layout(**changes)
    assert _codes(validate(layout)) == v2
    assert _codes(validate(layout, V2_LIMITS)) == v2
    assert _codes(validate(layout, API3_LIMITS)) == v3
    assert _codes(api3.validate_api3(layout)) == v3


def test_an_api3_file_is_judged_by_api3s_rules_unless_told_otherwise():
    # `mix-designer validate body.json` on CreateCommonMixStream parameters: ImageWidth 2500
    # and OutputStreamBitRate 20000 are fine on Mix_StreamV2 but refused by API 3.0.
    params = api3.start_params(_layout(image_width=2500, bitrate=20000))
    document = loader.from_data(json.loads(json.dumps(params)))
    assert document.kind is loader.Kind.API3
    expected = ["InvalidParameter.InvalidBitrate", -4]
    assert _codes(loader.judge(document)) == expected
    assert _codes(loader.judge(document, api3=True)) == expected
    assert _codes(loader.judge(document, api3=False)) == []  # sent on Mix_StreamV2
    # A Mix_StreamV2 file keeps Mix_StreamV2's rules by default.
    v2 = loader.from_data({"format": presets.FORMAT, "version": presets.VERSION,
                           "para": _layout(image_width=2500, bitrate=20000).para.to_wire()})
    assert _codes(loader.judge(v2)) == []
    assert _codes(loader.judge(v2, api3=True)) == expected


@pytest.mark.parametrize(("name", "value", "v2"), [
    ("app_id", 0, -2),
    ("app_id", 2**31, -2),
    ("interface", "mix_streamv2.cancel_mix_stream", -1),
])
def test_the_v2_envelope_is_not_judged_on_api3_which_never_sends_it(name, value, v2):
    layout = _layout()
    setattr(layout.para, name, value)
    assert _codes(validate(layout)) == [v2]
    assert _codes(validate(layout, API3_LIMITS)) == []
    assert _codes(api3.validate_api3(layout)) == []
    assert name not in api3.start_params(layout)


def test_a_v2_bodys_envelope_does_not_block_it_on_api3():
    body = build_request(Action.START, spec_para(), appid=APPID, key="k").body
    body["eventId"] = 0
    body["interface"]["para"]["app_id"] = "0"
    document = loader.from_data(json.loads(json.dumps(body)))
    assert document.kind is loader.Kind.BODY
    assert sorted(map(str, _codes(loader.judge(document)))) == ["-2", "-2"]
    assert _codes(loader.judge(document, api3=True)) == []


def test_a_v3_range_problem_names_v3s_range():
    (problem,) = errors(api3.validate_api3(_layout(image_width=2500)))
    assert problem.message == "image_width 2500 is outside 0–2000 px"
    (problem,) = errors(validate(_layout(image_width=3500)))
    assert problem.message == "image_width 3500 is outside 1–3000 px"


@pytest.mark.parametrize(("section", "field"), [
    ({"OutputStreamGop": 11}, "api3.OutputParams.OutputStreamGop"),
    ({"OutputStreamGop": 0}, "api3.OutputParams.OutputStreamGop"),
    ({"OutputStreamFrameRate": 61}, "api3.OutputParams.OutputStreamFrameRate"),
    ({"OutputAudioBitRate": 501}, "api3.OutputParams.OutputAudioBitRate"),
    ({"OutputAudioChannels": 3}, "api3.OutputParams.OutputAudioChannels"),
    ({"OutputAudioSampleRate": 44000}, "api3.OutputParams.OutputAudioSampleRate"),
])
def test_api3_output_fields_are_checked_on_their_documented_ranges(section, field):
    layout = _layout()
    for name, value in section.items():
        setattr(layout.api3.OutputParams, name, value)
    (problem,) = errors(api3.validate_api3(layout))
    assert (problem.code, problem.field) == ("InvalidParameter", field)
    assert problem.spec is not None and problem.spec.cause_en.startswith("Invalid parameter")
    assert errors(validate(layout)) == []  # never a v2 problem: never sent there


@pytest.mark.parametrize("name", ["UseMixCropCenter", "AllowCopy", "PassInputSei",
                                  "UsePictureTransparent"])
def test_control_switches_are_0_or_1(name):
    layout = _layout()
    setattr(layout.api3.ControlParams, name, 1)
    assert errors(api3.validate_api3(layout)) == []
    setattr(layout.api3.ControlParams, name, 2)
    assert [p.field for p in errors(api3.validate_api3(layout))] == [
        f"api3.ControlParams.{name}"]


def test_valid_api3_fields_pass():
    assert errors(api3.validate_api3(full_layout())) == []


def test_a_v3_cancel_needs_only_a_session_id():
    layout = Layout(para=MixPara.model_validate({"mix_stream_session_id": "room_1"}))
    assert api3.validate_api3_cancel(layout) == []
    layout.para.mix_stream_session_id = "bad id!"
    assert [p.code for p in api3.validate_api3_cancel(layout)] == [-2]


# -- error codes --------------------------------------------------------------------------


@pytest.mark.parametrize(("message", "found"), [
    ("err_code [-505],msg [stream not found]", (-505, "stream not found")),
    ("InnerErrCode : [ -10021 ],IrnerErrMsg: [ Params Error ]", (-10021, "Params Error")),
    ("InnerErrCode:[ -300 ],InnerErrMsg: [ outputstreamid not avaliable ]",
     (-300, "outputstreamid not avaliable")),
    ("input stream num is not match the template id!", None),
])
def test_legacy_codes_are_found_in_both_spellings(message, found):
    assert legacy_code(message) == found


def test_a_refusal_is_explained_by_its_legacy_code_first():
    assert explain("InvalidParameter.OtherError", "err_code [-300],msg [x]").code == -300
    assert explain("InvalidParameter.SessionOutputStreamChanged", "").code == -508
    assert explain("AuthFailure.SignatureExpire", "").cause_en == "The signature has expired"
    assert explain("Something.New", "").cause_en == "Other error"
