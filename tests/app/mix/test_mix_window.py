"""The Mix panel in the real window, against the real sandbox over HTTP on 127.0.0.1.

The controller's clock is a fake one, so the 5 s and 30 s rules take no time; the requests,
the thread they run in and the sandbox's answers are all real.
"""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QMessageBox

from designer.app.main import create_window
from designer.app.mix.controller import MixState
from designer.app.mix.feature import CloseChoice
from designer.core.recovery import STATE_DIR_ENV
from designer.core.wire import Action, build_request
from designer.net.client import send
from designer.sandbox import DEFAULT_SANDBOX_KEY
from designer.sandbox.streams import StreamRegistry
from tests.app.mix.boxes import click_button, send_updates
from tests.app.mix.live import WAIT_MS, later, press, use_endpoint, wait_state
from tests.factories import APPID, spec_para

S = MixState


def test_start_update_early_cancel_cool_down_and_restart_on_the_builtin_sandbox(qtbot, window,
                                                                             monkeypatch):
    panel, controller = window.mix.panel, window.mix.controller
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Yes)
    assert panel.start_button.text() == "Start mix"
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    sandbox = window.mix.connection.sandbox()
    assert sandbox.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    assert "LIVE" in panel.badge.text()
    assert panel.start_button.text() == "Update mix"
    assert window.mix.log_panel.table.item(0, 2).text() == "0"
    assert window.mix.status.isVisible() and "LIVE lewis_room" in window.mix.status.text()

    # Update 1 s later: the change shown, asked again (FAQ 13), then the same session switches
    # to the new layout.
    guest = window.editor.document.uids()[1]
    window.editor.set_layout_fields(guest, location_x=200)
    assert panel.start_button.text().startswith("Update mix (1 change")
    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    later(window, 1)
    press(qtbot, panel.start_button)
    assert shown == [["stream_lewis02 moves to 200, 630"]] and len(asked) == 1
    qtbot.waitUntil(lambda: len(controller.log.entries) == 2
                    and controller.log.entries[1].outcome is not None, timeout=WAIT_MS)
    live = sandbox.state.live_para("lewis_room")
    assert live["input_stream_list"][1]["layout_params"]["location_x"] == 200
    assert window.mix.log_panel.table.item(1, 1).text() == "update"

    # Cancel 2 s after the start: asked first, then scheduled, counted down, nothing sent yet.
    later(window, 1)
    confirmations: list[str] = []
    click_button(monkeypatch, "Cancel the mix", confirmations)
    press(qtbot, panel.cancel_button)
    assert len(confirmations) == 1 and "stream_lewis01" in confirmations[0]
    assert panel.cancel_button.text() == "Cancel in 3 s…" and not panel.cancel_button.isEnabled()
    assert panel.keep_button.isVisible()
    assert sandbox.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    window.mix.controller.clock.advance(3)  # the panel's own timer sends it when due
    wait_state(qtbot, window, S.COOLING_DOWN)
    assert sandbox.state.live_sessions() == {}
    assert "LIVE" not in window.mix.status.text()
    assert "30 s" in panel.badge.text()
    assert not panel.start_button.isEnabled()
    assert "30 s" in panel.start_button.toolTip()

    # A new session id is free at once.
    assert panel.new_session_button.isVisible()
    press(qtbot, panel.new_session_button)
    assert controller.session_id() == "lewis_room_2" and controller.state is S.IDLE
    later(window, 1)
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    assert sandbox.state.live_sessions() == {"lewis_room_2": "stream_lewis01"}


def test_the_same_session_id_starts_again_after_the_30_s(qtbot, window, monkeypatch):
    panel = window.mix.panel
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    later(window, 6)
    click_button(monkeypatch, "Cancel the mix")
    press(qtbot, panel.cancel_button)
    wait_state(qtbot, window, S.COOLING_DOWN)
    later(window, 29)
    assert window.mix.controller.state is S.COOLING_DOWN and "1 s" in panel.badge.text()
    later(window, 1)
    assert window.mix.controller.state is S.IDLE and panel.start_button.isEnabled()


def test_a_switch_right_after_the_last_one_asks_first(qtbot, window, monkeypatch):
    panel = window.mix.panel
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.No)
    send_updates(monkeypatch)
    window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=10)
    later(window, 1)
    press(qtbot, panel.start_button)
    assert len(asked) == 1 and len(window.mix.controller.log.entries) == 1


@pytest.mark.parametrize(("setup", "code", "advice_zh"), [
    ("unpushed", -505, "是否推流成功5s后发起混流"),
    ("output-taken", -300, None),
    ("session-other-output", -508, None),
])
def test_server_refusals_show_code_cause_and_advice(qtbot, window, sandbox, monkeypatch,
                                                    setup, code, advice_zh):
    streams = None
    if setup == "unpushed":
        streams = StreamRegistry({"stream_lewis01": (540, 960)})  # the guest is not pushing
    server = sandbox(key="sandbox-key-for-this-test", streams=streams)
    if setup != "unpushed":
        other = spec_para()
        if setup == "output-taken":
            other["mix_stream_session_id"] = "someone_else"
        else:
            other["output_stream_id"] = other["input_stream_list"][1]["input_stream_id"]
        assert send(build_request(Action.START, other, appid=APPID,
                                  key="sandbox-key-for-this-test", endpoint=server.url)).ok
    use_endpoint(window, server.url, "sandbox-key-for-this-test", monkeypatch)
    panel = window.mix.panel
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.FAILED)
    detail = panel.detail.text()
    assert f"code {code}" in detail
    info = window.mix.controller.failure.outcome.spec
    assert info.cause_zh in detail and info.advice_en.split(".")[0] in detail
    if advice_zh:
        assert advice_zh in detail
    assert panel.badge.text() == "Failed" and "LIVE" not in panel.badge.text()
    assert window.mix.log_panel.table.item(0, 2).text() == str(code)
    window.mix.log_panel.table.selectRow(0)
    assert info.cause_zh in window.mix.log_panel.detail.toPlainText()


def test_a_slow_answer_never_stalls_the_window(qtbot, window, sandbox, monkeypatch):
    server = sandbox(key=DEFAULT_SANDBOX_KEY, delay=0.8)
    use_endpoint(window, server.url, DEFAULT_SANDBOX_KEY, monkeypatch)
    clock, ticks = QElapsedTimer(), []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    timer.start()
    press(qtbot, window.mix.panel.start_button)
    assert window.mix.controller.state is S.STARTING
    assert not window.mix.panel.start_button.isEnabled()
    wait_state(qtbot, window, S.LIVE)
    timer.stop()
    stamps = [0, *ticks]
    longest = max(b - a for a, b in itertools.pairwise(stamps))
    assert stamps[-1] >= 700  # the answer really took its 0.8 s
    # A send on the GUI thread would freeze it for the whole 0.8 s; half of that is the bound,
    # so a busy machine (this one is shared) cannot fail the test, and a blocking send can.
    assert longest < 400, f"the event loop stalled for {longest} ms"


def test_a_refused_connection_fails_without_claiming_anything(qtbot, window, sandbox,
                                                             monkeypatch):
    server = sandbox()
    url = server.url
    server.stop()  # nothing listens there any more
    use_endpoint(window, url, "any-key", monkeypatch)
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.FAILED)
    detail = window.mix.panel.detail.text()
    assert "ConnectionFailed" in detail and "may or may not" in detail
    assert window.mix.panel.cancel_button.isEnabled()  # in case it did start


def test_closing_while_live_can_cancel_the_mix_first(qtbot, window, monkeypatch):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    later(window, 6)

    def answer(box):  # the real question, answered "Cancel the mix and close"
        box.clickedButton = lambda: next(b for b in box.buttons()
                                         if "Cancel the mix" in b.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.editor.undo_stack.setClean()
    assert not window.close()  # stays open until the service confirms
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert window.mix.connection.sandbox_url() is None  # the built-in sandbox was stopped


def test_a_log_entry_copies_as_curl_and_saves_as_json_lines(qtbot, window, tmp_path):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    log = window.mix.log_panel
    log.table.selectRow(0)
    log.copy_curl()
    from PySide6.QtGui import QGuiApplication

    curl = QGuiApplication.clipboard().text()
    assert curl.startswith("curl -sS -X POST 'http://127.0.0.1:") and "sign=" in curl
    path = tmp_path / "log.jsonl"
    assert log.save(path)
    (line,) = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["action"] == "start" and record["outcome"]["code"] == 0


def test_closing_while_the_start_is_on_its_way_cancels_once_it_is_live(qtbot, window, sandbox,
                                                                        monkeypatch):
    server = sandbox(key=DEFAULT_SANDBOX_KEY, delay=0.4)
    use_endpoint(window, server.url, DEFAULT_SANDBOX_KEY, monkeypatch)
    press(qtbot, window.mix.panel.start_button)
    assert window.mix.controller.state is S.STARTING

    def answer(box):
        box.clickedButton = lambda: next(b for b in box.buttons()
                                         if "Cancel the mix" in b.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.editor.undo_stack.setClean()
    assert not window.close()
    wait_state(qtbot, window, S.LIVE)
    assert window.mix.controller.cancel_in() == 5  # scheduled by itself, within the 5 s rule
    window.mix.controller.clock.advance(5)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert server.state.live_sessions() == {}


def test_a_request_log_built_late_shows_what_was_sent_before(qtbot, tmp_path, monkeypatch,
                                                             preset):
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "lazy-state"))
    window = create_window(str(preset), offer_recovery=False, lazy_docks=True)

    def close_quietly(w):
        w.editor.undo_stack.setClean()
        w.mix.close_choice = lambda: CloseChoice.CLOSE

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    assert window.mix.log_panel is None  # a tab out of sight: not built at start
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    window.registry["request-log"].trigger()
    assert window.mix.log_panel is not None
    assert window.mix.log_panel.table.rowCount() == 1
    assert window.mix.log_panel.table.item(0, 2).text() == "0"
