"""`diff OLD NEW`: what an update from OLD to NEW would change on air.

Both files are read as every command reads them (a preset, a show's cue, a raw request, an
API 3.0 body) and compared as they would be sent, hidden inputs left out. Exit 0 when an
update would change nothing, 1 when it would, 2 when a file cannot be read (or a cue cannot be
chosen): a file of the wrong types is 2 here, not 1, since 1 means "changes".
"""

from __future__ import annotations

import argparse
import sys

from designer.cli.exits import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE
from designer.cli.output import (
    Stopped,
    choose_cue,
    error,
    print_json,
    read_or_report,
    say,
)
from designer.core.diff import describe, diff_paras
from designer.core.loader import LoadedFile
from designer.core.sending import sent_para


def diff(args: argparse.Namespace) -> int:
    cues: list[str] = args.cue or []
    try:
        old, new = _read(args.old, args.new, cues)
    except Stopped:
        return EXIT_UNREADABLE
    changes = diff_paras(sent_para(old.layout), sent_para(new.layout))
    if args.json:
        print_json(changes.to_json())
    else:
        for line in describe(changes):
            say(line.text)
        if changes.empty:
            say("no changes: an update would change nothing on air", sys.stderr)
    return EXIT_OK if changes.empty else EXIT_INVALID


def _read(old_path: str, new_path: str, cues: list[str]) -> tuple[LoadedFile, LoadedFile]:
    """The two documents; ``--cue`` once names the cue of each file that is a show, twice the
    cue of OLD then of NEW."""
    if len(cues) > 2:
        error("--cue: give it once (the cue of each show) or twice (OLD's cue, then NEW's)")
        raise Stopped(EXIT_UNREADABLE)
    old, new = read_or_report(old_path), read_or_report(new_path)
    if len(cues) == 2:
        return choose_cue(old, old_path, cues[0]), choose_cue(new, new_path, cues[1])
    if not cues:
        return choose_cue(old, old_path, None), choose_cue(new, new_path, None)
    if old.show is None and new.show is None:
        error(f"--cue {cues[0]}: neither file is a show (only a show has cues)")
        raise Stopped(EXIT_UNREADABLE)

    def cue_of(document: LoadedFile, path: str) -> LoadedFile:
        return document if document.show is None else choose_cue(document, path, cues[0])

    return cue_of(old, old_path), cue_of(new, new_path)
