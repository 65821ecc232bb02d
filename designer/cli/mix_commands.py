"""`request`, `start` and `cancel`: signed requests, printed or sent once."""

from __future__ import annotations

import argparse
import os
import sys

from pydantic import SecretStr

from designer.cli.arguments import endpoint_problem, on_loopback
from designer.cli.exits import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_TRANSPORT,
    EXIT_UNREADABLE,
)
from designer.cli.output import (
    Stopped,
    error,
    language,
    load_or_report,
    print_json,
    print_problems,
    say,
    say_interrupted,
)
from designer.core import credentials
from designer.core.errors import CredentialsError, TransportError
from designer.core.loader import LoadedFile, judge
from designer.core.problems import errors
from designer.core.sending import sent_para
from designer.core.wire import DEFAULT_ENDPOINT, Action, SignedRequest, build_request

ENDPOINT_ENV = "MIX_DESIGNER_ENDPOINT"


def _checked(document: LoadedFile, action: Action) -> None:
    # Sent on Mix_StreamV2: judged by its rules, whatever wire the file was written for.
    if found := errors(judge(document, as_cancel=action is Action.CANCEL, api3=False)):
        error(f"the layout has {len(found)} error(s); nothing was built")
        print_problems(found, sys.stderr)
        raise Stopped(EXIT_INVALID)


def _appid(args: argparse.Namespace, document: LoadedFile) -> int:
    file_appid = document.layout.para.app_id
    if args.appid is None:
        if file_appid is None:
            error("no APPID: give --appid, or set app_id in the file")
            raise Stopped(EXIT_UNREADABLE)
        return file_appid
    if file_appid is not None and file_appid != args.appid:
        error(f"note: sending with --appid {args.appid}, not the file's app_id {file_appid}")
    return args.appid


def _key(appid: int, endpoint: str) -> SecretStr:
    try:
        return credentials.find_key(appid)
    except CredentialsError as failure:
        if on_loopback(endpoint):
            # Rehearsing against a local sandbox needs no account: use its demo key.
            from designer.sandbox import DEFAULT_SANDBOX_KEY

            error("note: no API key configured; signing with the sandbox's demo key")
            return SecretStr(DEFAULT_SANDBOX_KEY)
        error(str(failure))
        raise Stopped(EXIT_UNREADABLE) from None


def _prepare(args: argparse.Namespace, action: Action, endpoint: str) -> SignedRequest:
    document = load_or_report(args.file, args.cue)
    _checked(document, action)
    appid = _appid(args, document)
    # Only `request` takes these; `start` and `cancel` always sign afresh.
    return build_request(
        action, sent_para(document.layout), appid=appid, key=_key(appid, endpoint),
        endpoint=endpoint, t=getattr(args, "expires", None),
        timestamp=getattr(args, "timestamp", None), event_id=getattr(args, "event_id", None),
    )


def request(args: argparse.Namespace) -> int:
    endpoint = args.endpoint or DEFAULT_ENDPOINT
    try:
        signed = _prepare(args, Action(args.action), endpoint)
    except Stopped as stopped:
        return stopped.exit_code
    print_json(signed.to_json())
    return EXIT_OK


def send(args: argparse.Namespace) -> int:
    # Imported here: only the commands that send pay for requests.
    from designer.net.client import send as send_request

    action = Action(args.command)
    endpoint = args.endpoint or os.environ.get(ENDPOINT_ENV) or DEFAULT_ENDPOINT
    if (problem := endpoint_problem(endpoint)) is not None:  # --endpoint is checked already
        error(f"{ENDPOINT_ENV}: {problem}")
        return EXIT_UNREADABLE
    try:
        signed = _prepare(args, action, endpoint)
    except Stopped as stopped:
        return stopped.exit_code
    para = signed.body["interface"]["para"]
    what = f"session {para['mix_stream_session_id']} → output {para['output_stream_id']}"
    try:
        reply = send_request(signed)
    except TransportError as failure:
        error(f"{action.value} not confirmed: {failure}")
        return EXIT_TRANSPORT
    except KeyboardInterrupt:
        say_interrupted(action.value)
        return EXIT_INTERRUPTED
    if reply.ok:
        done = "started (or switched)" if action is Action.START else "cancelled"
        say(f"{done}: {what} (code 0, {reply.latency * 1000:.0f} ms)")
        return EXIT_OK
    lang = language()
    say(f"{action.value} refused: code {reply.code}: {reply.message}", sys.stderr)
    say(f"  cause: {reply.spec.cause(lang)}", sys.stderr)
    say(f"  advice: {reply.spec.advice(lang)}", sys.stderr)
    return EXIT_INVALID
