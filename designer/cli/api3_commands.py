"""`request`, `start`, `cancel` and `key` with ``--api v3``: TencentCloud API 3.0.

`request` prints what Tencent's SDK would carry ({"action", "version", "params"}: no signature,
no secret) and needs no SDK; `start` and `cancel` send through the SDK (designer.net.api3),
imported only then. Exit codes are v2's: 0 done, 1 invalid or refused, 2 unreadable input, a
bad endpoint or no credentials, 3 no answer, 130 interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from types import ModuleType

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
from designer.core import api3, loader
from designer.core.api3_credentials import (
    Api3Credentials,
    delete_api3_credentials,
    find_api3_credentials,
    sandbox_credentials,
    store_api3_credentials,
)
from designer.core.errors import CredentialsError, ServiceRefusal, TransportError
from designer.core.extras import API3_INSTALL
from designer.core.loader import LoadedFile
from designer.core.problems import errors

ENDPOINT_ENV = "MIX_DESIGNER_API3_ENDPOINT"
#: Options that only mean something on Mix_StreamV2 (its sign and its body's envelope).
V2_ONLY = (("expires", "--expires"), ("timestamp", "--timestamp"), ("event_id", "--event-id"))


def request(args: argparse.Namespace) -> int:
    if given := [flag for name, flag in V2_ONLY if getattr(args, name, None) is not None]:
        error(f"{', '.join(given)}: Mix_StreamV2 options; API 3.0 is signed by Tencent's SDK "
              "when it sends")
        return EXIT_UNREADABLE
    if args.endpoint is not None:
        # v2's request prints a signed URL; what API 3.0's prints names no endpoint.
        error("--endpoint: `request --api v3` prints no URL (the SDK posts to the endpoint "
              "as it sends); give it to `start --api v3` or `cancel --api v3`")
        return EXIT_UNREADABLE
    action = api3.ACTION_START if args.action == "start" else api3.ACTION_CANCEL
    try:
        document = _checked(args, action)
    except Stopped as stopped:
        return stopped.exit_code
    print_json(api3.request_json(action, document.layout))
    return EXIT_OK


def send(args: argparse.Namespace) -> int:
    action = api3.ACTION_START if args.command == "start" else api3.ACTION_CANCEL
    try:
        endpoint = _endpoint(args)
        document = _checked(args, action)
        credentials = _credentials(endpoint)
        net = _sdk()
    except Stopped as stopped:
        return stopped.exit_code
    layout = document.layout
    params = (api3.start_params(layout) if action == api3.ACTION_START
              else api3.cancel_params(layout))
    what = f"session {layout.para.mix_stream_session_id}"
    if action == api3.ACTION_START:
        what += f" → output {layout.para.output_stream_id}"
    verb = "start" if action == api3.ACTION_START else "cancel"
    try:
        reply = net.send(action, params, credentials, endpoint=endpoint, language=language())
    except ServiceRefusal as refusal:
        spec, lang = refusal.spec, language()
        say(f"{verb} refused: {refusal.code}: {refusal.message}", sys.stderr)
        say(f"  cause: {spec.cause(lang)}", sys.stderr)
        say(f"  advice: {spec.advice(lang)}", sys.stderr)
        if refusal.request_id:
            say(f"  RequestId: {refusal.request_id}", sys.stderr)
        return EXIT_INVALID
    except TransportError as failure:
        error(f"{verb} not confirmed: {failure}")
        return EXIT_TRANSPORT
    except CredentialsError as failure:
        error(str(failure))
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        say_interrupted(verb)
        return EXIT_INTERRUPTED
    done = "started (or switched)" if action == api3.ACTION_START else "cancelled"
    say(f"{done}: {what} (API 3.0, RequestId {reply.request_id}, "
          f"{reply.latency * 1000:.0f} ms)")
    return EXIT_OK


def _endpoint(args: argparse.Namespace) -> str:
    """Where to send: --endpoint, else $MIX_DESIGNER_API3_ENDPOINT, else Tencent's; one that
    is not an http(s) URL is refused (2) naming where it came from, as on Mix_StreamV2."""
    if args.endpoint is not None:
        endpoint, source = args.endpoint, "--endpoint"  # parsed by arguments.endpoint already
    elif from_environment := os.environ.get(ENDPOINT_ENV):
        endpoint, source = from_environment, ENDPOINT_ENV
    else:
        return api3.DEFAULT_ENDPOINT
    if (problem := endpoint_problem(endpoint)) is not None:
        error(f"{source}: {problem}")
        raise Stopped(EXIT_UNREADABLE)
    try:
        protocol, host, path = api3.parse_endpoint(endpoint)  # what the SDK cannot take
    except ValueError as bad:
        error(f"{source}: {bad}")
        raise Stopped(EXIT_UNREADABLE) from None
    if path not in ("", "/"):
        error(f"note: API 3.0 requests go to {protocol}://{host}/; the path {path[:80]} "
              "is not used")
    return endpoint


def _checked(args: argparse.Namespace, action: str) -> LoadedFile:
    """FILE read and checked for API 3.0; its warnings (keys not sent ...) on stderr."""
    document = load_or_report(args.file, args.cue)
    if args.appid is not None:
        error("note: --appid is not used on API 3.0 (the SecretId names the account)")
    problems = loader.judge(document, as_cancel=action == api3.ACTION_CANCEL, api3=True)
    if found := errors(problems):
        error(f"the layout has {len(found)} error(s) for API 3.0; nothing was built")
        print_problems(found, sys.stderr)
        raise Stopped(EXIT_INVALID)
    print_problems([p for p in problems if p.code == api3.WARNING_CODE], sys.stderr)
    return document


def _credentials(endpoint: str) -> Api3Credentials:
    try:
        return find_api3_credentials()
    except CredentialsError as failure:
        if on_loopback(endpoint):
            # Rehearsing against a local sandbox needs no account: use its demo pair.
            from designer.sandbox import DEFAULT_SANDBOX_KEY

            error("note: no API 3.0 credentials configured; signing with the sandbox's demo "
                  "pair (SecretId AKIDsandbox)")
            return sandbox_credentials(DEFAULT_SANDBOX_KEY)
        error(str(failure))
        raise Stopped(EXIT_UNREADABLE) from None


def _sdk() -> ModuleType:
    try:
        from designer.net import api3 as net
    except ImportError:
        error(f"API 3.0 needs Tencent's SDK: {API3_INSTALL} (or tencentcloud-sdk-python-live)")
        raise Stopped(EXIT_UNREADABLE) from None
    return net


def key(args: argparse.Namespace) -> int:
    from pydantic import SecretStr

    if args.appid is not None:
        error("--appid is for the Mix_StreamV2 key; the API 3.0 pair is one per user")
        return EXIT_UNREADABLE
    try:
        if args.key_action == "delete":
            found = delete_api3_credentials()
            say("API 3.0 pair deleted" if found else "no API 3.0 pair was stored",
                  sys.stderr)
            return EXIT_OK
        # Never from argv: typed at hidden prompts, or piped in by a script (two lines).
        if sys.stdin.isatty():
            secret_id, secret_key = getpass.getpass("SecretId: "), getpass.getpass("SecretKey: ")
        else:
            secret_id, secret_key = sys.stdin.readline(), sys.stdin.readline()
        secret_id, secret_key = secret_id.strip(), secret_key.strip()
        if not secret_id or not secret_key:
            error("a SecretId and a SecretKey are both needed; nothing stored")
            return EXIT_UNREADABLE
        store_api3_credentials(Api3Credentials(secret_id, SecretStr(secret_key)))
    except CredentialsError as failure:
        error(str(failure))
        return EXIT_UNREADABLE
    say("API 3.0 pair stored in the OS keyring", sys.stderr)
    return EXIT_OK
