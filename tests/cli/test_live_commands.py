"""`probe` and `render --frames` against the sandbox's streams: outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer.cli.main import main
from designer.core import loader, presets, show
from designer.core.show import Cue, Show
from designer.sandbox.server import SandboxServer
from designer.sandbox.streams import StreamRegistry
from tests.factories import canvas, layout_of, spec_para, stream
from tests.net.fake_servers import closed_port_url

#: stream_lewis02 is pushed at another size than the preset declares (320×480).
STREAMS = {"stream_lewis01": (540, 960), "stream_lewis02": (480, 720)}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(streams=StreamRegistry(STREAMS), log=(lines := []).append) as server:
        server.lines = lines  # type: ignore[attr-defined]
        yield server


def template(server: SandboxServer) -> str:
    return f"http://127.0.0.1:{server.port}/live/{{stream_id}}.flv?txSecret=abc"


@pytest.fixture
def preset(tmp_path) -> Path:
    path = tmp_path / "show.json"
    presets.save(path, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    return path


def test_every_stream_live_exits_0_with_one_line_each(sandbox, preset, capsys):
    assert main(["probe", str(preset), "--play-url", template(sandbox)]) == 0
    assert capsys.readouterr().out.splitlines() == ["stream_lewis01: live 540×960",
                                                    "stream_lewis02: live 480×720"]


def test_json_lists_each_stream_with_its_size(sandbox, preset, capsys):
    assert main(["probe", str(preset), "--play-url", template(sandbox), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"input_stream_id": "stream_lewis01", "live": True, "width": 540, "height": 960},
        {"input_stream_id": "stream_lewis02", "live": True, "width": 480, "height": 720},
    ]


def test_a_stream_without_signal_is_live_false_with_no_size_and_exits_1(sandbox, preset,
                                                                       capsys):
    sandbox.state.streams.set_pushed("stream_lewis02", False)  # the guest dropped
    assert main(["probe", str(preset), "--play-url", template(sandbox), "--json"]) == 1
    entries = json.loads(capsys.readouterr().out)
    assert entries[0]["live"] is True
    assert entries[1]["input_stream_id"] == "stream_lewis02" and entries[1]["live"] is False
    assert "width" not in entries[1] and "height" not in entries[1]
    assert entries[1]["reason"] == "not_found"
    assert main(["probe", str(preset), "--play-url", template(sandbox)]) == 1
    assert "stream_lewis02: no signal (not found (HTTP 404)" in capsys.readouterr().out


def test_a_play_host_that_cannot_be_reached_exits_3(preset, capsys):
    url = closed_port_url().replace("/common_access", "/live/{stream_id}.flv?txSecret=abc")
    assert main(["probe", str(preset), "--play-url", url]) == 3
    err = capsys.readouterr().err
    assert "cannot reach the play host http://127.0.0.1:" in err and "txSecret" not in err


def test_a_host_that_answers_too_slowly_is_reachable_not_live_exits_1(preset, capsys):
    with SandboxServer(delay=30) as slow:
        assert main(["probe", str(preset), "--play-url", template(slow), "--json",
                     "--timeout", "0.3"]) == 1
    assert [e["reason"] for e in json.loads(capsys.readouterr().out)] == ["timeout"] * 2


@pytest.mark.parametrize("play_url", [None, "http://127.0.0.1:9/live/stream.flv",
                                      "rtmp://127.0.0.1/live/{stream_id}", ""])
def test_a_missing_or_unusable_template_exits_2(preset, capsys, play_url):
    argv = ["probe", str(preset)] + ([] if play_url is None else ["--play-url", play_url])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "play" in err.lower()


@pytest.mark.parametrize("content", ["{nope", json.dumps({"input_stream_list": "x"})])
def test_an_unreadable_file_exits_2(tmp_path, sandbox, content):
    path = tmp_path / "broken.json"
    path.write_text(content)
    assert main(["probe", str(path), "--play-url", template(sandbox)]) == 2
    assert not any("/live/" in line for line in sandbox.lines)  # nothing was probed


def test_without_pyav_probe_says_how_to_get_it_and_exits_2(sandbox, preset, capsys,
                                                           monkeypatch):
    monkeypatch.setitem(sys.modules, "av", None)
    assert main(["probe", str(preset), "--play-url", template(sandbox)]) == 2
    assert "mix-designer[live]" in capsys.readouterr().err


def test_a_layout_without_video_streams_has_nothing_to_probe(tmp_path, sandbox, capsys):
    para = {"app_id": 1, "mix_stream_session_id": "s", "output_stream_id": "out",
            "input_stream_list": [
                canvas(1, image_width=640, image_height=360),
                {**stream("voice", 2), "layout_params": {"image_layer": 2, "input_type": 4}}]}
    path = tmp_path / "voice.json"
    presets.save(path, layout_of(para))
    assert main(["probe", str(path), "--play-url", template(sandbox), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [] and "no video stream inputs" in err


def test_write_records_the_probed_sizes_of_live_streams_in_the_preset(sandbox, preset, capsys):
    # The host is not pushed now, so only the guest's size is learnt.
    sandbox.state.streams.set_pushed("stream_lewis01", False)
    assert main(["probe", str(preset), "--play-url", template(sandbox), "--write"]) == 1
    layout = loader.load(str(preset)).layout
    assert [d.source_size for d in layout.design.inputs] == [(540, 960), (480, 720)]
    assert "recorded the probed source size of 1 input(s)" in capsys.readouterr().err


def test_write_refuses_a_raw_request_before_probing_and_leaves_it_alone(tmp_path, sandbox,
                                                                       capsys):
    raw = tmp_path / "request.json"
    raw.write_text(json.dumps(spec_para()))
    before = raw.read_bytes()
    assert main(["probe", str(raw), "--play-url", template(sandbox), "--write"]) == 2
    err = capsys.readouterr().err
    assert "is a raw request's para" in err and "mix-designer import" in err
    assert raw.read_bytes() == before and list(tmp_path.iterdir()) == [raw]
    assert not any("/live/" in line for line in sandbox.lines)


@pytest.fixture
def show_file(tmp_path) -> Path:
    """A show of two cues: the host alone on a canvas, then link-mic (the preset's layout)."""
    alone = {"app_id": 1, "mix_stream_session_id": "lewis_room",
             "output_stream_id": "stream_lewis01",
             "input_stream_list": [stream("stream_lewis01", 1)]}
    with_guest = spec_para()
    path = tmp_path / "show.json"
    show.save(path, Show([Cue("host alone", layout_of(alone, {0: (540, 960)})),
                          Cue("link-mic", layout_of(with_guest, {0: (540, 960),
                                                                 1: (320, 480)}))]))
    return path


def test_probe_takes_a_cue_of_a_show(sandbox, show_file, capsys):
    assert main(["probe", str(show_file), "--cue", "link-mic",
                 "--play-url", template(sandbox)]) == 0
    assert capsys.readouterr().out.splitlines() == ["stream_lewis01: live 540×960",
                                                    "stream_lewis02: live 480×720"]
    assert main(["probe", str(show_file), "--cue", "host alone",
                 "--play-url", template(sandbox)]) == 0
    assert capsys.readouterr().out.splitlines() == ["stream_lewis01: live 540×960"]
    # Without a cue, a show of two says which there are, as every command does.
    assert main(["probe", str(show_file), "--play-url", template(sandbox)]) == 2
    assert "name a cue with --cue: host alone, link-mic" in capsys.readouterr().err


def test_write_records_the_sizes_in_the_probed_cue_of_a_show(sandbox, show_file, capsys):
    assert main(["probe", str(show_file), "--cue", "link-mic",
                 "--play-url", template(sandbox), "--write"]) == 0
    assert "in cue 'link-mic'" in capsys.readouterr().err
    saved = loader.load_show(str(show_file))
    assert [d.source_size for d in saved.cue("link-mic").layout.design.inputs] == [
        (540, 960), (480, 720)]
    assert saved.names == ["host alone", "link-mic"]  # the rest of the show is as it was
    assert [d.source_size for d in saved.cue("host alone").layout.design.inputs] == [
        (540, 960)]


def test_write_refuses_api3_parameters_naming_them(tmp_path, sandbox, capsys):
    from designer.core import api3

    raw = tmp_path / "api3.json"
    raw.write_text(json.dumps(api3.request_json(api3.ACTION_START,
                                                layout_of(spec_para()))["params"]))
    before = raw.read_bytes()
    assert main(["probe", str(raw), "--play-url", template(sandbox), "--write"]) == 2
    err = capsys.readouterr().err
    assert "API 3.0 parameters" in err and "raw request" not in err
    assert "mix-designer import" in err
    assert raw.read_bytes() == before
    assert not any("/live/" in line for line in sandbox.lines)


def test_validate_never_imports_pyav(preset):
    code = ("import sys; from designer.cli.main import main; rc = main(['validate', "
            f"{str(preset)!r}]); print(sorted(m for m in sys.modules if m == 'av' or "
            "m.startswith('av.')), rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.stdout.strip() == "[] 0", result.stderr


# -- render --frames ------------------------------------------------------------------------


def _portrait_layout():
    """A canvas and one stream box; the preset guesses the stream is 16:9 (it is 9:16)."""
    para = {"app_id": 1, "mix_stream_session_id": "s", "output_stream_id": "out",
            "output_stream_type": 1,
            "input_stream_list": [
                canvas(1, "0x00ff00", image_width=540, image_height=960),
                stream("stream_lewis01", 2, image_width=540, image_height=960,
                       location_x=0, location_y=0)]}
    return layout_of(para, {1: (640, 360)})


def test_render_frames_draws_the_real_picture_at_its_probed_size(qapp, tmp_path, sandbox):
    from PySide6.QtGui import QColor, QImage

    source = tmp_path / "portrait.json"
    presets.save(source, _portrait_layout())
    guessed, real = tmp_path / "guessed.png", tmp_path / "real.png"
    assert main(["render", str(source), "-o", str(guessed)]) == 0
    assert main(["render", str(source), "-o", str(real), "--frames",
                 "--play-url", template(sandbox)]) == 0
    # Declared 16:9 in a 9:16 box: black bars above and below; the real 540×960 fills it.
    assert QColor(QImage(str(guessed)).pixel(270, 100)).getRgb()[:3] == (0, 0, 0)
    top = QColor(QImage(str(real)).pixel(270, 100)).getRgb()[:3]
    assert top != (0, 0, 0) and top != (0, 255, 0)
    # The sandbox's white corner mark is at the box's top-left corner.
    assert min(QColor(QImage(str(real)).pixel(3, 3)).getRgb()[:3]) > 180
    assert loader.load(str(source)).layout.design.inputs[1].source_size == (640, 360)  # as was


def test_render_frames_with_a_dropped_guest_draws_its_test_card(qapp, tmp_path, sandbox,
                                                                capsys):
    sandbox.state.streams.set_pushed("stream_lewis02", False)
    source = tmp_path / "show.json"
    presets.save(source, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    assert main(["render", str(source), "-o", str(tmp_path / "out.png"), "--frames",
                 "--play-url", template(sandbox)]) == 0
    assert "stream_lewis02: no signal" in capsys.readouterr().err


@pytest.mark.parametrize(("extra", "code"), [
    (["--frames"], 2),  # no --play-url
    (["--play-url", "http://127.0.0.1:9/live/{stream_id}.flv"], 2),  # no --frames
    (["--timeout", "3"], 2),  # no --frames either: nothing is probed, so nothing to bound
    (["--frames", "--play-url", "nonsense"], 2),
])
def test_render_frames_usage_errors_exit_2_and_write_nothing(qapp, tmp_path, preset, extra,
                                                             code, capsys):
    out = tmp_path / "out.png"
    assert main(["render", str(preset), "-o", str(out), *extra]) == code
    assert not out.exists() and "Traceback" not in capsys.readouterr().err


def test_render_frames_from_an_unreachable_host_exits_3(qapp, tmp_path, preset):
    url = closed_port_url().replace("/common_access", "/live/{stream_id}.flv")
    out = tmp_path / "out.png"
    assert main(["render", str(preset), "-o", str(out), "--frames", "--play-url", url]) == 3
    assert not out.exists()

