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
)
from designer.core import loader, presets
from designer.core.errors import DocumentError, InvalidDocument
from designer.core.model import Layout
from designer.core.problems import Problem, errors
from designer.core.validation import validate as validate_layout


def validate(args: argparse.Namespace) -> int:
    try:
        document = loader.load(args.file)
        problems = document.envelope_problems + _validate_for(document.layout, args)
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
            print(f"{args.file}: valid"
                  + (f" ({len(problems)} warning(s))" if problems else ""), file=sys.stderr)
    return EXIT_INVALID if errors(problems) else EXIT_OK


def _validate_for(layout: Layout, args: argparse.Namespace) -> list[Problem]:
    if getattr(args, "api", "v2") == "v3":
        from designer.core.api3 import validate_api3  # pure: never imports Tencent's SDK

        return validate_api3(layout)
    return validate_layout(layout)


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
    print(f"saved {args.output} ({len(document.layout.para.inputs)} inputs){note}",
          file=sys.stderr)
    return EXIT_OK
