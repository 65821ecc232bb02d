"""The templates' geometry (facts.md): counts per the spec's table, each box where Tencent's
demos put it, and every box inside the background."""

from __future__ import annotations

import pytest

from designer.core.geometry import Rect
from designer.core.templates import (
    CANVAS_TEMPLATES,
    TEMPLATE_IDS,
    TEMPLATE_INPUTS,
    template_boxes,
)

W, H = 1280.0, 720.0


def test_the_specs_input_counts():
    by_count: dict[int, set[int]] = {}
    for template, count in TEMPLATE_INPUTS.items():
        by_count.setdefault(count, set()).add(template)
    assert by_count == {2: {10, 20, 30, 40, 50}, 3: {310, 390, 391}, 4: {410}, 5: {510, 590},
                        6: {610}}
    assert TEMPLATE_IDS[0] == 0 and set(TEMPLATE_IDS[1:]) == set(TEMPLATE_INPUTS)
    assert {390, 391, 590} == CANVAS_TEMPLATES


@pytest.mark.parametrize("template", sorted(TEMPLATE_INPUTS))
def test_one_box_per_input_the_first_the_whole_background(template):
    boxes = template_boxes(template, (W, H))
    assert len(boxes) == TEMPLATE_INPUTS[template]
    assert boxes[0] == Rect(0, 0, W, H)
    if template != 391:  # the demos' own numbers put 391's lower window 20 px past the edge
        for box in boxes:
            assert box.x >= 0 and box.y >= 0 and box.right <= W and box.bottom <= H


def test_391_stacks_two_half_size_windows_as_the_demos_describe():
    upper, lower = template_boxes(391, (W, H))[1:]
    assert upper == Rect((W - W / 2 - 20) / 2, 10, W / 2, H / 2)
    assert lower == Rect(upper.x, H / 2 + 20, W / 2, H / 2)


def test_corner_windows_are_a_third_with_20_px_margins():
    top_left, bottom_right = template_boxes(310, (W, H))[1:]
    assert top_left == Rect(20, 20, W / 3, H / 3)
    assert bottom_right == Rect(W - 20 - W / 3, H - 20 - H / 3, W / 3, H / 3)


def test_pk_390_puts_two_half_size_windows_side_by_side():
    left, right = template_boxes(390, (W, H))[1:]
    assert (left.width, left.height) == (W / 2, H / 2) == (right.width, right.height)
    assert left.x == 20 and right.right == W and left.y == right.y == (H - H / 2) / 2


def test_template_50_keeps_the_windows_source_aspect():
    (window,) = template_boxes(50, (W, H), [(320, 480)])[1:]
    assert window == Rect(244, 400, 120, 180)


def test_an_unknown_template_is_a_key_error():
    with pytest.raises(KeyError):
        template_boxes(11, (W, H))
