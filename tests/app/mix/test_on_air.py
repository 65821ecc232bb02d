"""Program and preview in the window: what is on air is what the service confirmed, the canvas
is compared with it (a count, red ghost outlines), an update shows its changes first, and a
guest is taken off air with one action."""

from __future__ import annotations

from designer.app.mix.controller import MixState
from tests.app.mix.boxes import send_updates
from tests.app.mix.live import later, press, wait_state

GUEST_BOX = (380.0, 630.0, 160.0, 240.0)


def _go_live(qtbot, window):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)


def _box(ghost):
    r = ghost.rect
    return (r.x, r.y, r.width, r.height)


def test_a_change_while_live_is_counted_outlined_and_cleared_by_the_update(qtbot, window,
                                                                           monkeypatch):
    _go_live(qtbot, window)
    panel, scene = window.mix.panel, window.canvas.canvas_scene
    assert "on air as shown" in window.mix.status.text()
    assert not panel.start_button.isEnabled()  # nothing to send
    assert "Nothing to send" in panel.start_button.toolTip()
    assert scene.ghosts() == []

    guest = window.editor.document.uids()[1]
    window.editor.set_layout_fields(guest, location_x=20)
    assert "1 change" in window.mix.status.text() and "not on air" in window.mix.status.text()
    assert panel.start_button.isEnabled() and "1 change" in panel.start_button.text()
    (ghost,) = scene.ghosts()  # where the guest still is on air
    assert ghost.input_stream_id == "stream_lewis02" and _box(ghost) == GUEST_BOX
    assert not ghost.gone

    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    press(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: window.mix.controller.unsent is not None
                    and window.mix.controller.unsent.empty, timeout=5000)
    assert shown == [["stream_lewis02 moves to 20, 630"]]
    assert scene.ghosts() == [] and "on air as shown" in window.mix.status.text()
    live = window.mix.connection.sandbox().state.live_para("lewis_room")
    assert live["input_stream_list"][1]["layout_params"]["location_x"] == 20


def test_going_back_from_the_changes_sends_nothing(qtbot, window, monkeypatch):
    _go_live(qtbot, window)
    window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=20)
    send_updates(monkeypatch, answer=False)
    press(qtbot, window.mix.panel.start_button)
    assert len(window.mix.controller.log.entries) == 1
    assert window.mix.controller.unsent.count == 1


def test_the_view_can_hide_the_ghosts(qtbot, window):
    _go_live(qtbot, window)
    window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=20)
    scene = window.canvas.canvas_scene
    items = [item for item in scene.items() if type(item).__name__ == "GhostItem"]
    assert len(items) == 1 and items[0].isVisible()
    window.registry["on-air-ghosts"].setChecked(False)
    assert not items[0].isVisible()
    window.registry["on-air-ghosts"].setChecked(True)
    assert items[0].isVisible()


def test_taking_a_guest_off_air_while_live_sends_the_layout_without_them(qtbot, window,
                                                                          monkeypatch):
    (copy,) = window.editor.duplicate([window.editor.document.uids()[1]])  # a second guest
    window.editor.set_stream_id(copy, "stream_lewis03")
    _go_live(qtbot, window)
    guest = window.editor.document.uids()[1]
    window.editor.select([guest])
    action = window.registry["off-air-now"]
    assert action.isVisible() and action.isEnabled() and action.text() == "Take off air now"
    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    action.trigger()
    qtbot.waitUntil(lambda: len(window.mix.controller.log.entries) == 2
                    and window.mix.controller.log.entries[1].outcome is not None, timeout=5000)
    assert shown == [["stream_lewis02 is taken off air"]]
    live = window.mix.connection.sandbox().state.live_para("lewis_room")
    assert [s["input_stream_id"] for s in live["input_stream_list"]] == [
        "stream_lewis01", "stream_lewis03"]
    assert window.canvas.canvas_scene.layer_item(guest).state.off_air  # a ghost to put back
    assert action.text() == "Put back on air now"
    later(window, 6)
    action.trigger()
    qtbot.waitUntil(lambda: len(window.mix.controller.log.entries) == 3
                    and window.mix.controller.log.entries[2].outcome is not None, timeout=5000)
    live = window.mix.connection.sandbox().state.live_para("lewis_room")
    assert [s["input_stream_id"] for s in live["input_stream_list"]] == [
        "stream_lewis01", "stream_lewis02", "stream_lewis03"]


def test_the_last_guest_off_air_is_refused_as_the_service_would_and_says_why(qtbot, window):
    _go_live(qtbot, window)
    window.editor.select([window.editor.document.uids()[1]])
    window.registry["off-air-now"].trigger()
    assert len(window.mix.controller.log.entries) == 1  # nothing sent: -21, one input left
    assert "1 error" in window.statusBar().currentMessage()


def test_off_air_now_is_only_offered_while_live(window):
    window.editor.select([window.editor.document.uids()[1]])
    assert not window.registry["off-air-now"].isVisible()
