"""A guest who drops while live: said at once (status bar, their box, a line by the Mix
controls) with one click each to take them off air or show a placeholder, each sending what it
says through the changes shown first; once the signal is back, the reverse. The sandbox's
control endpoint makes the guest drop, the real decoder finds them gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from designer.app.live.drops import OfferKind
from designer.app.mix.controller import MixState
from tests.app.live.conftest import control, probed_live, spin_until
from tests.app.mix.boxes import send_updates
from tests.app.mix.live import later

STREAMS = ("stream_lewis01", "stream_lewis02", "stream_lewis03")


def _go_live(qtbot, window) -> None:
    spin_until(lambda: probed_live(window, *STREAMS))
    qtbot.mouseClick(window.mix.panel.start_button, Qt.MouseButton.LeftButton)
    spin_until(lambda: window.mix.controller.state is MixState.LIVE)
    later(window, 6)  # past the FAQ 13 guard: the next update is not "so soon"


def _offer(window, stream_id: str, kind: OfferKind):
    return next((o for o in window.live.offers() if o.stream_id == stream_id
                 and o.kind is kind), None)


def _buttons(window, stream_id: str) -> dict[str, QPushButton]:
    box = window.live.offers_box()
    rows = [row for row in box.findChildren(QWidget, "liveOffer")
            if row.property("streamId") == stream_id]
    assert len(rows) == 1
    return {b.text(): b for b in rows[0].findChildren(QPushButton)}


def _sent(window) -> list[dict]:
    spin_until(lambda: not window.mix.controller.busy)
    para = window.mix.connection.sandbox().state.live_para("lewis_room")
    return para["input_stream_list"]


def _box_badge(window, index: int) -> str:
    uid = window.editor.document.uids()[index]
    return window.canvas.canvas_scene.layer_item(uid).state.badge.text


def test_a_dropped_guest_is_said_at_once_and_taken_off_air_in_one_click(qtbot, live_window,
                                                                         monkeypatch):
    window = live_window
    _go_live(qtbot, window)
    assert window.live.offers() == []
    control(window, "stream_lewis02", pushed=False)
    spin_until(lambda: _offer(window, "stream_lewis02", OfferKind.DROPPED))
    assert "No signal from stream_lewis02" in window.statusBar().currentMessage()
    assert _box_badge(window, 1) == "no signal · on air"
    buttons = _buttons(window, "stream_lewis02")
    assert set(buttons) == {"Take off air", "Show a placeholder"}
    assert len(window.mix.controller.log.entries) == 1  # nothing sent without a click

    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    qtbot.mouseClick(buttons["Take off air"], Qt.MouseButton.LeftButton)
    assert shown == [["stream_lewis02 is taken off air"]]
    assert [s["input_stream_id"] for s in _sent(window)] == ["stream_lewis01", "stream_lewis03"]
    assert window.editor.undo_stack.undoText() == "Take stream_lewis02 off air"
    spin_until(lambda: not window.live.offers())  # off air: nothing more to offer
    assert "No signal" not in window.statusBar().currentMessage()  # no longer true

    # Back: the reverse is offered, and sends the guest again.
    later(window, 6)
    control(window, "stream_lewis02", pushed=True)
    spin_until(lambda: _offer(window, "stream_lewis02", OfferKind.BACK_OFF_AIR))
    buttons = _buttons(window, "stream_lewis02")
    assert set(buttons) == {"Put back on air"}
    qtbot.mouseClick(buttons["Put back on air"], Qt.MouseButton.LeftButton)
    assert shown[-1] == ["stream_lewis02 is added on layer 2"]
    assert [s["input_stream_id"] for s in _sent(window)] == list(STREAMS)
    spin_until(lambda: not window.live.offers())


def test_a_placeholder_takes_the_guests_box_and_layer_and_gives_it_back(qtbot, live_window,
                                                                        monkeypatch):
    window = live_window
    _go_live(qtbot, window)
    on_air = _sent(window)[1]
    control(window, "stream_lewis02", pushed=False)
    spin_until(lambda: _offer(window, "stream_lewis02", OfferKind.DROPPED))
    window.live.offers_box().picture.setValue(7)
    steps = window.editor.undo_stack.count()
    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    qtbot.mouseClick(_buttons(window, "stream_lewis02")["Show a placeholder"],
                     Qt.MouseButton.LeftButton)
    assert window.editor.undo_stack.count() == steps + 1  # one undo step
    assert window.editor.undo_stack.undoText() == "Show a placeholder for stream_lewis02"
    assert shown == [["stream_lewis02's layout_params.input_type is set to 2",
                      "stream_lewis02's layout_params.picture_id is set to 7"]]
    placeholder = _sent(window)[1]
    assert placeholder["input_stream_id"] == "stream_lewis02"
    assert placeholder["layout_params"] == {**on_air["layout_params"], "input_type": 2,
                                            "picture_id": 7}

    later(window, 6)
    control(window, "stream_lewis02", pushed=True)  # still probed, though not shown
    spin_until(lambda: _offer(window, "stream_lewis02", OfferKind.BACK_PLACEHOLDER))
    qtbot.mouseClick(_buttons(window, "stream_lewis02")["Show the guest again"],
                     Qt.MouseButton.LeftButton)
    assert window.editor.undo_stack.undoText() == "Show stream_lewis02 again"
    assert _sent(window)[1] == on_air
    spin_until(lambda: not window.live.offers())


def test_the_background_is_offered_only_a_placeholder_and_told_why(qtbot, live_window):
    window = live_window
    _go_live(qtbot, window)
    control(window, "stream_lewis01", pushed=False)
    offer = None

    def dropped():
        nonlocal offer
        offer = _offer(window, "stream_lewis01", OfferKind.DROPPED)
        return offer

    spin_until(dropped)
    assert offer.background
    assert set(_buttons(window, "stream_lewis01")) == {"Show a placeholder"}
    assert any("layer 1, the background" in label.text()
               for label in window.live.offers_box().findChildren(QLabel))
