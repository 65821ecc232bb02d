"""`mix-designer` alone, or `mix-designer open FILE`: the designer window."""

from __future__ import annotations

import argparse

from designer.cli.main import EXIT_UNREADABLE
from designer.cli.output import error


def open_window(args: argparse.Namespace) -> int:
    try:
        from designer.app.main import run  # Qt is imported only here
    except ModuleNotFoundError as missing:
        if not (missing.name or "").startswith("designer.app"):
            raise
        error("the designer window is not part of this build yet; the command-line tools "
              "work: see `mix-designer --help`")
        return EXIT_UNREADABLE
    return run(getattr(args, "file", None), exit_when_ready=getattr(args, "exit_when_ready",
                                                                     False))
