"""The mix controller's state machine, stepped by hand: a fake clock, a scripted service."""

from __future__ import annotations

from typing import Any

import pytest

from designer.app.mix.controller import MixController, MixState
from designer.app.mix.status import state_badge, status_line
from designer.core.errors import RequestTimeout, ServiceRefusal
from tests.app.mix.fakes import FakeClock, FakeConnection, FakeService, InlineRunner, reply
from tests.factories import spec_para

S = MixState


class ManualRunner:
    """Holds each request until the test lets it through: the controller is then busy."""

    def __init__(self):
        self.pending: list[tuple[Any, Any]] = []

    def submit(self, work, then):
        self.pending.append((work, then))

    def finish(self):
        work, then = self.pending.pop(0)
        InlineRunner().submit(work, then)

    def wait(self, msecs=-1):
        return True


@pytest.fixture
def rig(make_editor):
    class Rig:
        def __init__(self, runner=None, para=None):
            self.clock = FakeClock()
            self.service = FakeService()
            self.connection = FakeConnection()
            self.editor = make_editor(para)
            self.controller = MixController(self.editor, self.connection, send=self.service,
                                            clock=self.clock, runner=runner or InlineRunner())
            self.states: list[str] = []
            self.controller.state_changed.connect(self.states.append)

        def later(self, seconds: float = 1.0) -> None:
            """Time passes (more than a double click) and the countdown timer fires."""
            self.clock.advance(seconds)
            self.controller.tick()

        def start_live(self) -> None:
            assert self.controller.start()
            assert self.controller.state is S.LIVE

    return Rig


def test_start_goes_live_only_on_code_0_with_the_documents_layout(rig):
    r = rig()
    assert r.controller.start_blocker() is None
    assert r.controller.start()
    assert r.states == ["starting", "live"]
    (para,) = r.service.paras()
    assert para["interface"] == "mix_streamv2.start_mix_stream_advanced"
    assert para["mix_stream_session_id"] == "lewis_room"
    assert para["input_stream_list"][1]["layout_params"]["location_x"] == 380
    assert r.controller.live.session_id == "lewis_room"
    assert r.controller.is_update


def test_a_layout_with_errors_cannot_start_and_the_reason_points_to_problems(rig):
    r = rig()
    r.editor.set_session_field("mix_stream_session_id", "not valid!")
    assert "error" in r.controller.start_blocker()
    assert not r.controller.start()
    assert r.service.sent == [] and r.controller.state is S.IDLE


def test_missing_credentials_block_start_with_the_connections_words(rig):
    r = rig()
    r.connection.problem = "Enter the API key"
    assert r.controller.start_blocker() == "Enter the API key"
    assert not r.controller.start()
    assert r.service.sent == []


def test_start_while_live_switches_the_same_session_to_the_new_layout(rig):
    r = rig()
    r.start_live()
    uid = r.editor.document.uids()[1]
    r.editor.set_layout_fields(uid, location_x=100)
    r.later(10)
    assert r.controller.start()
    assert r.states == ["starting", "live", "updating", "live"]
    first, second = r.service.paras()
    assert (second["mix_stream_session_id"], second["output_stream_id"]) == (
        first["mix_stream_session_id"], first["output_stream_id"])
    assert second["input_stream_list"][1]["layout_params"]["location_x"] == 100


def test_an_update_must_keep_the_session_and_output_ids(rig):
    r = rig()
    r.start_live()
    r.editor.set_session_field("mix_stream_session_id", "another_room")
    r.later(10)
    assert "cancel the mix first" in r.controller.start_blocker()
    assert not r.controller.start()
    assert len(r.service.sent) == 1


def test_switching_again_within_a_few_seconds_is_flagged_faq13(rig):
    r = rig()
    r.start_live()
    r.later(2)
    assert r.controller.switch_too_soon()
    r.later(4)
    assert not r.controller.switch_too_soon()


def test_cancel_within_5_s_is_scheduled_counts_down_and_is_sent_when_due(rig):
    r = rig()
    r.start_live()
    r.later(1)
    assert r.controller.cancel()
    assert len(r.service.sent) == 1  # nothing sent yet
    assert r.controller.cancel_in() == 4 and r.controller.state is S.LIVE
    r.later(2)
    assert r.controller.cancel_in() == 2 and len(r.service.sent) == 1
    r.later(2)
    assert r.controller.cancel_in() is None
    cancel = r.service.paras()[-1]
    assert cancel == {"app_id": 1252500000, "interface": "mix_streamv2.cancel_mix_stream",
                      "mix_stream_session_id": "lewis_room", "output_stream_id": "stream_lewis01"}
    assert r.states[-2:] == ["cancelling", "cooling-down"]


def test_a_scheduled_cancel_can_be_called_off(rig):
    r = rig()
    r.start_live()
    r.later(1)
    r.controller.cancel()
    r.controller.keep_running()
    r.later(10)
    assert len(r.service.sent) == 1 and r.controller.state is S.LIVE


def test_cancel_after_5_s_is_sent_at_once(rig):
    r = rig()
    r.start_live()
    r.later(5)
    assert r.controller.cancel()
    assert r.service.paras()[-1]["interface"] == "mix_streamv2.cancel_mix_stream"
    assert r.controller.state is S.COOLING_DOWN


def test_the_same_session_restarts_only_after_30_s(rig):
    r = rig()
    r.start_live()
    r.later(6)
    r.controller.cancel()
    r.later(1)
    assert r.controller.cooldown_left() == 29
    assert "29 s" in r.controller.start_blocker()
    assert not r.controller.start()
    r.later(28)
    assert r.controller.state is S.COOLING_DOWN and r.controller.cooldown_left() == 1
    r.later(1)
    assert r.controller.state is S.IDLE and r.controller.start_blocker() is None
    assert r.controller.start() and r.controller.state is S.LIVE


def test_a_new_session_id_ends_the_cool_down_at_once_and_is_one_undo_step(rig):
    r = rig()
    r.start_live()
    r.later(6)
    r.controller.cancel()
    r.later(1)
    new_id = r.controller.use_new_session_id()
    assert new_id == "lewis_room_2"
    assert r.controller.state is S.IDLE and r.controller.start_blocker() is None
    r.editor.undo_stack.undo()
    assert r.controller.state is S.COOLING_DOWN


def test_a_double_click_sends_once_even_after_a_quick_answer(rig):
    r = rig()
    assert r.controller.start()
    r.clock.advance(0.2)  # the second click of a double click: the mix is already live
    assert not r.controller.start()
    assert len(r.service.sent) == 1


def test_presses_while_a_request_is_in_flight_send_nothing(rig):
    runner = ManualRunner()
    r = rig(runner)
    r.controller.start()
    assert r.controller.state is S.STARTING and r.controller.busy
    r.clock.advance(1)
    assert not r.controller.start() and not r.controller.cancel()
    assert "Waiting" in r.controller.start_blocker()
    runner.finish()
    assert r.controller.state is S.LIVE and len(r.service.sent) == 1


def test_a_refused_start_fails_with_the_code_and_the_specs_advice(rig):
    r = rig()
    r.service.answers = [reply(-505, "stream not found")]
    assert r.controller.start()
    assert r.controller.state is S.FAILED and r.controller.live is None
    failure = r.controller.failure
    assert failure.outcome.code == -505 and not failure.uncertain
    assert "5s" in failure.outcome.spec.advice("zh")
    assert not r.controller.can_cancel()
    r.later()
    assert r.controller.start() and r.controller.state is S.LIVE
    assert r.controller.failure is None


def test_a_start_without_an_answer_may_have_started_so_cancel_is_offered(rig):
    r = rig()
    r.service.answers = [RequestTimeout("no answer within 10 s")]
    r.controller.start()
    assert r.controller.state is S.FAILED and r.controller.failure.uncertain
    assert r.controller.live is None  # never shown as live without code 0
    assert r.controller.can_cancel()
    r.later()
    r.controller.cancel()
    assert r.service.paras()[-1]["interface"] == "mix_streamv2.cancel_mix_stream"
    assert r.controller.state is S.COOLING_DOWN


def test_a_start_without_an_answer_is_not_badged_a_plain_failure(rig):
    r = rig()
    r.service.answers = [RequestTimeout("no answer within 10 s")]
    r.controller.start()
    badge, _ = state_badge(r.controller.state, r.controller)
    assert badge == "No answer: may be running"


def test_a_refused_start_is_badged_failed(rig):
    r = rig()
    r.service.answers = [reply(-505, "stream not found")]
    r.controller.start()
    assert state_badge(r.controller.state, r.controller)[0] == "Failed"


def test_after_an_update_without_an_answer_its_changes_may_or_may_not_be_on_air(rig):
    r = rig()
    r.start_live()
    r.editor.set_layout_fields(r.editor.document.uids()[1], location_x=100)
    assert r.controller.unsent_text() == "1 change(s) not on air"
    r.later(10)
    r.service.answers = [RequestTimeout("no answer within 10 s")]
    assert r.controller.start()
    assert r.controller.state is S.LIVE and r.controller.failure.uncertain
    assert r.controller.unsent_text() == "1 change(s) may or may not be on air"
    line, _ = status_line(r.controller)
    assert "not on air" not in line and "may or may not" in line
    r.later(10)
    assert r.controller.start()  # answered this time: on air
    assert r.controller.unsent_text() == "on air as shown"


def test_a_refused_update_keeps_the_previous_layout_live(rig):
    r = rig()
    r.start_live()
    program = r.controller.live.program
    r.editor.set_layout_fields(r.editor.document.uids()[1], location_x=10)
    r.service.answers = [reply(-300, "output in use")]
    r.later(10)
    r.controller.start()
    assert r.controller.state is S.LIVE and r.controller.failure.outcome.code == -300
    assert r.controller.live.session_id == "lewis_room"
    assert r.controller.live.program is program and r.controller.unsent.count == 1


# -- program (what is on air) and preview (the canvas) -------------------------------------


def test_on_air_is_what_the_service_confirmed_and_the_canvas_is_compared_with_it(rig):
    r = rig()
    assert r.controller.unsent is None  # nothing is live
    r.start_live()
    assert r.controller.unsent.empty
    assert "Nothing to send" in r.controller.start_blocker()
    guest = r.editor.document.uids()[1]
    r.editor.set_layout_fields(guest, location_x=20, location_y=630)
    r.editor.set_session_field("output_stream_bitrate", 1500)
    assert r.controller.unsent.count == 2 and r.controller.start_blocker() is None
    r.later(10)
    assert r.controller.start()
    sent = r.service.paras()[-1]
    assert sent["input_stream_list"][1]["layout_params"]["location_x"] == 20
    assert r.controller.live.program.para.to_wire()["output_stream_bitrate"] == 1500
    assert r.controller.unsent.empty
    r.editor.undo_stack.undo()
    assert r.controller.unsent.count == 1  # the canvas moved away from what is on air


def test_a_hidden_input_is_not_sent_and_counts_as_a_change_on_air(rig):
    r = rig(para={**spec_para(), "input_stream_list": [
        *spec_para()["input_stream_list"],
        {"input_stream_id": "logo", "layout_params": {"image_layer": 3, "input_type": 2,
                                                      "picture_id": 7}}]})
    r.start_live()
    logo = r.editor.document.uids()[2]
    r.editor.set_design_fields(logo, visible=False)
    (change,) = r.controller.unsent.inputs
    assert (change.input_stream_id, change.change) == ("logo", "removed")
    r.later(10)
    assert r.controller.start()
    assert [s["input_stream_id"] for s in r.service.paras()[-1]["input_stream_list"]] == [
        "stream_lewis01", "stream_lewis02"]


def test_a_refused_cancel_leaves_the_mix_live(rig):
    r = rig()
    r.start_live()
    r.service.answers = [reply(-31003, "output mismatch")]
    r.later(6)
    r.controller.cancel()
    assert r.controller.state is S.LIVE and r.controller.failure.outcome.code == -31003
    assert r.controller.can_cancel()


def test_cancel_answered_no_such_session_means_nothing_runs(rig):
    r = rig()
    r.start_live()
    r.service.answers = [reply(-30300, "no session")]
    r.later(6)
    r.controller.cancel()
    assert r.controller.state is S.FAILED and r.controller.live is None
    assert r.controller.cooldown_left() == 0


@pytest.mark.parametrize("code", ["FailedOperation.CancelSessionNotExist",
                                  "InvalidParameter.CancelSessionNotExist"])
def test_an_api3_no_such_session_without_a_legacy_code_means_nothing_runs(rig, code):
    # The real API 3.0 service may answer with a plain message, no wrapped -30300 inside.
    r = rig()
    r.start_live()
    r.service.answers = [ServiceRefusal(code, "The session does not exist.", "req-1")]
    r.later(6)
    r.controller.cancel()
    assert r.controller.failure.outcome.code == code
    assert r.controller.state is S.FAILED and r.controller.live is None
    assert r.controller.unsent is None


def test_an_api3_refusal_of_another_kind_leaves_the_mix_live(rig):
    r = rig()
    r.start_live()
    r.service.answers = [ServiceRefusal("InternalError", "try again", "req-2")]
    r.later(6)
    r.controller.cancel()
    assert r.controller.state is S.LIVE and r.controller.live is not None


def test_an_unexpected_error_in_sending_fails_cleanly(rig):
    r = rig()
    r.service.answers = [ValueError("boom")]
    r.controller.start()
    assert r.controller.state is S.FAILED
    assert r.controller.failure.outcome.error_kind == "ValueError"


def test_cancel_uses_the_ids_the_service_confirmed_not_later_edits(rig):
    r = rig()
    r.start_live()
    r.editor.set_session_field("mix_stream_session_id", "edited")
    r.later(6)
    r.controller.cancel()
    assert r.service.paras()[-1]["mix_stream_session_id"] == "lewis_room"


def test_every_request_is_logged_then_settled_with_its_outcome(rig):
    r = rig()
    added, settled = [], []
    r.controller.entry_added.connect(added.append)
    r.controller.entry_settled.connect(settled.append)
    r.service.answers = [reply(0), reply(-31003, "mismatch")]
    r.start_live()
    r.later(6)
    r.controller.cancel()
    assert [e.action.value for e in added] == ["start", "cancel"]
    assert [e.outcome.code for e in settled] == [0, -31003]
    assert [e.outcome.code for e in r.controller.log.entries] == [0, -31003]


def test_an_endpoint_that_cannot_be_opened_fails_with_its_reason(rig):
    r = rig()

    def no_port():
        raise OSError("Address already in use")

    r.connection.target = no_port
    assert not r.controller.start()
    assert r.controller.state is S.FAILED and r.service.sent == []
    assert "in use" in r.controller.failure.outcome.error
