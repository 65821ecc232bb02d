"""`sandbox`, `automix` and `key`: the commands around the layout."""

from __future__ import annotations

import argparse
import getpass
import sys

from designer.cli.exits import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE
from designer.cli.output import EscapedLines, error, print_json, say
from designer.core.errors import CredentialsError, FileError, MixDesignerError


def sandbox(args: argparse.Namespace) -> int:
    from designer.sandbox.server import serve

    try:
        # Log lines quote request paths, which come from outside: escaped.
        serve(args.host, args.port, args.key, args.streams, args.delay,
              EscapedLines(sys.stdout))
    except FileError as failure:
        error(str(failure))
        return EXIT_UNREADABLE
    except OSError as failure:
        error(f"cannot listen on {args.host}:{args.port}: {failure.strerror or failure}")
        return EXIT_UNREADABLE
    return EXIT_OK


def automix(args: argparse.Namespace) -> int:
    from designer.core import automix as auto

    try:
        urls = auto.build(args.template, args.session, args.big, args.small)
    except MixDesignerError as failure:
        error(str(failure))
        return EXIT_INVALID
    if args.json:
        print_json({"big": urls.big, "small": urls.small})
    else:
        say(urls.big)
        say(urls.small)
    return EXIT_OK


def key(args: argparse.Namespace) -> int:
    from pydantic import SecretStr

    from designer.core import credentials

    try:
        if args.key_action == "delete":
            found = credentials.delete_key(args.appid)
            print("key deleted" if found else "no key was stored", file=sys.stderr)
            return EXIT_OK
        # Never from argv: typed at a hidden prompt, or piped in by a script.
        secret = (getpass.getpass("API key: ") if sys.stdin.isatty()
                  else sys.stdin.readline()).strip()
        if not secret:
            error("no key given; nothing stored")
            return EXIT_UNREADABLE
        credentials.store_key(args.appid, SecretStr(secret))
    except CredentialsError as failure:
        error(str(failure))
        return EXIT_UNREADABLE
    print("key stored in the OS keyring", file=sys.stderr)
    return EXIT_OK
