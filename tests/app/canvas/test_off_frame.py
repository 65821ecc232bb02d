"""A layer dragged past the frame the canvas draws is flagged even when the output's real
size is unknown: a warning that says the size it assumed (with a declared size, -2)."""

from __future__ import annotations

from designer.core.problems import WarningCode
from tests.app.canvas.helpers import drag, uid


def test_dragging_off_an_assumed_frame_warns_and_says_the_size(make_view):
    view = make_view(sources={1: (1280, 720)}, zoom=0.5)  # the host's resolution unknown
    assert view.canvas_scene.output_size() == (1280.0, 720.0)
    assert view.editor.problems == []
    drag(view, (480, 245), (1380, 745))  # the guest (160×90 at 400, 200) past the corner
    [problem] = view.editor.problems_for(uid(view, 1))
    assert problem.code == WarningCode.OVERFLOW_ASSUMED and not problem.is_error
    assert "assuming 1280×720" in problem.message
    item = view.canvas_scene.layer_item(uid(view, 1))
    assert "OVERFLOW" in item.toolTip() and not item.has_errors


def test_dragging_off_a_declared_frame_is_minus_2(make_view):
    view = make_view(zoom=0.5)  # the host is 640×360
    drag(view, (480, 245), (700, 400))
    assert [p.code for p in view.editor.problems_for(uid(view, 1))] == [-2]
    assert view.canvas_scene.layer_item(uid(view, 1)).has_errors
