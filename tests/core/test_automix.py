"""Auto-mix push URLs (spec 自动混流): the mixv2 parameter added as the spec writes it, and
every malformed input refused with a reason."""

from __future__ import annotations

import pytest

from designer.core.automix import AutomixError, add_mixv2, build

BIG = "rtmp://push.example.com/live/host"
SMALL = "rtmp://push.example.com/live/guest?txSecret=abc"


def test_both_urls_get_the_specs_parameter():
    urls = build(1, "room_1", BIG, SMALL)
    assert urls.big == f"{BIG}?mixv2=t_id:1;session_id:room_1;layer:b"
    assert urls.small == f"{SMALL}&mixv2=t_id:1;session_id:room_1;layer:s"


def test_a_url_ending_in_a_separator_is_not_doubled():
    assert add_mixv2("rtmp://h/live/a?", 2, "s", "b") == "rtmp://h/live/a?mixv2=t_id:2;session_id:s;layer:b"


@pytest.mark.parametrize(("template", "session", "big", "small", "reason"), [
    (3, "room", BIG, SMALL, "t_id"),
    (1, "room 1", BIG, SMALL, "session_id"),
    (1, "room", "ftp://h/live/a", SMALL, "rtmp://"),
    (1, "room", "rtmp://h/", SMALL, "rtmp://"),
    (1, "room", BIG + "?mixv2=x", SMALL, "mixv2"),
    (1, "room", BIG + "#top", SMALL, "fragment"),
    (1, "room", BIG, BIG, "same stream"),
])
def test_malformed_input_is_refused_with_a_reason(template, session, big, small, reason):
    with pytest.raises(AutomixError) as refused:
        build(template, session, big, small)
    assert reason in str(refused.value)
