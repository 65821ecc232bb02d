"""`validate` and `import`: commands that read layouts and never touch the network."""

from __future__ import annotations

import argparse
import sys

from designer.cli.main import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE
from designer.cli.output import (
    LoadFailed,
    error,
    load_or_report,
    print_json,
    print_problems,
    say,
)
from designer.core import loader, presets
from designer.core.errors import DocumentError, InvalidDocument
from designer.core.problems import errors
from designer.core.validation import validate as validate_layout


def validate(args: argparse.Namespace) -> int:
    try:
        document = loader.load(args.file)
        problems = (document.envelope_problems + validate_layout(document.layout)
                    + document.read_warnings)
    except InvalidDocument as invalid:
        problems = invalid.problems
    except DocumentError as failure:
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
        document = load_or_report(args.request)
        presets.save(args.output, document.layout)
    except LoadFailed as failed:
        return failed.exit_code
    except DocumentError as failure:  # writing the preset failed; the message names it
        error(str(failure))
        return EXIT_UNREADABLE
    count = len(errors(validate_layout(document.layout)))
    note = f"; it has {count} error(s): see `mix-designer validate {args.output}`" if count else ""
    say(f"saved {args.output} ({len(document.layout.para.inputs)} inputs){note}", sys.stderr)
    return EXIT_OK
