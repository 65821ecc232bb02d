"""The diff of two paras: every kind of field, inputs added, removed, reordered and with the
same id, the JSON the CLI prints, and the words the window shows."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.core.diff import InputChange, describe, diff_paras
from designer.core.model import START_INTERFACE as START
from designer.core.sending import sent_para
from tests.client_shapes import mlvb_pk
from tests.factories import canvas, layout_of, spec_para, stream

Para = dict[str, Any]


def changed(para: Para, edit) -> Para:
    new = copy.deepcopy(para)
    edit(new)
    return new


def guest(para: Para) -> Para:
    return para["input_stream_list"][1]


def words(old: Para, new: Para, names: dict[str, str] | None = None) -> list[str]:
    return [line.text for line in describe(diff_paras(old, new), names)]


def test_the_same_para_changes_nothing():
    diff = diff_paras(spec_para(), spec_para())
    assert diff.empty and diff.count == 0
    assert diff.to_json() == {"session": {}, "inputs": []}
    assert describe(diff) == []


# -- session fields -------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "old", "new"), [
    ("mix_stream_template_id", None, 10),
    ("mix_stream_template_id", 10, 20),
    ("output_stream_id", "stream_lewis01", "mix_out"),
    ("output_stream_type", None, 1),
    ("output_stream_bitrate", 1000, None),
    ("mix_stream_session_id", "lewis_room", "other_room"),
    ("interface", "mix_streamv2.start_mix_stream_advanced", "mix_streamv2.cancel_mix_stream"),
    ("domain", None, ""),  # an unknown key, as Tencent's demos send
])
def test_each_session_field_is_reported_with_old_and_new(key, old, new):
    before, after = spec_para(), spec_para()
    for para, value in ((before, old), (after, new)):
        para.pop(key, None)
        if value is not None:
            para[key] = value
    diff = diff_paras(before, after)
    assert diff.session == {key: (old, new)}
    assert diff.inputs == [] and diff.count == 1


def test_app_id_is_the_connections_not_a_change():
    after = spec_para()
    after["app_id"] = 1400000001
    assert diff_paras(spec_para(), after).empty
    no_app_id = spec_para()
    del no_app_id["app_id"]
    assert diff_paras(no_app_id, after).empty


def test_an_interface_left_out_is_the_start_a_start_sends():
    without = spec_para()
    del without["interface"]
    assert diff_paras(without, spec_para()).empty


def test_numbers_compare_by_value_but_true_is_not_1():
    after = spec_para()
    guest(after)["layout_params"]["location_x"] = 380.0
    assert diff_paras(spec_para(), after).empty
    after["flag"], before = 1, spec_para()
    before["flag"] = True
    assert diff_paras(before, after).session == {"flag": (True, 1)}


# -- input fields ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "new"), [
    ("image_layer", 3), ("input_type", 5), ("image_width", 320), ("image_height", 480),
    ("location_x", 20), ("location_y", 0.5), ("color", "0xFFFFFF"), ("picture_id", 7),
])
def test_each_layout_params_field_is_a_leaf_path_relative_to_the_input(name, new):
    before = spec_para()
    after = changed(before, lambda p: guest(p)["layout_params"].__setitem__(name, new))
    old = guest(before)["layout_params"].get(name)
    diff = diff_paras(before, after)
    assert diff.inputs == [InputChange("stream_lewis02", "changed",
                                       {f"layout_params.{name}": (old, new)}, 1, 1)]


def test_a_crop_added_changed_and_removed():
    plain = spec_para()
    cropped = changed(plain, lambda p: guest(p).__setitem__(
        "crop_params", {"crop_width": 320, "crop_height": 480}))
    moved = changed(cropped, lambda p: guest(p)["crop_params"].__setitem__("crop_x", 40))
    added, shifted, removed = (diff_paras(plain, cropped), diff_paras(cropped, moved),
                               diff_paras(moved, plain))
    assert added.inputs[0].fields == {"crop_params.crop_width": (None, 320),
                                      "crop_params.crop_height": (None, 480)}
    assert shifted.inputs[0].fields == {"crop_params.crop_x": (None, 40)}
    assert removed.inputs[0].fields == {"crop_params.crop_width": (320, None),
                                        "crop_params.crop_height": (480, None),
                                        "crop_params.crop_x": (40, None)}
    assert [words(*pair) for pair in ((plain, cropped), (cropped, moved), (moved, plain))] == [
        ["stream_lewis02 is cropped to 320×480 at 0, 0"],
        ["stream_lewis02's crop changes to 320×480 at 40, 0"],
        ["stream_lewis02 is no longer cropped"],
    ]


def test_unknown_keys_of_an_input_are_compared_by_their_path():
    before = spec_para()
    after = changed(before, lambda p: guest(p).update(
        {"extra": {"depth": 2}, "note": "hi"}))
    after_layout = changed(after, lambda p: guest(p)["layout_params"].__setitem__("z", 1))
    assert diff_paras(before, after_layout).inputs[0].fields == {
        "layout_params.z": (None, 1), "extra.depth": (None, 2), "note": (None, "hi")}


# -- inputs added, removed, reordered -------------------------------------------------------


def test_an_added_and_a_removed_input_list_all_their_leaf_fields():
    before = spec_para()
    after = changed(before, lambda p: p["input_stream_list"].append(
        stream("logo", 3, input_type=2, picture_id=5)))
    diff = diff_paras(before, after)
    assert diff.inputs == [InputChange("logo", "added", {
        "layout_params.image_layer": (None, 3), "layout_params.input_type": (None, 2),
        "layout_params.picture_id": (None, 5)}, None, 2)]
    back = diff_paras(after, before)
    assert back.inputs == [InputChange("logo", "removed", {
        "layout_params.image_layer": (3, None), "layout_params.input_type": (2, None),
        "layout_params.picture_id": (5, None)}, 2, None)]
    assert diff.count == back.count == 1


def test_a_pure_reordering_changes_nothing():
    before = mlvb_pk()
    after = changed(before, lambda p: p["input_stream_list"].reverse())
    assert diff_paras(before, after).empty


def test_inputs_with_the_same_id_are_matched_in_order():
    before = spec_para()
    before["input_stream_list"] += [canvas(3, image_width=10, image_height=10),
                                    canvas(3, image_width=20, image_height=20)]
    # Both are "canvas3"; the second one changes, and a third one comes.
    after = changed(before, lambda p: p["input_stream_list"][3]["layout_params"].__setitem__(
        "location_x", 5))
    after["input_stream_list"].append(canvas(3))
    diff = diff_paras(before, after)
    assert [(c.input_stream_id, c.change, c.old_index, c.new_index) for c in diff.inputs] == [
        ("canvas3", "changed", 3, 3), ("canvas3", "added", None, 4)]
    assert diff.inputs[0].fields == {"layout_params.location_x": (None, 5)}


def test_a_guest_swapped_for_another_is_one_removed_and_one_added():
    before = spec_para()
    after = changed(before, lambda p: guest(p).__setitem__("input_stream_id", "guest_9"))
    assert [(c.input_stream_id, c.change) for c in diff_paras(before, after).inputs] == [
        ("stream_lewis02", "removed"), ("guest_9", "added")]
    assert words(before, after) == ["stream_lewis02 is taken off air",
                                    "guest_9 is added on layer 2"]


def test_the_json_is_the_issues_shape():
    before = spec_para()
    after = changed(before, lambda p: guest(p)["layout_params"].update(location_x=20))
    after["mix_stream_template_id"] = 20
    after["input_stream_list"].append(stream("logo", 3))
    assert diff_paras(before, after).to_json() == {
        "session": {"mix_stream_template_id": [None, 20]},
        "inputs": [
            {"input_stream_id": "stream_lewis02", "change": "changed",
             "fields": {"layout_params.location_x": [380, 20]}},
            {"input_stream_id": "logo", "change": "added",
             "fields": {"layout_params.image_layer": [None, 3]}},
        ]}


def test_a_hidden_input_compared_as_sent_is_taken_off_air():
    layout = layout_of(spec_para())
    on_air = sent_para(layout)
    layout.design.inputs[1].visible = False
    assert [(c.input_stream_id, c.change) for c in diff_paras(on_air, sent_para(layout)).inputs
            ] == [("stream_lewis02", "removed")]


# -- in words -------------------------------------------------------------------------------


def test_moves_and_resizes_are_said_with_the_new_values():
    before = spec_para()
    after = changed(before, lambda p: guest(p)["layout_params"].update(
        location_x=20, image_width=320, image_height=480, image_layer=3))
    assert words(before, after) == ["stream_lewis02 moves to layer 3",
                                    "stream_lewis02 moves to 20, 630",
                                    "stream_lewis02 is resized to 320×480"]


def test_labels_name_the_inputs_when_given():
    before = spec_para()
    after = changed(before, lambda p: guest(p)["layout_params"].update(location_y=0.5))
    assert words(before, after, {"stream_lewis02": "Guest 2"}) == ["Guest 2 moves to 380, 0.5"]


def test_session_words():
    before = spec_para()
    after = changed(before, lambda p: p.update(mix_stream_template_id=20,
                                               output_stream_bitrate=900, domain=""))
    assert words(before, after) == ["template 20 is used",
                                    "output_stream_bitrate is set to 900",
                                    'domain is set to ""']
    later = changed(after, lambda p: p.update(mix_stream_template_id=10,
                                              output_stream_bitrate=1200))
    del later["domain"]
    assert words(after, later) == ["the template changes from 20 to 10",
                                   "the output bitrate changes from 900 to 1200 kbit/s",
                                   'domain is no longer sent (it was "")']


def test_other_fields_fall_back_to_field_old_and_new():
    before = spec_para()
    before["input_stream_list"].append(canvas(3, color="0x000000"))
    after = changed(before, lambda p: p["input_stream_list"][2]["layout_params"].update(
        color="0xFFFFFF", picture_id=4))
    del after["input_stream_list"][2]["layout_params"]["input_type"]
    assert words(before, after) == [
        "canvas3's layout_params.input_type is no longer sent (it was 3)",
        "canvas3's layout_params.color changes from 0x000000 to 0xFFFFFF",
        "canvas3's layout_params.picture_id is set to 4",
    ]


def test_every_line_is_a_template_marked_for_the_diff_context():
    before = spec_para()
    after = changed(before, lambda p: guest(p)["layout_params"].update(location_x=20))
    (line,) = describe(diff_paras(before, after))
    assert line.context == "Diff"
    assert line.template == "{input} moves to {x}, {y}"
    assert line.params == {"input": "stream_lewis02", "x": "20", "y": "630"}
    assert line.input_stream_id == "stream_lewis02"


# -- any two paras ----------------------------------------------------------------------------

_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000),
                     st.floats(-1, 3000, allow_nan=False), st.text(max_size=6))
_values = st.recursive(_scalars, lambda children: st.lists(children, max_size=3)
                       | st.dictionaries(st.text(max_size=5), children, max_size=3),
                       max_leaves=8)
_inputs = st.fixed_dictionaries(
    {"input_stream_id": st.sampled_from(["host", "guest", "guest", "logo", ""])},
    optional={"layout_params": st.dictionaries(
        st.sampled_from(["image_layer", "location_x", "location_y", "image_width",
                         "image_height", "color", "junk"]), _scalars, max_size=5),
        "crop_params": st.dictionaries(st.sampled_from(["crop_width", "crop_height", "crop_x"]),
                                       _scalars, max_size=3),
        "extra": _values})
_paras = st.fixed_dictionaries({}, optional={
    "mix_stream_template_id": st.sampled_from([None, 0, 10, 20]),
    "output_stream_bitrate": st.integers(1, 3),
    "interface": st.sampled_from([START, "x"]),
    "input_stream_list": st.one_of(st.lists(_inputs, max_size=5), _values),
    "domain": _values,
})
BOUNDED = settings(max_examples=300, deadline=None)


@BOUNDED
@given(_paras, st.lists(_inputs, max_size=6), st.randoms(use_true_random=False))
def test_a_para_against_itself_or_reordered_changes_nothing(para, inputs, random):
    assert diff_paras(para, copy.deepcopy(para)).empty
    para["input_stream_list"] = inputs
    # Any order, keeping inputs of the same id in their order (they are matched by it).
    slots = sorted(range(len(inputs)), key=lambda i: random.random())
    queues: dict[str, list[dict]] = {}
    for item in inputs:
        queues.setdefault(item["input_stream_id"], []).append(item)
    reordered = [queues[inputs[slot]["input_stream_id"]].pop(0) for slot in slots]
    assert diff_paras(para, {**para, "input_stream_list": reordered}).empty


@BOUNDED
@given(_paras, _paras)
def test_any_two_paras_give_a_diff_said_in_as_many_words(old, new):
    forth, back = diff_paras(old, new), diff_paras(new, old)
    assert forth.count == back.count
    assert json.loads(json.dumps(forth.to_json())) == forth.to_json()
    lines = describe(forth)
    assert len(lines) >= forth.count
    assert all(line.text for line in lines)
