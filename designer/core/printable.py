"""Text from outside (ids and values from files, file names, a server's message) made safe to
print on a terminal: every control character is written as an escape, so a file or a reply
cannot retitle or clear the terminal or fake a line of output. Chinese and other text stay
as they are. The CLI, the sandbox's log and the window's start-up errors all print through it.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, the bidirectional overrides and isolates (they reorder what a
#: terminal shows), line and paragraph separators, and lone surrogates (not text at all).
_CONTROLS = "\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f{_CONTROLS}]")
#: In JSON text, json.dumps has escaped C0 controls inside strings already; the only ones left
#: are the newlines of the indentation, which must stay.
_UNSAFE_IN_JSON = re.compile(f"[{_CONTROLS}]")


def printable(text: object) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    return _UNSAFE.sub(_escape, str(text))


def printable_json(text: str) -> str:
    """JSON text (json.dumps's) with the controls it leaves as they are escaped as \\uXXXX."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
