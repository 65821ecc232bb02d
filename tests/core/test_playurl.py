"""Play URL templates: checked as typed, filled with each stream's quoted id."""

from __future__ import annotations

import pytest

from designer.core.playurl import PlayUrlError, PlayUrlTemplate, record_sizes, stream_ids
from tests.factories import canvas, layout_of, stream


def test_a_template_is_filled_per_stream_with_the_id_quoted_and_the_query_kept():
    template = PlayUrlTemplate.parse(
        " http://play.example.com/live/{stream_id}.flv?txSecret=abc&txTime=5F0E ")
    assert template.url("stream_lewis01") == (
        "http://play.example.com/live/stream_lewis01.flv?txSecret=abc&txTime=5F0E")
    assert template.url("a/b?c d") == (
        "http://play.example.com/live/a%2Fb%3Fc%20d.flv?txSecret=abc&txTime=5F0E")
    # Messages name the host only: the auth query stays out of them.
    assert template.host == "http://play.example.com"


def test_the_host_of_a_template_drops_credentials():
    assert PlayUrlTemplate.parse("https://user:pw@cdn.example.com:8443/{stream_id}.flv").host \
        == "https://cdn.example.com:8443"


def test_the_sandbox_template():
    assert PlayUrlTemplate.for_sandbox("http://127.0.0.1:8750/").url("x") == (
        "http://127.0.0.1:8750/live/x.flv")


@pytest.mark.parametrize(("text", "says"), [
    ("", "empty"),
    ("   ", "empty"),
    ("play.example.com/live/{stream_id}.flv", "http:// or https://"),
    ("rtmp://play.example.com/live/{stream_id}", "http:// or https://"),
    ("http:///live/{stream_id}.flv", "http:// or https://"),
    ("http://play.example.com/live/stream.flv", "no {stream_id}"),
    ("http://{stream_id}.example.com/live.flv", "not in its host"),
    ("http://play.example.com:99999/{stream_id}.flv", "not a URL"),
])
def test_bad_templates_say_what_is_wrong(text, says):
    with pytest.raises(PlayUrlError) as caught:
        PlayUrlTemplate.parse(text)
    assert says in str(caught.value)


def _layout():
    return layout_of({
        "app_id": 1, "mix_stream_session_id": "s", "output_stream_id": "out",
        "input_stream_list": [
            canvas(1, image_width=1280, image_height=720),
            stream("host", 2),
            {**stream("voice", 3), "layout_params": {"image_layer": 3, "input_type": 4}},
            {**stream("video_only", 4), "layout_params": {"image_layer": 4, "input_type": 5}},
            {**stream("logo", 5), "layout_params": {"image_layer": 5, "input_type": 2,
                                                    "picture_id": 1}},
            stream("host", 6),  # the same stream twice: probed once
        ]}, {1: (640, 360)})


def test_only_video_streams_are_probed_each_once():
    assert stream_ids(_layout()) == ["host", "video_only"]
    assert PlayUrlTemplate.parse("http://p/{stream_id}.flv").urls(_layout()) == {
        "host": "http://p/host.flv", "video_only": "http://p/video_only.flv"}


def test_probed_sizes_go_into_the_design_only():
    layout = _layout()
    sent_before = layout.para.to_wire()
    assert record_sizes(layout, {"host": (1920, 1080), "voice": (1, 1), "video_only": (8, 8)}) \
        == 3
    assert [d.source_size for d in layout.design.inputs] == [
        None, (1920, 1080), None, (8, 8), None, (1920, 1080)]
    assert layout.para.to_wire() == sent_before
    assert record_sizes(layout, {"host": (1920, 1080)}) == 0  # nothing left to change
