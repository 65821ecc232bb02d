"""Hostile input through every command: one clear line or the spec's codes, never exit 4,
never a hang, never a raw control character on the terminal.

Where the process's exit code or what the terminal shows is the point, the command runs as
a subprocess; variants of one case run in-process through ``main``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli.main import main
from designer.net import client
from tests.factories import spec_para
from tests.net.fake_servers import dripping, http_response, serving

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
ESC = "\x1b"


def run_cli(*args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "MIX_DESIGNER_KEY"}
    environment.update(QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "-m", "designer", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="surrogateescape",
                          timeout=timeout, env=environment)


def body_of(para: dict) -> dict:
    return {"timestamp": 1, "eventId": 5,
            "interface": {"interfaceName": "Mix_StreamV2", "para": para}}


@pytest.fixture
def write(tmp_path):
    def write(content: str | dict, name: str = "layout.json") -> str:
        path = tmp_path / name
        text = content if isinstance(content, str) else json.dumps(content)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        return str(path)

    return write


def _guest_value(field: str, literal: str) -> str:
    """The spec's start body with the guest's ``field`` written as ``literal`` (raw JSON)."""
    text = json.dumps(body_of(spec_para()))
    if field.startswith("crop_"):
        crop = {"crop_width": 100, "crop_height": 100, "crop_x": 0, "crop_y": 0}
        crop[field] = "@"
        return text.replace('"input_stream_id": "stream_lewis02"',
                            '"input_stream_id": "stream_lewis02", "crop_params": '
                            + json.dumps(crop).replace('"@"', literal))
    return text.replace(f'"{field}": ', f'"{field}": {literal}, "was_{field}": ', 1)


HUGE = "1" + "0" * 320
NUMBERS = [("image_width", HUGE, -4), ("location_y", "-" + HUGE, -4),
           ("image_height", "1e309", -4), ("location_x", "-1e309", -4),
           ("crop_width", HUGE, -29), ("crop_x", "1e309", -29)]


# -- numbers (item 7, 8) ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["validate", "import", "request", "render", "open"])
def test_a_number_no_double_holds_is_out_of_range_for_every_command(write, tmp_path, command):
    path = write(_guest_value("image_width", HUGE))
    args = {"validate": ["validate", path],
            "import": ["import", path, "-o", str(tmp_path / "out.json")],
            "request": ["request", "start", path, "--appid", "1",
                        "--endpoint", "http://127.0.0.1:9/common_access"],
            "render": ["render", path, "-o", str(tmp_path / "out.png")],
            "open": ["open", path, "--exit-when-ready"]}[command]
    result = run_cli(*args, MIX_DESIGNER_STATE_DIR=str(tmp_path / "state"))
    assert result.returncode == (2 if command == "open" else 1), result.stderr
    output = result.stdout + result.stderr
    assert "internal error" not in output and "Traceback" not in output
    assert "out of range" in output
    if command != "open":
        assert "-4 input_stream_list[1].layout_params.image_width: 1000000000" in output
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.png").exists()


@pytest.mark.parametrize(("field", "literal", "code"), NUMBERS)
def test_every_layout_and_crop_number_gets_its_fields_code(write, capsys, field, literal,
                                                           code):
    assert main(["validate", write(_guest_value(field, literal)), "--json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    assert problem["code"] == code and problem["field"].endswith(field)
    assert "out of range" in problem["message"]


def test_a_non_finite_number_in_an_unknown_key_is_refused_and_never_printed(write, capsys):
    body = json.dumps(body_of({**spec_para(), "extra": 1})).replace('"extra": 1',
                                                                     '"extra": 1e309')
    path = write(body)
    assert main(["validate", path]) == 1
    assert main(["request", "start", path, "--appid", "1",
                 "--endpoint", "http://127.0.0.1:9/common_access"]) == 1
    out, err = capsys.readouterr()
    assert "Infinity" not in out + err and out.count("-1 extra: 1e309 is out of range") == 1


def test_render_refuses_a_layout_placed_at_an_infinite_coordinate(write, tmp_path):
    # Each number is a double; their sum (the box's right edge) is not.
    para = spec_para()
    para["input_stream_list"][1]["layout_params"].update(location_x=1.7e308,
                                                        image_width=1.7e308)
    out = tmp_path / "out.png"
    result = run_cli("render", write(body_of(para)), "-o", str(out))
    assert result.returncode == 2 and "not a finite number" in result.stderr
    assert result.stderr.count("\n") == 1 and not out.exists()


# -- strings and keys (item 9, 10) ---------------------------------------------------------


@pytest.mark.parametrize("where", ["id", "unknown key", "key"])
def test_a_lone_surrogate_is_refused_clearly(write, capsys, where):
    para = spec_para()
    if where == "id":
        para["input_stream_list"][1]["input_stream_id"] = "guest\ud800"
    elif where == "unknown key":
        para["note"] = "\udfff"
    else:
        para["input_stream_list"][1]["x\ud800"] = 1
    path = write(json.dumps(body_of(para)))  # json writes it as the escape "\ud800"
    for args in (["validate", path], ["import", path, "-o", path + ".out"],
                 ["request", "start", path, "--appid", "1",
                  "--endpoint", "http://127.0.0.1:9/common_access"],
                 ["start", path, "--endpoint", "http://127.0.0.1:9/common_access"]):
        assert main(args) == 1, args
    out, err = capsys.readouterr()
    assert "lone surrogate" in out + err
    assert "internal error" not in err and not Path(path + ".out").exists()


def test_a_lone_surrogate_prints_escaped_in_a_real_terminal(write):
    para = spec_para()
    para["input_stream_list"][1]["input_stream_id"] = "guest\ud800"
    result = run_cli("validate", write(json.dumps(body_of(para))))
    assert result.returncode == 1 and "lone surrogate (\\ud800)" in result.stdout


def test_a_key_written_twice_is_a_warning_naming_it(write, capsys):
    text = json.dumps(body_of(spec_para())).replace(
        '"image_layer": 2,', '"image_layer": 5, "image_layer": 2,')
    path = write(text)
    assert main(["validate", path, "--json"]) == 0  # a warning: the last value wins
    [warning] = json.loads(capsys.readouterr().out)
    assert warning["code"] == "DUPLICATE" and warning["severity"] == "warning"
    assert warning["field"] == "input_stream_list[1].layout_params.image_layer"
    assert '"image_layer" is written 2 times' in warning["message"]
    result = run_cli("validate", path)
    assert result.returncode == 0
    assert 'DUPLICATE input_stream_list[1].layout_params.image_layer: "image_layer"' in (
        result.stdout)


def test_import_warns_of_a_key_written_twice_as_validate_does(write, tmp_path, capsys):
    text = json.dumps(body_of(spec_para())).replace(
        '"image_layer": 2,', '"image_layer": 5, "image_layer": 2,')
    out = tmp_path / "preset.json"
    assert main(["import", write(text), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert 'DUPLICATE input_stream_list[1].layout_params.image_layer: "image_layer" is ' \
        'written 2 times' in err
    assert out.exists()


# -- arguments (item 11, 14, 19) -----------------------------------------------------------------


@pytest.mark.parametrize("args, message", [
    (["request", "start", "{file}", "--appid", "99999999999999999999"], "--appid"),
    (["request", "start", "{file}", "--appid", "0"], "--appid"),
    (["request", "start", "{file}", "--appid", "1", "--event-id", "2147483648"], "--event-id"),
    (["request", "start", "{file}", "--appid", "1", "--event-id", "-5"], "--event-id"),
    (["start", "{file}", "--appid", "4294967297"], "--appid"),
    (["key", "set", "--appid", "99999999999999999999"], "--appid"),
    (["start", "{file}", "--endpoint", "http://[::1"], "--endpoint"),
    (["request", "start", "{file}", "--appid", "1", "--endpoint", "http://h:99999/"],
     "--endpoint"),
    (["start", "{file}", "--endpoint", "ftp://example.com/"], "--endpoint"),
    (["request", "start", "{file}", "--appid", "1", "--expires", "-5"], "--expires"),
    (["request", "start", "{file}", "--appid", "1", "--expires", "0"], "--expires"),
    (["request", "start", "{file}", "--appid", "1", "--timestamp", "-1"], "--timestamp"),
    (["request", "start", "{file}", "--appid", "1", "--expires", str(2**63)], "--expires"),
    (["sandbox", "--port", "70000"], "--port"),
    (["sandbox", "--delay", "-1"], "--delay"),
])
def test_out_of_range_arguments_are_usage_errors(write, capsys, args, message):
    argv = [write(body_of(spec_para())) if a == "{file}" else a for a in args]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {message}:" in err and ("out of range" in err or "URL" in err)


@pytest.mark.parametrize("text", ["inf", "nan", "1e9", "-0.5"])
def test_a_delay_that_is_not_a_sensible_number_of_seconds_is_refused(text):
    from designer.cli.arguments import delay  # argparse calls it; in main it would serve

    with pytest.raises(argparse.ArgumentTypeError, match="out of range"):
        delay(text)


def test_an_appid_out_of_range_exits_2_in_one_line(write):
    result = run_cli("request", "start", write(body_of(spec_para())),
                     "--appid", "99999999999999999999")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(
        "'99999999999999999999' is out of range: it must be a positive 32-bit integer, 1 to "
        "2147483647")


def test_a_malformed_endpoint_url_is_a_usage_error(write, monkeypatch, capsys):
    result = run_cli("start", write(body_of(spec_para())), "--endpoint", "http://[::1")
    assert result.returncode == 2 and "not a valid URL" in result.stderr
    assert "internal error" not in result.stderr
    monkeypatch.setenv("MIX_DESIGNER_ENDPOINT", "http://[::1")
    assert main(["start", write(body_of(spec_para()))]) == 2
    assert "MIX_DESIGNER_ENDPOINT: 'http://[::1' is not a valid URL" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "message"), [
    ("not a url", "is not an http:// or https:// URL with a host"),
    ("ftp://127.0.0.1", "is not an http:// or https:// URL with a host"),
    ("http://[::1", "is not a valid URL"),
    ("http://user@127.0.0.1:9", "not an http(s) endpoint"),
])
def test_a_malformed_api3_endpoint_from_the_environment_is_named_and_exits_2(
        write, monkeypatch, capsys, value, message):
    monkeypatch.setenv("MIX_DESIGNER_API3_ENDPOINT", value)
    assert main(["start", write(body_of(spec_para())), "--api", "v3"]) == 2
    err = capsys.readouterr().err
    assert "MIX_DESIGNER_API3_ENDPOINT: " in err and message in err
    assert "--endpoint" not in err


# -- the network (item 12, 13) --------------------------------------------------------------------


def test_a_dripping_server_meets_the_deadline_exit_3(write, monkeypatch, capsys):
    monkeypatch.setattr(client, "DEFAULT_DEADLINE", 0.5, raising=False)
    reply = http_response(b'{"code": 0, "message": "Success!"}')
    with dripping(reply, every=0.05) as url:
        assert main(["start", write(body_of(spec_para())), "--endpoint", url]) == 3
    err = capsys.readouterr().err
    assert "did not finish its reply within 0.5 s; the mix may or may not have changed" in err


def test_a_reply_nested_very_deep_exits_3(write):
    with serving(b"[" * 100_000 + b"]" * 100_000) as url:
        result = run_cli("start", write(body_of(spec_para())), "--endpoint", url)
    assert result.returncode == 3 and "nested too deeply" in result.stderr


# -- escaping what comes from outside (item 15) ---------------------------------------------------


def test_the_servers_message_cannot_drive_the_terminal(write):
    message = f"{ESC}]0;pwned\a{ESC}[2J{ESC}[1A\rstarted (or switched): fake\u202e"
    reply = json.dumps({"code": -505, "message": message}).encode()
    with serving(reply) as url:
        result = run_cli("start", write(body_of(spec_para())), "--endpoint", url)
    assert result.returncode == 1
    assert ESC not in result.stderr and "\a" not in result.stderr and "\r" not in result.stderr
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in result.stderr and "\\u202e" in result.stderr
    assert result.stdout == ""


def test_ids_and_file_names_are_printed_escaped_and_chinese_stays_readable(tmp_path):
    para = spec_para()
    para["mix_stream_session_id"] = f"房间{ESC}[2J"
    name = tmp_path / f"show{ESC}[31m.json"
    name.write_text(json.dumps(body_of(para)), encoding="utf-8")
    result = run_cli("validate", str(name))
    assert result.returncode == 1
    assert ESC not in result.stdout + result.stderr
    assert "'房间\\x1b[2J' must be 1 to 80 letters" in result.stdout
    missing = run_cli("validate", str(tmp_path / f"gone{ESC}]0;x\a.json"))
    assert missing.returncode == 2 and ESC not in missing.stderr
    assert "gone\\x1b]0;x\\x07.json" in missing.stderr


def test_json_output_stays_json_with_controls_escaped(write, capsys):
    para = spec_para()
    para["mix_stream_session_id"] = "a\x9bb\u2028c"
    assert main(["validate", write(body_of(para)), "--json"]) == 1
    out = capsys.readouterr().out
    assert "\x9b" not in out and "\u2028" not in out
    assert json.loads(out)[0]["message"].startswith("mix_stream_session_id 'a\x9bb\u2028c'")


# -- files that are not files (items 2, 3, 5, 18) -------------------------------------------


@POSIX
def test_output_to_dev_null_is_written_not_replaced(write, null_device):
    result = run_cli("import", write(spec_para()), "-o", str(null_device))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


@POSIX
def test_output_to_a_named_pipe_is_refused_without_hanging(write, tmp_path):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    result = run_cli("import", write(spec_para()), "-o", str(fifo), timeout=60)
    assert result.returncode == 2 and "it is a named pipe, not a file" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@POSIX
@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "folder"])
def test_a_special_file_as_input_is_refused_without_hanging(tmp_path, special):
    if special == "fifo":
        path = tmp_path / "in.json"
        os.mkfifo(path)
    elif special == "folder":
        path = tmp_path
    else:
        path = Path(special)
    result = run_cli("validate", str(path), timeout=60)
    assert result.returncode == 2
    assert "not a file" in result.stderr and result.stderr.count("\n") == 1


def test_import_refuses_a_preset_it_could_not_read_back(write, tmp_path):
    # 3.2 MB of request, written compactly; the preset's indentation would make it 8 MB.
    para = {**spec_para(), "extra": [1] * 1_600_000}
    request = write(json.dumps(para, separators=(",", ":")))
    assert os.path.getsize(request) < 4 * 1024 * 1024
    out = tmp_path / "preset.json"
    result = run_cli("import", request, "-o", str(out))
    assert result.returncode == 2
    assert "more than the 4194304 bytes a layout file may have" in result.stderr
    assert not out.exists()


@POSIX
def test_render_to_a_full_disk_says_why(write, full_device):
    result = run_cli("render", write(spec_para()), "-o", str(full_device))
    assert result.returncode == 2
    assert result.stderr == f"mix-designer: cannot write {full_device}: No space left on device\n"


def test_render_with_a_name_too_long_says_why(write, tmp_path):
    out = tmp_path / ("n" * 300 + ".png")
    result = run_cli("render", write(spec_para()), "-o", str(out))
    assert result.returncode == 2 and "File name too long" in result.stderr
    assert result.stderr.count("\n") == 1


def test_render_into_a_folder_it_cannot_write_says_why(write, tmp_path):
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
    elif Path("/sys/kernel").is_dir():
        folder = Path("/sys/kernel")  # root writes anywhere but here
    else:
        pytest.skip("running as root with no sysfs")
    result = run_cli("render", write(spec_para()), "-o", str(folder / "out.png"))
    assert result.returncode == 2
    assert "cannot write" in result.stderr and (
        "Permission denied" in result.stderr or "Read-only" in result.stderr)
    assert result.stderr.count("\n") == 1


def test_the_sandboxs_log_escapes_what_a_request_line_carries():
    from designer.cli.output import EscapedLines  # what `mix-designer sandbox` logs through

    terminal = io.StringIO()
    print(f"POST /common_access?x={ESC}]0;pwned\a -> HTTP 200 code -1 (0 ms)",
          file=EscapedLines(terminal))
    assert terminal.getvalue() == ("POST /common_access?x=\\x1b]0;pwned\\x07 -> HTTP 200 code -1 "
                                   "(0 ms)\n")
