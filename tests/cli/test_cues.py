"""`--cue NAME`: scripts drive a show one cue at a time (request, start, validate, import), and
what cannot be chosen is a usage error (exit 2) saying what to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer.cli.main import main
from designer.core import loader, show
from designer.core.show import Cue, Show
from designer.sandbox import DEFAULT_SANDBOX_KEY
from designer.sandbox.server import SandboxServer
from tests.factories import APPID, SPEC_KEY, canvas, layout_of, spec_para, stream


def cue_paras():
    """Three cues of one session: the host alone on a canvas, link-mic with a guest, PK."""
    host_alone = spec_para()
    host_alone["output_stream_type"] = 1
    host_alone["output_stream_id"] = "show_out"
    host_alone["input_stream_list"] = [
        canvas(1, image_width=540, image_height=960),
        stream("stream_lewis01", 2, image_width=540, image_height=960, location_x=0,
               location_y=0)]
    link_mic = spec_para()
    link_mic["output_stream_type"] = 1
    link_mic["output_stream_id"] = "show_out"
    pk = json.loads(json.dumps(host_alone))
    pk["input_stream_list"][1]["layout_params"].update(image_width=270)
    pk["input_stream_list"].append(stream("rival", 3, image_width=270, image_height=960,
                                          location_x=270, location_y=0))
    return {"host alone": host_alone, "link-mic": link_mic, "PK": pk}


@pytest.fixture
def show_file(tmp_path):
    cues = [Cue(name, layout_of(para)) for name, para in cue_paras().items()]
    # The link-mic cue's guest is off air for now.
    cues[1].layout.design.inputs[1].visible = False
    path = tmp_path / "show.json"
    show.save(path, Show(cues))
    return str(path)


@pytest.fixture
def key(monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)


def test_request_start_builds_the_named_cues_request(show_file, key, capsys):
    assert main(["request", "start", show_file, "--cue", "PK"]) == 0
    para = json.loads(capsys.readouterr().out)["body"]["interface"]["para"]
    assert para == {**cue_paras()["PK"], "app_id": APPID}


def test_a_cues_hidden_input_is_not_in_its_request(show_file, key, capsys):
    assert main(["request", "start", show_file, "--cue", "link-mic", "--appid", str(APPID)]
                ) == 1  # the host alone on layer 1 is one input: -21
    assert "-21 input_stream_list" in capsys.readouterr().err


def test_request_of_the_api3_wire_takes_a_cue_too(show_file, capsys):
    assert main(["request", "start", show_file, "--cue", "host alone", "--api", "v3"]) == 0
    params = json.loads(capsys.readouterr().out)["params"]
    assert [i["InputStreamName"] for i in params["InputStreamList"]] == [
        "canvas1", "stream_lewis01"]


def test_a_show_of_several_cues_needs_a_cue_named(show_file, key, capsys):
    assert main(["request", "start", show_file]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "name a cue with --cue: host alone, link-mic, PK" in err


def test_a_cue_the_show_does_not_have_is_a_usage_error(show_file, key, capsys):
    assert main(["request", "start", show_file, "--cue", "Pk"]) == 2
    assert "no cue named 'Pk'; its cues: host alone, link-mic, PK" in capsys.readouterr().err


def test_cue_on_a_file_that_is_not_a_show_is_a_usage_error(tmp_path, key, capsys):
    path = tmp_path / "start.json"
    path.write_text(json.dumps(spec_para()))
    for command in (["request", "start"], ["validate"], ["import", "-o", str(tmp_path / "p")]):
        assert main([*command, str(path), "--cue", "PK"]) == 2
        assert "is not a show" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_a_show_of_one_cue_needs_no_name(tmp_path, key, capsys):
    path = tmp_path / "one.json"
    show.save(path, show.of_layout(layout_of(spec_para())))
    assert main(["request", "start", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["body"]["interface"]["para"] == spec_para()


def test_validate_judges_the_named_cue(show_file, capsys):
    assert main(["validate", show_file, "--cue", "PK"]) == 0
    assert main(["validate", show_file, "--cue", "link-mic"]) == 1
    assert main(["validate", show_file]) == 2


def test_import_writes_a_cue_as_a_preset(show_file, tmp_path):
    out = tmp_path / "pk.json"
    assert main(["import", show_file, "--cue", "PK", "-o", str(out)]) == 0
    document = loader.load(out)
    assert document.kind is loader.Kind.PRESET
    assert document.layout.para.to_wire() == cue_paras()["PK"]


def test_start_sends_the_named_cue_to_the_sandbox(show_file, capsys):
    with SandboxServer(key=DEFAULT_SANDBOX_KEY) as sandbox:
        url = ["--endpoint", sandbox.url]
        assert main(["start", show_file, "--cue", "host alone", *url]) == 0
        assert main(["start", show_file, "--cue", "PK", *url]) == 0
        assert "session lewis_room → output show_out" in capsys.readouterr().out
        live = sandbox.state.live_para("lewis_room")
    assert [i["input_stream_id"] for i in live["input_stream_list"]] == [
        "canvas1", "stream_lewis01", "rival"]


def test_the_example_show_has_three_valid_cues(capsys):
    example = str(Path(__file__).resolve().parents[2] / "examples" / "show.json")
    assert loader.load_show(example).names == ["host alone", "link-mic", "PK"]
    for cue in ("host alone", "link-mic", "PK"):
        assert main(["validate", example, "--cue", cue]) == 0
    assert main(["diff", example, example, "--cue", "link-mic", "--cue", "PK"]) == 1
    assert capsys.readouterr().out.splitlines()[-2:] == ["stream_lewis02 is taken off air",
                                                          "anchor_b is added on layer 3"]
