"""Every rule of the sandbox through SandboxState.handle: a fake clock, no sockets.

Each refusal is paired with a near miss that succeeds, so a test cannot pass just because
everything is refused.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from designer.core.codes import SIGN_EXPIRED, SIGN_INVALID
from designer.core.errors import FileError
from designer.core.wire import Action, build_request
from designer.sandbox import DEFAULT_SANDBOX_KEY
from designer.sandbox.state import BACKGROUND_MISSING, SandboxState
from designer.sandbox.streams import StreamRegistry
from tests.client_shapes import mlvb_pk, template_390_with_a_picture
from tests.factories import APPID, canvas, spec_para, stream, unplaced_para

KEY = "sandbox-test-key"
NOW = 1_700_000_000
EVENT_ID = 4242


class Clock:
    def __init__(self, now: float = NOW):
        self.now = now

    def __call__(self) -> float:
        return self.now


def request(
    action: Action,
    para: dict[str, Any],
    *,
    key: str = KEY,
    t: int | None = None,
    event_id: int = EVENT_ID,
    appid: int = APPID,
) -> tuple[dict[str, str], dict[str, Any]]:
    """The query and body a client built with the core's wire module would send."""
    signed = build_request(action, para, appid=appid, key=key,
                           endpoint="http://127.0.0.1:1/common_access",
                           t=NOW + 60 if t is None else t, timestamp=NOW, event_id=event_id)
    return dict(parse_qsl(urlsplit(signed.url).query)), signed.body


def send(state: SandboxState, query: dict[str, str], body: dict[str, Any] | bytes) -> dict:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return state.handle(query, raw)


def start(state: SandboxState, para: dict[str, Any] | None = None, **kwargs: Any) -> dict:
    return send(state, *request(Action.START, para or spec_para(), **kwargs))


def cancel(state: SandboxState, para: dict[str, Any] | None = None, **kwargs: Any) -> dict:
    return send(state, *request(Action.CANCEL, para or spec_para(), **kwargs))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def state(clock: Clock) -> SandboxState:
    return SandboxState(KEY, clock=clock)


def with_streams(clock: Clock, **streams: tuple[int, int] | None) -> SandboxState:
    return SandboxState(KEY, StreamRegistry(streams), clock)


# -- success and sessions -----------------------------------------------------------------


def test_spec_example_starts(state):
    assert start(state) == {"code": 0, "message": "Success!", "event_id": str(EVENT_ID),
                            "timestamp": NOW}
    assert state.live_sessions() == {"lewis_room": "stream_lewis01"}
    assert state.live_para("lewis_room")["input_stream_list"][1]["input_stream_id"] == (
        "stream_lewis02")


def test_same_session_and_output_switches_the_layout(state):
    assert start(state)["code"] == 0
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "stream_lewis03"
    assert start(state, para)["code"] == 0
    assert state.live_sessions() == {"lewis_room": "stream_lewis01"}
    assert state.live_para("lewis_room")["input_stream_list"][1]["input_stream_id"] == (
        "stream_lewis03")


def test_same_session_with_another_output_is_508(state):
    assert start(state)["code"] == 0
    para = spec_para()
    para["output_stream_id"] = "stream_lewis02"
    reply = start(state, para)
    assert reply["code"] == -508
    assert "stream_lewis01" in reply["message"]
    assert state.live_sessions() == {"lewis_room": "stream_lewis01"}


def test_output_of_another_live_session_is_300_until_it_is_cancelled(state):
    assert start(state)["code"] == 0
    other = spec_para()
    other["mix_stream_session_id"] = "other_room"
    assert start(state, other)["code"] == -300
    # Near miss: once the first session is cancelled, the output is free.
    assert cancel(state)["code"] == 0
    assert start(state, other)["code"] == 0
    assert state.live_sessions() == {"other_room": "stream_lewis01"}


def test_cancel_round_trip(state):
    assert start(state)["code"] == 0
    assert cancel(state) == {"code": 0, "message": "Success!", "event_id": str(EVENT_ID),
                             "timestamp": NOW}
    assert state.live_sessions() == {}
    assert state.live_para("lewis_room") is None


def test_cancel_with_another_output_is_31003(state):
    assert start(state)["code"] == 0
    para = spec_para()
    para["output_stream_id"] = "stream_lewis02"
    assert cancel(state, para)["code"] == -31003
    assert state.live_sessions() == {"lewis_room": "stream_lewis01"}


def test_cancel_of_an_unknown_session_is_30300(state):
    reply = cancel(state)
    assert reply["code"] == -30300
    assert "lewis_room" in reply["message"]


def test_cancelling_twice_is_30300(state):
    assert start(state)["code"] == 0
    assert cancel(state)["code"] == 0
    reply = cancel(state)
    assert reply["code"] == -30300
    assert "already cancelled" in reply["message"]


def test_cancelled_session_restarts_only_after_30_s(state, clock):
    assert start(state)["code"] == 0
    assert cancel(state)["code"] == 0
    clock.now = NOW + 29
    reply = start(state, t=NOW + 120)
    assert reply["code"] == -10031
    assert "29 s ago" in reply["message"]
    assert "again in 1 s" in reply["message"]
    clock.now = NOW + 31
    assert start(state, t=NOW + 120)["code"] == 0


def test_a_cancelled_session_does_not_block_another_session(state):
    assert start(state)["code"] == 0
    assert cancel(state)["code"] == 0
    other = spec_para()
    other["mix_stream_session_id"] = "other_room"
    assert start(state, other)["code"] == 0


def test_concurrent_starts_on_one_output_let_exactly_one_through(state):
    def start_session(n: int) -> int:
        para = spec_para()
        para["mix_stream_session_id"] = f"room_{n}"
        return start(state, para)["code"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(start_session, range(16)))
    assert sorted(codes) == [-300] * 15 + [0]


# -- URL and sign -------------------------------------------------------------------------


def test_wrong_key_is_9001(state):
    reply = start(state, key="not-the-key")
    assert reply["code"] == SIGN_INVALID
    assert KEY not in reply["message"]
    assert state.live_sessions() == {}


def test_tampered_t_is_9001(state):
    query, body = request(Action.START, spec_para())
    query["t"] = str(NOW + 61)
    assert send(state, query, body)["code"] == SIGN_INVALID


def test_expired_t_is_9002_and_t_equal_to_now_still_passes(state):
    assert start(state, t=NOW - 1)["code"] == SIGN_EXPIRED
    assert start(state, t=NOW)["code"] == 0


def test_default_key_is_the_demo_key(clock):
    state = SandboxState(DEFAULT_SANDBOX_KEY, clock=clock)
    assert start(state, key=DEFAULT_SANDBOX_KEY)["code"] == 0


@pytest.mark.parametrize("change", [
    {"interface": "Mix_Stream"},
    {"sign": ""},
    {"appid": "12a"},
    {"t": "soon"},
    {"t": "-5"},
])
def test_bad_query_is_1(state, change):
    query, body = request(Action.START, spec_para())
    assert send(state, query | change, body)["code"] == -1


def test_missing_query_parameter_is_1(state):
    query, body = request(Action.START, spec_para())
    del query["appid"]
    reply = send(state, query, body)
    assert reply["code"] == -1
    assert "appid" in reply["message"]


# -- body ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    b"{not json",
    b"\xff\xfe",
    b"[]",
    b"",
    b'{"eventId": 1, "interface": {"interfaceName": "Mix_StreamV2"}}',
    b'{"eventId": 1, "interface": {"interfaceName": "Other", "para": {}}}',
])
def test_malformed_body_is_1(state, raw):
    query, _ = request(Action.START, spec_para())
    reply = send(state, query, raw)
    assert reply["code"] == -1
    assert reply["event_id"] in ("0", "1")  # a string, as real replies carry it


def test_unknown_para_interface_is_1(state):
    query, body = request(Action.START, spec_para())
    body["interface"]["para"]["interface"] = "mix_streamv2.pause_mix_stream"
    assert send(state, query, body)["code"] == -1
    del body["interface"]["para"]["interface"]
    assert send(state, query, body)["code"] == -1


@pytest.mark.parametrize("event_id", [0, None, "7", True, 2**31])
def test_bad_event_id_is_2(state, event_id):
    query, body = request(Action.START, spec_para())
    if event_id is None:
        del body["eventId"]
    else:
        body["eventId"] = event_id
    reply = send(state, query, body)
    assert reply["code"] == -2
    assert reply["event_id"] in ("0", str(2**31))
    assert state.live_sessions() == {}


def test_para_app_id_must_be_the_urls_appid(state):
    query, body = request(Action.START, spec_para())
    for wrong in (APPID + 1, str(APPID + 1), "", "abc", None):
        body["interface"]["para"]["app_id"] = wrong
        assert send(state, query, body)["code"] == -2, wrong
    body["interface"]["para"]["app_id"] = APPID
    assert send(state, query, body)["code"] == 0


def test_an_app_id_sent_as_a_numeric_string_is_read_as_its_number(state):
    # The MLVB mini-program sends "1400000001"; the service takes it.
    query, body = request(Action.START, spec_para())
    body["interface"]["para"]["app_id"] = str(APPID)
    assert send(state, query, body)["code"] == 0


def test_appid_0_is_2(state):
    assert start(state, appid=0)["code"] == -2


# -- validation codes ---------------------------------------------------------------------


def test_template_mismatch_is_20_and_a_matching_template_passes(state):
    para = unplaced_para()
    para["mix_stream_template_id"] = 310
    reply = start(state, para)
    assert reply["code"] == -20
    assert reply["message"].startswith("mix_stream_template_id: template 310")
    para["mix_stream_template_id"] = 20
    assert start(state, para)["code"] == 0


def test_wrong_type_gets_the_fields_code(state):
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["image_layer"] = "2"
    reply = start(state, para)
    assert reply["code"] == -11
    assert "image_layer" in reply["message"]


def test_one_input_is_21(state):
    para = spec_para()
    del para["input_stream_list"][1]
    assert start(state, para)["code"] == -21


def test_warnings_never_refuse(state):
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "guest_audio"  # FAQ 3 warning
    assert start(state, para)["code"] == 0


def test_cancel_with_a_bad_session_id_is_refused_by_validation(state):
    para = spec_para()
    para["mix_stream_session_id"] = "lewis room!"
    assert cancel(state, para)["code"] == -2


# -- with a streams file ------------------------------------------------------------------


def test_stream_not_pushed_is_505(clock):
    state = with_streams(clock, stream_lewis01=(540, 960))
    reply = start(state)
    assert reply["code"] == -505
    assert "stream_lewis02" in reply["message"]
    state = with_streams(clock, stream_lewis01=(540, 960), stream_lewis02=(480, 720))
    assert start(state)["code"] == 0


def test_audio_only_input_must_be_pushed_but_a_picture_need_not(clock):
    para = spec_para()
    para["input_stream_list"].append(stream("guest_voice", 3, input_type=4))
    state = with_streams(clock, stream_lewis01=(540, 960), stream_lewis02=(480, 720))
    assert start(state, para)["code"] == -505
    para["input_stream_list"][2] = stream("picture", 3, input_type=2, picture_id=10)
    assert start(state, para)["code"] == 0


def test_background_of_unknown_resolution_is_507(clock):
    state = with_streams(clock, stream_lewis01=None, stream_lewis02=(480, 720))
    assert start(state)["code"] == -507
    # Near miss: only the small window's resolution is unknown.
    state = with_streams(clock, stream_lewis01=(540, 960), stream_lewis02=None)
    assert start(state)["code"] == 0


def canvas_para(**canvas_layout: Any) -> dict[str, Any]:
    para = spec_para()
    para["input_stream_list"] = [
        canvas(1, **canvas_layout),
        stream("stream_lewis01", 2, image_width=270, image_height=480),
        stream("stream_lewis02", 3, image_width=270, image_height=480, location_x=270),
    ]
    return para


def test_canvas_whose_size_stream_is_missing_is_28_with_the_real_message(clock):
    state = with_streams(clock, stream_lewis02=(480, 720))
    reply = start(state, canvas_para())
    assert reply == {"code": -28, "message": BACKGROUND_MISSING, "event_id": str(EVENT_ID),
                     "timestamp": NOW}
    state = with_streams(clock, stream_lewis01=(540, 960), stream_lewis02=(480, 720))
    assert start(state, canvas_para())["code"] == 0


def test_sized_canvas_does_not_need_its_reference_stream_for_its_size(clock):
    state = with_streams(clock, stream_lewis02=(480, 720))
    # The stream is still missing (-505), but the background's size is not the problem.
    assert start(state, canvas_para(image_width=540, image_height=960))["code"] == -505
    state = with_streams(clock, stream_lewis01=None, stream_lewis02=None)
    assert start(state, canvas_para(image_width=540, image_height=960))["code"] == 0


def test_canvas_sized_by_a_stream_of_unknown_resolution_is_507(clock):
    state = with_streams(clock, stream_lewis01=None, stream_lewis02=(480, 720))
    assert start(state, canvas_para())["code"] == -507


def cropped_para(crop_x: int) -> dict[str, Any]:
    para = spec_para()
    para["input_stream_list"][1]["crop_params"] = {
        "crop_width": 200, "crop_height": 300, "crop_x": crop_x, "crop_y": 0,
    }
    return para


def test_crop_outside_the_real_resolution_is_29(clock):
    state = with_streams(clock, stream_lewis01=(540, 960), stream_lewis02=(480, 720))
    reply = start(state, cropped_para(crop_x=281))
    assert reply["code"] == -29
    assert "480×720" in reply["message"]
    assert start(state, cropped_para(crop_x=280))["code"] == 0


def test_without_a_streams_file_a_crop_cannot_be_judged(state):
    assert start(state, cropped_para(crop_x=2000))["code"] == 0


def test_overflow_is_judged_against_the_real_background(clock):
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["location_y"] = 800
    state = with_streams(clock, stream_lewis01=(540, 960), stream_lewis02=(480, 720))
    assert start(state, para)["code"] == -2
    state = with_streams(clock, stream_lewis01=(1080, 1920), stream_lewis02=(480, 720))
    assert start(state, para)["code"] == 0


# -- the streams file ---------------------------------------------------------------------


def test_streams_file_is_read(tmp_path):
    path = tmp_path / "streams.json"
    path.write_text(json.dumps({"streams": {"a": {"width": 1280, "height": 720}, "b": {}}}))
    registry = StreamRegistry.from_file(path)
    assert registry.is_listed
    assert registry.is_pushed("a") and registry.is_pushed("b")
    assert not registry.is_pushed("c")
    assert registry.resolution("a") == (1280, 720)
    assert registry.resolution("b") is None


def test_default_registry_pushes_everything():
    registry = StreamRegistry.everything_pushed()
    assert not registry.is_listed
    assert registry.is_pushed("anything")
    assert registry.resolution("anything") is None


@pytest.mark.parametrize(("content", "says"), [
    ("{", "not valid JSON"),
    ("[]", "JSON object"),
    ("{}", '"streams"'),
    ('{"streams": {"a": {"width": 1280}}}', "both width and height"),
    ('{"streams": {"a": {"width": 0, "height": 720}}}', "streams.a.width"),
    ('{"streams": {"a": {"width": "1280", "height": 720}}}', "streams.a.width"),
    ('{"streams": {"a": {"widht": 1280}}}', "widht"),
    ('{"streams": {"a b": {}}}', "letters, digits or underscores"),
    ('{"streams": [], "x": 1}', "streams"),
])
def test_bad_streams_file_is_one_clear_document_error(tmp_path, content, says):
    path = tmp_path / "streams.json"
    path.write_text(content)
    with pytest.raises(FileError, match=r"streams\.json") as raised:
        StreamRegistry.from_file(path)
    assert says in str(raised.value)


def test_missing_streams_file_is_a_document_error(tmp_path):
    with pytest.raises(FileError, match="cannot read"):
        StreamRegistry.from_file(tmp_path / "absent.json")


# -- what Tencent's own clients send -----------------------------------------------------------


def test_the_mlvb_pk_canvas_without_a_colour_starts_and_a_malformed_one_is_20(state):
    assert start(state, mlvb_pk())["code"] == 0
    assert start(state, {**mlvb_pk(color="black"), "mix_stream_session_id": "pk_2",
                         "output_stream_id": "pk_mix_2"})["code"] == -20


def test_a_template_that_places_nothing_starts_and_one_that_would_place_is_20(state):
    assert start(state, template_390_with_a_picture())["code"] == 0
    para = {**template_390_with_a_picture(location_x=None), "mix_stream_session_id": "nb_2",
            "output_stream_id": "nb_mix_2"}
    assert start(state, para)["code"] == -20


# -- a guest who drops (the control endpoint's registry) -----------------------------------


def test_a_listed_stream_dropped_and_pushed_again_keeps_its_resolution():
    registry = StreamRegistry({"a": (1280, 720)})
    before = registry.generation("a")
    registry.set_pushed("a", False)
    assert not registry.is_pushed("a") and registry.resolution("a") is None
    assert registry.generation("a") != before  # players of the old push end
    registry.set_pushed("a", True)
    assert registry.is_pushed("a") and registry.resolution("a") == (1280, 720)
    registry.set_pushed("late", True)
    assert registry.is_pushed("late") and registry.resolution("late") is None


def test_without_a_list_only_dropped_streams_are_missing(clock):
    registry = StreamRegistry.everything_pushed()
    assert not registry.judges_pushes
    registry.set_pushed("stream_lewis02", False)
    assert registry.judges_pushes and not registry.is_listed
    assert registry.is_pushed("anyone") and not registry.is_pushed("stream_lewis02")
    state = SandboxState(KEY, registry, clock)
    reply = start(state)
    assert reply["code"] == -505 and "stream_lewis02" in reply["message"]
    registry.set_pushed("stream_lewis02", True)
    assert start(state)["code"] == 0
