"""Driving the Mix feature in the window as a producer does: press, let time pass, wait."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.app.mix.connection import EndpointKind
from designer.app.mix.controller import MixState
from tests.factories import APPID

WAIT_MS = 5000


def press(qtbot, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def later(window, seconds: float) -> None:
    window.mix.controller.clock.advance(seconds)
    window.mix.controller.tick()


def use_endpoint(window, url: str, key: str | None = None, monkeypatch=None) -> None:
    connection = window.mix.connection
    connection.set_kind(EndpointKind.CUSTOM)
    connection.set_custom_url(url)
    connection.set_appid(APPID)
    if key is not None:
        monkeypatch.setenv("MIX_DESIGNER_KEY", key)
        connection.changed.emit()


def wait_state(qtbot, window, state: MixState) -> None:
    qtbot.waitUntil(lambda: window.mix.controller.state is state, timeout=WAIT_MS)
