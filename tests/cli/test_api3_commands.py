"""`--api v3`: request, start and cancel over Tencent's SDK against the sandbox on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from designer.cli.main import main
from designer.core import api3, presets
from designer.core.api3_credentials import SECRET_ID_VAR, SECRET_KEY_VAR
from designer.core.extras import API3_INSTALL
from designer.sandbox import DEFAULT_SANDBOX_KEY
from designer.sandbox.server import SandboxServer
from tests.factories import layout_of, spec_para
from tests.net.fake_servers import closed_port_url

pytest.importorskip("tencentcloud.live.v20180801")

PLANTED_KEY = "planted-secretkey-7c9e2a41"
PLANTED_V2_KEY = "planted-md5-key-31d8b0"


@pytest.fixture(autouse=True)
def _no_real_pair(monkeypatch):
    """A developer's real pair must never leak into (or change) a test run."""
    for name in (SECRET_ID_VAR, SECRET_KEY_VAR, "MIX_DESIGNER_API3_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sandbox():
    logs: list[str] = []
    with SandboxServer(key=DEFAULT_SANDBOX_KEY, log=logs.append) as server:
        server.logs = logs  # type: ignore[attr-defined]
        yield server


def v3_endpoint(server: SandboxServer) -> str:
    return server.url.rsplit("/", 1)[0]


@pytest.fixture
def layout_file(tmp_path):
    path = tmp_path / "start.json"
    path.write_text(json.dumps(spec_para()))
    return str(path)


def test_request_v3_prints_what_the_sdk_carries(layout_file, capsys, monkeypatch):
    monkeypatch.setenv(SECRET_ID_VAR, "AKIDplanted")
    monkeypatch.setenv(SECRET_KEY_VAR, PLANTED_KEY)
    assert main(["request", "start", layout_file, "--api", "v3"]) == 0
    out = capsys.readouterr()
    printed = json.loads(out.out)
    assert printed["action"] == "CreateCommonMixStream" and printed["version"] == "2018-08-01"
    assert printed["params"]["OutputParams"] == {"OutputStreamName": "stream_lewis01"}
    assert printed["params"]["InputStreamList"][1]["LayoutParams"]["LocationX"] == 380
    assert PLANTED_KEY not in out.out + out.err and "AKIDplanted" not in out.out
    assert main(["request", "cancel", layout_file, "--api", "v3"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "action": "CancelCommonMixStream", "version": "2018-08-01",
        "params": {"MixStreamSessionId": "lewis_room"}}


def test_request_v3_needs_no_appid_and_refuses_v2s_sign_options(layout_file, capsys):
    assert main(["request", "start", layout_file, "--api", "v3", "--expires", "5"]) == 2
    assert "--expires" in capsys.readouterr().err


def test_request_v3_refuses_endpoint_rather_than_ignore_it(layout_file, capsys):
    assert main(["request", "start", layout_file, "--api", "v3",
                 "--endpoint", "http://127.0.0.1:9"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "--endpoint" in err and "start --api v3" in err


def test_start_and_cancel_over_the_sdk(sandbox, layout_file, capsys):
    url = v3_endpoint(sandbox)
    assert main(["start", layout_file, "--api", "v3", "--endpoint", url]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("started (or switched): session lewis_room → output "
                              "stream_lewis01 (API 3.0, RequestId ")
    assert "sandbox's demo pair" in out.err
    assert sandbox.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    assert main(["cancel", layout_file, "--api", "v3", "--endpoint", url]) == 0
    assert capsys.readouterr().out.startswith("cancelled: session lewis_room (API 3.0")
    assert sandbox.state.live_sessions() == {}
    # A second cancel is refused: exit 1, with the spec's cause and advice.
    assert main(["cancel", layout_file, "--api", "v3", "--endpoint", url]) == 1
    err = capsys.readouterr().err
    assert "cancel refused: InvalidParameter.CancelSessionNotExist: err_code [-30300]" in err
    assert "cause: The session id does not exist when cancelling the mix" in err


def test_a_wrong_pair_is_refused_and_no_secret_is_printed_logged_or_written(
        sandbox, layout_file, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv(SECRET_ID_VAR, "AKIDsandbox")
    monkeypatch.setenv(SECRET_KEY_VAR, PLANTED_KEY)
    monkeypatch.setenv("MIX_DESIGNER_KEY", PLANTED_V2_KEY)
    monkeypatch.chdir(tmp_path)
    assert main(["start", layout_file, "--api", "v3", "--endpoint",
                 v3_endpoint(sandbox)]) == 1
    out = capsys.readouterr()
    assert "AuthFailure.SignatureFailure" in out.err
    assert main(["request", "start", layout_file, "--api", "v3"]) == 0
    out2 = capsys.readouterr()
    everything = out.out + out.err + out2.out + out2.err + "\n".join(sandbox.logs)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            everything += path.read_text(errors="replace")
    assert PLANTED_KEY not in everything and PLANTED_V2_KEY not in everything


def test_the_pair_from_the_keyring(sandbox, layout_file, capsys, monkeypatch, memory_keyring):
    monkeypatch.setattr("sys.stdin", _Lines(f"AKIDsandbox\n{DEFAULT_SANDBOX_KEY}\n"))
    assert main(["key", "set", "--api", "v3"]) == 0
    assert DEFAULT_SANDBOX_KEY in memory_keyring.values()
    assert main(["start", layout_file, "--api", "v3", "--endpoint",
                 v3_endpoint(sandbox)]) == 0
    assert "demo pair" not in capsys.readouterr().err  # signed with the stored pair
    assert main(["key", "delete", "--api", "v3"]) == 0
    assert DEFAULT_SANDBOX_KEY not in memory_keyring.values()


def test_key_set_v3_needs_both_halves(monkeypatch, capsys, memory_keyring):
    monkeypatch.setattr("sys.stdin", _Lines("AKIDonly\n"))
    assert main(["key", "set", "--api", "v3"]) == 2
    assert memory_keyring == {} or not any(memory_keyring.values())


def test_no_pair_and_a_remote_endpoint_exits_2(layout_file, capsys):
    assert main(["start", layout_file, "--api", "v3", "--endpoint",
                 "https://live.example.invalid"]) == 2
    assert "TENCENTCLOUD_SECRET_ID" in capsys.readouterr().err


def test_no_answer_exits_3(layout_file, capsys):
    url = closed_port_url().rsplit("/", 1)[0]
    assert main(["start", layout_file, "--api", "v3", "--endpoint", url]) == 3
    assert "not confirmed" in capsys.readouterr().err


def test_a_layout_valid_on_v2_but_not_on_v3_exits_1_before_sending(sandbox, tmp_path, capsys):
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["image_width"] = 2500
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(para))
    assert main(["start", str(path), "--api", "v3", "--endpoint", v3_endpoint(sandbox)]) == 1
    assert "-4 input_stream_list[1].layout_params.image_width: image_width 2500 is outside " \
           "0–2000 px" in capsys.readouterr().err
    assert sandbox.logs == []  # nothing was sent
    assert main(["validate", str(path)]) == 0  # fine on Mix_StreamV2
    assert main(["validate", str(path), "--api", "v3"]) == 1
    assert "image_width 2500 is outside 0–2000 px" in capsys.readouterr().out


def test_keys_api3_cannot_carry_are_reported_before_sending(sandbox, tmp_path, capsys):
    path = tmp_path / "demo.json"
    path.write_text(json.dumps(spec_para() | {"domain": "", "path": ""}))
    assert main(["start", str(path), "--api", "v3", "--endpoint", v3_endpoint(sandbox)]) == 0
    assert "not sent on API 3.0: domain, path" in capsys.readouterr().err


def test_api3_fields_of_a_preset_are_sent(sandbox, tmp_path, capsys):
    layout = presets.from_data({"format": presets.FORMAT, "version": 1, "para": spec_para(),
                                "api3": {"OutputParams": {"OutputStreamGop": 20}}})
    path = tmp_path / "preset.json"
    presets.save(path, layout)
    assert main(["start", str(path), "--api", "v3", "--endpoint", v3_endpoint(sandbox)]) == 1
    assert "OutputStreamGop 20 is outside [1, 10]" in capsys.readouterr().err
    layout.api3.OutputParams.OutputStreamGop = 2
    presets.save(path, layout)
    assert main(["request", "start", str(path), "--api", "v3"]) == 0
    assert json.loads(capsys.readouterr().out)["params"]["OutputParams"][
        "OutputStreamGop"] == 2


def test_without_the_sdk_v3_says_how_to_get_it(layout_file, capsys, monkeypatch):
    import designer.net

    monkeypatch.setitem(sys.modules, "designer.net.api3", None)  # the import fails ...
    monkeypatch.delattr(designer.net, "api3", raising=False)  # ... even if done before
    assert main(["start", layout_file, "--api", "v3", "--endpoint", "http://127.0.0.1:9"]) == 2
    assert API3_INSTALL in capsys.readouterr().err


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_validate_never_imports_the_sdk(layout_file, api):
    code = ("import sys; from designer.cli.main import main; rc = main(['validate', "
            f"{layout_file!r}, '--api', {api!r}]); print(sorted(m for m in sys.modules if "
            "m.startswith('tencentcloud')), rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            check=False)
    assert result.stdout.strip() == "[] 0", result.stderr


class _Lines:
    """A piped stdin (not a terminal) holding ``text``."""

    def __init__(self, text: str):
        self._lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""


def test_api3_module_constants_match_the_sdk():
    client = pytest.importorskip("tencentcloud.live.v20180801.live_client")
    assert client.LiveClient._apiVersion == api3.API_VERSION
    assert client.LiveClient._service == api3.SERVICE


class _Unsent:
    """designer.net.api3.send, standing in: records what it was given and sends nothing."""

    def __init__(self, raises: BaseException):
        self.raises, self.credentials = raises, []

    def __call__(self, action, params, credentials, **options):
        self.credentials.append(credentials)
        raise self.raises


@pytest.mark.parametrize("url", ["http://[::1]", "http://[::1]:9", "http://localhost",
                                 "http://127.0.0.1"])
def test_a_loopback_endpoint_without_a_port_signs_with_the_demo_pair(layout_file, capsys,
                                                                     monkeypatch, url):
    from designer.core.errors import ConnectionFailed
    from designer.net import api3 as net

    unsent = _Unsent(ConnectionFailed("nothing listens (stand-in)"))
    monkeypatch.setattr(net, "send", unsent)
    assert main(["start", layout_file, "--api", "v3", "--endpoint", url]) == 3
    assert "sandbox's demo pair" in capsys.readouterr().err
    assert [c.secret_id for c in unsent.credentials] == ["AKIDsandbox"]


@pytest.mark.parametrize("command", ["start", "cancel"])
def test_ctrl_c_while_sending_says_the_mix_may_have_changed(layout_file, capsys, monkeypatch,
                                                           command):
    from designer.net import api3 as net

    monkeypatch.setattr(net, "send", _Unsent(KeyboardInterrupt()))
    assert main([command, layout_file, "--api", "v3", "--endpoint", "http://127.0.0.1:9"]
                ) == 130
    err = capsys.readouterr().err
    assert f"{command} interrupted" in err and "may or may not have changed" in err


def test_an_api3_file_is_validated_by_its_own_wires_rules_unless_told(tmp_path, capsys,
                                                                     monkeypatch):
    """API 3.0 parameters go out on API 3.0: validate judges them by its ranges by default
    (ImageWidth 2500 is past its 2000); --api v2 judges the layout for Mix_StreamV2, and a v2
    request made of it is judged so too."""
    params = api3.start_params(layout_of(spec_para()))
    params["InputStreamList"][1]["LayoutParams"]["ImageWidth"] = 2500
    path = tmp_path / "api3.json"
    path.write_text(json.dumps(params))
    assert main(["validate", str(path)]) == 1
    assert "2500" in capsys.readouterr().out
    assert main(["validate", str(path), "--api", "v2"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("MIX_DESIGNER_KEY", PLANTED_V2_KEY)
    assert main(["request", "start", str(path), "--appid", "1400000001"]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert sent["body"]["interface"]["para"]["input_stream_list"][1]["layout_params"][
        "image_width"] == 2500
