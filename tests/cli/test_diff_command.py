"""`mix-designer diff OLD NEW`: the changes in words or JSON, and the three exit codes."""

from __future__ import annotations

import json

import pytest

from designer.cli.main import main
from designer.core import presets, show
from designer.core.show import Cue, Show
from tests.client_shapes import body
from tests.factories import layout_of, spec_para, stream


@pytest.fixture
def write(tmp_path):
    def write(data, name):
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return str(path)

    return write


def moved_guest():
    para = spec_para()
    para["input_stream_list"][1]["layout_params"].update(location_x=20, image_layer=3)
    para["input_stream_list"].append(stream("logo", 5, input_type=2, picture_id=9))
    para["mix_stream_template_id"] = 0
    return para


def test_no_change_exits_0_and_prints_nothing_on_stdout(write, capsys):
    # A preset and the request body it sends are the same on air.
    preset = write(presets.to_data(layout_of(spec_para())), "preset.json")
    assert main(["diff", preset, write(body(spec_para()), "body.json")]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "no changes" in err


def test_changes_exit_1_one_line_each_in_words(write, capsys):
    assert main(["diff", write(spec_para(), "old.json"), write(moved_guest(), "new.json")]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "template 0 is used",
        "stream_lewis02 moves to layer 3",
        "stream_lewis02 moves to 20, 630",
        "logo is added on layer 5",
    ]


def test_json_prints_the_diff(write, capsys):
    assert main(["diff", write(spec_para(), "old.json"), write(moved_guest(), "new.json"),
                 "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "session": {"mix_stream_template_id": [None, 0]},
        "inputs": [
            {"input_stream_id": "stream_lewis02", "change": "changed",
             "fields": {"layout_params.image_layer": [2, 3],
                        "layout_params.location_x": [380, 20]}},
            {"input_stream_id": "logo", "change": "added",
             "fields": {"layout_params.image_layer": [None, 5],
                        "layout_params.input_type": [None, 2],
                        "layout_params.picture_id": [None, 9]}},
        ]}


def test_json_of_no_change_is_an_empty_diff(write, capsys):
    path = write(spec_para(), "same.json")
    assert main(["diff", path, path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"session": {}, "inputs": []}


@pytest.mark.parametrize("bad", ["missing", "{not json", json.dumps({"x": 1}),
                                 json.dumps({**spec_para(), "output_stream_type": "1"})])
def test_a_file_that_cannot_be_read_exits_2_even_with_wrong_types(write, tmp_path, capsys, bad):
    old = str(tmp_path / "missing.json") if bad == "missing" else write(bad, "bad.json")
    assert main(["diff", old, write(spec_para(), "new.json")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("mix-designer: ")


def test_what_is_compared_is_what_is_sent_hidden_inputs_left_out(write, capsys):
    layout = layout_of(spec_para())
    layout.design.inputs[1].visible = False
    hidden = write(presets.to_data(layout), "hidden.json")
    assert main(["diff", write(spec_para(), "on-air.json"), hidden]) == 1
    assert capsys.readouterr().out.splitlines() == ["stream_lewis02 is taken off air"]


@pytest.fixture
def show_file(tmp_path):
    with_guest = spec_para()
    with_guest["input_stream_list"].append(stream("guest_2", 3, location_x=0))
    path = tmp_path / "show.json"
    show.save(path, Show([Cue("link-mic", layout_of(spec_para())),
                          Cue("PK", layout_of(with_guest))]))
    return str(path)


def test_one_cue_applies_to_each_show_two_cues_to_old_then_new(show_file, write, capsys):
    assert main(["diff", show_file, write(spec_para(), "x.json"), "--cue", "link-mic"]) == 0
    assert main(["diff", show_file, show_file, "--cue", "link-mic", "--cue", "PK"]) == 1
    assert capsys.readouterr().out.splitlines() == ["guest_2 is added on layer 3"]
    assert main(["diff", show_file, show_file, "--cue", "PK"]) == 0


def test_cues_that_cannot_be_chosen_exit_2(show_file, write, capsys):
    plain = write(spec_para(), "x.json")
    assert main(["diff", show_file, plain]) == 2
    assert "name a cue with --cue: link-mic, PK" in capsys.readouterr().err
    assert main(["diff", plain, plain, "--cue", "PK"]) == 2
    assert "neither file is a show" in capsys.readouterr().err
    assert main(["diff", show_file, plain, "--cue", "nope"]) == 2
    assert "no cue named 'nope'" in capsys.readouterr().err
    assert main(["diff", show_file, show_file, "--cue", "PK", "--cue", "a", "--cue", "b"]) == 2
