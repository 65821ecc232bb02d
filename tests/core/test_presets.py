"""Presets: round trip, atomic saving, and every way a file can be wrong."""

import json
import os

import pytest

from designer.core import loader, presets
from designer.core.errors import FileError, InvalidFile
from designer.core.loader import Kind
from tests.factories import layout_of, spec_para


@pytest.fixture
def layout():
    layout = layout_of(spec_para(), {0: (540, 960), 1: (640, 480)})
    layout.design.inputs[1].label = "Guest 客人"
    layout.design.inputs[1].locked = True
    return layout


def test_save_then_load_gives_the_same_layout(tmp_path, layout):
    path = tmp_path / "show.json"
    presets.save(path, layout)
    document = loader.load(path)
    assert document.kind is Kind.PRESET
    assert document.layout == layout
    assert document.layout.para.to_wire() == spec_para()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("mix-designer-preset", 1)
    assert "Guest 客人" in path.read_text(encoding="utf-8")


def test_a_failed_save_leaves_the_old_file_and_no_temp_file(tmp_path, layout, monkeypatch):
    path = tmp_path / "show.json"
    presets.save(path, layout)
    before = path.read_bytes()

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    layout.para.mix_stream_session_id = "changed"
    with pytest.raises(FileError, match="No space left"):
        presets.save(path, layout)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["show.json"]


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path, layout):
    with pytest.raises(FileError, match="cannot write"):
        presets.save(tmp_path / "nope" / "show.json", layout)


def test_a_non_finite_number_is_refused_before_anything_is_written(tmp_path, layout):
    layout.para.inputs[1].layout_params.image_width = float("inf")
    with pytest.raises(FileError, match="finite"):
        presets.save(tmp_path / "show.json", layout)
    assert not (tmp_path / "show.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b'{"format": "mix-designer-preset", "version": 1, "para": {', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
        (b'{"format": "mix-designer-preset", "version": 2, "para": {}}', "version 2"),
        (b'{"format": "mix-designer-preset", "version": "1", "para": {}}', "version '1'"),
        (b'{"format": "mix-designer-preset", "version": 1, "para": []}', "\"para\" object"),
        (b'{"format": "mix-designer-preset", "version": 1, "para": {}, "key": "x"}',
         "unknown keys"),
        (b'{"format": "mix-designer-preset", "version": 1, "para": {},'
         b' "design": {"inputs": [{"uid": "a"}]}}', "design"),
        (b'{"format": "mix-designer-preset", "version": 1, "para": {},'
         b' "design": {"preview_width": -5}}', "preview_width"),
        (b'{"a": 1}', "neither a Mix Designer preset nor"),
        (b"[1, 2]", "neither"),
        (b'{"mix_stream_session_id": NaN}', "not valid JSON"),
    ],
)
def test_broken_files_give_one_clear_error(tmp_path, content, message):
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(FileError, match=message):
        loader.load(path)


def test_a_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(loader.MAX_FILE_BYTES + 1)
    with pytest.raises(FileError, match="at most"):
        loader.load(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(FileError, match="cannot read"):
        loader.load(tmp_path / "missing.json")


def test_wrong_types_become_problems_with_the_fields_code(tmp_path):
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["image_layer"] = "2"
    para["output_stream_bitrate"] = True
    path = tmp_path / "para.json"
    path.write_text(json.dumps(para))
    with pytest.raises(InvalidFile) as raised:
        loader.load(path)
    found = {(p.code, p.field) for p in raised.value.problems}
    assert found == {(-11, "input_stream_list[1].layout_params.image_layer"),
                     (-31004, "output_stream_bitrate")}


def test_a_whole_body_and_its_envelope(tmp_path):
    body = {"timestamp": 1, "eventId": 0,
            "interface": {"interfaceName": "Mix_StreamV2", "para": spec_para()}}
    document = loader.from_data(body)
    assert document.kind is Kind.BODY
    assert [(p.code, p.field) for p in document.read_problems] == [(-2, "eventId")]
    body["eventId"] = 5
    assert loader.from_data(body).read_problems == []
    body["interface"]["interfaceName"] = "Other"
    with pytest.raises(FileError, match="interfaceName"):
        loader.from_data(body)


def test_the_preset_never_holds_a_key(tmp_path, layout, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", "a-very-secret-key-123")
    path = tmp_path / "show.json"
    presets.save(path, layout)
    assert "a-very-secret-key-123" not in path.read_text(encoding="utf-8")


def test_an_imported_request_is_previewed_at_a_size_that_holds_its_boxes():
    document = loader.from_data(spec_para())  # 160×240 at (380, 630): a portrait link-mic
    design = document.layout.design
    assert (design.preview_width, design.preview_height) == (540, 960)
    para = spec_para()
    para["input_stream_list"][1]["layout_params"].update(location_x=1000, location_y=100)
    design = loader.from_data(para).layout.design
    assert (design.preview_width, design.preview_height) == (1280, 720)
