"""The commands that need Qt: `mix-designer [open FILE]` (the window) and `render`."""

from __future__ import annotations

import argparse
import os

from designer.cli.exits import EXIT_OK, EXIT_UNREADABLE
from designer.cli.output import Stopped, error, load_or_report, say
from designer.core.errors import FileError

#: render's options that only mean something with --frames (they say how to probe).
FRAMES_ONLY = (("play_url", "--play-url"), ("timeout", "--timeout"))


def open_window(args: argparse.Namespace) -> int:
    from designer.app.display import display_problem  # no Qt: Qt would abort the process

    if (problem := display_problem()) is not None:
        error(problem)
        return EXIT_UNREADABLE
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


def render(args: argparse.Namespace) -> int:
    # Here, not at the top: the window's "no display" exit shares this module and must not
    # pay for the model (pydantic).
    from designer.core.sending import sent_layout

    if not args.frames and (given := [flag for name, flag in FRAMES_ONLY
                                      if getattr(args, name, None) is not None]):
        error(f"{' and '.join(given)} {'go' if len(given) > 1 else 'goes'} with --frames "
              "(draw the streams' real pictures, probed through --play-url)")
        return EXIT_UNREADABLE
    try:
        document = load_or_report(args.file, args.cue)
    except Stopped as stopped:
        return stopped.exit_code
    # Headless unless told otherwise: rendering needs fonts and a painter, not a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from designer.app.render import render_file  # Qt is imported only here
    except ImportError as failure:
        error(f"render needs Qt, which could not be loaded ({failure})")
        return EXIT_UNREADABLE
    layout, frames = document.layout, None
    if getattr(args, "frames", False):
        from designer.cli.live_commands import frames_for_render

        try:
            layout, frames = frames_for_render(document, args.play_url, args.timeout)
        except Stopped as stopped:
            return stopped.exit_code
    try:
        # What goes on air: hidden inputs are not sent, so they are not drawn.
        path = render_file(sent_layout(layout).layout, args.output, args.scale, frames)
    except (ValueError, FileError) as failure:
        error(str(failure))
        return EXIT_UNREADABLE
    say(f"wrote {path}")
    return EXIT_OK
