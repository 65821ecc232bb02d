"""`mix-designer` alone, or `mix-designer open FILE`: the designer window."""

from __future__ import annotations

import argparse

from designer.cli.main import EXIT_UNREADABLE
from designer.cli.output import error


def open_window(args: argparse.Namespace) -> int:
    try:
        from designer.app.main import run  # Qt is imported only here
    except ImportError as failure:
        # Qt's libraries load here: a machine without libGL or the X11 libraries fails with
        # an ImportError naming the missing file, which is the useful part.
        error(f"the designer window cannot start: Qt could not be loaded ({failure}); the "
              "command-line tools still work (see `mix-designer --help`) and the README lists "
              "the system libraries Qt needs")
        return EXIT_UNREADABLE
    return run(getattr(args, "file", None),
               exit_when_ready=getattr(args, "exit_when_ready", False))
