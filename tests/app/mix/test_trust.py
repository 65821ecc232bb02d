"""The producer always knows the mix's state and never ends a show by a slip: failures show in
the status bar whatever dock is in front, Cancel asks and sits away from Start, and closing
asks about unsaved work before anything is cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from designer.app.mix.controller import MixState
from designer.app.preferences import CONFIRM_CANCEL_KEY
from designer.core.wire import Action, build_request
from designer.net.client import send
from tests.app.mix.boxes import click_button
from tests.app.mix.live import later, press, use_endpoint, wait_state
from tests.factories import APPID, spec_para

KEY = "sandbox-key-for-this-test"


def _tab_in_front(window, name: str) -> bool:
    return not window.docks[name].visibleRegion().isEmpty()


def test_a_refused_start_shows_in_the_status_bar_and_raises_the_mix_dock(qtbot, window,
                                                                          sandbox, monkeypatch):
    server = sandbox(key=KEY)
    other = {**spec_para(), "mix_stream_session_id": "someone_else"}  # already on our output
    assert send(build_request(Action.START, other, appid=APPID, key=KEY,
                              endpoint=server.url)).ok
    use_endpoint(window, server.url, KEY, monkeypatch)
    window.show_dock("session")  # the producer is looking at another tab
    assert _tab_in_front(window, "session") and not _tab_in_front(window, "mix")
    window.registry["start"].trigger()
    wait_state(qtbot, window, MixState.FAILED)
    status = window.mix.status
    assert status.isVisible() and "Start refused: code -300" in status.text()
    assert "#922b21" in status.styleSheet()  # in the refusal's colour
    assert _tab_in_front(window, "mix") and "code -300" in window.mix.panel.detail.text()


def test_no_answer_says_the_mix_may_or_may_not_have_changed(qtbot, window, sandbox,
                                                            monkeypatch):
    server = sandbox()
    url = server.url
    server.stop()  # nothing answers there any more
    use_endpoint(window, url, "any-key", monkeypatch)
    window.show_dock("history")
    window.registry["start"].trigger()
    wait_state(qtbot, window, MixState.FAILED)
    assert "may or may not have changed" in window.mix.status.text()
    assert _tab_in_front(window, "mix")


def test_cancel_asks_first_and_keep_it_running_sends_nothing(qtbot, window, monkeypatch):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)
    asked: list[str] = []
    click_button(monkeypatch, "Keep it running", asked)
    press(qtbot, window.mix.panel.cancel_button)
    assert len(asked) == 1 and "lewis_room" in asked[0]
    assert window.mix.controller.state is MixState.LIVE
    assert [entry.action for entry in window.mix.controller.log.entries] == [Action.START]


def test_the_question_can_be_turned_off(qtbot, window, monkeypatch):
    window.settings.setValue(CONFIRM_CANCEL_KEY, False)
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)
    asked: list[str] = []
    click_button(monkeypatch, "Keep it running", asked)
    window.registry["cancel"].trigger()
    wait_state(qtbot, window, MixState.COOLING_DOWN)
    assert asked == []


def test_cancel_is_not_next_to_start_in_the_toolbar(window):
    entries = window.menus.toolbar.actions()
    start = entries.index(window.registry["start"])
    cancel = entries.index(window.registry["cancel"])
    assert cancel > start + 1 and not entries[start + 1].isSeparator()  # the spacer
    toolbar = window.menus.toolbar
    gap = (toolbar.widgetForAction(window.registry["cancel"]).x()
           - toolbar.widgetForAction(window.registry["start"]).geometry().right())
    assert gap > 100


def test_closing_asks_about_unsaved_work_first_and_cancels_nothing_if_that_is_cancelled(
        qtbot, window, monkeypatch):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)
    window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=10)
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)  # the save prompt's Cancel
    assert not window.close()
    assert len(asked) == 1 and "not saved" in asked[0]  # only the save question was asked
    assert window.mix.controller.state is MixState.LIVE
    assert [entry.action for entry in window.mix.controller.log.entries] == [Action.START]


def test_discard_then_cancel_the_mix_closes_once_confirmed_asking_each_question_once(
        qtbot, window, monkeypatch):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)
    window.editor.set_layout_fields(window.editor.document.uids()[1], location_x=10)
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        wanted = "Discard" if "not saved" in box.text() else "Cancel the mix and close"
        button = next(b for b in box.buttons() if wanted in b.text())
        box.clickedButton = lambda: button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert [entry.action for entry in window.mix.controller.log.entries] == [
        Action.START, Action.CANCEL]
    assert sum("still being mixed" in text for text in asked) == 1


def test_quitting_after_a_start_with_no_answer_warns_that_a_mix_may_be_running(
        qtbot, window, sandbox, monkeypatch):
    server = sandbox()
    url = server.url
    server.stop()
    use_endpoint(window, url, "any-key", monkeypatch)
    window.registry["start"].trigger()
    wait_state(qtbot, window, MixState.FAILED)
    window.editor.undo_stack.setClean()
    asked: list[str] = []
    click_button(monkeypatch, "Don't close", asked)
    assert not window.close()
    assert len(asked) == 1 and "may be mixing" in asked[0]


def test_closing_names_the_session_on_air_not_the_one_typed_since(qtbot, window, monkeypatch):
    press(qtbot, window.mix.panel.start_button)
    wait_state(qtbot, window, MixState.LIVE)
    window.editor.set_session_field("mix_stream_session_id", "another_room")
    window.editor.undo_stack.setClean()
    asked: list[str] = []
    click_button(monkeypatch, "Don't close", asked)
    assert not window.close()
    assert len(asked) == 1 and "Session lewis_room is still being mixed" in asked[0]


def test_closing_while_a_start_has_no_answer_yet_does_not_claim_it_runs(
        qtbot, window, sandbox, monkeypatch):
    server = sandbox(delay=30)  # the start is still on its way when the window is closed
    use_endpoint(window, server.url, "any-key", monkeypatch)
    window.registry["start"].trigger()
    wait_state(qtbot, window, MixState.STARTING)
    window.editor.undo_stack.setClean()
    asked: list[str] = []
    click_button(monkeypatch, "Don't close", asked)
    assert not window.close()
    assert len(asked) == 1 and "has not been answered yet" in asked[0]
    assert "still being mixed" not in asked[0]
    server.stop()  # wakes the held reply
