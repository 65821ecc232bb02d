"""The mix session's state machine: start, switch (update) and cancel, within the spec's rules.

    Idle → Starting → Live ⇄ Updating → Cancelling → Cooling down → Idle,  and Failed.

Nothing is shown as Live unless the service answered code 0: a refusal or a transport error
leaves the state where the service left it (a refused update keeps the mix live with the old
layout; a start that timed out may or may not have started, and says so). Requests run in a
worker thread (:class:`~designer.app.mix.runner.Runner`); the clock is injected so that the 5 s
and 30 s rules are tested without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from designer.app.editor import DocumentEditor
from designer.app.messages import error_text
from designer.app.mix.connection import NotReady, Target
from designer.app.mix.runner import Runner
from designer.core.api3 import Api3Request, build_api3_request, carried_para
from designer.core.diff import LayoutDiff, diff_paras
from designer.core.errors import ServiceRefusal, TransportError
from designer.core.limits import Wire
from designer.core.mixrules import (
    CANCEL_MIN_AGE,
    RESTART_AFTER,
    SWITCH_WARN_INTERVAL,
    next_session_id,
    seconds_left,
)
from designer.core.model import Layout, MixPara
from designer.core.problems import errors
from designer.core.requestlog import LogEntry, Outcome, RequestLog, SentRequest
from designer.core.sending import sent_layout, sent_para
from designer.core.wire import Action, SignedRequest, build_request

#: Two presses closer than this are one double click: the second is ignored, so a double
#: click on Start can never become a start and then a switch.
DOUBLE_PRESS = 0.5
#: How often countdowns are looked at while one runs.
TICK_MS = 200
#: -30300: the service has no such session, so after this answer nothing is running (on
#: API 3.0 also the codes core.api3codes.SPEC_EQUIVALENTS maps to it).
NO_SUCH_SESSION = -30300


class MixState(StrEnum):
    IDLE = "idle"
    STARTING = "starting"
    LIVE = "live"
    UPDATING = "updating"
    CANCELLING = "cancelling"
    COOLING_DOWN = "cooling-down"
    FAILED = "failed"


BUSY = frozenset({MixState.STARTING, MixState.UPDATING, MixState.CANCELLING})


class Connection(Protocol):
    def missing(self) -> str | None: ...
    def target(self) -> Target: ...


@dataclass(frozen=True, slots=True)
class Failure:
    """Why the last request did not do what was asked: the service's code, or no answer."""

    action: Action
    outcome: Outcome
    #: A transport error after sending: the service may or may not have acted on it.
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class LiveMix:
    """What the service confirmed is running, and where: cancel and switch go there.

    ``program`` is the layout on air: what was sent (hidden inputs left out) with the last
    request the service answered with code 0. The canvas is the preview.
    """

    target: Target = field(repr=False)
    session_id: str
    output_id: str
    started_at: float
    switched_at: float
    program: Layout = field(repr=False, compare=False)


class MixController(QObject):
    #: Anything the Mix panel shows may have changed: state, countdowns, readiness.
    changed = Signal()
    state_changed = Signal(str)
    entry_added = Signal(object)    # LogEntry, before sending
    entry_settled = Signal(object)  # LogEntry with its outcome
    #: A start or an update of the document as it is now is on its way.
    sending = Signal()

    def __init__(self, editor: DocumentEditor, connection: Connection, *,
                 send: Callable[[SentRequest], Any] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 runner: Any = None, parent: QObject | None = None):
        super().__init__(parent)
        self.editor, self.connection = editor, connection
        self._send = send or _default_send
        #: Monotonic seconds; replaceable so that tests step through the 5 s and 30 s rules.
        self.clock = clock
        self._runner = runner if runner is not None else Runner(self)
        self.log = RequestLog()
        self._state = MixState.IDLE
        self.live: LiveMix | None = None
        #: The mix a start was sent for, until its answer: what an uncertain failure concerns.
        self._attempt: LiveMix | None = None
        self.failure: Failure | None = None
        self._cancel_due: float | None = None
        #: The layout a start or update in flight sends: on air once the service says 0.
        self._sending: Layout | None = None
        #: What the preview would change on air (None when nothing is live).
        self.unsent: LayoutDiff | None = None
        self._cancelled_at: dict[str, float] = {}
        self._last_press = float("-inf")
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        editor.problems_changed.connect(self._document_changed)

    # -- what the panel reads ------------------------------------------------------------

    @property
    def state(self) -> MixState:
        return self._state

    @property
    def busy(self) -> bool:
        return self._state in BUSY

    @property
    def pending(self) -> LiveMix | None:
        """The mix that runs (confirmed), else the one a start without an answer (yet) may
        have started: what a cancel would stop."""
        return self.live or self._attempt

    @property
    def is_update(self) -> bool:
        """Start, pressed now, switches the running mix to the current layout."""
        return self.live is not None

    def session_id(self) -> str:
        return self.editor.layout.para.mix_stream_session_id or ""

    def output_id(self) -> str:
        return self.editor.layout.para.output_stream_id or ""

    def start_blocker(self) -> str | None:
        """Why Start (or Update) cannot be pressed now, in the producer's words; None if it can."""
        if self.busy:
            return self.tr("Waiting for the service's answer to the last request.")
        if count := len(errors(self.editor.problems)):
            return self.tr("The layout has %n error(s): fix them first (see Problems).", "",
                           count)
        if self.live is not None:
            if (self.session_id(), self.output_id()) != (self.live.session_id,
                                                         self.live.output_id):
                return self.tr("The session id or output id changed since the mix started; an "
                               "update must keep them. Change them back, or cancel the mix first.")
            if self.unsent is not None and self.unsent.empty:
                return self.tr("Nothing to send: the canvas is what is on air.")
            return None
        if left := self.cooldown_left():
            return self.tr("Session %1 was cancelled: the service takes the same session id again "
                           "in %2 s. Wait, or use a new session id.").replace(
                "%1", self.session_id()).replace("%2", str(left))
        return self.connection.missing()

    def unsent_text(self) -> str:
        """How far the canvas is from what is on air: "3 changes not on air" ("may or may not be
        on air" after an update that got no answer); "" when nothing is live."""
        if self.unsent is None:
            return ""
        if self.unsent.empty:
            return self.tr("on air as shown")
        failure = self.failure
        if failure is not None and failure.uncertain and failure.action is Action.START:
            # An update that got no answer: the service may have switched to it, or not.
            return self.tr("%n change(s) may or may not be on air", "", self.unsent.count)
        return self.tr("%n change(s) not on air", "", self.unsent.count)

    def can_cancel(self) -> bool:
        if self.busy or self._cancel_due is not None:
            return False
        return self.live is not None or (self.failure is not None and self.failure.uncertain
                                         and self._attempt is not None)

    def cancel_in(self) -> int | None:
        """Seconds until a cancel pressed too early is sent; None if none is waiting."""
        if self._cancel_due is None:
            return None
        return seconds_left(self._cancel_due, 0, self.clock())

    def cooldown_left(self, session_id: str | None = None) -> int:
        """Seconds until the service takes ``session_id`` (default: the document's) again."""
        cancelled = self._cancelled_at.get(self.session_id() if session_id is None
                                           else session_id)
        return 0 if cancelled is None else seconds_left(cancelled, RESTART_AFTER,
                                                        self.clock())

    def switch_too_soon(self) -> bool:
        """FAQ 13: switching again this soon after the last start or switch deserves a warning."""
        live = self.live
        return live is not None and self.clock() - live.switched_at < SWITCH_WARN_INTERVAL

    # -- what the producer does ----------------------------------------------------------

    def start(self) -> bool:
        """Start the mix, or switch the running one to the current layout. False if ignored."""
        if not self._press() or self.start_blocker() is not None:
            return False
        # What goes on air: the hidden inputs left out (validated on every change:
        # start_blocker saw its errors).
        sending = sent_layout(self.editor.layout).layout
        updating = self.live is not None
        try:
            target = self.live.target if self.live is not None else self.connection.target()
        except NotReady:
            return False  # start_blocker says what is missing
        except OSError as error:  # the built-in sandbox could not listen
            self.failure = Failure(Action.START, Outcome(error_kind=type(error).__name__,
                                                         error=error_text(error)))
            self._set_state(MixState.FAILED)
            return False
        request = _request(Action.START, sending, target)
        self._sending = sending
        self.sending.emit()
        if not updating:
            now = self.clock()
            self._attempt = LiveMix(target, self.session_id(), self.output_id(), now, now,
                                    sending)
        self._set_state(MixState.UPDATING if updating else MixState.STARTING)
        self._submit(request, switch=updating)
        return True

    def cancel(self, *, pressed: bool = True) -> bool:
        """Cancel the mix; pressed within 5 s of its start, the cancel waits and is sent then.

        ``pressed=False`` for a cancel the app decides on (closing the window), which no
        double-click guard should swallow.
        """
        if (pressed and not self._press()) or not self.can_cancel():
            return False
        mix = self.pending
        assert mix is not None  # can_cancel said so
        due = mix.started_at + CANCEL_MIN_AGE
        if self.live is not None and self.clock() < due:
            self._cancel_due = due
            self._timer.start()
            self.changed.emit()
            return True
        self._send_cancel(mix)
        return True

    def adopt(self, target: Target, session_id: str, output_id: str, program: Layout, *,
              started_ago: float, confirmed_ago: float) -> None:
        """Take as on air a mix this window did not start (one a crashed session left
        running): updates and cancel then go to it, and the canvas is compared with
        ``program``. Nothing is sent."""
        now = self.clock()
        self.live = LiveMix(target, session_id, output_id, now - max(started_ago, 0.0),
                            now - max(confirmed_ago, 0.0), program)
        self._attempt, self.failure = None, None
        self._compare_with_program()
        self._set_state(MixState.LIVE)

    def keep_running(self) -> None:
        """Call off a cancel that is waiting for the 5 s rule."""
        if self._cancel_due is not None:
            self._cancel_due = None
            self.changed.emit()

    def use_new_session_id(self) -> str:
        """Give the document a session id the service will take now (one step to undo)."""
        taken = set(self._cancelled_at) | ({self.live.session_id} if self.live else set())
        new_id = next_session_id(self.session_id() or "mix", taken)
        self.editor.set_session_field("mix_stream_session_id", new_id)
        return new_id

    def tick(self) -> None:
        """Look at the clock: send a due cancel, end a cool-down, refresh countdowns."""
        now = self.clock()
        if (self._cancel_due is not None and now >= self._cancel_due and self.live is not None
                and not self.busy):  # an update in flight first gets its answer
            self._cancel_due = None
            self._send_cancel(self.live)
        for session_id, at in list(self._cancelled_at.items()):
            if now - at >= RESTART_AFTER:
                del self._cancelled_at[session_id]
        self._settle_idle()
        if self._cancel_due is None and not self._cancelled_at:
            self._timer.stop()
        self.changed.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the request in flight (closing the window, tests)."""
        return self._runner.wait(msecs)

    # -- sending and answers -------------------------------------------------------------

    def _send_cancel(self, mix: LiveMix) -> None:
        # The ids the service confirmed, not the document's: they may have been edited since.
        ids = Layout(para=MixPara(mix_stream_session_id=mix.session_id,
                                  output_stream_id=mix.output_id))
        request = _request(Action.CANCEL, ids, mix.target)
        self._set_state(MixState.CANCELLING)
        self._submit(request)

    def _submit(self, request: SignedRequest, switch: bool = False) -> None:
        entry = self.log.add(request, datetime.now(), switch=switch)
        self.entry_added.emit(entry)
        self._runner.submit(lambda: self._send(request), lambda result: self._answered(
            entry, result))

    def _answered(self, entry: LogEntry, result: Any) -> None:
        outcome = _outcome(result)
        settled = self.log.settle(entry.serial, outcome)
        self.entry_settled.emit(settled)
        action, now = entry.action, self.clock()
        uncertain = outcome.code is None and isinstance(result, TransportError)
        failure = None if outcome.ok else Failure(action, outcome, uncertain)
        if action is Action.START:
            self._start_answered(failure, now)
        else:
            self._cancel_answered(failure, now)

    def _start_answered(self, failure: Failure | None, now: float) -> None:
        self.failure = failure
        sending, self._sending = self._sending, None
        if self._state is MixState.UPDATING:
            if failure is None and self.live is not None and sending is not None:
                self.live = replace(self.live, switched_at=now, program=sending)
            # A refused switch leaves the previous layout running.
            self._compare_with_program()
            self._set_state(MixState.LIVE)
            return
        if failure is None and self._attempt is not None:
            self.live = replace(self._attempt, started_at=now, switched_at=now)
            self._attempt = None
            self._compare_with_program()
            self._set_state(MixState.LIVE)
        else:
            self._set_state(MixState.FAILED)

    def _cancel_answered(self, failure: Failure | None, now: float) -> None:
        self.failure = failure
        mix = self.pending
        if failure is None or _no_such_session(failure.outcome):
            # Either way nothing runs under this session any more.
            if mix is not None and failure is None:
                self._cancelled_at[mix.session_id] = now
                self._timer.start()
            self.live = self._attempt = None
            self._compare_with_program()
            self._set_state(MixState.FAILED if failure else MixState.COOLING_DOWN)
            self._settle_idle()
            return
        # Refused or unanswered: as far as anyone knows, the mix is still running.
        self._set_state(MixState.LIVE if self.live is not None else MixState.FAILED)

    # -- state ---------------------------------------------------------------------------

    def _press(self) -> bool:
        now = self.clock()
        if now - self._last_press < DOUBLE_PRESS:
            return False
        self._last_press = now
        return True

    def _set_state(self, state: MixState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)
        self.changed.emit()

    def _settle_idle(self) -> None:
        # Cooling down is about the document's session id: another id is free at once.
        if self._state in (MixState.IDLE, MixState.COOLING_DOWN):
            self._set_state(MixState.COOLING_DOWN if self.cooldown_left() else MixState.IDLE)

    def _document_changed(self, *_: object) -> None:
        self._compare_with_program()
        self._settle_idle()
        self.changed.emit()

    def _compare_with_program(self) -> None:
        """What an update would change on air: the preview against the program."""
        live = self.live
        if live is None:
            self.unsent = None
            return
        # As the live mix's wire carries them: on API 3.0 its own fields count, v2-only keys do
        # not (they are never sent there).
        carried = carried_para if live.target.wire is Wire.API3 else sent_para
        self.unsent = diff_paras(carried(live.program), carried(self.editor.layout))


def _request(action: Action, layout: Layout, target: Target) -> SentRequest:
    """The request of ``action`` for ``layout`` on the target's wire."""
    if target.wire is Wire.API3 and target.pair is not None:
        return build_api3_request(action, layout, endpoint=target.endpoint,
                                  credentials=target.pair)
    return build_request(action, layout.para.to_wire(), appid=target.appid, key=target.key,
                         endpoint=target.endpoint)


def _no_such_session(outcome: Outcome) -> bool:
    """The service has no such session: -30300, or an API 3.0 code that stands for it
    (``FailedOperation.CancelSessionNotExist`` with a plain message, no legacy code inside)."""
    spec = outcome.spec  # the spec code an API 3.0 code is the equivalent of (SPEC_EQUIVALENTS)
    return spec is not None and spec.code == NO_SUCH_SESSION


def _outcome(result: Any) -> Outcome:
    if isinstance(result, ServiceRefusal):  # API 3.0 answered and refused
        legacy = result.legacy_code
        return Outcome(code=legacy if legacy is not None else result.code,
                       message=result.message, request_id=result.request_id)
    if isinstance(result, TransportError):
        # In the window's language: the log shows it, and a saved log is read by the same crew.
        return Outcome(error_kind=type(result).__name__, error=error_text(result))
    if isinstance(result, BaseException):
        # A bug, not the network: reported like a transport failure, never as a traceback.
        return Outcome(error_kind=type(result).__name__, error=str(result)[:300])
    if getattr(result, "request_id", None) is not None:  # API 3.0's success
        return Outcome(code=0, latency=result.latency, request_id=result.request_id)
    return Outcome(code=result.code, message=result.message, latency=result.latency)


def _default_send(request: SentRequest) -> Any:
    # Imported here: only a window that sends pays for requests (and Tencent's SDK).
    if isinstance(request, Api3Request):
        from designer.net import api3 as api3_client

        return api3_client.send(request.api_action, request.params, request.credentials,
                                endpoint=request.url)
    from designer.net.client import send

    return send(request)
