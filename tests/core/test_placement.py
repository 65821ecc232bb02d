"""Where each input appears on the output: the background fills it, custom boxes come from the
input's own values (pixels or fractions), template boxes where a template places, a guess
where nothing is known; audio-only inputs have no box."""

from __future__ import annotations

import pytest

from designer.core.geometry import Rect
from designer.core.model import LayoutParams
from designer.core.placement import (
    Origin,
    Placement,
    from_pixels,
    layout_values,
    output_size,
    placements,
    uses_fractions,
)
from tests.factories import canvas, layout_of, spec_para, stream


def test_the_spec_example_the_background_fills_the_output_and_the_guest_is_where_set():
    found = placements(layout_of(spec_para(), {0: (540, 960)}))
    assert found[0].rect == Rect(0, 0, 540, 960) and found[0].origin is Origin.BACKGROUND
    assert found[1].rect == Rect(380, 630, 160, 240) and found[1].origin is Origin.CUSTOM


def test_fractions_are_of_the_background():
    para = {"input_stream_list": [
        canvas(1, image_width=1000, image_height=500),
        stream("a", 2, image_width=0.5, image_height=0.25, location_x=0.1, location_y=0.2)]}
    (_, box) = placements(layout_of(para))
    assert box.rect == Rect(100, 100, 500, 125)


def test_an_unset_size_is_the_declared_source_and_an_unset_location_is_zero():
    para = {"input_stream_list": [canvas(1, image_width=1280, image_height=720),
                                  stream("a", 2, location_x=10)]}
    (_, box) = placements(layout_of(para, {1: (320, 180)}))
    assert box.rect == Rect(10, 0, 320, 180) and box.origin is Origin.CUSTOM


def test_nothing_known_is_a_guess_drawn_a_third_of_the_output():
    para = {"input_stream_list": [canvas(1, image_width=900, image_height=600),
                                  stream("a", 2, location_x=30, location_y=40)]}
    (_, box) = placements(layout_of(para))
    assert box.rect == Rect(30, 40, 300, 200) and box.origin is Origin.GUESS


def test_a_template_places_what_the_input_does_not_set_itself():
    para = {"mix_stream_template_id": 20, "input_stream_list": [
        stream("host", 1), stream("guest", 2, image_width=100)]}
    (_, guest) = placements(layout_of(para, {0: (540, 960)}))
    assert guest.origin is Origin.TEMPLATE
    # Template 20: W/3×H/3 bottom-right with 20 px margins; the width set overrides it.
    assert guest.rect == Rect(540 - 20 - 180, 960 - 20 - 320, 100, 320)


def test_a_fully_placed_input_ignores_the_template():
    para = {**spec_para(), "mix_stream_template_id": 20}
    (_, guest) = placements(layout_of(para, {0: (540, 960)}))
    assert guest.origin is Origin.CUSTOM and guest.rect == Rect(380, 630, 160, 240)


def test_audio_only_inputs_have_no_box():
    para = {"input_stream_list": [stream("host", 1), stream("voice", 2, input_type=4)]}
    assert placements(layout_of(para, {0: (640, 360)}))[1] is None


# -- hidden (off-air) inputs: placed as the service will place what is sent -----------------


def test_a_hidden_input_takes_no_template_window():
    # Template 310 puts layer 2 top-left and layer 3 bottom-right. With "a" off air, "b" is
    # the second window the service sees, so it goes top-left.
    para = {"mix_stream_template_id": 310, "input_stream_list": [
        stream("host", 1), stream("a", 2), stream("b", 3)]}
    layout = layout_of(para, {0: (540, 960)})
    shown_alone = placements(layout)
    layout.design.inputs[1].visible = False
    found = placements(layout)
    without = placements(layout_of({**para, "input_stream_list": [stream("host", 1),
                                                                  stream("b", 3)]},
                                   {0: (540, 960)}))
    assert found[0] == without[0] and found[2] == without[1]
    assert found[2].origin is Origin.TEMPLATE and found[2].rect.x == 20  # top-left
    # The hidden input keeps a box for its ghost: where it goes if brought back on air.
    assert found[1] == shown_alone[1]


def test_a_hidden_input_with_its_own_box_keeps_it():
    para = {"input_stream_list": [canvas(1, image_width=1000, image_height=500),
                                  stream("a", 2, image_width=0.5, image_height=0.25,
                                         location_x=0.1, location_y=0.2)]}
    layout = layout_of(para)
    layout.design.inputs[1].visible = False
    assert placements(layout)[1] == Placement(Rect(100, 100, 500, 125), Origin.CUSTOM)


def test_a_hidden_stream_does_not_size_the_canvas_background():
    # A canvas without a size takes the size of the lowest video stream: the lowest sent one.
    para = {"input_stream_list": [canvas(1), stream("a", 2, location_x=0, location_y=0),
                                  stream("b", 3, location_x=0, location_y=0)]}
    layout = layout_of(para, {1: (1280, 720), 2: (640, 360)})
    assert output_size(layout) == (1280, 720)
    layout.design.inputs[1].visible = False
    assert output_size(layout) == (640, 360)
    assert placements(layout)[0] == Placement(Rect(0, 0, 640, 360), Origin.BACKGROUND)


def test_every_input_hidden_still_has_its_boxes():
    layout = layout_of(spec_para(), {0: (540, 960)})
    shown = placements(layout)
    for design in layout.design.inputs:
        design.visible = False
    assert placements(layout) == shown


@pytest.mark.parametrize(("fraction", "expected"), [
    (False, {"location_x": 54, "location_y": 96, "image_width": 270, "image_height": 480}),
    (True, {"location_x": 0.1, "location_y": 0.1, "image_width": 0.5, "image_height": 0.5}),
])
def test_layout_values_write_a_box_in_either_unit(fraction, expected):
    assert layout_values(Rect(54, 96, 270, 480), (540, 960), fraction) == expected


def test_fractions_stay_in_the_specs_range_and_a_zero_location_stays_zero():
    assert from_pixels(0, 540, True) == 0
    assert from_pixels(1, 540, True, size=True) == 0.01
    assert from_pixels(540, 540, True) == 0.99
    assert from_pixels(0, 540, False, size=True) == 1


def test_uses_fractions_sees_any_fraction_in_the_box():
    assert uses_fractions(LayoutParams(location_x=0.5))
    assert not uses_fractions(LayoutParams(location_x=1, image_width=300))
    assert not uses_fractions(None)
