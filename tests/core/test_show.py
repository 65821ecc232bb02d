"""Shows: the file round trip, each rule reading enforces, and a preset or a request opened as a
show of one cue."""

from __future__ import annotations

import copy
import json
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.core import loader, presets, show
from designer.core.errors import FileError, InvalidFile
from designer.core.loader import Kind
from designer.core.show import Cue, Show
from tests.client_shapes import body
from tests.factories import layout_of, spec_para, stream


def link_mic_para() -> dict[str, Any]:
    para = spec_para()
    para["input_stream_list"].append(stream("guest_2", 3, image_width=160, image_height=240,
                                            location_x=200, location_y=630))
    return para


@pytest.fixture
def three_cues() -> Show:
    host = layout_of(spec_para(), {0: (540, 960)})
    host.design.inputs[1].visible = False
    link = layout_of(link_mic_para())
    link.design.inputs[2].label = "第二位嘉宾"
    pk = layout_of(link_mic_para(), {0: (540, 960)})
    pk.api3.OutputParams.OutputStreamGop = 2
    return Show([Cue("host alone", host), Cue("link-mic", link), Cue("PK", pk)],
                take_without_confirming=True)


def show_data(three_cues: Show) -> dict[str, Any]:
    return copy.deepcopy(show.to_data(three_cues))


def test_save_then_load_gives_the_same_show(tmp_path, three_cues):
    path = tmp_path / "show.json"
    show.save(path, three_cues)
    assert loader.load_show(path) == three_cues
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["take_without_confirming"]) == (
        "mix-designer-show", 1, True)
    assert [cue["name"] for cue in data["cues"]] == ["host alone", "link-mic", "PK"]
    # Each cue is exactly a preset's para, design (and api3 when used).
    assert data["cues"][1]["para"] == link_mic_para()
    assert data["cues"][0]["design"]["inputs"][1]["visible"] is False
    assert data["cues"][2]["api3"] == {"OutputParams": {"OutputStreamGop": 2}}
    assert set(data["cues"][1]) == {"name", "para", "design"}


def test_the_loader_reads_a_show_as_its_first_cue_with_the_show_attached(tmp_path, three_cues):
    path = tmp_path / "show.json"
    show.save(path, three_cues)
    document = loader.load(path)
    assert document.kind is Kind.SHOW
    assert (document.cue, document.layout) == ("host alone", three_cues.cues[0].layout)
    assert document.show == three_cues
    picked = loader.with_cue(document, "PK")
    assert (picked.cue, picked.layout) == ("PK", three_cues.cues[2].layout)
    # A show's cue is judged as what it sends: the host alone hides the guest (one input).
    assert -21 in {p.code for p in loader.judge(document)}
    assert loader.judge(picked) == []


def test_a_cue_is_found_by_name_and_a_missing_one_names_those_there_are(three_cues):
    assert three_cues.cue("link-mic") is three_cues.cues[1]
    with pytest.raises(FileError, match="no cue named 'pk'; its cues: host alone, "
                                            "link-mic, PK"):
        three_cues.cue("pk")


def test_with_cue_on_a_file_that_is_not_a_show_is_an_error():
    document = loader.from_data(spec_para())
    with pytest.raises(FileError, match="not a show"):
        loader.with_cue(document, "PK")


def test_a_preset_opens_as_a_show_of_one_cue_named_after_the_file(tmp_path):
    layout = layout_of(spec_para())
    presets.save(tmp_path / "link-mic.json", layout)
    (tmp_path / "start.json").write_text(json.dumps(body(spec_para())))
    assert loader.load_show(tmp_path / "link-mic.json") == Show([Cue("link-mic", layout)])
    from_request = loader.load_show(tmp_path / "start.json")
    assert from_request.names == ["start"]
    assert from_request.cues[0].layout.para.to_wire() == spec_para()
    assert show.of_layout(layout).names == ["Cue 1"]


def test_a_failed_save_leaves_the_old_file(tmp_path, three_cues, monkeypatch):
    path = tmp_path / "show.json"
    show.save(path, three_cues)
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    three_cues.cues[0].name = "renamed"
    with pytest.raises(FileError, match="No space"):
        show.save(path, three_cues)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["show.json"]


def test_a_show_that_breaks_a_rule_is_not_saved(tmp_path, three_cues):
    three_cues.cues[2].name = "host alone"
    with pytest.raises(FileError, match="two cues are named 'host alone'"):
        show.save(tmp_path / "show.json", three_cues)
    assert not (tmp_path / "show.json").exists()


# -- reading rules: one clear sentence each -------------------------------------------------


def _without(data: dict, key: str) -> dict:
    return {k: v for k, v in data.items() if k != key}


@pytest.mark.parametrize(("break_it", "message"), [
    (lambda d: d.update(cues=[]), "a show needs at least one cue"),
    (lambda d: d.update(cues={}), "a show needs a \"cues\" list"),
    (lambda d: d.update(version=2), "show version 2 is not supported"),
    (lambda d: d.update(extra=1), "unknown keys in the show: extra"),
    (lambda d: d.update(take_without_confirming="yes"),
     "take_without_confirming must be true or false"),
    (lambda d: d["cues"].append("PK"), "cue 4 of the show is not a JSON object"),
    (lambda d: d["cues"][1].update(name="  "), "cue 2 of the show has no name"),
    (lambda d: d["cues"][1].pop("name"), "cue 2 of the show has no name"),
    (lambda d: d["cues"][1].update(name="x" * 201), "cue 2's name is longer than 200"),
    (lambda d: d["cues"][2].update(name="host alone"),
     "two cues are named 'host alone'; each cue needs a name of its own"),
    (lambda d: d["cues"][1].update(notes="x"), "unknown keys in cue 'link-mic': notes"),
    (lambda d: d["cues"][2]["para"].update(mix_stream_session_id="other_room"),
     "cue 'PK' has mix_stream_session_id 'other_room' but the first cue, 'host alone', has "
     "'lewis_room': every cue of a show updates the same mix"),
    (lambda d: d["cues"][1]["para"].pop("output_stream_id"),
     "cue 'link-mic' has output_stream_id none but the first cue, 'host alone', has "
     "'stream_lewis01'"),
    (lambda d: d["cues"][1]["design"].update(colour=1),
     "cue 'link-mic': the preset's design data is invalid at colour"),
])
def test_each_rule_is_one_sentence(three_cues, break_it, message):
    data = show_data(three_cues)
    break_it(data)
    with pytest.raises(FileError) as raised:
        show.from_data(data)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_cue_with_values_of_the_wrong_type_names_the_cue_and_the_fields(three_cues):
    data = show_data(three_cues)
    data["cues"][1]["para"]["input_stream_list"][1]["layout_params"]["image_layer"] = "2"
    with pytest.raises(InvalidFile) as raised:
        show.from_data(data)
    assert str(raised.value).startswith("cue 'link-mic': ")
    assert [p.field for p in raised.value.problems] == [
        "input_stream_list[1].layout_params.image_layer"]


def test_a_show_of_one_cue_needs_nothing_else(three_cues):
    data = show_data(three_cues)
    data["cues"] = data["cues"][1:2]
    data = _without(data, "take_without_confirming")
    read = show.from_data(data)
    assert (read.names, read.take_without_confirming) == (["link-mic"], False)


_json = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=4)),
                     lambda children: st.lists(children, max_size=3)
                     | st.dictionaries(st.text(max_size=4), children, max_size=3),
                     max_leaves=8)
_cues = st.fixed_dictionaries({}, optional={
    "name": st.one_of(st.sampled_from(["A", "B", "", " "]), _json),
    "para": st.one_of(st.just(spec_para()), st.just({"mix_stream_session_id": "x"}), _json),
    "design": st.one_of(st.just({}), _json),
    "api3": _json, "other": _json})
_shows = st.fixed_dictionaries({"format": st.just("mix-designer-show")}, optional={
    "version": st.sampled_from([1, 1, 2, "1"]),
    "take_without_confirming": st.one_of(st.booleans(), _json),
    "cues": st.one_of(st.lists(st.one_of(_cues, _json), max_size=4), _json),
    "extra": _json})


@settings(max_examples=400, deadline=None)
@given(_shows)
def test_any_show_file_reads_or_is_one_clear_sentence(data):
    try:
        document = loader.from_data(data)
    except FileError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert document.kind is Kind.SHOW
    assert document.show.cues[0].layout is document.layout
    assert show.from_data(show.to_data(document.show)) == document.show
