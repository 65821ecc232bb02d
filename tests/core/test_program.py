"""The program's boxes the preview no longer shows in the same place (the canvas's ghosts)."""

from __future__ import annotations

from designer.core.geometry import Rect
from designer.core.program import ghosts
from tests.factories import layout_of, spec_para, stream

SOURCES = {0: (540, 960), 1: (320, 480)}


def program_and_preview():
    program = layout_of(spec_para(), SOURCES)
    return program, program.model_copy(deep=True)


def test_the_same_layout_has_no_ghost():
    program, preview = program_and_preview()
    assert ghosts(program, preview) == []


def test_a_moved_box_leaves_a_ghost_where_it_is_on_air():
    program, preview = program_and_preview()
    preview.para.inputs[1].layout_params.location_x = 20
    (ghost,) = ghosts(program, preview)
    assert (ghost.input_stream_id, ghost.rect, ghost.gone) == (
        "stream_lewis02", Rect(380, 630, 160, 240), False)


def test_an_input_off_air_or_deleted_is_a_ghost_that_is_gone():
    program, preview = program_and_preview()
    preview.design.inputs[1].visible = False
    (ghost,) = ghosts(program, preview)
    assert ghost.gone and ghost.rect == Rect(380, 630, 160, 240)
    program, preview = program_and_preview()
    del preview.para.input_stream_list[1]
    del preview.design.inputs[1]
    assert [g.gone for g in ghosts(program, preview)] == [True]


def test_an_added_input_is_not_on_air_so_it_has_no_ghost():
    program, _ = program_and_preview()
    para = spec_para()
    para["input_stream_list"].append(stream("guest_2", 3, image_width=160, image_height=240,
                                            location_x=380, location_y=380))
    assert ghosts(program, layout_of(para, SOURCES)) == []


def test_a_label_names_the_ghost():
    program, preview = program_and_preview()
    program.design.inputs[1].label = "Guest"
    preview.para.inputs[1].layout_params.image_width = 200
    assert [g.label for g in ghosts(program, preview)] == ["Guest"]
