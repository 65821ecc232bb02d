"""Fill, fit and crop boxes: no bars after Fill, the crop stays inside the source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from designer.core.arrange import Handle
from designer.core.cropping import (
    clamp_crop,
    crop_rect,
    edge_crop,
    fill_crop,
    letterbox,
    match_aspect,
    resize_crop,
    to_crop_params,
)
from designer.core.geometry import Rect, aspect_mismatch
from designer.core.model import CropParams


def test_fill_a_portrait_box_from_a_landscape_source_cuts_the_sides():
    crop = fill_crop(1920, 1080, 160, 240)
    assert crop == CropParams(crop_width=720, crop_height=1080, crop_x=600, crop_y=0)


def test_fill_a_wide_box_from_a_tall_source_cuts_top_and_bottom():
    crop = fill_crop(1080, 1920, 480, 200)
    assert (crop.crop_width, crop.crop_x) == (1080, 0)
    assert crop.crop_height == 450 and crop.crop_y == 735


def test_fill_with_the_same_aspect_is_the_whole_source():
    assert fill_crop(1280, 720, 640, 360) == CropParams(crop_width=1280, crop_height=720,
                                                        crop_x=0, crop_y=0)


def test_fill_rejects_empty_sizes():
    with pytest.raises(ValueError):
        fill_crop(0, 720, 100, 100)


@given(st.integers(16, 4096), st.integers(16, 4096), st.integers(8, 3000), st.integers(8, 3000))
def test_fill_leaves_no_black_bars_and_stays_inside(sw, sh, bw, bh):
    crop = fill_crop(sw, sh, bw, bh)
    assert crop.crop_x + crop.crop_width <= sw and crop.crop_y + crop.crop_height <= sh
    assert crop.crop_x >= 0 and crop.crop_y >= 0
    if min(crop.crop_width, crop.crop_height) >= 100:  # rounding matters only for slivers
        assert not aspect_mismatch(Rect(0, 0, bw, bh), (crop.crop_width, crop.crop_height))


def test_letterbox_pillarboxes_a_narrow_picture_in_a_wide_box():
    assert letterbox(Rect(0, 0, 400, 100), (100, 100)) == Rect(150, 0, 100, 100)
    assert letterbox(Rect(10, 10, 100, 400), (100, 100)) == Rect(10, 160, 100, 100)
    assert letterbox(Rect(0, 0, 100, 100), (0, 5)) == Rect(0, 0, 100, 100)


def test_crop_rect_reads_partial_crops_as_the_server_would():
    assert crop_rect(None, (1920, 1080)) == Rect(0, 0, 1920, 1080)
    assert crop_rect(CropParams(crop_width=200, crop_height=100, crop_x=100, crop_y=1),
                     (1920, 1080)) == Rect(100, 1, 200, 100)
    assert crop_rect(CropParams(crop_x=100), (1920, 1080)) == Rect(100, 0, 1820, 1080)


def test_clamp_moves_a_crop_back_in_and_shrinks_one_too_large():
    assert clamp_crop(Rect(1800, -5, 200, 100), (1920, 1080)) == Rect(1720, 0, 200, 100)
    assert clamp_crop(Rect(0, 0, 3000, 100), (1920, 1080)) == Rect(0, 0, 1920, 100)


def test_to_crop_params_rounds_and_the_whole_source_is_no_crop():
    assert to_crop_params(Rect(240.4, 0.2, 199.8, 200), (1920, 1080)) == CropParams(
        crop_width=200, crop_height=200, crop_x=240, crop_y=0)
    assert to_crop_params(Rect(0, 0, 1920, 1080), (1920, 1080)) is None


SOURCE = Rect(0, 0, 1920, 1080)


def test_resize_crop_keeps_its_aspect_and_stops_at_the_source_edge():
    start = Rect(600, 0, 720, 1080)
    r = resize_crop(start, Handle.BOTTOM_RIGHT, 2500, 2000, SOURCE)
    assert r == start  # already as tall as the source: it cannot grow
    r = resize_crop(Rect(100, 100, 160, 240), Handle.BOTTOM_RIGHT, 5000, 5000, SOURCE)
    assert r.bottom <= 1080 and r.right <= 1920 and (r.x, r.y) == (100, 100)
    assert r.width / r.height == pytest.approx(160 / 240)


def test_resize_crop_free_is_cut_at_the_source():
    r = resize_crop(Rect(100, 100, 200, 200), Handle.TOP_LEFT, -50, 20, SOURCE,
                    keep_aspect=False)
    assert r == Rect(0, 20, 300, 280)


@given(st.sampled_from(list(Handle)), st.floats(-3000, 3000), st.floats(-3000, 3000),
       st.booleans())
def test_resize_crop_stays_inside(handle, x, y, keep):
    r = resize_crop(Rect(500, 300, 400, 300), handle, x, y, SOURCE, keep_aspect=keep)
    assert r.x >= -1e-6 and r.y >= -1e-6
    assert r.right <= 1920 + 1e-6 and r.bottom <= 1080 + 1e-6


@given(st.sampled_from(list(Handle)), st.floats(-400, 400), st.floats(-400, 400),
       st.integers(200, 1920), st.integers(200, 1080), st.integers(40, 300),
       st.integers(40, 300))
def test_an_edge_crop_keeps_the_pictures_scale_inside_the_source(handle, dx, dy, sw, sh, bw,
                                                                 bh):
    box, crop = Rect(100, 100, bw, bh), Rect(0, 0, sw, sh)
    before = letterbox(box, (sw, sh))
    new_box, cut = edge_crop(box, crop, (sw, sh), handle, dx, dy)
    assert cut.x >= 0 and cut.right <= sw and cut.y >= 0 and cut.bottom <= sh
    assert cut.width >= 8 and cut.height >= 8
    after = letterbox(new_box, (cut.width, cut.height))
    # The server scales the crop into the new box at the scale the picture had.
    assert after.width / cut.width == pytest.approx(before.width / sw, rel=1e-6)
    # What was not cut stays where it was on the output.
    scale = before.width / sw
    assert after.x == pytest.approx(before.x + cut.x * scale, abs=1e-6)
    assert after.y == pytest.approx(before.y + cut.y * scale, abs=1e-6)


def test_match_aspect_moves_only_the_dragged_side_within_reach():
    source = Rect(0, 0, 640, 360)
    square = match_aspect(Rect(136, 0, 372, 360), Handle.RIGHT, 1.0, 16, source)
    assert square == Rect(136, 0, 360, 360)
    assert match_aspect(Rect(136, 0, 372, 360), Handle.LEFT, 1.0, 16, source) == Rect(
        148, 0, 360, 360)
    assert match_aspect(Rect(136, 0, 400, 360), Handle.RIGHT, 1.0, 16, source) == Rect(
        136, 0, 400, 360)  # 40 px off: out of reach
    # A corner takes the nearer of its two sides; never out of the source.
    assert match_aspect(Rect(0, 0, 630, 360), Handle.BOTTOM_RIGHT, 16 / 9, 16, source) == Rect(
        0, 0, 630, 354)  # 6 px off in height, 10 in width
    assert match_aspect(Rect(0, 10, 630, 350), Handle.TOP_RIGHT, 16 / 9, 16, Rect(
        0, 0, 632, 360)) == Rect(0, 6, 630, 354)
    assert match_aspect(Rect(0, 0, 300, 360), Handle.TOP, 1.0, 100, source) == Rect(
        0, 60, 300, 300)
