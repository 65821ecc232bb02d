"""Reading any file a user hands us: a preset, a whole request body, or a bare para.

Every failure is a DocumentError with one clear sentence; nothing here raises anything else,
whatever the file holds (tested with hypothesis).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from designer.core import jsonvalues, presets, safefile
from designer.core.errors import DocumentError, InvalidDocument
from designer.core.geometry import guess_preview_size
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import Layout, MixPara
from designer.core.problems import Problem
from designer.core.validation import INT32_MAX, parse_problems
from designer.core.wire import is_body, read_request

MAX_FILE_BYTES = presets.MAX_FILE_BYTES


class Kind(StrEnum):
    PRESET = "preset"
    BODY = "body"
    PARA = "para"


@dataclass(frozen=True)
class Document:
    layout: Layout
    kind: Kind
    #: Problems of a whole body's envelope (eventId 0 ...), which the layout does not hold.
    envelope_problems: list[Problem] = field(default_factory=list)
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
        raise DocumentError(QT_TRANSLATE_NOOP("Errors", "{name} is not UTF-8 text"),
                            name=name) from None
    except json.JSONDecodeError as error:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not valid JSON: {reason} at line {line} column {column}"),
            name=name, reason=error.msg, line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is nested too deeply to be a layout"), name=name) from None
    except ValueError as error:  # NaN / Infinity, which JSON does not have
        raise DocumentError(QT_TRANSLATE_NOOP("Errors", "{name} is not valid JSON: {reason}"),
                            name=name, reason=str(error)) from None


def load(path: str | os.PathLike[str]) -> Document:
    parsed = _parse(safefile.read_bytes(path, MAX_FILE_BYTES), str(path))
    document = from_data(parsed.data)
    if warnings := jsonvalues.repeated_keys(parsed):
        prefix = _para_prefix(parsed.data)
        warnings = [replace(w, field=_within(w.field, prefix)) for w in warnings]
        document = replace(document, read_warnings=warnings)
    return document


def from_data(data: Any) -> Document:
    if problems := jsonvalues.check(data):
        # Out-of-range numbers and lone surrogates: no request can carry them, and nothing
        # downstream (geometry, printing, saving) has to cope with them.
        prefix = _para_prefix(data)
        raise InvalidDocument(
            QT_TRANSLATE_NOOP("Errors", "the file holds values no request can carry"),
            [replace(p, field=_within(p.field, prefix)) for p in problems])
    if presets.is_preset(data):
        return Document(presets.from_data(data), Kind.PRESET)
    request = read_request(data)
    try:
        para = MixPara.model_validate(request.para)
    except ValidationError as error:
        raise InvalidDocument(QT_TRANSLATE_NOOP("Errors", "the request has values of the "
                                                          "wrong type"),
                              parse_problems(error)) from None
    except RecursionError:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Errors", "the request is nested too deeply to be a layout")) from None
    layout = Layout(para=para)
    if (size := guess_preview_size(layout)) is not None:
        layout.design.preview_width, layout.design.preview_height = size
    if request.envelope is None:
        return Document(layout, Kind.PARA)
    return Document(layout, Kind.BODY, envelope_problems(request.envelope))


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


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _para_prefix(data: Any) -> str:
    """Where the para sits in the file; problems inside it are named as validation names them
    (``input_stream_list[1]…``), so that the window can point at the layer."""
    if presets.is_preset(data):
        return "para."
    return "interface.para." if is_body(data) else ""


def _within(field: str, prefix: str) -> str:
    return field.removeprefix(prefix) if prefix and field.startswith(prefix) else field
