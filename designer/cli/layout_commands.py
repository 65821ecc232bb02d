"""`validate` and `import`: commands that read layouts and never touch the network."""

from __future__ import annotations

import argparse
import sys

from designer.cli.exits import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE
from designer.cli.output import (
    Stopped,
    choose_cue,
    error,
    load_or_report,
    print_json,
    print_problems,
    say,
)
from designer.core import loader, presets
from designer.core.errors import FileError, InvalidFile
from designer.core.problems import errors


def validate(args: argparse.Namespace) -> int:
    try:
        document = choose_cue(loader.load(args.file), args.file, args.cue)
        # Without --api, as the file's own wire (API 3.0 parameters by API 3.0's rules).
        problems = loader.judge(document, api3=None if args.api is None else args.api == "v3")
    except Stopped as stopped:  # --cue names no cue of the file
        return stopped.exit_code
    except InvalidFile as invalid:
        problems = invalid.problems
    except FileError as failure:
        error(failure.about(args.file))
        return EXIT_UNREADABLE
    if args.json:
        print_json([p.to_json() for p in problems])
    else:
        print_problems(problems)
        if not errors(problems):
            say(f"{args.file}: valid"
                + (f" ({len(problems)} warning(s))" if problems else ""), sys.stderr)
    return EXIT_INVALID if errors(problems) else EXIT_OK


def import_request(args: argparse.Namespace) -> int:
    try:
        document = load_or_report(args.request, args.cue)
        presets.save(args.output, document.layout)
    except Stopped as stopped:
        return stopped.exit_code
    except FileError as failure:  # writing the preset failed; the message names it
        error(str(failure))
        return EXIT_UNREADABLE
    problems = loader.judge(document, api3=False)  # as `validate` judges the preset written
    count = len(errors(problems))
    note = f"; it has {count} error(s): see `mix-designer validate {args.output}`" if count else ""
    # What reading changed (an app_id read from a string) and what the file holds that the
    # preset cannot (a key written twice: the last value was kept) is said once, here, as
    # `validate` says it.
    print_problems([p for p in [*document.read_problems, *document.read_warnings]
                    if not p.is_error], sys.stderr)
    say(f"saved {args.output} ({len(document.layout.para.inputs)} inputs){note}", sys.stderr)
    return EXIT_OK
