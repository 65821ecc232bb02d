"""The preset file format (documented in docs/preset-format.md) and atomic saving.

A preset is the para exactly as it will be sent, plus the design-only data beside it::

    {"format": "mix-designer-preset", "version": 1, "para": {...}, "design": {...}}

It never holds the API key: the key is not part of the model at all.
"""

from __future__ import annotations

import json
import os
from typing import Any

from pydantic import ValidationError

from designer.core import safefile
from designer.core.api3model import Api3Options
from designer.core.errors import FileError, InvalidFile
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import Layout, LayoutDesign, MixPara
from designer.core.validation import parse_problems

FORMAT = "mix-designer-preset"
VERSION = 1
#: No layout is anywhere near this big; a larger file is a mistake or an attack. Files are
#: read only up to this size, and no preset this big is written.
MAX_FILE_BYTES = 4 * 1024 * 1024


def is_preset(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def to_data(layout: Layout) -> dict[str, Any]:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "para": layout.para.to_wire(),
        "design": layout.design.model_dump(mode="json"),
    }
    if not layout.api3.is_empty:  # written only when used, so other presets stay as they were
        data["api3"] = layout.api3.to_wire()
    return data


def from_data(data: Any) -> Layout:
    """A layout from a preset's JSON; FileError (or InvalidFile) if it is not one."""
    if not is_preset(data):
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "not a Mix Designer preset (no \"format\": \"{format}\")"), format=FORMAT)
    version = data.get("version")
    if version != VERSION:
        raise FileError(
            QT_TRANSLATE_NOOP("Errors", "preset version {version} is not supported; this Mix "
                                        "Designer reads version {supported}"),
            version=repr(version), supported=VERSION
        )
    unknown = sorted(set(data) - {"format", "version", "para", "design", "api3"})
    if unknown:
        raise FileError(QT_TRANSLATE_NOOP("Errors", "unknown keys in the preset: {keys}"),
                            keys=", ".join(map(str, unknown))[:200])
    para_data, design_data = data.get("para"), data.get("design", {})
    if not isinstance(para_data, dict) or not isinstance(design_data, dict):
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "a preset needs a \"para\" object and a \"design\" object"))
    try:
        para = MixPara.model_validate(para_data)
    except ValidationError as error:
        raise InvalidFile(QT_TRANSLATE_NOOP(
            "Errors", "the preset's para has values of the wrong type"),
            parse_problems(error)) from None
    api3 = _api3_section(data.get("api3", {}))
    try:
        design = LayoutDesign.model_validate(design_data)
        return Layout(para=para, design=design, api3=api3)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the preset's design data is invalid at {where}: {reason}"),
            where=where or "design", reason=first["msg"]) from None


def _api3_section(data: Any) -> Api3Options:
    """The ``api3`` section: API 3.0's own fields, ours to check like ``design``."""
    try:
        return Api3Options.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in ("api3", *first["loc"]))
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the preset's api3 section is invalid at {where}: {reason}"),
            where=where, reason=first["msg"]) from None


def dumps(layout: Layout) -> str:
    return json_text(to_data(layout))


def json_text(data: dict[str, Any]) -> str:
    """A file's text as Mix Designer writes its files (presets, shows): indented UTF-8 JSON.
    FileError for a value JSON cannot hold (NaN, an infinity), which a file must not."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the layout holds a value that is not a finite number; fix it before "
                      "saving")) from None


def save(path: str | os.PathLike[str], layout: Layout) -> None:
    """Write a preset atomically: a crash or a full disk leaves the old file as it was.

    A preset larger than Mix Designer reads back (MAX_FILE_BYTES) is refused, not written:
    what we save we must be able to open.
    """
    text = dumps(layout)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the preset would be {size} bytes, more than the {limit} bytes a layout "
                      "file may have; {path} was not written"),
            size=size, limit=MAX_FILE_BYTES, path=str(path))
    safefile.write_text(path, text)
