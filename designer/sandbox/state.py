"""What the sandbox answers: the service's checks and session rules, with no sockets.

One call, :meth:`SandboxState.handle`, takes a request's query and body and returns the JSON
reply. The clock is injected so that the 30 s rule and sign expiry can be tested without
waiting. Checks run in the order the real service appears to use: URL, sign, body envelope,
the para's own rules (core validation), the live side (streams file), then sessions.
"""

from __future__ import annotations

import copy
import hmac
import math
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from pydantic import SecretStr, ValidationError

from designer.core import jsonvalues
from designer.core.codes import SIGN_EXPIRED, SIGN_INVALID
from designer.core.errors import FileError
from designer.core.geometry import background_input, pixel_size, reference_stream
from designer.core.loader import envelope_problems, parse_json
from designer.core.mixrules import RESTART_AFTER
from designer.core.model import (
    CANCEL_INTERFACE,
    INT32_MAX,
    INTERFACE_NAME,
    START_INTERFACE,
    STREAM_VIDEO_TYPES,
    InputStream,
    InputType,
    Layout,
    MixPara,
)
from designer.core.problems import Problem
from designer.core.validation import (
    parse_problems,
    short_repr,
    validate,
    validate_cancel,
)
from designer.core.wire import is_body, read_request, sign
from designer.sandbox.streams import StreamRegistry

SUCCESS_MESSAGE = "Success!"
#: Word for word what the real service answers (-28) when a canvas's size stream is missing.
BACKGROUND_MISSING = "Get background height and width failed, background stream no exist!"
#: Input types that name a pushed stream (pictures and canvases are not streams).
PUSHED_TYPES = frozenset({InputType.AUDIO_VIDEO, InputType.AUDIO_ONLY, InputType.VIDEO_ONLY})

_DIGITS = re.compile(r"[0-9]{1,19}")


class _Answer(Exception):
    """A refusal found deep in the checks, carried back to :meth:`SandboxState.handle`."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class LiveSession:
    output_id: str
    #: The para as received, so a test (or the window) can see which layout is running.
    para: dict[str, Any]
    started_at: float


class SandboxState:
    """The service's memory (live sessions, recent cancels) and its rules. Thread-safe."""

    def __init__(
        self,
        key: str | SecretStr,
        streams: StreamRegistry | None = None,
        clock: Callable[[], float] = time.time,
    ):
        # Kept as a SecretStr so that no repr or traceback of the state can show it.
        self._key = key if isinstance(key, SecretStr) else SecretStr(key)
        self._streams = streams or StreamRegistry.everything_pushed()
        self._clock = clock
        self._lock = threading.Lock()
        self._live: dict[str, LiveSession] = {}
        self._cancelled: dict[str, float] = {}

    # -- the one entry point -------------------------------------------------------------

    def handle(self, query: Mapping[str, str], raw_body: bytes) -> dict[str, Any]:
        """The reply to one request: ``{"code", "message", "event_id", "timestamp"}``."""
        parsed = _parse(raw_body)  # outside the lock: a big body must not hold up others
        with self._lock:
            now = self._clock()
            try:
                appid = self._check_query(query, now)
                para = _check_body(parsed, appid)
                code, message = self._dispatch(para, now)
            except _Answer as answer:
                code, message = answer.code, answer.message
            return {
                "code": code,
                "message": message,
                "event_id": _echo_event_id(parsed),
                "timestamp": int(now),
            }

    def refusal(self, code: int, message: str) -> dict[str, Any]:
        """A reply for a request refused before it could be read (the server's size limit)."""
        return {"code": code, "message": message, "event_id": "0",
                "timestamp": int(self._clock())}

    def live_sessions(self) -> dict[str, str]:
        """Running mixes: session id → output stream id (a copy)."""
        with self._lock:
            return {sid: live.output_id for sid, live in self._live.items()}

    @property
    def streams(self) -> StreamRegistry:
        """The pushed streams: the live route plays them, the control endpoint changes them."""
        return self._streams

    # -- another wire (API 3.0, designer.sandbox.api3): read there, judged here ----------

    @property
    def key(self) -> SecretStr:
        """The secret requests are signed with: the MD5 key, and API 3.0's SecretKey."""
        return self._key

    def now(self) -> float:
        return self._clock()

    def start_parsed(self, layout: Layout,
                     check: Callable[[Layout], list[Problem]]) -> tuple[int, str]:
        """A start already read from another wire: ``check`` is that wire's validation, then
        the same live-side checks and session rules as :meth:`handle`. (code, message)."""
        with self._lock:
            try:
                return self._start_layout(layout, layout.para.to_wire(), self._clock(), check)
            except _Answer as answer:
                return answer.code, answer.message

    def cancel_parsed(self, session_id: str) -> tuple[int, str]:
        """A cancel already read from another wire, which names the session only."""
        with self._lock:
            try:
                return self._cancel_session(session_id, None, self._clock())
            except _Answer as answer:
                return answer.code, answer.message

    def live_para(self, session_id: str) -> dict[str, Any] | None:
        """The para a running session was last started or switched with (a copy)."""
        with self._lock:
            live = self._live.get(session_id)
            return copy.deepcopy(live.para) if live else None

    # -- URL and body --------------------------------------------------------------------

    def _check_query(self, query: Mapping[str, str], now: float) -> int:
        if query.get("interface") != INTERFACE_NAME:
            raise _Answer(-1, f"the URL's interface must be {INTERFACE_NAME}")
        missing = [name for name in ("appid", "t", "sign") if not query.get(name)]
        if missing:
            raise _Answer(-1, f"the URL has no {', '.join(missing)}")
        appid, t = _integer(query["appid"]), _integer(query["t"])
        if appid is None or t is None:
            raise _Answer(-1, "appid and t in the URL must be whole numbers")
        if t < int(now):
            raise _Answer(SIGN_EXPIRED, f"the sign expired {int(now) - t} s ago: t is the "
                                        "expiry time, now + 60 s")
        # Compared as bytes: compare_digest refuses non-ASCII str, and a sign may be anything.
        if not hmac.compare_digest(query["sign"].encode(), sign(self._key, t).encode()):
            raise _Answer(SIGN_INVALID, "the sign is not MD5(key + t) for this sandbox's key")
        return appid

    def _dispatch(self, para: dict[str, Any], now: float) -> tuple[int, str]:
        interface = para.get("interface")
        if interface == START_INTERFACE:
            return self._start(para, now)
        if interface == CANCEL_INTERFACE:
            return self._cancel(para, now)
        raise _Answer(-1, f"para.interface must be {START_INTERFACE} or {CANCEL_INTERFACE}, "
                          f"not {short_repr(interface)}")

    # -- start ---------------------------------------------------------------------------

    def _start(self, para: dict[str, Any], now: float) -> tuple[int, str]:
        return self._start_layout(Layout(para=_model(para)), para, now, validate)

    def _start_layout(self, layout: Layout, para: dict[str, Any], now: float,
                      check: Callable[[Layout], list[Problem]]) -> tuple[int, str]:
        self._fill_sources(layout)
        _refuse_first_error(check(layout))
        if self._streams.judges_pushes:  # a streams file, or a stream dropped on purpose
            self._check_streams(layout)
        return self._start_session(para, layout.para, now)

    def _fill_sources(self, layout: Layout) -> None:
        """Copy known resolutions onto the design, so validation can judge crops (-29)."""
        for stream, design in layout.pairs():
            if stream.kind not in STREAM_VIDEO_TYPES or not stream.input_stream_id:
                continue
            if (size := self._streams.resolution(stream.input_stream_id)) is not None:
                design.source_width, design.source_height = size

    def _check_streams(self, layout: Layout) -> None:
        inputs = layout.para.inputs
        bg = background_input(layout)
        if bg is None:  # validation already refused a layout without layers
            return
        sized_by: int | None = bg if inputs[bg].kind in STREAM_VIDEO_TYPES else None
        if inputs[bg].kind == InputType.CANVAS and pixel_size(inputs[bg]) is None:
            # The canvas takes the size of the lowest video stream; the real service answers
            # -28 when that stream is missing, before looking at the other inputs.
            sized_by = reference_stream(layout)
            if sized_by is not None and not self._streams.is_pushed(_id(inputs[sized_by])):
                raise _Answer(-28, BACKGROUND_MISSING)
        for index, stream in enumerate(inputs):
            if stream.kind in PUSHED_TYPES and not self._streams.is_pushed(_id(stream)):
                raise _Answer(-505, f"input_stream_list[{index}]: stream '{_id(stream)}' is not "
                                    "being pushed (start mixing 5 s after its push starts)")
        # Without a streams file no resolution is known, and none is asked for.
        if (sized_by is not None and self._streams.is_listed
                and self._streams.resolution(_id(inputs[sized_by])) is None):
            raise _Answer(-507, f"input_stream_list[{sized_by}]: the width and height of "
                                f"stream '{_id(inputs[sized_by])}', which sizes the background, "
                                "are not known yet")

    def _start_session(self, para: dict[str, Any], model: MixPara,
                       now: float) -> tuple[int, str]:
        session_id, output_id = _id_of(model.mix_stream_session_id), _id_of(model.output_stream_id)
        live = self._live.get(session_id)
        if live is not None:
            if live.output_id != output_id:
                raise _Answer(-508, f"session '{session_id}' outputs '{live.output_id}', not "
                                    f"'{output_id}': cancel it or use another session id")
            # Same session and output: the running mix switches to the new layout. ``para`` is
            # this request's own (read from its body): kept as it is, copied when read out.
            self._live[session_id] = replace(live, para=para)
            return 0, SUCCESS_MESSAGE
        self._forget_old_cancels(now)
        if (cancelled_at := self._cancelled.get(session_id)) is not None:
            elapsed = max(0.0, now - cancelled_at)
            raise _Answer(-10031, f"session '{session_id}' was cancelled {int(elapsed)} s ago; "
                                  f"it can be started again in "
                                  f"{math.ceil(RESTART_AFTER - elapsed)} s")
        for other_id, other in self._live.items():
            if other.output_id == output_id:
                raise _Answer(-300, f"output stream '{output_id}' is already the output of "
                                    f"session '{other_id}'")
        self._live[session_id] = LiveSession(output_id, para, now)
        return 0, SUCCESS_MESSAGE

    # -- cancel --------------------------------------------------------------------------

    def _cancel(self, para: dict[str, Any], now: float) -> tuple[int, str]:
        model = _model(para)
        _refuse_first_error(validate_cancel(Layout(para=model)))
        return self._cancel_session(_id_of(model.mix_stream_session_id),
                                    _id_of(model.output_stream_id), now)

    def _cancel_session(self, session_id: str, output_id: str | None,
                        now: float) -> tuple[int, str]:
        """``output_id`` None: the wire does not name it (API 3.0), so it is not compared."""
        live = self._live.get(session_id)
        if live is None:
            self._forget_old_cancels(now)
            if session_id in self._cancelled:
                raise _Answer(-30300, f"session '{session_id}' is already cancelled; a cancel "
                                      "is sent once (spec FAQ 11)")
            raise _Answer(-30300, f"no running mix has session id '{session_id}'")
        if output_id is not None and live.output_id != output_id:
            raise _Answer(-31003, f"session '{session_id}' outputs '{live.output_id}', not "
                                  f"'{output_id}'")
        del self._live[session_id]
        self._cancelled[session_id] = now
        return 0, SUCCESS_MESSAGE

    def _forget_old_cancels(self, now: float) -> None:
        # Past the 30 s a cancel no longer matters; dropping it keeps memory bounded.
        for session_id, at in list(self._cancelled.items()):
            if now - at >= RESTART_AFTER:
                del self._cancelled[session_id]


# -- helpers ------------------------------------------------------------------------------


def _parse(raw_body: bytes) -> Any:
    """The body's JSON, or the FileError saying why it is not JSON (refused later, -1)."""
    try:
        return parse_json(raw_body, "the request body")
    except FileError as error:
        return error


def _check_body(parsed: Any, appid: int) -> dict[str, Any]:
    if isinstance(parsed, FileError):
        raise _Answer(-1, str(parsed))
    if not is_body(parsed):
        raise _Answer(-1, "the body must be a JSON object with interface.interfaceName and "
                          "interface.para")
    # Out-of-range numbers and lone surrogates, with the code of the field they are in.
    _refuse_first_error(jsonvalues.check(parsed))
    try:
        para = read_request(parsed).para
    except FileError as error:
        raise _Answer(-1, str(error)) from None
    _refuse_first_error(envelope_problems(parsed))
    if not 0 < appid <= INT32_MAX:
        raise _Answer(-2, f"appid {appid} in the URL must be a non-zero 32-bit integer")
    app_id = para.get("app_id")
    if not _is_int(app_id) or app_id != appid:
        raise _Answer(-2, f"para.app_id {short_repr(app_id)} is not the URL's appid {appid}")
    return para


def _model(para: dict[str, Any]) -> MixPara:
    try:
        return MixPara.model_validate(para)
    except ValidationError as error:
        _refuse_first_error(parse_problems(error))
        raise _Answer(-1, "the para has values of the wrong type") from None
    except RecursionError:
        raise _Answer(-1, "the para is nested too deeply") from None


def _refuse_first_error(problems: list[Problem]) -> None:
    for problem in problems:
        if problem.is_error and isinstance(problem.code, int):
            raise _Answer(problem.code, f"{problem.field}: {problem.message}")


def _id(stream: InputStream) -> str:
    return stream.input_stream_id or ""


def _id_of(value: str | None) -> str:
    # Validation has refused missing ids by now; this only narrows the type.
    return value or ""


def _echo_event_id(parsed: Any) -> str:
    # A string, as in the spec's example reply and in real ones ("event_id": "1527240138").
    event_id = parsed.get("eventId") if isinstance(parsed, dict) else None
    return str(event_id if _is_int(event_id) else 0)


def _integer(text: str) -> int | None:
    return int(text) if _DIGITS.fullmatch(text) else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
