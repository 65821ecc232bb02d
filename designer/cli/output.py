"""What the commands share: the message language, reading FILE, and printing.

Everything the CLI prints goes through :func:`printable` (``say``, ``error``,
``print_problems``, ``print_json`` use it): ids and values from files, file names, a
server's message and pydantic's details come from outside, and a control character in them
could retitle or clear the terminal or fake a line of output. Ordinary text, Chinese
included, prints as it is.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import TYPE_CHECKING, Any, TextIO

from designer.core.errors import DocumentError, InvalidDocument

if TYPE_CHECKING:
    from designer.core.loader import Document
    from designer.core.problems import Problem

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


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def say(text: object, stream: TextIO | None = None) -> None:
    """Print one line (to stdout unless ``stream``), escaped."""
    print(printable(text), file=stream or sys.stdout)


def language() -> str:
    """zh for a Chinese locale, else en: the spec's causes and advice exist in both."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def error(message: str) -> None:
    say(f"mix-designer: {message}", sys.stderr)


def print_json(data: Any) -> None:
    # allow_nan=False: what we print is always JSON (files with Infinity are refused on read).
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    print(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def print_problems(problems: list[Problem], stream: Any = None) -> None:
    lang = language()
    for problem in problems:
        say(problem.line(lang), stream or sys.stdout)


class LoadFailed(Exception):
    """Reading FILE failed; the reason has been printed. Carries the exit code."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def load_or_report(path: str) -> Document:
    """The document in ``path``; on failure print one clear line (or its problems) and raise."""
    from designer.core import loader

    try:
        return loader.load(path)
    except InvalidDocument as invalid:
        error(f"{path}: {invalid}")
        print_problems(invalid.problems, sys.stderr)
        raise LoadFailed(1) from None
    except DocumentError as failure:
        error(failure.about(path))
        raise LoadFailed(2) from None


class EscapedLines:
    """A text stream for ``print`` whose lines are escaped (the sandbox's request log)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        # print() writes the line, then its end: only that "\n" is ours.
        return self._stream.write(text if text == "\n" else printable(text))

    def flush(self) -> None:
        self._stream.flush()
