"""`request`, `start`, `cancel` and `key` with ``--api v3``: TencentCloud API 3.0.

`request` prints what Tencent's SDK would carry ({"action", "version", "params"}: no signature,
no secret) and needs no SDK; `start` and `cancel` send through the SDK (designer.net.api3),
imported only then. Exit codes are v2's: 0 done, 1 invalid or refused, 2 unreadable input or no
credentials, 3 no answer.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from types import ModuleType

from designer.cli.exits import EXIT_INVALID, EXIT_OK, EXIT_TRANSPORT, EXIT_UNREADABLE
from designer.cli.output import (
    LoadFailed,
    error,
    language,
    load_or_report,
    print_json,
    print_problems,
    say,
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
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
#: Options that only mean something on Mix_StreamV2 (its sign and its body's envelope).
V2_ONLY = (("expires", "--expires"), ("timestamp", "--timestamp"), ("event_id", "--event-id"))


class _Stop(Exception):
    """The command cannot go on; the reason has been printed. Carries the exit code."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def request(args: argparse.Namespace) -> int:
    if given := [flag for name, flag in V2_ONLY if getattr(args, name, None) is not None]:
        error(f"{', '.join(given)}: Mix_StreamV2 options; API 3.0 is signed by Tencent's SDK "
              "when it sends")
        return EXIT_UNREADABLE
    action = api3.ACTION_START if args.action == "start" else api3.ACTION_CANCEL
    try:
        document = _checked(args, action)
    except _Stop as stop:
        return stop.exit_code
    print_json(api3.request_json(action, document.layout))
    return EXIT_OK


def send(args: argparse.Namespace) -> int:
    action = api3.ACTION_START if args.command == "start" else api3.ACTION_CANCEL
    endpoint = args.endpoint or os.environ.get(ENDPOINT_ENV) or api3.DEFAULT_ENDPOINT
    try:
        protocol, host, path = api3.parse_endpoint(endpoint)
        if path not in ("", "/"):
            error(f"note: API 3.0 requests go to {protocol}://{host}/; the path {path[:80]} "
                  "is not used")
        document = _checked(args, action)
        credentials = _credentials(host)
        net = _sdk()
    except ValueError as bad:
        error(f"--endpoint: {bad}")
        return EXIT_UNREADABLE
    except _Stop as stop:
        return stop.exit_code
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
    done = "started (or switched)" if action == api3.ACTION_START else "cancelled"
    say(f"{done}: {what} (API 3.0, RequestId {reply.request_id}, "
          f"{reply.latency * 1000:.0f} ms)")
    return EXIT_OK


def _checked(args: argparse.Namespace, action: str) -> LoadedFile:
    """FILE read and checked for API 3.0; its warnings (keys not sent ...) on stderr."""
    try:
        document = load_or_report(args.file, args.cue)
    except LoadFailed as failed:
        raise _Stop(failed.exit_code) from None
    if args.appid is not None:
        error("note: --appid is not used on API 3.0 (the SecretId names the account)")
    problems = loader.judge(document, as_cancel=action == api3.ACTION_CANCEL, api3=True)
    if found := errors(problems):
        error(f"the layout has {len(found)} error(s) for API 3.0; nothing was built")
        print_problems(found, sys.stderr)
        raise _Stop(EXIT_INVALID)
    print_problems([p for p in problems if p.code == api3.WARNING_CODE], sys.stderr)
    return document


def _credentials(host: str) -> Api3Credentials:
    try:
        return find_api3_credentials()
    except CredentialsError as failure:
        if host.rsplit(":", 1)[0].strip("[]") in LOOPBACK_HOSTS:
            # Rehearsing against a local sandbox needs no account: use its demo pair.
            from designer.sandbox import DEFAULT_SANDBOX_KEY

            error("note: no API 3.0 credentials configured; signing with the sandbox's demo "
                  "pair (SecretId AKIDsandbox)")
            return sandbox_credentials(DEFAULT_SANDBOX_KEY)
        error(str(failure))
        raise _Stop(EXIT_UNREADABLE) from None


def _sdk() -> ModuleType:
    try:
        from designer.net import api3 as net
    except ImportError:
        error(f"API 3.0 needs Tencent's SDK: {API3_INSTALL} (or tencentcloud-sdk-python-live)")
        raise _Stop(EXIT_UNREADABLE) from None
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
