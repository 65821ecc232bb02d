"""The editor: every edit is one undo step that restores exactly."""

from __future__ import annotations

import pytest

from designer.app.editor import DocumentEditor
from designer.core.document import LayoutDocument
from designer.core.geometry import Rect
from designer.core.model import CropParams, InputType
from tests.factories import grid_para, layout_of, spec_para


@pytest.fixture
def editor(qapp):
    return DocumentEditor(LayoutDocument(layout_of(spec_para(), {0: (540, 960), 1: (320, 480)})))


def wire(editor):
    return editor.layout.para.to_wire()


def test_set_rects_is_one_step_and_undo_restores_exactly(editor):
    before = editor.layout.model_copy(deep=True)
    uid = editor.document.uids()[1]
    assert editor.set_rects({uid: Rect(10.4, 20.6, 160, 240)})
    assert wire(editor)["input_stream_list"][1]["layout_params"]["location_x"] == 10
    assert wire(editor)["input_stream_list"][1]["layout_params"]["location_y"] == 21
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.layout == before
    editor.undo_stack.redo()
    assert wire(editor)["input_stream_list"][1]["layout_params"]["location_x"] == 10


def test_a_change_that_changes_nothing_is_no_undo_step(editor):
    uid = editor.document.uids()[1]
    assert not editor.set_rects({uid: Rect(380, 630, 160, 240)})
    assert editor.undo_stack.count() == 0


def test_nudges_merge_into_one_step(editor):
    uid = editor.document.uids()[1]
    for _ in range(5):
        editor.nudge([uid], 1, 0)
    editor.nudge([uid], 0, 10)
    assert editor.undo_stack.count() == 1
    assert editor.layout.para.inputs[1].layout_params.location_x == 385
    assert editor.layout.para.inputs[1].layout_params.location_y == 640
    editor.undo_stack.undo()
    assert editor.layout.para.inputs[1].layout_params.location_x == 380


def test_locked_layers_do_not_nudge(editor):
    uid = editor.document.uids()[1]
    editor.set_design_fields(uid, locked=True)
    assert not editor.nudge([uid], 1, 0)


def test_fraction_units_keep_the_box_in_place(editor):
    uid = editor.document.uids()[1]
    editor.set_fraction_units(uid, True)
    lp = wire(editor)["input_stream_list"][1]["layout_params"]
    assert lp["location_x"] == round(380 / 540, 4) and lp["image_height"] == 0.25
    box = editor.placements()[uid].rect
    assert (round(box.x), round(box.y), round(box.width), round(box.height)) == (
        380, 630, 160, 240)
    # A drag in % mode writes %.
    editor.set_rects({uid: Rect(54, 96, 160, 240)})
    lp = wire(editor)["input_stream_list"][1]["layout_params"]
    assert (lp["location_x"], lp["location_y"]) == (0.1, 0.1)
    editor.set_fraction_units(uid, False)
    assert wire(editor)["input_stream_list"][1]["layout_params"]["location_x"] == 54


def test_add_duplicate_delete_and_their_undo(editor):
    uid = editor.add_input(InputType.CANVAS)
    added = wire(editor)["input_stream_list"][2]
    assert added["input_stream_id"] == "canvas_1"
    assert added["layout_params"]["image_layer"] == 3
    assert added["layout_params"]["color"] == "0x000000"
    assert editor.selection == [uid]
    [copy] = editor.duplicate([uid])
    assert wire(editor)["input_stream_list"][3]["layout_params"]["image_layer"] == 4
    assert copy != uid
    editor.delete([uid, copy])
    assert len(editor.layout.para.inputs) == 2
    assert editor.selection == []
    editor.undo_stack.undo()
    assert [d.uid for d in editor.layout.design.inputs][2:] == [uid, copy]


def test_sixteen_inputs_at_most(editor):
    for _ in range(14):
        assert editor.add_input(InputType.AUDIO_ONLY)
    assert editor.add_input(InputType.AUDIO_ONLY) is None
    assert editor.duplicate(editor.document.uids()[:1]) == []


def test_z_order_renumbers_layers(editor):
    top = editor.add_input(InputType.PICTURE)
    editor.raise_layers([top], -1)
    assert [s.layer for s in editor.layout.para.inputs] == [1, 3, 2]
    editor.raise_layers([top], -16)
    assert [s.layer for s in editor.layout.para.inputs] == [2, 3, 1]
    assert editor.z_order()[0] == top
    editor.undo_stack.undo()
    assert [s.layer for s in editor.layout.para.inputs] == [1, 3, 2]


def test_template_then_make_custom_keeps_the_preview_positions(editor):
    editor.apply_template(10)  # top-left window
    uid = editor.document.uids()[1]
    # Explicit values override a template; clear them to see the template's box.
    editor.set_layout_fields(uid, location_x=None, location_y=None, image_width=None,
                             image_height=None)
    box = editor.placements()[uid]
    assert box.origin.value == "template"
    assert (box.rect.x, box.rect.y, box.rect.width, box.rect.height) == (20, 20, 180, 320)
    editor.make_custom()
    lp = wire(editor)["input_stream_list"][1]["layout_params"]
    assert (lp["location_x"], lp["location_y"], lp["image_width"], lp["image_height"]) == (
        20, 20, 180, 320)
    assert wire(editor)["mix_stream_template_id"] == 0


def test_problems_follow_every_change(editor):
    seen = []
    editor.set_layout_fields(editor.document.uids()[1], location_x=None, location_y=None)
    editor.problems_changed.connect(seen.append)
    editor.apply_template(310)
    assert [p.code for p in seen[-1]] == [-20]
    editor.undo_stack.undo()
    assert seen[-1] == []


def test_crop_is_one_step(editor):
    uid = editor.document.uids()[1]
    editor.set_crop(uid, CropParams(crop_width=320, crop_height=480, crop_x=0, crop_y=0))
    assert wire(editor)["input_stream_list"][1]["crop_params"]["crop_width"] == 320
    editor.undo_stack.undo()
    assert "crop_params" not in wire(editor)["input_stream_list"][1]


def test_save_marks_clean_and_replace_clears_history(editor, tmp_path):
    editor.nudge(editor.document.uids()[1:], 1, 1)
    assert not editor.undo_stack.isClean()
    editor.save(tmp_path / "a.json")
    assert editor.undo_stack.isClean() and editor.path == tmp_path / "a.json"
    editor.replace(layout_of(spec_para()))
    assert editor.undo_stack.count() == 0 and editor.path is None


def test_a_first_canvas_gets_the_output_size_and_new_windows_cascade(qapp):
    editor = DocumentEditor()
    editor.add_input(InputType.CANVAS)
    lp = wire(editor)["input_stream_list"][0]["layout_params"]
    assert (lp["image_width"], lp["image_height"]) == (1280, 720)
    editor.add_input(InputType.AUDIO_ONLY)
    first, second = editor.add_input(InputType.AUDIO_VIDEO), editor.add_input(InputType.PICTURE)
    boxes = editor.placements()
    assert boxes[first].rect.x != boxes[second].rect.x
    assert -28 not in [p.code for p in editor.problems]


def test_a_step_over_sixteen_layers_is_announced_and_validated_once(qapp):
    editor = DocumentEditor(LayoutDocument(layout_of(grid_para())))
    changed, validated = [], []
    editor.document.changed.connect(changed.append)
    editor.problems_changed.connect(validated.append)
    guests = editor.document.uids()[1:]
    assert editor.set_rects({uid: Rect(0, 20 + 260 * (i // 4), 400, 225)
                             for i, uid in enumerate(guests)}, "Align")
    assert len(changed) == 1 and len(validated) == 1
    assert changed[0].inputs == set(guests) and not changed[0].reset
    editor.undo_stack.undo()
    assert len(changed) == 2 and len(validated) == 2
    editor.undo_stack.redo()
    assert len(changed) == 3 and len(validated) == 3


def test_adding_and_deleting_many_inputs_is_announced_once(qapp):
    editor = DocumentEditor(LayoutDocument(layout_of(grid_para(8))))
    changed = []
    editor.document.changed.connect(changed.append)
    copies = editor.duplicate(editor.document.uids()[1:])
    assert len(copies) == 7 and len(changed) == 1 and changed[0].reset
    editor.delete(copies)
    assert len(changed) == 2
    editor.undo_stack.undo()
    assert len(changed) == 3 and set(copies) <= set(editor.document.uids())


def test_problems_are_found_by_input_whatever_its_place_in_the_list(qapp):
    editor = DocumentEditor(LayoutDocument(layout_of(grid_para(3))))
    background, first, second = editor.document.uids()
    editor.set_layout_fields(second, location_x=1800)  # overflows the 1920 px background
    assert [p.code for p in editor.problems_for(second)] == [-2]
    assert editor.problems_for(first) == [] and editor.problems_for(background) == []
    editor.delete([first])  # the second input is now the list's second
    assert [p.code for p in editor.problems_for(second)] == [-2]
    assert editor.problems_for(background) == []
    assert editor.problems_for("no such input") == []
