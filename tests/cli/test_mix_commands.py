"""`request`, `start` and `cancel`, end to end against the sandbox over loopback HTTP."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from designer.cli.main import main
from designer.sandbox import DEFAULT_SANDBOX_KEY
from designer.sandbox.server import SandboxServer
from tests.factories import (
    APPID,
    SPEC_CANCEL_PARA,
    SPEC_KEY,
    SPEC_SIGN,
    SPEC_T,
    spec_para,
    unplaced_para,
)
from tests.net.fake_servers import closed_port_url, serving


@pytest.fixture
def spec_body_file(tmp_path):
    body = {"timestamp": 1490858287, "eventId": 1490858287,
            "interface": {"interfaceName": "Mix_StreamV2", "para": spec_para()}}
    path = tmp_path / "start.json"
    path.write_text(json.dumps(body))
    return str(path)


@pytest.fixture
def sandbox():
    with SandboxServer(key=DEFAULT_SANDBOX_KEY) as server:
        yield server


def test_request_reproduces_the_specs_start_example(spec_body_file, monkeypatch, capsys):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    assert main(["request", "start", spec_body_file, "--appid", str(APPID),
                 "--expires", str(SPEC_T), "--timestamp", "1490858287",
                 "--event-id", "99"]) == 0
    printed = json.loads(capsys.readouterr().out)
    query = parse_qs(urlsplit(printed["url"]).query)
    assert query == {"appid": [str(APPID)], "interface": ["Mix_StreamV2"], "t": [str(SPEC_T)],
                     "sign": [SPEC_SIGN]}
    assert printed["body"]["interface"]["para"] == spec_para()
    assert (printed["body"]["timestamp"], printed["body"]["eventId"]) == (1490858287, 99)


def test_request_reproduces_the_specs_cancel_example(spec_body_file, monkeypatch, capsys):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    assert main(["request", "cancel", spec_body_file, "--appid", str(APPID),
                 "--expires", str(SPEC_T)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["body"]["interface"]["para"] == SPEC_CANCEL_PARA
    assert printed["url"].endswith(f"sign={SPEC_SIGN}")


def test_request_without_a_key_exits_2_and_says_where_to_put_one(spec_body_file, capsys):
    assert main(["request", "start", spec_body_file, "--appid", str(APPID)]) == 2
    assert "MIX_DESIGNER_KEY" in capsys.readouterr().err


def test_request_of_an_invalid_layout_exits_1_and_prints_nothing_to_send(tmp_path, capsys,
                                                                          monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", SPEC_KEY)
    para = unplaced_para()
    para["mix_stream_template_id"] = 410
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(para))
    assert main(["request", "start", str(path), "--appid", str(APPID)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "-20 mix_stream_template_id" in err


def test_start_switch_and_cancel_against_the_sandbox(spec_body_file, sandbox, capsys):
    url = ["--endpoint", sandbox.url]
    assert main(["start", spec_body_file, *url]) == 0
    assert "started" in capsys.readouterr().out
    assert sandbox.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    # The file's timestamp and eventId are years old: start always sends fresh ones, or the
    # sandbox would refuse the expired sign.
    assert main(["start", spec_body_file, *url]) == 0  # same session + output: a switch
    assert main(["cancel", spec_body_file, *url]) == 0
    assert "cancelled" in capsys.readouterr().out
    assert sandbox.state.live_sessions() == {}


def test_a_refusal_prints_the_code_with_the_specs_cause_and_advice(spec_body_file, sandbox,
                                                                     capsys):
    assert main(["cancel", spec_body_file, "--endpoint", sandbox.url]) == 1
    err = capsys.readouterr().err
    assert "code -30300" in err
    assert "session id does not exist" in err and "advice:" in err


def test_a_wrong_key_is_refused_by_the_sandbox(spec_body_file, sandbox, monkeypatch, capsys):
    monkeypatch.setenv("MIX_DESIGNER_KEY", "not-the-sandbox-key")
    assert main(["start", spec_body_file, "--endpoint", sandbox.url]) == 1
    err = capsys.readouterr().err
    assert "code -9001" in err
    assert "not-the-sandbox-key" not in err


def test_transport_failures_exit_3_with_one_line(spec_body_file, capsys):
    assert main(["start", spec_body_file, "--endpoint", closed_port_url()]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2  # the demo-key note, then the failure
    assert "not confirmed" in err[-1] and "refused" in err[-1]
    with serving(b"<html>gateway</html>") as url:
        assert main(["cancel", spec_body_file, "--endpoint", url]) == 3
    assert "HTML" in capsys.readouterr().err


def test_endpoint_from_the_environment(spec_body_file, sandbox, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_ENDPOINT", sandbox.url)
    assert main(["start", spec_body_file]) == 0


def test_no_appid_anywhere_exits_2(tmp_path, sandbox, capsys):
    para = spec_para()
    del para["app_id"]
    path = tmp_path / "no_appid.json"
    path.write_text(json.dumps(para))
    assert main(["start", str(path), "--endpoint", sandbox.url]) == 2
    assert "APPID" in capsys.readouterr().err
    assert main(["start", str(path), "--endpoint", sandbox.url, "--appid", "5"]) == 0


@pytest.mark.parametrize("command", ["start", "cancel"])
def test_ctrl_c_while_sending_says_the_mix_may_have_changed(spec_body_file, capsys,
                                                           monkeypatch, command):
    from designer.net import client

    def interrupted(request, **options):
        raise KeyboardInterrupt

    monkeypatch.setattr(client, "send", interrupted)
    assert main([command, spec_body_file, "--endpoint", closed_port_url()]) == 130
    err = capsys.readouterr().err
    assert f"{command} interrupted" in err and "may or may not have changed" in err


def test_ctrl_c_before_anything_is_sent_exits_130_without_that_warning(spec_body_file, capsys,
                                                                      monkeypatch):
    from designer.cli import mix_commands

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(mix_commands, "load_or_report", interrupted)
    assert main(["start", spec_body_file, "--endpoint", closed_port_url()]) == 130
    assert "may or may not" not in capsys.readouterr().err


@pytest.mark.parametrize("url", ["http://[::1]", "http://[::1]:9", "http://localhost",
                                 "http://127.0.0.1:9/common_access"])
def test_a_loopback_endpoint_signs_with_the_demo_key(spec_body_file, capsys, monkeypatch, url):
    from designer.core.errors import ConnectionFailed
    from designer.net import client

    signed = []

    def unsent(request, **options):
        signed.append(request)
        raise ConnectionFailed("nothing listens (stand-in)")

    monkeypatch.delenv("MIX_DESIGNER_KEY", raising=False)
    monkeypatch.setattr(client, "send", unsent)
    assert main(["start", spec_body_file, "--endpoint", url]) == 3
    assert "sandbox's demo key" in capsys.readouterr().err and len(signed) == 1


def test_the_loopback_test_is_one_helper():
    from designer.cli.arguments import on_loopback

    for url in ("http://127.0.0.1:8750/common_access", "http://[::1]", "http://[::1]:9",
                "http://localhost", "http://LOCALHOST:1/", "http://127.0.0.2"):
        assert on_loopback(url), url
    for url in ("https://live.tencentcloudapi.com", "http://[::1", "http://127.0.0.1.nip.io",
                "http://10.0.0.1", "not a url"):
        assert not on_loopback(url), url
