"""Align, distribute, centre and resize: new boxes in whole pixels, sizes kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from designer.core.arrange import Align, Axis, Handle, align, bounds, center_in, distribute, resize
from designer.core.geometry import Rect

BOXES = {"a": Rect(10, 10, 100, 50), "b": Rect(200, 80, 60, 40), "c": Rect(50, 300, 80, 80)}


def test_bounds():
    assert bounds(BOXES.values()) == Rect(10, 10, 250, 370)
    with pytest.raises(ValueError):
        bounds([])


@pytest.mark.parametrize(("kind", "expected"), [
    (Align.LEFT, {"a": (10, 10), "b": (10, 80), "c": (10, 300)}),
    (Align.RIGHT, {"a": (160, 10), "b": (200, 80), "c": (180, 300)}),
    (Align.TOP, {"a": (10, 10), "b": (200, 10), "c": (50, 10)}),
    (Align.BOTTOM, {"a": (10, 330), "b": (200, 340), "c": (50, 300)}),
    (Align.H_CENTER, {"a": (85, 10), "b": (105, 80), "c": (95, 300)}),
    ("v-center", {"a": (10, 170), "b": (200, 175), "c": (50, 155)}),
])
def test_align_to_the_selections_bounds(kind, expected):
    result = align(BOXES, kind)
    assert {k: (r.x, r.y) for k, r in result.items()} == expected
    assert all((result[k].width, result[k].height) == (BOXES[k].width, BOXES[k].height)
               for k in BOXES)


def test_align_to_a_reference_the_output():
    result = align({"a": Rect(10, 10, 100, 50)}, Align.RIGHT, reference=Rect(0, 0, 1280, 720))
    assert result["a"] == Rect(1180, 10, 100, 50)


def test_distribute_horizontally_makes_equal_gaps_and_keeps_the_ends():
    boxes = {"a": Rect(0, 0, 100, 10), "b": Rect(150, 50, 50, 10), "c": Rect(400, 9, 100, 10)}
    result = distribute(boxes, Axis.HORIZONTAL)
    assert result["a"] == boxes["a"] and result["c"] == boxes["c"]
    assert result["b"] == Rect(225, 50, 50, 10)  # gaps of 125 on both sides


def test_distribute_vertically_and_with_fewer_than_three_nothing_moves():
    boxes = {"a": Rect(0, 0, 10, 10), "b": Rect(0, 15, 10, 30), "c": Rect(0, 100, 10, 10)}
    assert distribute(boxes, "vertical")["b"] == Rect(0, 40, 10, 30)
    two = {"a": Rect(0, 0, 10, 10), "b": Rect(30, 30, 10, 10)}
    assert distribute(two, Axis.VERTICAL) == two


def test_center_in_output_moves_the_group_together():
    result = center_in({"a": Rect(0, 0, 100, 100), "b": Rect(200, 100, 100, 100)}, (1280, 720))
    assert result == {"a": Rect(490, 260, 100, 100), "b": Rect(690, 360, 100, 100)}


START = Rect(100, 100, 160, 90)


def test_a_corner_keeps_the_aspect_and_the_opposite_corner():
    r = resize(START, Handle.BOTTOM_RIGHT, 420, 200)
    assert (r.x, r.y) == (100, 100)
    assert r.width / r.height == pytest.approx(16 / 9)
    assert r.width == 320  # x grew more: x drives


def test_a_corner_with_shift_frees_the_aspect():
    assert resize(START, Handle.BOTTOM_RIGHT, 420, 200, keep_aspect=False) == Rect(100, 100,
                                                                                     320, 100)


def test_the_top_left_corner_anchors_the_bottom_right():
    r = resize(START, Handle.TOP_LEFT, 20, 80, keep_aspect=True)
    assert (r.right, r.bottom) == (260, 190)
    assert r.width / r.height == pytest.approx(16 / 9)


def test_an_edge_handle_with_aspect_grows_the_other_side_about_the_centre():
    r = resize(START, Handle.RIGHT, 420, 0)
    assert (r.x, r.width, r.height) == (100, 320, 180)
    assert r.y + r.height / 2 == pytest.approx(START.y + START.height / 2)
    free = resize(START, Handle.RIGHT, 420, 0, keep_aspect=False)
    assert free == Rect(100, 100, 320, 90)


def test_drive_follows_the_axis_that_snapped():
    r = resize(START, Handle.BOTTOM_RIGHT, 420, 280, drive="y")
    assert r.height == 180 and r.width == pytest.approx(320)


def test_a_box_never_turns_inside_out():
    r = resize(START, Handle.BOTTOM_RIGHT, 0, 0, keep_aspect=False, min_size=4)
    assert r == Rect(100, 100, 4, 4)


@given(st.sampled_from(list(Handle)), st.floats(-1000, 1000), st.floats(-1000, 1000),
       st.booleans())
def test_resize_always_gives_a_real_box(handle, x, y, keep):
    r = resize(START, handle, x, y, keep_aspect=keep, min_size=2)
    assert r.width >= 2 - 1e-9 and r.height >= 2 - 1e-9
    if keep:
        assert r.width / r.height == pytest.approx(16 / 9)
