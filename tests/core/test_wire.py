"""Signing, URLs and bodies, against the spec's own examples."""

from urllib.parse import parse_qs, urlsplit

from pydantic import SecretStr

from designer.core.model import MixPara
from designer.core.wire import (
    DEFAULT_ENDPOINT,
    Action,
    build_request,
    cancel_para,
    expiry,
    new_event_id,
    sign,
)
from tests.factories import APPID, SPEC_CANCEL_PARA, SPEC_KEY, SPEC_SIGN, SPEC_T, spec_para


def test_the_spec_signature_example_reproduces():
    assert sign(SPEC_KEY, SPEC_T) == SPEC_SIGN
    assert sign(SecretStr(SPEC_KEY), SPEC_T) == SPEC_SIGN


def test_start_request_has_the_spec_url_and_the_whole_para():
    request = build_request(Action.START, spec_para(), appid=APPID, key=SPEC_KEY, t=SPEC_T,
                            timestamp=1490858287, event_id=42)
    assert request.url == (f"{DEFAULT_ENDPOINT}?appid={APPID}&interface=Mix_StreamV2"
                           f"&t={SPEC_T}&sign={SPEC_SIGN}")
    assert request.body == {
        "timestamp": 1490858287,
        "eventId": 42,
        "interface": {"interfaceName": "Mix_StreamV2", "para": spec_para()},
    }


def test_cancel_sends_only_the_session_keys():
    request = build_request(Action.CANCEL, spec_para(), appid=APPID, key=SPEC_KEY, t=SPEC_T)
    assert request.body["interface"]["para"] == SPEC_CANCEL_PARA
    assert cancel_para(spec_para()) == SPEC_CANCEL_PARA


def test_fresh_values_when_none_are_given():
    request = build_request(Action.START, spec_para(), appid=APPID, key="k",
                            endpoint="http://127.0.0.1:1/common_access")
    query = parse_qs(urlsplit(request.url).query)
    t = int(query["t"][0])
    assert abs(t - expiry()) <= 1
    assert query["sign"] == [sign("k", t)]
    assert 0 < request.body["eventId"] < 2**31


def test_event_ids_are_random_non_zero_int32():
    ids = {new_event_id() for _ in range(200)}
    assert len(ids) > 190
    assert all(0 < i <= 2**31 - 1 for i in ids)


def test_the_key_is_nowhere_in_the_request():
    key = "supersecretkey0123456789"
    request = build_request(Action.START, spec_para(), appid=APPID, key=key)
    assert key not in repr(request)
    assert key not in str(request.to_json())


def test_what_you_import_is_what_you_send():
    # The demos' empty domain/path, unknown keys, mixed ints and floats: all go back out.
    para = spec_para()
    para["domain"] = ""
    para["path"] = ""
    para["vendor_flag"] = None
    para["input_stream_list"][1]["layout_params"].update(location_x=0.1, image_width=160.0)
    para["input_stream_list"][1]["extra_thing"] = {"a": [1, 2]}
    wire = MixPara.model_validate(para).to_wire()
    assert wire == para
    assert type(wire["input_stream_list"][1]["layout_params"]["image_width"]) is float
    assert type(wire["input_stream_list"][1]["layout_params"]["image_height"]) is int
    request = build_request(Action.START, wire, appid=APPID, key="k")
    assert request.body["interface"]["para"] == para


def test_appid_given_for_sending_replaces_the_files():
    request = build_request(Action.START, spec_para(), appid=1400000001, key="k")
    assert request.body["interface"]["para"]["app_id"] == 1400000001
    assert "appid=1400000001" in request.url


def test_an_imported_null_goes_back_out_but_assigning_none_unsets():
    para = spec_para()
    para["output_stream_type"] = None
    model = MixPara.model_validate(para)
    assert model.to_wire() == para
    model.output_stream_type = 1
    assert model.to_wire()["output_stream_type"] == 1
    model.output_stream_type = None
    assert "output_stream_type" not in model.to_wire()
    model.inputs[1].layout_params.image_width = None
    assert "image_width" not in model.to_wire()["input_stream_list"][1]["layout_params"]
