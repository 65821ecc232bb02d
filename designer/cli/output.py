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
import sys
from typing import TYPE_CHECKING, Any, TextIO

from designer.core.errors import FileError, InvalidFile
from designer.core.printable import printable, printable_json

if TYPE_CHECKING:
    from designer.core.loader import LoadedFile
    from designer.core.problems import Problem

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
    print(printable_json(text))


def print_problems(problems: list[Problem], stream: Any = None) -> None:
    lang = language()
    for problem in problems:
        say(problem.line(lang), stream or sys.stdout)


def say_interrupted(verb: str) -> None:
    """One line for a `start` or `cancel` stopped (Ctrl+C) while its request was out: like no
    answer, it leaves the mix's state unknown."""
    error(f"{verb} interrupted: the request may have reached the service, so the mix may or "
          "may not have changed (send it again, or cancel)")


class Stopped(Exception):
    """A command cannot go on (FILE unreadable, refused, a probe that cannot run ...); the
    reason has been printed. Carries the exit code the command returns."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def load_or_report(path: str, cue: str | None = None) -> LoadedFile:
    """The document in ``path`` (the cue ``cue`` of a show: see choose_cue); on failure print
    one clear line (or its problems) and raise Stopped."""
    return choose_cue(read_or_report(path), path, cue)


def read_or_report(path: str) -> LoadedFile:
    """The document in ``path``, a show as it is (no cue chosen); on failure print one clear
    line (or its problems) and raise Stopped."""
    from designer.core import loader  # here: printing alone need not load every rule

    try:
        return loader.load(path)
    except InvalidFile as invalid:
        error(f"{path}: {invalid}")
        print_problems(invalid.problems, sys.stderr)
        raise Stopped(1) from None
    except FileError as failure:
        error(failure.about(path))
        raise Stopped(2) from None


def choose_cue(document: LoadedFile, path: str, cue: str | None) -> LoadedFile:
    """The cue ``--cue`` names, of a show; a show of one cue needs no name. A show of several
    without one, a cue it does not have, or ``--cue`` on a file that is not a show: one line
    saying so, and Stopped(2) (a usage error)."""
    show = document.show
    if show is None:
        if cue is not None:
            error(f"--cue {cue}: {path} is not a show (only a show has cues)")
            raise Stopped(2)
        return document
    if cue is None:
        if len(show.cues) == 1:
            return document
        error(f"{path} is a show of {len(show.cues)} cues; name a cue with --cue: "
              + ", ".join(show.names))
        raise Stopped(2)
    from designer.core import loader

    try:
        return loader.with_cue(document, cue)
    except FileError as failure:
        error(failure.about(path))
        raise Stopped(2) from None


class EscapedLines:
    """A text stream for ``print`` whose lines are escaped (the sandbox's request log)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        # print() writes the line, then its end: only that "\n" is ours.
        return self._stream.write(text if text == "\n" else printable(text))

    def flush(self) -> None:
        self._stream.flush()
