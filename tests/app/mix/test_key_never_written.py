"""The API key never lands in a file the app writes, in the log view, or in a widget's text.

A whole session is run with a distinctive key — typed into the masked field, signed with,
sent against a sandbox that checks it — then every file under the test's folders and every
text the window shows is searched for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from designer.app.main import create_window
from designer.app.mix.connection import EndpointKind, KeySource
from designer.app.mix.controller import MixState
from designer.app.mix.feature import CloseChoice
from designer.app.preferences import CONFIRM_CANCEL_KEY
from designer.core import presets
from designer.core.recovery import STATE_DIR_ENV
from designer.core.requestlog import to_curl
from designer.sandbox.server import SandboxServer
from tests.app.mix.boxes import send_updates
from tests.app.mix.fakes import FakeClock
from tests.factories import APPID, layout_of, spec_para

SECRET = "K3y-0f-the-Pr0ducer-9f8e7d"


def _texts(window) -> list[str]:
    texts: list[str] = []
    for kind in (QLineEdit, QLabel):
        texts += [w.text() for w in window.findChildren(kind)]
        texts += [w.toolTip() for w in window.findChildren(kind)]
    for kind in (QTextEdit, QPlainTextEdit):
        texts += [w.toPlainText() for w in window.findChildren(kind)]
    return texts


@pytest.mark.parametrize("keyring_present", [True, False], ids=["keyring", "no-keyring"])
def test_a_whole_session_leaves_no_trace_of_the_key(qtbot, tmp_path, monkeypatch, request,
                                                    memory_keyring, keyring_present):
    if not keyring_present:
        request.getfixturevalue("no_keyring")
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    send_updates(monkeypatch)
    preset = tmp_path / "show.json"
    presets.save(preset, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    server = SandboxServer(port=0, key=SECRET).start()
    window = create_window(str(preset), offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    try:
        clock = window.mix.controller.clock = FakeClock()
        panel, connection = window.mix.panel, window.mix.connection
        connection.set_kind(EndpointKind.CUSTOM)
        connection.set_custom_url(server.url)
        panel.appid.setText(str(APPID))
        qtbot.keyClicks(panel.key, SECRET)
        assert panel.key.echoMode() is QLineEdit.EchoMode.Password
        qtbot.mouseClick(panel.key_save, Qt.MouseButton.LeftButton)
        assert panel.key.text() == ""  # gone from the widget at once
        expected = KeySource.KEYRING if keyring_present else KeySource.SESSION
        assert connection.key_source() is expected
        if keyring_present:
            assert SECRET in memory_keyring.values()
        else:
            assert "session only" in panel.key_note.text()

        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.mix.controller.state is MixState.LIVE, timeout=5000)
        window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=10)
        clock.advance(10)
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.mix.controller.state is MixState.LIVE
                        and len(window.mix.controller.log.entries) == 2, timeout=5000)
        clock.advance(10)
        window.settings.setValue(CONFIRM_CANCEL_KEY, False)  # no question: this is about keys
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.mix.controller.state is MixState.COOLING_DOWN,
                        timeout=5000)
        assert [e.outcome.code for e in window.mix.controller.log.entries] == [0, 0, 0]

        # Every kind of file the app writes.
        window.editor.save(tmp_path / "saved-preset.json")
        window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=20)
        window.autosave.write_now()
        assert window.mix.log_panel.save(tmp_path / "requests.jsonl")
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(tmp_path / "exported.json"), ""))
        assert window.files.export_request_dialog()
        window.settings.sync()

        # What is shown: the log's rows and details, curl, every text in the window.
        log = window.mix.log_panel
        shown = []
        for row in range(log.table.rowCount()):
            log.table.selectRow(row)
            shown.append(log.detail.toPlainText())
            shown += [log.table.item(row, c).text() for c in range(log.table.columnCount())]
            shown.append(to_curl(log.selected_entry().request))
        shown += _texts(window)
        shown.append(repr(window.mix.controller.live))
        assert not [text for text in shown if SECRET in text]
        assert any("sign=" in text for text in shown)  # the signed URL is there, the key not
    finally:
        window.editor.undo_stack.setClean()
        window.mix.close_choice = lambda: CloseChoice.CLOSE
        window.close()
        server.stop()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"saved-preset.json", "requests.jsonl", "exported.json", "settings.ini"} <= names
    assert any("recovery" in p.name or p.parent.name == "state" for p in written)
    leaks = [str(p) for p in written if SECRET.encode() in p.read_bytes()]
    assert leaks == []
    assert SECRET not in Path(window.settings.fileName()).read_text(encoding="utf-8")
