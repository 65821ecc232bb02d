"""The Mix feature's window tests: a window on the spec's example with a fake clock, and
sandboxes on 127.0.0.1."""

from __future__ import annotations

import pytest

from designer.app.main import create_window
from designer.app.mix.feature import CloseChoice
from designer.core import presets
from designer.core.recovery import STATE_DIR_ENV
from designer.sandbox.server import SandboxServer
from tests.app.mix.fakes import FakeClock
from tests.factories import layout_of, spec_para


@pytest.fixture
def preset(tmp_path):
    path = tmp_path / "show.json"
    presets.save(path, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    return path


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, preset):
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    window = create_window(str(preset), offer_recovery=False)

    def close_quietly(w):
        w.editor.undo_stack.setClean()
        w.mix.close_choice = lambda: CloseChoice.CLOSE  # a live mix must not stop a test's teardown

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    window.mix.controller.clock = FakeClock()
    return window


@pytest.fixture
def sandbox():
    servers = []

    def make(**options) -> SandboxServer:
        server = SandboxServer(port=0, **options).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
