"""Shows: an ordered list of named cues (layouts) for one session and output.

A show is what a producer runs live: "host alone", "link-mic", "PK" ... each taken on air in
turn as an update of the same mix. Its file (documented in docs/show-format.md)::

    {"format": "mix-designer-show", "version": 1, "take_without_confirming": false,
     "cues": [{"name": "host alone", "para": {...}, "design": {...}}, ...]}

Each cue is exactly a preset's ``para``, ``design`` and optional ``api3`` (core.presets reads
and writes them), under a name. Reading (and saving) keeps a show's rules: at least one cue,
names unique and not blank, and one session id and output id for every cue. A preset or a
request opens as a show of one cue (core.loader.load_show).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from designer.core import presets, safefile
from designer.core.errors import FileError, InvalidFile
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import Layout

FORMAT = "mix-designer-show"
VERSION = 1
#: The name a cue gets when nothing better is known (a layout read from a nameless source).
FIRST_CUE_NAME = "Cue 1"
MAX_NAME_LENGTH = 200
CUE_KEYS = frozenset({"name", "para", "design", "api3"})
SHOW_KEYS = frozenset({"format", "version", "take_without_confirming", "cues"})
#: Session fields every cue of a show shares: a take updates one mix.
SHOW_WIDE = ("mix_stream_session_id", "output_stream_id")


@dataclass
class Cue:
    name: str
    layout: Layout


@dataclass
class Show:
    cues: list[Cue]
    #: Take sends a cue at once, without showing the changes first.
    take_without_confirming: bool = False

    @property
    def names(self) -> list[str]:
        return [cue.name for cue in self.cues]

    def cue(self, name: str) -> Cue:
        """The cue called ``name``; FileError naming the cues there are if none is."""
        for cue in self.cues:
            if cue.name == name:
                return cue
        raise FileError(QT_TRANSLATE_NOOP("Errors", "the show has no cue named {cue}; "
                                                        "its cues: {names}"),
                            cue=repr(name)[:100], names=", ".join(self.names)[:300])


def of_layout(layout: Layout, name: str = FIRST_CUE_NAME) -> Show:
    """A show of one cue: how a preset or a request opens as a show."""
    return Show([Cue(name or FIRST_CUE_NAME, layout)])


def is_show(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def to_data(show: Show) -> dict[str, Any]:
    cues = []
    for cue in show.cues:
        preset = presets.to_data(cue.layout)
        cues.append({"name": cue.name, **{key: value for key, value in preset.items()
                                          if key in CUE_KEYS}})
    return {"format": FORMAT, "version": VERSION,
            "take_without_confirming": show.take_without_confirming, "cues": cues}


def from_data(data: Any) -> Show:
    """A show from its file's JSON; FileError (or InvalidFile) with one sentence for
    the first thing wrong."""
    if not is_show(data):
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "not a Mix Designer show (no \"format\": \"{format}\")"), format=FORMAT)
    if (version := data.get("version")) != VERSION:
        raise FileError(
            QT_TRANSLATE_NOOP("Errors", "show version {version} is not supported; this Mix "
                                        "Designer reads version {supported}"),
            version=repr(version)[:40], supported=VERSION)
    if unknown := sorted(set(data) - SHOW_KEYS):
        raise FileError(QT_TRANSLATE_NOOP("Errors", "unknown keys in the show: {keys}"),
                            keys=", ".join(map(str, unknown))[:200])
    take = data.get("take_without_confirming", False)
    if not isinstance(take, bool):
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the show's take_without_confirming must be true or false"))
    cues_data = data.get("cues")
    if not isinstance(cues_data, list):
        raise FileError(QT_TRANSLATE_NOOP("Errors", "a show needs a \"cues\" list"))
    show = Show([_cue(index, item) for index, item in enumerate(cues_data)], take)
    check(show)
    return show


def _cue(index: int, data: Any) -> Cue:
    if not isinstance(data, dict):
        raise FileError(QT_TRANSLATE_NOOP("Errors", "cue {number} of the show is not a JSON "
                                                        "object"), number=index + 1)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise FileError(QT_TRANSLATE_NOOP("Errors", "cue {number} of the show has no name"),
                            number=index + 1)
    if len(name) > MAX_NAME_LENGTH:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "cue {number}'s name is longer than {limit} characters"),
            number=index + 1, limit=MAX_NAME_LENGTH)
    if unknown := sorted(set(data) - CUE_KEYS):
        raise FileError(QT_TRANSLATE_NOOP("Errors", "unknown keys in cue {cue}: {keys}"),
                            cue=repr(name)[:100], keys=", ".join(map(str, unknown))[:200])
    preset = {"format": presets.FORMAT, "version": presets.VERSION,
              **{key: value for key, value in data.items() if key != "name"}}
    try:
        return Cue(name, presets.from_data(preset))
    except InvalidFile as invalid:
        raise InvalidFile(QT_TRANSLATE_NOOP("Errors", "cue {cue}: {reason}"),
                              invalid.problems, cue=repr(name)[:100], reason=str(invalid)
                              ) from None
    except FileError as error:
        raise FileError(QT_TRANSLATE_NOOP("Errors", "cue {cue}: {reason}"),
                            cue=repr(name)[:100], reason=str(error)) from None


def check(show: Show) -> None:
    """A show's rules, as reading enforces them; FileError naming the first one broken."""
    if not show.cues:
        raise FileError(QT_TRANSLATE_NOOP("Errors", "a show needs at least one cue"))
    seen: set[str] = set()
    for number, cue in enumerate(show.cues, start=1):
        if not cue.name.strip():
            raise FileError(QT_TRANSLATE_NOOP("Errors", "cue {number} of the show has no "
                                                            "name"), number=number)
        if cue.name in seen:
            raise FileError(QT_TRANSLATE_NOOP(
                "Errors", "two cues are named {cue}; each cue needs a name of its own"),
                cue=repr(cue.name)[:100])
        seen.add(cue.name)
    first = show.cues[0]
    for cue in show.cues[1:]:
        for key in SHOW_WIDE:
            mine, theirs = getattr(cue.layout.para, key), getattr(first.layout.para, key)
            if mine != theirs:
                raise FileError(
                    QT_TRANSLATE_NOOP("Errors", "cue {cue} has {key} {value} but the first cue, "
                                                "{first}, has {expected}: every cue of a show "
                                                "updates the same mix"),
                    cue=repr(cue.name)[:100], key=key, value=_value(mine),
                    first=repr(first.name)[:100], expected=_value(theirs))


def _value(value: str | None) -> str:
    # A word the window translates (it translates an error's text values in its context).
    return QT_TRANSLATE_NOOP("Errors", "none") if value is None else repr(value)[:100]


def dumps(show: Show) -> str:
    return presets.json_text(to_data(show))


def save(path: str | os.PathLike[str], show: Show) -> None:
    """Write a show atomically (as a preset is saved), after checking its rules: what is
    saved can be opened again."""
    check(show)
    safefile.write_text(Path(path), dumps(show))
