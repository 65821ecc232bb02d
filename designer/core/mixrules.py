"""The service's timing rules for a mix session, shared by the window and the sandbox.

From the spec's 取消混流 notes and FAQ 13; pure arithmetic on seconds, no clocks of its own.
"""

from __future__ import annotations

import math
import re

from designer.core.validation import ID_PATTERN

#: "申请混流后，请至少等待5s后再取消混流": a cancel waits until a start is this old.
CANCEL_MIN_AGE = 5.0
#: "取消混流后，半分钟后才可使用相同的 session id 申请混流".
RESTART_AFTER = 30.0
#: FAQ 13 asks not to call the mix interface often: switching again within this many seconds
#: of the last start or switch asks the producer to confirm.
SWITCH_WARN_INTERVAL = 5.0

_SUFFIX = re.compile(r"^(?P<base>.*?)_(?P<n>\d{1,4})$")


def seconds_left(since: float, rule: float, now: float) -> int:
    """Whole seconds until ``rule`` seconds have passed since ``since`` (0 once they have)."""
    return max(0, math.ceil(since + rule - now))


def next_session_id(session_id: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """``room`` → ``room_2`` → ``room_3`` …: a new id in the same family, valid and not taken."""
    match = _SUFFIX.match(session_id)
    base, number = (match["base"], int(match["n"])) if match else (session_id, 1)
    while True:
        number += 1
        suffix = f"_{number}"
        candidate = base[: 80 - len(suffix)] + suffix
        if candidate not in taken and ID_PATTERN.fullmatch(candidate):
            return candidate
