"""How the mix's state reads on screen: a badge (text and colours) and a failure's explanation.

Broadcast convention: red means on air. Busy states are amber, a cool-down is blue-grey, a
failure is outlined in dark red so it does not read as "live".
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from designer.app.mix.controller import Failure, MixState
from designer.core.codes import CodeInfo

if TYPE_CHECKING:
    from designer.app.mix.controller import MixController

_BASE = "border-radius: 6px; padding: 6px; font-weight: bold; font-size: 14px;"
_STYLES = {
    MixState.IDLE: "background: #e5e8e8; color: #2c3e50;",
    MixState.STARTING: "background: #f5b041; color: #1b2631;",
    MixState.UPDATING: "background: #f5b041; color: #1b2631;",
    MixState.CANCELLING: "background: #f5b041; color: #1b2631;",
    MixState.LIVE: "background: #c0392b; color: white;",
    MixState.COOLING_DOWN: "background: #aeb6bf; color: #1b2631;",
    MixState.FAILED: "background: #fdedec; color: #922b21; border: 2px solid #922b21;",
}
_UNCERTAIN = "background: #f5b041; color: #1b2631; border: 2px solid #922b21;"


def state_badge(state: MixState, controller: MixController) -> tuple[str, str]:
    """The badge's text and style sheet for ``state``, countdowns included."""
    texts = {
        MixState.IDLE: QCoreApplication.translate("MixStatus", "Not mixing"),
        MixState.STARTING: QCoreApplication.translate("MixStatus", "Starting…"),
        MixState.LIVE: QCoreApplication.translate("MixStatus", "● LIVE"),
        MixState.UPDATING: QCoreApplication.translate("MixStatus", "Switching layout…"),
        MixState.CANCELLING: QCoreApplication.translate("MixStatus", "Cancelling…"),
        MixState.COOLING_DOWN: QCoreApplication.translate(
            "MixStatus", "Cancelled · same session id free in %1 s").replace(
            "%1", str(controller.cooldown_left())),
        MixState.FAILED: QCoreApplication.translate("MixStatus", "Failed"),
    }
    style = _STYLES[state]
    failure = controller.failure
    if state is MixState.FAILED and failure is not None and failure.uncertain:
        # No answer: the service may have acted on it, so this is no plain failure; amber, as
        # the status bar's line for the same "may or may not".
        texts[state] = QCoreApplication.translate("MixStatus", "No answer: may be running")
        style = _UNCERTAIN
    return texts[state], _BASE + style


#: The status bar's line: red on air, amber for "may or may not", dark red for a refusal.
_LINE_STYLES = {
    "live": "color: white; background: #c0392b;",
    "busy": "color: #1b2631; background: #f5b041;",
    "uncertain": "color: #1b2631; background: #f5b041;",
    "refused": "color: #922b21; background: #fdedec; border: 1px solid #922b21;",
}
_LINE_BASE = " padding: 0 6px; font-weight: bold; border-radius: 3px"


def status_line(controller: MixController) -> tuple[str, str] | None:
    """What the status bar says about the mix, whatever dock is in front, and its style;
    None when nothing is running and nothing went wrong."""
    parts, kind = [], ""
    live, failure = controller.live, controller.failure
    if live is not None:
        parts.append(QCoreApplication.translate("MixStatus", "● LIVE %1").replace(
            "%1", live.session_id))
        parts.append(controller.unsent_text())
        kind = "live"
    if controller.busy:
        parts.append(state_badge(controller.state, controller)[0])
        kind = kind or "busy"
    if failure is not None:
        parts.append(failure_line(failure))
        kind = kind or ("uncertain" if failure.uncertain or failure.outcome.code is None
                        else "refused")
    if not parts:
        return None
    return "  ·  ".join(parts), _LINE_STYLES[kind] + _LINE_BASE


def failure_line(failure: Failure) -> str:
    """A failure in one line: what was refused and its code, or that no answer came."""
    action = _action_word(failure)
    if failure.outcome.code is None:
        if failure.uncertain:
            return QCoreApplication.translate(
                "MixStatus", "%1: no answer, the mix may or may not have changed").replace(
                "%1", action)
        return QCoreApplication.translate("MixStatus", "%1 failed: %2").replace(
            "%1", action).replace("%2", failure.outcome.error_kind)
    return QCoreApplication.translate("MixStatus", "%1 refused: code %2").replace(
        "%1", action).replace("%2", str(failure.outcome.code))


def _action_word(failure: Failure) -> str:
    if failure.action.value == "start":
        return QCoreApplication.translate("MixStatus", "Start")
    return QCoreApplication.translate("MixStatus", "Cancel")


def describe_failure(failure: Failure) -> str:
    """Rich text: what was refused or lost, the code and message, the spec's cause and advice."""
    outcome = failure.outcome
    action = _action_word(failure)
    if outcome.code is None:
        head = QCoreApplication.translate(
            "MixStatus", "%1: no answer from the service (%2).").replace(
            "%1", action).replace("%2", html.escape(outcome.error_kind))
        parts = [f"<b style='color:#922b21'>{head}</b>", html.escape(outcome.error)]
        if failure.uncertain:
            parts.append(QCoreApplication.translate(
                "MixStatus", "The service may or may not have acted on it. Press Start again "
                             "(a start of a running session only switches it) or Cancel."))
        return "<br>".join(parts)
    parts = [f"<b style='color:#922b21'>{html.escape(failure_line(failure))}</b>"]
    if outcome.message:
        parts.append(f"<code>{html.escape(outcome.message)}</code>")
    if (spec := outcome.spec) is not None and spec.code != 0:
        parts.append(advice_html(spec))
    return "<br>".join(parts)


def advice_html(spec: CodeInfo) -> str:
    """The spec's cause and advice: its own Chinese words, then ours in English."""
    return (f"{html.escape(spec.cause_zh)}:{html.escape(spec.advice_zh)}<br>"
            f"<i>{html.escape(spec.cause_en)}: {html.escape(spec.advice_en)}</i>")
