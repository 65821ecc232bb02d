"""View ▸ Live inputs: on by default for the built-in sandbox, off for Tencent Cloud (every
probe pulls real bandwidth from the CDN), remembered per kind of endpoint; without PyAV it
cannot be turned on and says how to get it."""

from __future__ import annotations

from designer.app.live import feature
from designer.app.main import create_window
from designer.app.mix.connection import EndpointKind
from tests.app.live.conftest import spin


def _window(qtbot, state_dir, monkeypatch, file=None):
    monkeypatch.setenv("MIX_DESIGNER_STATE_DIR", str(state_dir))
    window = create_window(str(file) if file else None, offer_recovery=False)

    def quietly(w):
        w.editor.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=quietly)
    return window


def test_the_defaults_per_endpoint(live_window):
    action = live_window.registry["live-inputs"]
    connection = live_window.mix.connection
    assert action.isCheckable() and action.isChecked()  # the built-in sandbox
    assert action in live_window.menuBar().actions()[2].menu().actions()  # View
    connection.set_kind(EndpointKind.TENCENT)
    assert not action.isChecked() and not live_window.live.prober.running
    connection.set_kind(EndpointKind.CUSTOM)
    assert action.isChecked()
    connection.set_kind(EndpointKind.SANDBOX)
    assert action.isChecked()


def test_the_toggle_is_remembered_per_endpoint(qtbot, tmp_path, monkeypatch, preset):
    window = _window(qtbot, tmp_path / "state", monkeypatch, preset)
    window.mix.connection.set_kind(EndpointKind.TENCENT)
    window.registry["live-inputs"].setChecked(True)
    window.mix.connection.set_kind(EndpointKind.SANDBOX)
    window.registry["live-inputs"].setChecked(False)
    window.close()
    again = _window(qtbot, tmp_path / "state", monkeypatch, preset)
    assert again.mix.connection.kind is EndpointKind.SANDBOX
    assert not again.registry["live-inputs"].isChecked()
    spin(1.0)
    assert not again.live.prober.running and again.mix.connection.sandbox_url() is None
    again.mix.connection.set_kind(EndpointKind.TENCENT)
    assert again.registry["live-inputs"].isChecked()


def test_on_for_tencent_cloud_without_a_play_url_says_what_is_missing(live_window):
    window = live_window
    window.mix.connection.set_kind(EndpointKind.TENCENT)
    window.registry["live-inputs"].setChecked(True)
    assert "play URL" in window.statusBar().currentMessage()
    assert not window.live.prober.running


def test_without_pyav_live_inputs_cannot_be_turned_on(qtbot, tmp_path, monkeypatch, preset):
    monkeypatch.setattr(feature, "pyav_missing", lambda: True)
    window = _window(qtbot, tmp_path / "state", monkeypatch, preset)
    action = window.registry["live-inputs"]
    assert not action.isEnabled()
    assert "pip install 'mix-designer[live]'" in action.toolTip()
    spin(1.0)
    assert not window.live.prober.running and window.mix.connection.sandbox_url() is None
