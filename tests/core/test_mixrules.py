"""The service's timing rules, as arithmetic: the 5 s before a cancel, the 30 s before a
session id comes back, and new session ids in the same family."""

from __future__ import annotations

from designer.core.mixrules import (
    CANCEL_MIN_AGE,
    RESTART_AFTER,
    next_session_id,
    seconds_left,
)
from designer.core.validation import ID_PATTERN


def test_the_specs_intervals():
    assert (CANCEL_MIN_AGE, RESTART_AFTER) == (5.0, 30.0)


def test_seconds_left_rounds_up_and_stops_at_zero():
    assert seconds_left(100.0, CANCEL_MIN_AGE, 100.0) == 5
    assert seconds_left(100.0, CANCEL_MIN_AGE, 104.2) == 1
    assert seconds_left(100.0, CANCEL_MIN_AGE, 105.0) == 0
    assert seconds_left(100.0, RESTART_AFTER, 200.0) == 0


def test_a_new_session_id_continues_the_family_and_skips_taken_ones():
    assert next_session_id("room") == "room_2"
    assert next_session_id("room_2") == "room_3"
    assert next_session_id("room", {"room_2", "room_3"}) == "room_4"


def test_a_new_session_id_is_always_valid_even_from_an_80_character_one():
    new = next_session_id("x" * 80)
    assert len(new) <= 80 and ID_PATTERN.fullmatch(new) and new.endswith("_2")
