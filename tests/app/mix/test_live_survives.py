"""The live session survives the app: what the service confirmed is kept in the state folder,
and a mix a killed app left running is offered back at the next start (cancel, adopt or
forget), against a sandbox on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from designer.app.mix.connection import EndpointKind
from designer.app.mix.controller import MixState
from designer.core.errors import FileError, ServiceRefusal
from designer.core.livestate import ENDPOINT_KINDS, LiveFile, LiveRecord
from designer.core.recovery import STATE_DIR_ENV
from tests.app.mix.boxes import click_button, send_updates
from tests.app.mix.fakes import FakeClock
from tests.app.mix.live import WAIT_MS, later, press, use_endpoint, wait_state
from tests.factories import APPID, layout_of, spec_para
from tests.processes import dead_pid

S = MixState
KEY = "sandbox-key-for-this-test"


def live_files(state: Path) -> list[Path]:
    return sorted(state.glob("live-*.json"))


def test_each_confirmation_is_kept_and_a_confirmed_cancel_removes_it(
        qtbot, make_window, state, sandbox, monkeypatch, preset):
    server = sandbox(key=KEY)
    window = make_window(preset)
    window.mix.controller.clock = FakeClock()
    use_endpoint(window, server.url, KEY, monkeypatch)
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    [path] = live_files(state)
    record = LiveFile(state, path.name).load()
    assert (record.session_id, record.output_id) == ("lewis_room", "stream_lewis01")
    assert (record.endpoint_kind, record.endpoint, record.wire, record.appid) == (
        "custom", server.url, "v2", APPID)
    assert KEY not in path.read_text()  # no key, no sign: the connection supplies them again
    first = record.confirmed_at

    guest = window.editor.document.uids()[1]
    window.editor.set_layout_fields(guest, location_x=100)
    send_updates(monkeypatch)
    later(window, 20)
    press(qtbot, window.mix.panel.start_button)
    qtbot.waitUntil(lambda: LiveFile(state, path.name).load().program.para.inputs[1]
                    .layout_params.location_x == 100, timeout=WAIT_MS)
    assert LiveFile(state, path.name).load().confirmed_at >= first

    later(window, 20)
    click_button(monkeypatch, "Cancel the mix")
    press(qtbot, window.mix.panel.cancel_button)
    wait_state(qtbot, window, S.COOLING_DOWN)
    assert live_files(state) == []


def test_an_api3_answer_that_no_such_session_exists_removes_the_record(
        qtbot, make_window, state, sandbox, monkeypatch, preset):
    # The real API 3.0 service may refuse a cancel with its own code and a plain message.
    server = sandbox(key=KEY)
    window = make_window(preset)
    window.mix.controller.clock = FakeClock()
    use_endpoint(window, server.url, KEY, monkeypatch)
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    assert len(live_files(state)) == 1

    def refuse(request):
        raise ServiceRefusal("FailedOperation.CancelSessionNotExist",
                             "The mix session does not exist.", "req-1")

    monkeypatch.setattr(window.mix.controller, "_send", refuse)
    later(window, 20)
    click_button(monkeypatch, "Cancel the mix")
    press(qtbot, window.mix.panel.cancel_button)
    wait_state(qtbot, window, S.FAILED)
    assert window.mix.controller.live is None
    assert live_files(state) == []
    assert window.mix.panel.start_button.isEnabled(), window.mix.panel.start_button.toolTip()


class FullDisk(LiveFile):
    """A state folder that refuses every record: each attempt is counted."""

    def __init__(self, directory):
        super().__init__(directory)
        self.attempts = 0

    def save(self, record):
        self.attempts += 1
        raise FileError("no space left on the device")


def test_a_record_that_cannot_be_written_is_tried_again_at_the_next_confirmation_only(
        qtbot, make_window, state, sandbox, monkeypatch, preset):
    server = sandbox(key=KEY)
    window = make_window(preset)
    window.mix.controller.clock = FakeClock()
    full = window.mix.keeper.file = FullDisk(state)
    use_endpoint(window, server.url, KEY, monkeypatch)
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    assert full.attempts == 1
    for _ in range(10):  # a countdown's ticks: the mix panel refreshes, nothing is confirmed
        later(window, 0.2)
    assert full.attempts == 1
    window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=100)
    send_updates(monkeypatch)
    later(window, 20)
    press(qtbot, window.mix.panel.start_button)
    qtbot.waitUntil(lambda: full.attempts == 2, timeout=WAIT_MS)  # the update's confirmation
    assert window.mix.controller.state is S.LIVE


def test_the_builtin_sandbox_leaves_no_record(qtbot, make_window, state, preset):
    window = make_window(preset)
    assert window.mix.connection.kind is EndpointKind.SANDBOX
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    assert live_files(state) == []  # it ends with this process: nothing to outlive it


KILLED_WHILE_LIVE = textwrap.dedent("""
    import os, signal, sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from designer.app.main import create_window
    from designer.app.mix.connection import EndpointKind
    window = create_window(sys.argv[1])
    connection = window.mix.connection
    connection.set_kind(EndpointKind.CUSTOM)
    connection.set_custom_url(sys.argv[2])
    connection.set_appid(int(sys.argv[3]))
    assert window.mix.controller.start()
    deadline = time.time() + 30
    state = os.environ["MIX_DESIGNER_STATE_DIR"]
    while not any(n.startswith("live-") for n in os.listdir(state)) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.fixture
def killed_while_live(state, sandbox, monkeypatch, preset):
    """A Mix Designer that started a mix on the sandbox and was killed: the sandbox still
    mixes, and the state folder holds the record."""
    server = sandbox(key=KEY)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STATE_DIR_ENV: str(state),
           "MIX_DESIGNER_KEY": KEY}
    result = subprocess.run([sys.executable, "-c", KILLED_WHILE_LIVE, str(preset), server.url,
                             str(APPID)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert server.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    assert len(live_files(state)) == 1
    monkeypatch.setenv("MIX_DESIGNER_KEY", KEY)
    return server


def test_a_killed_apps_mix_is_offered_back_and_adopted(qtbot, make_window, state,
                                                       killed_while_live, monkeypatch):
    asked: list[str] = []
    click_button(monkeypatch, "Adopt it", asked)
    window = make_window()
    assert len(asked) == 1 and "lewis_room" in asked[0] and killed_while_live.url in asked[0]
    # True whether the app was killed or the producer left the mix running on closing.
    assert "no longer open" in asked[0] and "did not close normally" not in asked[0]
    controller = window.mix.controller
    assert controller.state is S.LIVE and controller.live.session_id == "lewis_room"
    assert "LIVE lewis_room" in window.mix.status.text()
    # An empty window shows what is on air: nothing unsent, nothing was sent.
    assert controller.unsent is not None and controller.unsent.empty
    assert controller.log.entries == []
    assert window.mix.connection.kind is EndpointKind.CUSTOM
    # The adopted mix is this window's now: cancelling it ends it on the service.
    click_button(monkeypatch, "Cancel the mix")
    press(qtbot, window.mix.panel.cancel_button)
    wait_state(qtbot, window, S.COOLING_DOWN)
    assert killed_while_live.state.live_sessions() == {}
    assert live_files(state) == []


def test_a_killed_apps_mix_can_be_cancelled_at_once(qtbot, make_window, state,
                                                    killed_while_live, monkeypatch):
    click_button(monkeypatch, "Cancel it")
    window = make_window()
    wait_state(qtbot, window, S.COOLING_DOWN)
    assert killed_while_live.state.live_sessions() == {}
    assert window.mix.controller.log.entries[0].action.value == "cancel"
    assert live_files(state) == []


def test_forgetting_removes_the_record_and_sends_nothing(qtbot, make_window, state,
                                                         killed_while_live, monkeypatch):
    click_button(monkeypatch, "Forget")
    window = make_window()
    assert window.mix.controller.state is S.IDLE and window.mix.controller.log.entries == []
    assert live_files(state) == []
    assert killed_while_live.state.live_sessions() == {"lewis_room": "stream_lewis01"}


def test_only_a_gone_processs_mix_is_offered(qtbot, make_window, state, monkeypatch):
    record = LiveRecord("custom", "http://127.0.0.1:9/common_access", "v2", APPID,
                        "room", "out", 1.0, 2.0, layout_of(spec_para()))
    ours = LiveFile(state)  # this process: a window still open
    ours.save(record)
    gone = LiveFile(state, f"live-{dead_pid()}-1.json")
    gone.save(record)
    gone.path.write_text(json.dumps({**json.loads(gone.path.read_text()),
                                     "session_id": "gone_room"}))
    asked: list[str] = []
    click_button(monkeypatch, "Forget", asked)
    make_window()
    assert len(asked) == 1 and "gone_room" in asked[0]
    assert ours.path.exists()


def test_the_records_endpoint_kinds_are_the_connections():
    assert tuple(kind.value for kind in EndpointKind) == ENDPOINT_KINDS


@pytest.mark.parametrize(("field", "value"), [("wire", "v4"),
                                              ("endpoint_kind", "satellite")])
def test_a_record_this_version_cannot_act_on_is_removed_without_a_word(
        qtbot, make_window, state, monkeypatch, field, value):
    # Damaged, or written by a newer version: the window still opens, and nothing is asked.
    gone = LiveFile(state, f"live-{dead_pid()}-1.json")
    gone.save(LiveRecord("custom", "http://127.0.0.1:9/common_access", "v2", APPID,
                         "room", "out", 1.0, 2.0, layout_of(spec_para())))
    gone.path.write_text(json.dumps({**json.loads(gone.path.read_text()), field: value}))
    asked: list[str] = []
    click_button(monkeypatch, "Adopt it", asked)
    window = make_window()
    assert asked == [] and window.mix.controller.state is S.IDLE
    assert live_files(state) == []


def test_without_the_key_the_record_is_kept_for_the_next_start(qtbot, make_window, state,
                                                               killed_while_live, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.delenv("MIX_DESIGNER_KEY")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    click_button(monkeypatch, "Adopt it")
    window = make_window()
    assert len(warned) == 1 and "lewis_room" in warned[0] and "API key" in warned[0]
    assert window.mix.controller.state is S.IDLE
    [kept] = live_files(state)  # claimed by this window: offered again once it is gone
    assert LiveFile(state, kept.name).load().session_id == "lewis_room"
