"""Live inputs in the window: probing turned on, faster than the app's default, against
sandboxes on 127.0.0.1 that really play their streams (the real decoder reads them)."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from designer.app.live import feature
from designer.app.main import create_window
from designer.app.mix.feature import CloseChoice
from designer.core import presets
from designer.core.recovery import STATE_DIR_ENV
from tests.app.mix.fakes import FakeClock
from tests.factories import layout_of, spec_para

#: Seconds a test waits for what probing brings (probes end within their timeout).
WAIT = 20.0


@pytest.fixture(autouse=True)
def live_inputs_off_by_default(monkeypatch):
    """Overrides tests/app's: here probing keeps the app's own defaults, and probes again
    every half second."""
    monkeypatch.setitem(feature.PROBE_OPTIONS, "interval", 0.5)


def spin_until(condition: Callable[[], object], seconds: float = WAIT) -> None:
    """Run the event loop until ``condition()`` holds. Not qtbot.waitUntil: QTest.qWait
    keeps the GIL while it sleeps, which starves the probe threads."""
    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds:g} s")
        app.processEvents()
        time.sleep(0.01)


def spin(seconds: float) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def control(window, stream_id: str, **body) -> dict:
    """POST to the built-in sandbox's control endpoint: a guest drops or comes back."""
    origin = window.mix.connection.sandbox().url.rsplit("/", 1)[0]
    request = urllib.request.Request(f"{origin}/control/streams/{stream_id}", method="POST",
                                     data=json.dumps(body).encode())
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


def probed_live(window, *stream_ids: str) -> bool:
    states = window.live.states
    return all((s := states.get(sid)) is not None and s.live for sid in stream_ids)


@pytest.fixture
def preset(tmp_path):
    """The spec's link-mic with a second guest (one guest off air still leaves a mix)."""
    para = spec_para()
    guest = json.loads(json.dumps(para["input_stream_list"][1]))
    guest["input_stream_id"] = "stream_lewis03"
    guest["layout_params"].update(image_layer=3, location_y=370)
    para["input_stream_list"].append(guest)
    path = tmp_path / "link-mic.json"
    presets.save(path, layout_of(para, {0: (540, 960), 1: (320, 480), 2: (320, 480)}))
    return path


@pytest.fixture
def live_window(qtbot, tmp_path, monkeypatch, preset):
    """The window on the built-in sandbox (live inputs on, its default there)."""
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    window = create_window(str(preset), offer_recovery=False)

    def close_quietly(w):
        w.editor.undo_stack.setClean()
        w.mix.close_choice = lambda: CloseChoice.CLOSE

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    window.mix.controller.clock = FakeClock()
    return window
