"""Request shapes Tencent's own clients send (MLVB SDKs, the mini-program, the official
demos), written from facts.md and the spec: the tests of every part that reads requests
(core, CLI, sandbox, window) start from these."""

from __future__ import annotations

from typing import Any

from tests.factories import APPID, stream


def body(para: dict[str, Any]) -> dict[str, Any]:
    return {"timestamp": 1_700_000_000, "eventId": 1_700_000_000,
            "interface": {"interfaceName": "Mix_StreamV2", "para": para}}


def mlvb_pk(**canvas_params: Any) -> dict[str, Any]:
    """The MLVB SDK's PK: a 720×640 canvas with no colour, two anchors side by side."""
    return {
        "app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
        "mix_stream_session_id": "pk_room", "output_stream_id": "pk_mix",
        "output_stream_type": 1,
        "input_stream_list": [
            {"input_stream_id": "canvas1",
             "layout_params": {"image_layer": 1, "input_type": 3, "image_width": 720,
                               "image_height": 640, **canvas_params}},
            stream("anchor_a", 2, image_width=360, image_height=640, location_x=0,
                   location_y=0),
            stream("anchor_b", 3, image_width=360, image_height=640, location_x=360,
                   location_y=0),
        ],
    }


def mini_program(app_id: Any) -> dict[str, Any]:
    """The MLVB mini-program's link-mic start: the APPID as a string."""
    return {"app_id": app_id, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "room_1", "output_stream_id": "host_1",
            "input_stream_list": [
                stream("host_1", 1),
                stream("guest_1", 2, image_width=160, image_height=240, location_x=380,
                       location_y=630)]}


def template_390_with_a_picture(**guest: Any) -> dict[str, Any]:
    """The recorded request answered Success: template 390, a picture background and one
    explicitly positioned stream."""
    placed = {"image_width": 360, "image_height": 640, "location_x": 0, "location_y": 0}
    placed.update(guest)
    return {"app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "nb_room", "output_stream_id": "nb_mix",
            "output_stream_type": 1, "mix_stream_template_id": 390,
            "input_stream_list": [
                {"input_stream_id": "picture", "layout_params": {
                    "image_layer": 1, "input_type": 2, "picture_id": 10,
                    "image_width": 720, "image_height": 640}},
                {"input_stream_id": "anchor", "layout_params": {
                    "image_layer": 2, **{k: v for k, v in placed.items() if v is not None}}}]}
