"""What the commands share: the message language, reading FILE, printing problems."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from designer.core import loader
from designer.core.errors import DocumentError, InvalidDocument
from designer.core.loader import Document
from designer.core.problems import Problem


def language() -> str:
    """zh for a Chinese locale, else en: the spec's causes and advice exist in both."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def error(message: str) -> None:
    print(f"mix-designer: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_problems(problems: list[Problem], stream: Any = None) -> None:
    lang = language()
    for problem in problems:
        print(problem.line(lang), file=stream or sys.stdout)


class LoadFailed(Exception):
    """Reading FILE failed; the reason has been printed. Carries the exit code."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def load_or_report(path: str, cue: str | None = None) -> Document:
    """The document in ``path`` (the cue ``cue`` of a show: see choose_cue); on failure print
    one clear line (or its problems) and raise."""
    return choose_cue(read_or_report(path), path, cue)


def read_or_report(path: str) -> Document:
    """The document in ``path``, a show as it is (no cue chosen); on failure print one clear
    line (or its problems) and raise."""
    try:
        return loader.load(path)
    except InvalidDocument as invalid:
        error(f"{path}: {invalid}")
        print_problems(invalid.problems, sys.stderr)
        raise LoadFailed(1) from None
    except DocumentError as failure:
        error(failure.about(path))
        raise LoadFailed(2) from None


def choose_cue(document: Document, path: str, cue: str | None) -> Document:
    """The cue ``--cue`` names, of a show; a show of one cue needs no name. A show of several
    without one, a cue it does not have, or ``--cue`` on a file that is not a show: one line
    saying so, and LoadFailed(2) (a usage error)."""
    show = document.show
    if show is None:
        if cue is not None:
            error(f"--cue {cue}: {path} is not a show (only a show has cues)")
            raise LoadFailed(2)
        return document
    if cue is None:
        if len(show.cues) == 1:
            return document
        error(f"{path} is a show of {len(show.cues)} cues; name a cue with --cue: "
              + ", ".join(show.names))
        raise LoadFailed(2)
    try:
        return loader.with_cue(document, cue)
    except DocumentError as failure:
        error(failure.about(path))
        raise LoadFailed(2) from None

