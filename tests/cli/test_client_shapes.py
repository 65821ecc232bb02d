"""The command line on what Tencent's own clients send: cancel bodies judged as cancels,
unknown keys kept, the APPID taken from the file, an app_id string read once with a warning,
and render needing no APPID at all."""

from __future__ import annotations

import json

import pytest

from designer.cli.main import main
from tests.factories import APPID, SPEC_CANCEL_PARA, SPEC_KEY, spec_para


@pytest.fixture
def write(tmp_path):
    def write(data, name="layout.json"):
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return str(path)

    return write


def demo_body(para):
    # Tencent's demos send "domain" and "path" in the para, empty.
    return {"timestamp": 1490858287, "eventId": 1490858287,
            "interface": {"interfaceName": "Mix_StreamV2",
                          "para": {**para, "domain": "", "path": ""}}}


def test_a_cancel_body_is_validated_as_a_cancel(write, capsys):
    assert main(["validate", write(demo_body(SPEC_CANCEL_PARA))]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "valid" in err  # not "-1 input_stream_list is empty"


def test_a_cancel_without_its_session_id_is_still_refused(write, capsys):
    para = {k: v for k, v in SPEC_CANCEL_PARA.items() if k != "mix_stream_session_id"}
    assert main(["validate", write(demo_body(para))]) == 1
    assert capsys.readouterr().out.startswith("-2 mix_stream_session_id")


def test_request_cancel_keeps_the_files_unknown_keys(write, capsys, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    assert main(["request", "cancel", write(demo_body(SPEC_CANCEL_PARA))]) == 0
    para = json.loads(capsys.readouterr().out)["body"]["interface"]["para"]
    assert para == {**SPEC_CANCEL_PARA, "domain": "", "path": ""}


def test_request_cancel_of_a_start_file_sends_no_start_fields(write, capsys, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    start = {**spec_para(), "mix_stream_template_id": 0, "output_stream_bitrate": 1500}
    assert main(["request", "cancel", write(demo_body(start))]) == 0
    para = json.loads(capsys.readouterr().out)["body"]["interface"]["para"]
    assert para == {**SPEC_CANCEL_PARA, "domain": "", "path": ""}


def test_request_takes_the_files_app_id_without_appid(write, capsys, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    assert main(["request", "start", write(spec_para())]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert f"appid={APPID}" in printed["url"]


def test_request_without_any_appid_says_so(write, capsys, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    para = {k: v for k, v in spec_para().items() if k != "app_id"}
    assert main(["request", "start", write(para)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "--appid" in err


def test_an_app_id_string_is_one_warning_on_validate_and_import(write, tmp_path, capsys):
    path = write(demo_body({**spec_para(), "app_id": str(APPID)}))
    assert main(["validate", path]) == 0
    out, _ = capsys.readouterr()
    assert out.count("APP_ID app_id") == 1
    preset = tmp_path / "preset.json"
    assert main(["import", path, "-o", str(preset)]) == 0
    _, err = capsys.readouterr()
    assert err.count("APP_ID app_id") == 1
    assert json.loads(preset.read_text())["para"]["app_id"] == APPID  # saved as the int
    assert main(["validate", str(preset)]) == 0
    assert "APP_ID" not in capsys.readouterr().out  # said once, at import


def test_request_sends_the_int(write, capsys, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    assert main(["request", "start", write({**spec_para(), "app_id": str(APPID)})]) == 0
    assert json.loads(capsys.readouterr().out)["body"]["interface"]["para"]["app_id"] == APPID


@pytest.mark.parametrize("app_id", ["", "1400000001", None])
def test_render_needs_no_app_id(qapp, write, tmp_path, app_id):  # qapp: made as the suite makes it
    para = spec_para()
    if app_id is None:
        del para["app_id"]
    else:
        para["app_id"] = app_id
    assert main(["render", write(para), "-o", str(tmp_path / "out.png")]) == 0
    assert (tmp_path / "out.png").stat().st_size > 0
