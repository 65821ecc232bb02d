"""Reading any file a user hands us: a preset, a show, a whole request body, or a bare para.

Every failure is a FileError with one clear sentence; nothing here raises anything else,
whatever the file holds (tested with hypothesis).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeGuard

from designer.core import api3 as api3_rules
from designer.core import jsonvalues, presets, safefile
from designer.core import show as shows
from designer.core.errors import FileError, InvalidFile
from designer.core.geometry import guess_preview_size
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import INT32_MAX, Layout
from designer.core.para import read_para
from designer.core.problems import Problem
from designer.core.validation import validate, validate_cancel
from designer.core.wire import is_body, read_request

MAX_FILE_BYTES = presets.MAX_FILE_BYTES
#: A Mix_StreamV2 request's envelope, which API 3.0 never sends: what reading found there
#: (eventId 0, an app_id read from a string) does not count for a file sent on API 3.0.
V2_ENVELOPE_FIELDS = frozenset({"eventId", "timestamp", *api3_rules.ENVELOPE_KEYS})


class Kind(StrEnum):
    PRESET = "preset"
    BODY = "body"
    PARA = "para"
    # API 3.0 parameters (CreateCommonMixStream), bare or as `request --api v3` prints them.
    API3 = "api3"
    # A show: its layout is one cue's (the first, unless another was picked: with_cue).
    SHOW = "show"


@dataclass(frozen=True)
class LoadedFile:
    """What a file read as: its layout, which kind of file it was, and what reading found."""

    layout: Layout
    kind: Kind
    #: What the layout cannot hold: a whole body's envelope problems (eventId 0 ...) and what
    #: reading changed (an app_id read from a string). Validation of the layout adds the rest.
    read_problems: list[Problem] = field(default_factory=list)
    #: A cancel request (interface mix_streamv2.cancel_mix_stream): judged as a cancel.
    is_cancel: bool = False
    #: The whole show, for a show file (``layout`` is then the cue named ``cue``'s).
    show: shows.Show | None = None
    cue: str | None = None
    #: Warnings about the file as written (a key given twice), which the layout cannot show.
    read_warnings: list[Problem] = field(default_factory=list)


def read_json(path: str | os.PathLike[str]) -> Any:
    return parse_json(safefile.read_bytes(path, MAX_FILE_BYTES), str(path))


def parse_json(raw: bytes | str, name: str = "input") -> Any:
    return _parse(raw, name).data


def _parse(raw: bytes | str, name: str) -> jsonvalues.Parsed:
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        return jsonvalues.loads(text)
    except UnicodeDecodeError:
        raise FileError(QT_TRANSLATE_NOOP("Errors", "{name} is not UTF-8 text"),
                            name=name) from None
    except json.JSONDecodeError as error:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not valid JSON: {reason} at line {line} column {column}"),
            name=name, reason=error.msg, line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is nested too deeply to be a layout"), name=name) from None
    except ValueError as error:  # NaN / Infinity, which JSON does not have
        raise FileError(QT_TRANSLATE_NOOP("Errors", "{name} is not valid JSON: {reason}"),
                            name=name, reason=str(error)) from None


def load(path: str | os.PathLike[str]) -> LoadedFile:
    parsed = _parse(safefile.read_bytes(path, MAX_FILE_BYTES), str(path))
    document = from_data(parsed.data)
    if warnings := jsonvalues.repeated_keys(parsed):
        prefix = _para_prefix(parsed.data)
        warnings = [replace(w, field=_within(w.field, prefix)) for w in warnings]
        document = replace(document, read_warnings=warnings)
    return document


def load_show(path: str | os.PathLike[str]) -> shows.Show:
    """Any layout file as a show: a show file's own, else a show of one cue named after the
    file (a preset, a request)."""
    document = load(path)
    if document.show is not None:
        return document.show
    return shows.of_layout(document.layout, Path(path).stem)


def with_cue(document: LoadedFile, name: str) -> LoadedFile:
    """The same show with the cue called ``name`` as its layout; FileError if there is no
    such cue or the document is not a show."""
    if document.show is None:
        raise FileError(QT_TRANSLATE_NOOP("Errors", "this file is not a show: it has no "
                                                        "cues"))
    return replace(document, layout=document.show.cue(name).layout, cue=name)


def from_data(data: Any) -> LoadedFile:
    if problems := jsonvalues.check(data):
        # Out-of-range numbers and lone surrogates: no request can carry them, and nothing
        # downstream (geometry, printing, saving) has to cope with them.
        prefix = _para_prefix(data)
        raise InvalidFile(
            QT_TRANSLATE_NOOP("Errors", "the file holds values no request can carry"),
            [replace(p, field=_within(p.field, prefix)) for p in problems])
    if presets.is_preset(data):
        return LoadedFile(presets.from_data(data), Kind.PRESET)
    if shows.is_show(data):
        show = shows.from_data(data)
        first = show.cues[0]
        return LoadedFile(first.layout, Kind.SHOW, show=show, cue=first.name)
    if api3_rules.is_api3(data):
        layout, problems = api3_rules.read_layout(data)
        return LoadedFile(layout, Kind.API3, problems)
    request = read_request(data)
    layout = Layout(para=read_para(request.para))
    if (size := guess_preview_size(layout)) is not None:
        layout.design.preview_width, layout.design.preview_height = size
    problems = list(request.notes)
    if request.envelope is None:
        return LoadedFile(layout, Kind.PARA, problems, request.is_cancel)
    problems += envelope_problems(request.envelope)
    return LoadedFile(layout, Kind.BODY, problems, request.is_cancel)


def judge(document: LoadedFile, as_cancel: bool | None = None,
          api3: bool | None = None) -> list[Problem]:
    """A file's problems as the service would judge it, errors first: what reading found,
    then the layout's rules; those of a cancel for a cancel request (or when ``as_cancel``),
    with API 3.0's ranges and fields when it goes out on that wire.

    Both default to what the file is: an API 3.0 body (CreateCommonMixStream parameters) is
    judged by API 3.0's rules unless ``api3=False`` says it goes out on Mix_StreamV2.
    """
    cancel = document.is_cancel if as_cancel is None else as_cancel
    if api3 is None:
        api3 = document.kind is Kind.API3
    read = document.read_problems
    if api3:
        rules = (api3_rules.validate_api3_cancel if cancel else api3_rules.validate_api3)
        read = [p for p in read if p.field not in V2_ENVELOPE_FIELDS]
    else:
        rules = validate_cancel if cancel else validate
    return sorted([*read, *rules(document.layout), *document.read_warnings],
                  key=lambda p: not p.is_error)


def envelope_problems(envelope: dict[str, Any]) -> list[Problem]:
    """eventId must be a non-zero int32 (-2 names it); timestamp an integer of seconds."""
    problems = []
    event_id, timestamp = envelope.get("eventId"), envelope.get("timestamp")
    if not _is_int(event_id) or not 0 < event_id <= INT32_MAX:
        problems.append(Problem(
            -2, "eventId", QT_TRANSLATE_NOOP(
                "Validation", "eventId must be a non-zero 32-bit integer, not {value}"),
            {"value": json.dumps(event_id)[:40]},
        ))
    if not _is_int(timestamp) or timestamp < 0:
        problems.append(Problem(
            -1, "timestamp", QT_TRANSLATE_NOOP(
                "Validation", "timestamp must be a UNIX time in seconds, not {value}"),
            {"value": json.dumps(timestamp)[:40]},
        ))
    return problems


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _para_prefix(data: Any) -> str:
    """Where the para sits in the file; problems inside it are named as validation names them
    (``input_stream_list[1]…``), so that the window can point at the layer."""
    if presets.is_preset(data):
        return "para."
    return "interface.para." if is_body(data) else ""


def _within(field: str, prefix: str) -> str:
    return field.removeprefix(prefix) if prefix and field.startswith(prefix) else field
