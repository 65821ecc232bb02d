"""`probe`, and the probing behind `render --frames`: a layout's streams through a play URL.

Exit codes of `probe`: 0 every stream is live, 1 some are not, 2 an unreadable file or
template (or no PyAV), 3 the play host cannot be reached at all.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any

from designer.cli.exits import EXIT_INVALID, EXIT_OK, EXIT_TRANSPORT, EXIT_UNREADABLE
from designer.cli.output import Stopped, error, load_or_report, print_json, say
from designer.core import presets
from designer.core import show as shows
from designer.core.frames import RgbFrame
from designer.core.loader import Kind, LoadedFile
from designer.core.model import Layout
from designer.core.playurl import PlayUrlError, PlayUrlTemplate, record_sizes
from designer.net import probe as probing


@dataclass(frozen=True)
class Probed:
    #: Stream id → result, in the layout's order.
    results: dict[str, probing.ProbeResult]

    @property
    def sizes(self) -> dict[str, tuple[int, int]]:
        return {sid: r.size for sid, r in self.results.items() if r.live and r.size}

    @property
    def all_live(self) -> bool:
        return all(result.live for result in self.results.values())


def template_or_fail(text: str | None, option: str = "--play-url") -> PlayUrlTemplate:
    if not text:
        error(f"{option} TEMPLATE is needed, e.g. http://PLAY_DOMAIN/live/{{stream_id}}.flv")
        raise Stopped(EXIT_UNREADABLE)
    try:
        return PlayUrlTemplate.parse(text)
    except PlayUrlError as failure:
        error(str(failure))
        raise Stopped(EXIT_UNREADABLE) from None


def probe_streams(document: LoadedFile, template: PlayUrlTemplate, timeout: float | None,
                  max_side: int | None) -> Probed:
    """Probe each video stream of the layout once; Stopped(3) if the host is unreachable."""
    timeout = timeout or probing.DEFAULT_TIMEOUT
    if (missing := probing.missing_dependency()) is not None:
        error(missing)
        raise Stopped(EXIT_UNREADABLE)
    urls = template.urls(document.layout)
    results = probing.probe_all(urls, timeout=timeout, max_side=max_side)
    if results and not any(r.live for r in results.values()) and _unreachable(results, urls,
                                                                             timeout):
        error(f"cannot reach the play host {template.host}: no stream could be probed")
        raise Stopped(EXIT_TRANSPORT)
    return Probed(results)


def _unreachable(results: dict[str, probing.ProbeResult], urls: dict[str, str],
                 timeout: float) -> bool:
    kinds = {r.error.kind for r in results.values() if r.error is not None}
    if kinds == {probing.FailureKind.UNREACHABLE}:
        return True
    # Timeouts alone do not tell a silent host from one that cannot be reached: ask TCP.
    return kinds <= {probing.FailureKind.UNREACHABLE, probing.FailureKind.TIMEOUT} and \
        not probing.can_connect(next(iter(urls.values())), timeout)


#: What a file that --write cannot record sizes in is, by its kind.
NO_PLACE_FOR_SIZES = {
    Kind.BODY: "a raw request",
    Kind.PARA: "a raw request's para",
    Kind.API3: "API 3.0 parameters",
}


def probe(args: argparse.Namespace) -> int:
    try:
        template = template_or_fail(args.play_url)
        document = _load(args.file, args.cue)
        if args.write and (what := NO_PLACE_FOR_SIZES.get(document.kind)) is not None:
            error(f"{args.file} is {what}, which has no place for source sizes; --write "
                  "records them in a preset or a show: make a preset with `mix-designer "
                  f"import {args.file} --output PRESET`, then probe that")
            return EXIT_UNREADABLE
        probed = probe_streams(document, template, args.timeout, max_side=0)
    except Stopped as stopped:
        return stopped.exit_code
    if not probed.results:
        say(f"{args.file} has no video stream inputs (input_type 0 or 5) to probe",
            sys.stderr)
    if args.json:
        print_json([_json_entry(sid, result) for sid, result in probed.results.items()])
    else:
        for sid, result in probed.results.items():
            say(f"{sid}: live {result.width}×{result.height}" if result.live
                else f"{sid}: no signal ({result.error})")
    if args.write:
        try:
            _write_sizes(args.file, document, probed)
        except Stopped as stopped:
            return stopped.exit_code
    return EXIT_OK if probed.all_live else EXIT_INVALID


def _load(path: str, cue: str | None) -> LoadedFile:
    try:
        return load_or_report(path, cue)
    except Stopped:  # a file whose values have the wrong types is unreadable here too
        raise Stopped(EXIT_UNREADABLE) from None


def _json_entry(stream_id: str, result: probing.ProbeResult) -> dict[str, Any]:
    if result.live:
        return {"input_stream_id": stream_id, "live": True,
                "width": result.width, "height": result.height}
    kind = result.error.kind if result.error else probing.FailureKind.UNREADABLE
    return {"input_stream_id": stream_id, "live": False, "error": str(result.error),
            "reason": str(kind)}


def _write_sizes(path: str, document: LoadedFile, probed: Probed) -> None:
    """Record the probed sizes in the preset, or in the probed cue of the show (its other
    cues stay as they were)."""
    from designer.core.errors import FileError

    show, cue = document.show, document.cue
    # A show's layout is its cue's own (loader.with_cue), but say which one is meant.
    layout = document.layout if show is None or cue is None else show.cue(cue).layout
    where = "" if show is None else f" in cue {cue!r}"
    changed = record_sizes(layout, probed.sizes)
    if not changed:
        say(f"{path}: the source sizes{where} were already the probed ones", sys.stderr)
        return
    try:
        if show is None:
            presets.save(path, layout)
        else:
            shows.save(path, show)
    except FileError as failure:
        error(str(failure))
        raise Stopped(EXIT_UNREADABLE) from None
    say(f"{path}: recorded the probed source size of {changed} input(s){where}", sys.stderr)


def frames_for_render(document: LoadedFile, play_url: str | None,
                      timeout: float | None) -> tuple[Layout, dict[str, RgbFrame]]:
    """The layout with the probed source sizes, and the frames: what `render --frames` draws.

    A stream with no signal stays a test card at its declared size (said on stderr); the
    file itself is not changed.
    """
    template = template_or_fail(play_url)
    probed = probe_streams(document, template, timeout, max_side=None)
    for sid, result in probed.results.items():
        if not result.live:
            error(f"{sid}: no signal ({result.error}); drawn as a test card")
    layout = document.layout.model_copy(deep=True)
    record_sizes(layout, probed.sizes)
    frames = {sid: r.frame for sid, r in probed.results.items() if r.live and r.frame}
    return layout, frames
