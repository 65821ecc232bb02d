"""API 3.0 in the window: choose the interface, keep the SecretId/SecretKey pair, start,
update and cancel against the sandbox on 127.0.0.1 through Tencent's SDK, read its refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from designer.app.mix.connection import EndpointKind, KeySource
from designer.app.mix.controller import MixState
from designer.core.api3_credentials import SECRET_ID_VAR, SECRET_KEY_VAR
from designer.core.limits import Wire
from designer.sandbox.streams import StreamRegistry
from tests.app.mix.boxes import click_button, send_updates
from tests.app.mix.live import WAIT_MS, later, press, wait_state

pytest.importorskip("tencentcloud")

S = MixState


def choose_api3(qtbot, window) -> None:
    combo = window.mix.panel.api
    combo.setCurrentIndex(combo.findData(Wire.API3.value))
    combo.activated.emit(combo.currentIndex())


def test_start_update_and_cancel_on_api3_against_the_builtin_sandbox(qtbot, window,
                                                                    monkeypatch):
    panel, controller = window.mix.panel, window.mix.controller
    choose_api3(qtbot, window)
    # No APPID or API key on API 3.0: the SecretId names the account.
    assert panel.secret_key.isVisibleTo(window) and not panel.appid.isVisibleTo(window)
    assert not panel.key.isVisibleTo(window)
    assert "sandbox" in panel.key_note.text()
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    sandbox = window.mix.connection.sandbox()
    assert sandbox.state.live_sessions() == {"lewis_room": "stream_lewis01"}
    entry = controller.log.entries[0]
    assert entry.outcome.ok and entry.outcome.request_id
    assert entry.request.body["action"] == "CreateCommonMixStream"
    log = window.mix.log_panel
    log.table.selectRow(0)
    assert f"RequestId: {entry.outcome.request_id}" in log.detail.toPlainText()
    # Tencent's SDK signs as it sends: no command line could replay it.
    assert not log.copy_button.isEnabled()
    assert "AKIDsandbox" not in log.detail.toPlainText()

    guest = window.editor.document.uids()[1]
    window.editor.set_layout_fields(guest, location_x=200)
    send_updates(monkeypatch)
    later(window, 10)
    press(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: len(controller.log.entries) == 2
                    and controller.log.entries[1].outcome is not None, timeout=WAIT_MS)
    live = sandbox.state.live_para("lewis_room")
    assert live["input_stream_list"][1]["layout_params"]["location_x"] == 200
    assert controller.unsent is not None and controller.unsent.empty

    later(window, 10)
    click_button(monkeypatch, "Cancel the mix")
    press(qtbot, panel.cancel_button)
    wait_state(qtbot, window, S.COOLING_DOWN)
    assert sandbox.state.live_sessions() == {}
    assert controller.log.entries[2].request.body["action"] == "CancelCommonMixStream"


def test_a_refusal_on_api3_shows_the_legacy_code_its_advice_and_the_request_id(
        qtbot, window, sandbox, monkeypatch):
    # The guest is not pushing: the service refuses (API 3.0 wraps Mix_StreamV2's code).
    server = sandbox(key="api3-test-key",
                     streams=StreamRegistry({"stream_lewis01": (540, 960)}))
    monkeypatch.setenv(SECRET_ID_VAR, "AKIDsandbox")
    monkeypatch.setenv(SECRET_KEY_VAR, "api3-test-key")
    connection = window.mix.connection
    connection.set_kind(EndpointKind.CUSTOM)
    connection.set_custom_url(server.url.rsplit("/", 1)[0])
    choose_api3(qtbot, window)
    assert connection.key_source() is KeySource.ENVIRONMENT
    assert SECRET_ID_VAR in window.mix.panel.key_note.text()
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, S.FAILED)
    outcome = window.mix.controller.failure.outcome
    assert outcome.code == -505 and outcome.request_id
    detail = window.mix.panel.detail.text()
    assert "code -505" in detail and outcome.spec.cause_zh in detail
    assert "LIVE" not in window.mix.status.text()


def test_the_pair_is_kept_write_only_and_never_shown(qtbot, window):
    panel, connection = window.mix.panel, window.mix.connection
    connection.set_kind(EndpointKind.TENCENT)
    choose_api3(qtbot, window)
    assert panel.url.text() == "https://live.tencentcloudapi.com"
    assert not panel.start_button.isEnabled()
    assert "SecretId" in panel.start_button.toolTip()
    qtbot.keyClicks(panel.secret_id, "AKIDexample123")
    qtbot.keyClick(panel.secret_id, Qt.Key.Key_Return)  # on to the SecretKey
    assert panel.secret_key.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(panel.secret_key, "very-secret-key")
    qtbot.keyClick(panel.secret_key, Qt.Key.Key_Return)
    assert panel.secret_id.text() == "" and panel.secret_key.text() == ""
    assert connection.key_source() is KeySource.KEYRING
    target = connection.target()
    assert target.wire is Wire.API3 and target.pair.secret_id == "AKIDexample123"
    assert target.pair.secret_key.get_secret_value() == "very-secret-key"
    assert "very-secret-key" not in repr(target)
    # Nowhere in the window's widgets: no label, field or tooltip holds either half.
    for widget in window.findChildren(QWidget):
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        if hasattr(widget, "text") and not isinstance(widget, QLineEdit):
            texts.append(str(widget.text()) if callable(widget.text) else "")
        assert not any("very-secret-key" in t or "AKIDexample123" in t for t in texts)
    assert panel.start_button.isEnabled()
    press(qtbot, panel.pair_forget)
    assert connection.key_source() is KeySource.MISSING


def test_problems_and_the_session_dock_follow_the_interface(qtbot, window):
    editor = window.editor
    session = window.findChild(QWidget, "sessionPanel")
    box = session.api3
    assert not box.isVisibleTo(session)  # Mix_StreamV2 and nothing of API 3.0 set
    choose_api3(qtbot, window)
    assert box.isVisibleTo(session)
    gop = box.fields["api3.OutputParams.OutputStreamGop"]
    gop.lineEdit().selectAll()
    qtbot.keyClicks(gop.lineEdit(), "4")
    qtbot.keyClick(gop, Qt.Key.Key_Return)
    assert editor.layout.api3.OutputParams.OutputStreamGop == 4
    assert editor.undo_stack.undoText() == "Change OutputStreamGop"
    # A file's GOP of 50 (out of range) is shown as it is and marked, never clamped.
    editor.set_api3_field("OutputParams", "OutputStreamGop", 50)
    assert gop.value() == 50
    [problem] = [p for p in editor.problems if p.field == "api3.OutputParams.OutputStreamGop"]
    assert problem.is_error and "[1, 10]" in problem.line()
    assert "OutputStreamGop 50 is outside [1, 10]" in gop.toolTip()  # marked where typed
    assert not window.mix.panel.start_button.isEnabled()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.layout.api3.OutputParams.OutputStreamGop is None
    assert not [p for p in editor.problems if p.field.startswith("api3.")]
    # A session out of API 3.0's range only: the bitrate 20000 is fine on Mix_StreamV2.
    editor.set_session_field("output_stream_bitrate", 20000)
    assert any(p.field == "output_stream_bitrate" and p.is_error for p in editor.problems)
    window.mix.connection.set_wire(Wire.V2)
    assert not any(p.field == "output_stream_bitrate" and p.is_error for p in editor.problems)


def test_the_panel_shows_choices_made_elsewhere(window):
    # An adopted mix (or a test) sets the connection directly: the panel must not lie.
    panel, connection = window.mix.panel, window.mix.connection
    connection.set_kind(EndpointKind.TENCENT)
    connection.set_wire(Wire.API3)
    assert panel.endpoint.currentData() == EndpointKind.TENCENT.value
    assert panel.api.currentData() == Wire.API3.value
    assert panel.url.text() == "https://live.tencentcloudapi.com"


def test_an_api3_only_field_changed_while_live_is_a_change_to_send(qtbot, window,
                                                                   monkeypatch):
    """On API 3.0 its own fields go on air too (OutputParams, ControlParams): changed while
    live, they are unsent changes, and Update sends them; a key API 3.0 cannot carry is not."""
    panel, controller = window.mix.panel, window.mix.controller
    choose_api3(qtbot, window)
    press(qtbot, panel.start_button)
    wait_state(qtbot, window, S.LIVE)
    assert controller.unsent.empty

    window.editor.set_api3_field("OutputParams", "OutputStreamGop", 4)
    assert controller.unsent.count == 1
    assert controller.start_blocker() is None
    assert "1 change" in panel.start_button.text()

    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    later(window, 10)
    press(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: len(controller.log.entries) == 2
                    and controller.log.entries[1].outcome is not None, timeout=WAIT_MS)
    assert shown == [["OutputParams.OutputStreamGop is set to 4"]]
    sent = controller.log.entries[1].request.body["params"]["OutputParams"]
    assert sent["OutputStreamGop"] == 4
    assert controller.unsent.empty
