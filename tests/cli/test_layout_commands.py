"""`validate` and `import`: the exit codes and output scripts rely on."""

import json
import subprocess
import sys

import pytest

from designer.cli.main import main
from designer.core import loader
from tests.factories import canvas, spec_para, stream, unplaced_para


@pytest.fixture
def write(tmp_path):
    def write(data, name="layout.json"):
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return str(path)

    return write


def test_valid_layout_exits_0_and_prints_no_problem(write, capsys):
    assert main(["validate", write(spec_para())]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "valid" in err


def test_invalid_layout_prints_one_line_per_problem_starting_with_its_code(write, capsys):
    para = unplaced_para()
    para["mix_stream_template_id"] = 310
    para["output_stream_bitrate"] = 0
    assert main(["validate", write(para)]) == 1
    lines = sorted(capsys.readouterr().out.splitlines())
    assert len(lines) == 2
    assert lines[0].startswith("-20 mix_stream_template_id: template 310 lays out 3")
    assert lines[1].startswith("-31004 output_stream_bitrate: bitrate 0 is outside")


def test_json_output_lists_code_field_message_severity(write, capsys):
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "guest_audio"
    para["input_stream_list"].append(stream("x", 2))
    assert main(["validate", write(para), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["field"], p["severity"]) for p in problems] == [
        (-11, "input_stream_list[1].layout_params.image_layer", "error"),
        (-11, "input_stream_list[2].layout_params.image_layer", "error"),
        ("FAQ3", "input_stream_list[1].layout_params.input_type", "warning"),
    ]
    assert all(p["message"] for p in problems)


def test_warnings_alone_exit_0(write, capsys):
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "guest_audio"
    para["output_stream_id"] = "stream_lewis01"
    assert main(["validate", write(para), "--json"]) == 0
    assert [p["code"] for p in json.loads(capsys.readouterr().out)] == ["FAQ3"]


@pytest.mark.parametrize("content", ["{not json", "", "[1]", '{"a": 1}'])
def test_unreadable_exits_2_with_one_clear_line(write, capsys, content):
    assert main(["validate", write(content)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("mix-designer: ")
    assert err.count("layout.json") == 1  # which file, said once


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_wrong_types_are_invalid_with_codes(write, capsys):
    para = spec_para()
    para["input_stream_list"][0]["layout_params"]["image_layer"] = "1"
    assert main(["validate", write(para), "--json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    assert (problem["code"], problem["field"]) == (
        -11, "input_stream_list[0].layout_params.image_layer")


def test_chinese_locale_gets_the_specs_chinese_cause(write, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    para = spec_para()
    para["output_stream_bitrate"] = 60000
    assert main(["validate", write(para)]) == 1
    assert "输出流码率不合法" in capsys.readouterr().out


def test_import_writes_a_preset_that_sends_the_same_para(write, tmp_path, capsys):
    para = spec_para()
    para["domain"] = ""
    para["path"] = ""
    body = {"timestamp": 1, "eventId": 2,
            "interface": {"interfaceName": "Mix_StreamV2", "para": para}}
    out = tmp_path / "imported.json"
    assert main(["import", write(body), "--output", str(out)]) == 0
    document = loader.load(out)
    assert document.kind.value == "preset"
    assert document.layout.para.to_wire() == para
    assert main(["validate", str(out)]) == 0


def test_import_of_an_invalid_layout_still_imports_and_says_so(write, tmp_path, capsys):
    para = spec_para()
    para["input_stream_list"] = [canvas(), stream("a_audio", 2, input_type=4)]
    out = tmp_path / "imported.json"
    assert main(["import", write(para), "--output", str(out)]) == 0
    assert "error(s)" in capsys.readouterr().err
    assert out.exists()


def test_import_of_garbage_writes_nothing(write, tmp_path):
    out = tmp_path / "imported.json"
    assert main(["import", write("{oops"), "--output", str(out)]) == 2
    assert not out.exists()


def test_import_into_a_folder_that_does_not_exist_exits_2_naming_it(write, tmp_path, capsys):
    out = tmp_path / "missing" / "imported.json"
    assert main(["import", write(spec_para()), "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(out.parent) in err
    assert not out.parent.exists()


def _imported_modules(*args: str) -> set[str]:
    code = (
        "import sys, runpy, json\n"
        f"sys.argv = ['mix-designer', *{list(args)!r}]\n"
        "try:\n"
        "    runpy.run_module('designer', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_validate_imports_neither_qt_nor_requests(write):
    modules = _imported_modules("validate", write(spec_para()))
    assert "designer.core.validation" in modules
    assert not {m for m in modules if m.startswith(("PySide6", "requests", "keyring"))}


def test_python_dash_m_designer_works(write):
    result = subprocess.run([sys.executable, "-m", "designer", "validate", write(spec_para())],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
