"""Argument parsing and dispatch for `mix-designer`.

Each command lives in a module imported only when it runs, so `validate` pays for pydantic
and the core, not for requests, keyring or Qt. The exit codes are a contract scripts rely on:
0 success, 1 invalid layout or refused by the server, 2 unreadable input or bad usage,
3 transport failure, 130 interrupted (Ctrl+C). No traceback ever reaches the user.

Only what --help, --version and a usage error need is imported before a command runs: no
pydantic (the model), which costs more than the rest of the start-up.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from designer import __version__
from designer.cli import arguments
from designer.cli.exits import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK

FILE_HELP = ("a preset, a show (with --cue), a raw Mix_StreamV2 request (whole body or just its "
             "para), or API 3.0 parameters")
CUE_HELP = "the cue of a show to use (needed when the show has more than one)"


def _add_request_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=FILE_HELP)
    _add_cue_option(parser)
    parser.add_argument("--appid", type=arguments.positive_int32,
                        help="live APPID (default: the file's app_id; needed when it has none)")
    _add_api_option(parser)


def _add_cue_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cue", metavar="NAME", help=CUE_HELP)


def _add_api_option(parser: argparse.ArgumentParser, default: str | None = "v2") -> None:
    parser.add_argument("--api", choices=["v2", "v3"], default=default,
                        help=("v2: Mix_StreamV2 (the default); v3: TencentCloud API 3.0 "
                              "(CreateCommonMixStream, through Tencent's SDK: the api3 extra)")
                        if default else ("judge by v2's or v3's rules (default: the file's "
                                         "own wire: v3 for API 3.0 parameters)"))


def _add_play_url_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--play-url", metavar="TEMPLATE",
                        help="where streams play, with {stream_id}, e.g. "
                        "http://PLAY_DOMAIN/live/{stream_id}.flv")
    parser.add_argument("--timeout", type=arguments.probe_timeout, metavar="S",
                        help="seconds one stream may take to show a picture (default 5)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mix-designer",
        description="Design, check and run Tencent Cloud cloud stream mixes (Mix_StreamV2). "
        "Without a command, opens the designer window.",
        epilog="The API key comes from the MIX_DESIGNER_KEY environment variable or the OS "
        "keyring (`mix-designer key set`), API 3.0's pair from TENCENTCLOUD_SECRET_ID and "
        "TENCENTCLOUD_SECRET_KEY or the keyring (`key set --api v3`); never from the command "
        "line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check a layout against every rule of the spec")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    _add_cue_option(p)
    p.add_argument("--json", action="store_true",
                   help='print a JSON list of {"code", "field", "message", "severity"}')
    _add_api_option(p, default=None)  # v3: API 3.0's ranges and fields, what it cannot carry

    p = sub.add_parser("request", help="print the signed request as JSON; sends nothing")
    p.add_argument("action", choices=["start", "cancel"])
    _add_request_options(p)
    p.add_argument("--expires", type=arguments.expiry_time, metavar="T",
                   help="t, the sign's expiry (UNIX s)")
    p.add_argument("--timestamp", type=arguments.timestamp, metavar="S",
                   help="the body's timestamp (UNIX s)")
    p.add_argument("--event-id", type=arguments.positive_int32, metavar="E",
                   help="the body's eventId")
    p.add_argument("--endpoint", type=arguments.endpoint, metavar="URL",
                   help="the signed URL's endpoint (default: Tencent Cloud's common_access; "
                   "v2 only: API 3.0's request names none)")

    for action in ("start", "cancel"):
        verb = "start (or switch) the mix" if action == "start" else "cancel the mix"
        p = sub.add_parser(action, help=f"{verb}: send one request and report the answer")
        _add_request_options(p)
        p.add_argument("--endpoint", type=arguments.endpoint, metavar="URL",
                       help="default: $MIX_DESIGNER_ENDPOINT, else Tencent Cloud's "
                       "common_access; the sandbox's URL to rehearse")

    p = sub.add_parser("import", help="turn a raw request, or a show's cue, into a preset")
    p.add_argument("request", metavar="REQUEST",
                   help="whole request body or its para (JSON), API 3.0 parameters, or a show")
    p.add_argument("--output", "-o", required=True, metavar="PRESET")
    _add_cue_option(p)

    p = sub.add_parser("diff", help="what an update from OLD to NEW would change on air")
    p.add_argument("old", metavar="OLD", help=FILE_HELP)
    p.add_argument("new", metavar="NEW", help=FILE_HELP)
    p.add_argument("--json", action="store_true",
                   help='print {"session": {key: [old, new]}, "inputs": [{"input_stream_id", '
                   '"change", "fields"}]}')
    p.add_argument("--cue", metavar="NAME", action="append",
                   help="the cue of each show; given twice, OLD's cue then NEW's")

    p = sub.add_parser("sandbox", help="run the local server that answers like the service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=arguments.port, default=8750)
    p.add_argument("--key", help="the key requests must be signed with (default: the demo key)")
    p.add_argument("--streams", metavar="FILE",
                   help="pushed streams and their resolutions, to rehearse -505/-507/-28/-29")
    p.add_argument("--delay", type=arguments.delay, default=0.0, metavar="S",
                   help="answer every request S seconds late")

    p = sub.add_parser("automix", help="build the two push URLs of an auto-mix")
    p.add_argument("--session", required=True, metavar="ID")
    p.add_argument("--template", type=int, required=True, choices=[1, 2],
                   help="1: two audio+video streams, 2: two audio-only streams")
    p.add_argument("--big", required=True, metavar="PUSH_URL", help="the big anchor (layer b)")
    p.add_argument("--small", required=True, metavar="PUSH_URL",
                   help="the small anchor (layer s)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("key", help="store or forget the API key in the OS keyring")
    p.add_argument("key_action", choices=["set", "delete"])
    p.add_argument("--appid", type=arguments.positive_int32,
                   help="store it for this APPID (default: for all)")
    _add_api_option(p)  # v3: the SecretId/SecretKey pair instead of the MD5 key

    p = sub.add_parser("render", help="draw the mixed output as a PNG, as the server composes it")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    _add_cue_option(p)
    p.add_argument("--output", "-o", required=True, metavar="OUT.png")
    p.add_argument("--scale", type=float, default=1.0, metavar="S",
                   help="output pixels per layout pixel (default 1)")
    p.add_argument("--frames", action="store_true",
                   help="draw each stream's real picture, probed through --play-url (the live "
                   "extra), instead of a test card")
    _add_play_url_options(p)

    p = sub.add_parser("probe", help="probe each video stream of a layout through its play URL")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    _add_cue_option(p)
    _add_play_url_options(p)
    p.add_argument("--json", action="store_true",
                   help='print a JSON list of {"input_stream_id", "live", "width", "height"}')
    p.add_argument("--write", action="store_true",
                   help="record the probed resolutions as the source sizes in FILE (a preset, "
                   "or the probed cue of a show)")

    p = sub.add_parser("open", help="open the designer window with a file")
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser


#: command → "module:function" under designer.cli
COMMANDS = {
    "validate": "layout_commands:validate",
    "import": "layout_commands:import_request",
    "diff": "diff_command:diff",
    "request": "mix_commands:request",
    "start": "mix_commands:send",
    "cancel": "mix_commands:send",
    "sandbox": "tool_commands:sandbox",
    "automix": "tool_commands:automix",
    "key": "tool_commands:key",
    "render": "window_command:render",
    "probe": "live_commands:probe",
    "open": "window_command:open_window",
    None: "window_command:open_window",
}
#: The same commands with --api v3.
API3_COMMANDS = {
    "request": "api3_commands:request",
    "start": "api3_commands:send",
    "cancel": "api3_commands:send",
    "key": "api3_commands:key",
}


def with_command(argv: Sequence[str]) -> list[str]:
    """``argv``, with ``open`` put in front of a file given without a command
    (``mix-designer show.json``, as a file manager or a newcomer runs it). A command's name
    wins over a file of that name; a path that does not exist stays an unknown command."""
    argv = list(argv)
    if (argv and argv[0] not in COMMANDS and not argv[0].startswith("-")
            and os.path.isfile(argv[0])):
        argv.insert(0, "open")
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    # pydantic looks for plugins (reading every installed package's metadata) when the first
    # model is built; we use none. The documented switch, unless the user set it otherwise.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = build_parser().parse_args(with_command(sys.argv[1:] if argv is None else argv))
    api = getattr(args, "api", "v2")
    target = API3_COMMANDS.get(args.command, COMMANDS[args.command]) if api == "v3" \
        else COMMANDS[args.command]
    module_name, function_name = target.split(":")
    if COMMANDS[args.command] == COMMANDS["open"]:
        # The window's start-up makes ~50 000 objects that live as long as it does; the
        # collector would only walk them again and again (~15 ms, and ~35 ms more at exit).
        # designer.app.main.run freezes them and turns it back on once the window shows.
        gc.disable()
    try:
        module = importlib.import_module(f"designer.cli.{module_name}")
        return int(getattr(module, function_name)(args))
    except KeyboardInterrupt:  # `start`/`cancel` say first whether the mix may have changed
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK  # `mix-designer validate x --json | head` is not an error
    except Exception as error:  # the last net: a bug must still not show a traceback
        print(f"mix-designer: internal error ({type(error).__name__}); please report it",
              file=sys.stderr)
        return EXIT_INTERNAL
