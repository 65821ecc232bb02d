"""Snapping: a box lands on the nearest line within the threshold, per axis, or stays put."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from designer.core.geometry import Rect
from designer.core.snapping import (
    Guide,
    round_edges,
    snap_move,
    snap_value,
    targets,
)

OUTPUT = (1280.0, 720.0)


def test_targets_hold_output_edges_and_centre_and_other_boxes_sorted():
    snap = targets(OUTPUT, [Rect(100, 50, 200, 100)])
    assert snap.xs == (0.0, 100.0, 200.0, 300.0, 640.0, 1280.0)
    assert snap.ys == (0.0, 50.0, 100.0, 150.0, 360.0, 720.0)
    assert snap.grid is None
    assert targets(OUTPUT, grid=0).grid is None


def test_a_box_near_the_left_edge_snaps_to_it_with_a_guide():
    snapped = snap_move(Rect(4, 300, 100, 50), targets(OUTPUT), threshold=8)
    assert snapped.rect == Rect(0, 300, 100, 50)
    assert Guide(True, 0.0) in snapped.guides
    assert all(g.vertical for g in snapped.guides)  # y did not snap


def test_the_centre_snaps_to_the_output_centre():
    snapped = snap_move(Rect(587, 333, 100, 50), targets(OUTPUT), threshold=8)
    assert snapped.rect == Rect(590, 335, 100, 50)
    assert set(snapped.guides) == {Guide(True, 640.0), Guide(False, 360.0)}


def test_the_right_edge_snaps_to_another_boxs_left_edge():
    other = Rect(500, 500, 100, 100)
    snapped = snap_move(Rect(397, 200, 100, 50), targets(OUTPUT, [other]), threshold=5)
    assert snapped.rect.right == 500
    assert Guide(True, 500.0) in snapped.guides


def test_the_nearest_line_wins_when_several_are_in_reach():
    snap = targets(OUTPUT, [Rect(10, 400, 10, 10)])  # xs: 0, 10, 15, 20 ...
    assert snap_move(Rect(13, 200, 50, 50), snap, 8).rect.x == 15


def test_nothing_in_reach_leaves_the_box_and_draws_no_guide():
    snapped = snap_move(Rect(200, 200, 101, 51), targets(OUTPUT), threshold=5)
    assert snapped.rect == Rect(200, 200, 101, 51)
    assert snapped.guides == ()


def test_the_grid_snaps_and_draws_no_guide():
    snapped = snap_move(Rect(203, 196, 100, 40), targets(OUTPUT, grid=50), threshold=5)
    assert (snapped.rect.x, snapped.rect.y) == (200, 200)
    assert snapped.guides == ()


def test_snap_value_for_a_resized_edge():
    snap = targets(OUTPUT)
    assert snap_value(1275, snap.xs, None, 8) == 1280
    assert snap_value(1000, snap.xs, None, 8) == 1000
    assert snap_value(98, snap.xs, 25, 8) == 100


def test_rounding_a_resize_keeps_the_edges():
    assert round_edges(Rect(10.4, 20.6, 99.8, 90)) == Rect(10, 21, 100, 90)


@given(st.floats(-500, 2000), st.floats(-500, 1200), st.floats(1, 800), st.floats(1, 600),
       st.floats(0, 40))
def test_a_snap_never_moves_farther_than_the_threshold(x, y, w, h, threshold):
    rect = Rect(x, y, w, h)
    snapped = snap_move(rect, targets(OUTPUT, [Rect(100, 100, 300, 200)], grid=32), threshold)
    assert abs(snapped.rect.x - x) <= threshold + 1e-9
    assert abs(snapped.rect.y - y) <= threshold + 1e-9
    assert (snapped.rect.width, snapped.rect.height) == (w, h)
