"""Probed sizes stand in for declared ones, in a copy: the layout is judged as the service
will compose it, the document is never written, and a declared size that differs is said."""

from __future__ import annotations

from designer.core.observed import observed_layout, seen_design, size_warnings
from designer.core.problems import WarningCode
from designer.core.validation import validate
from tests.factories import layout_of, spec_para, stream


def test_a_probed_size_fills_in_one_the_design_leaves_out_without_writing_the_document():
    layout = layout_of(spec_para())
    seen = observed_layout(layout, {"stream_lewis01": (540, 960)})
    assert seen.design.inputs[0].source_size == (540, 960)
    assert layout.design.inputs[0].source_size is None  # the document is as it was
    assert seen.para is layout.para  # what is sent is the same object, read only
    assert seen.design.inputs[0].uid == layout.design.inputs[0].uid


def test_nothing_probed_or_nothing_different_is_the_layout_itself():
    layout = layout_of(spec_para(), {0: (540, 960)})
    assert observed_layout(layout, {}) is layout
    assert observed_layout(layout, {"stream_lewis01": (540, 960)}) is layout
    assert observed_layout(layout, {"someone_else": (640, 360)}) is layout


def test_only_video_streams_take_a_probed_size():
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["input_type"] = 2  # a picture of that id
    para["input_stream_list"][1]["layout_params"]["picture_id"] = 3
    layout = layout_of(para)
    stream_1, design_1 = layout.pairs()[1]
    assert seen_design(stream_1, design_1, {"stream_lewis02": (640, 360)}) is design_1


def test_a_declared_size_that_differs_is_a_warning_naming_both():
    layout = layout_of(spec_para(), {0: (540, 960), 1: (320, 480)})
    sizes = {"stream_lewis01": (540, 960), "stream_lewis02": (480, 320)}
    (warning,) = size_warnings(layout, sizes)
    assert warning.code == WarningCode.PROBED_SIZE and not warning.is_error
    assert warning.field == "input_stream_list[1].source_width"
    assert "480×320" in warning.message and "320×480" in warning.message
    assert size_warnings(layout, {"stream_lewis02": (320, 480)}) == []
    assert size_warnings(layout_of(spec_para()), sizes) == []  # nothing declared: no warning


def test_an_input_off_air_gets_no_size_warning_and_the_others_keep_their_index():
    para = spec_para()
    para["input_stream_list"].insert(1, stream("stream_lewis03", 3, image_width=160,
                                               image_height=240))
    layout = layout_of(para, {0: (540, 960), 1: (320, 480), 2: (320, 480)})
    sizes = {"stream_lewis03": (480, 320), "stream_lewis02": (480, 320)}
    assert [p.field for p in size_warnings(layout, sizes)] == [
        "input_stream_list[1].source_width", "input_stream_list[2].source_width"]
    layout.design.inputs[1].visible = False  # off air: not sent, so not judged
    assert [p.field for p in size_warnings(layout, sizes)] == [
        "input_stream_list[2].source_width"]


def test_crops_and_black_bars_are_judged_on_the_probed_size():
    para = spec_para()
    para["input_stream_list"][1] = {
        **stream("stream_lewis02", 2, image_width=160, image_height=240, location_x=380,
                 location_y=630),
        "crop_params": {"crop_x": 0, "crop_y": 0, "crop_width": 320, "crop_height": 480}}
    layout = layout_of(para, {0: (540, 960), 1: (320, 480)})
    assert validate(layout) == []
    # The guest really plays at 240×360: the crop reaches outside it, as the service says.
    seen = observed_layout(layout, {"stream_lewis02": (240, 360)})
    assert [p.code for p in validate(seen)] == [-29]
    # Uncropped, a landscape picture in the portrait box gets black bars (FAQ 8).
    uncropped = layout_of(spec_para(), {0: (540, 960), 1: (320, 480)})
    landscape = observed_layout(uncropped, {"stream_lewis02": (640, 360)})
    assert [p.code for p in validate(landscape)] == [WarningCode.BLACK_BARS]
