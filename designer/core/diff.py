"""What an update would change on air: the difference between two wire paras.

``diff_paras(old, new)`` compares what was sent (or is on air) with what would be sent, both
as wire paras (``core.sending.sent_para``). It drives the window's "3 changes not on air",
the ghosts of the on-air boxes, the confirmation before an update, and ``mix-designer diff``.

* Session level: every top-level key but ``input_stream_list`` and ``app_id`` (the connection
  supplies the APPID), known or not: template, output id, type and bitrate, session id,
  interface, ``domain`` ... An ``interface`` left out is the start's, as a start fills it in.
* Inputs are matched by ``input_stream_id``, then by order among inputs with the same id; each
  is added, removed, or changed with its changed leaf fields (paths as on the wire, relative to
  the input: ``layout_params.location_x``, ``crop_params.crop_width``). The list's order is
  not compared: the service stacks inputs by ``image_layer``, not by position.
* A value absent on one side is None; numbers compare by value (160 is 160.0), but true is
  not 1.

``describe(diff)`` says it in a producer's words, as translatable lines (context "Diff").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import START_INTERFACE

#: Top-level keys that are not session fields: the inputs are compared one by one, and the
#: APPID is the connection's, not the layout's.
NOT_SESSION = frozenset({"input_stream_list", "app_id"})

Change = Literal["added", "removed", "changed"]
Pair = tuple[Any, Any]


@dataclass(frozen=True, slots=True)
class InputChange:
    input_stream_id: str
    change: Change
    #: Leaf path relative to the input → (old, new); an added or removed input lists every
    #: leaf it has (but its id, which is ``input_stream_id``).
    fields: dict[str, Pair]
    #: Its index in the old para's input list (None when added) and in the new one's.
    old_index: int | None
    new_index: int | None
    #: The whole input on each side (None where it is absent), for words that need more
    #: than what changed ("moves to 20, 630" when only x changed).
    old: Any = field(default=None, compare=False, repr=False)
    new: Any = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"input_stream_id": self.input_stream_id, "change": self.change,
                "fields": {path: [old, new] for path, (old, new) in self.fields.items()}}


@dataclass(frozen=True, slots=True)
class LayoutDiff:
    #: Top-level key → (old, new), for each session key that differs.
    session: dict[str, Pair]
    inputs: list[InputChange]

    @property
    def count(self) -> int:
        """Changes an update would make: session keys changed, inputs added, removed or
        changed."""
        return len(self.session) + len(self.inputs)

    @property
    def empty(self) -> bool:
        """An update would change nothing on air."""
        return self.count == 0

    def to_json(self) -> dict[str, Any]:
        return {"session": {key: [old, new] for key, (old, new) in self.session.items()},
                "inputs": [change.to_json() for change in self.inputs]}


def diff_paras(old: Mapping[str, Any], new: Mapping[str, Any]) -> LayoutDiff:
    """What changes on air when ``new`` replaces ``old`` (two wire paras)."""
    old_inputs, new_inputs = _inputs(old), _inputs(new)
    skip = set(NOT_SESSION)
    if old_inputs is None or new_inputs is None:
        skip.discard("input_stream_list")  # not a list: compared whole, as a session key
    session = {}
    for key in _keys(old, new):
        if key in skip:
            continue
        before, after = _session_value(old, key), _session_value(new, key)
        if not same(before, after):
            session[key] = (before, after)
    return LayoutDiff(session, _input_changes(old_inputs or [], new_inputs or []))


def _keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    return [*old, *(key for key in new if key not in old)]


def _session_value(para: Mapping[str, Any], key: str) -> Any:
    if key == "interface" and para.get(key) is None:
        return START_INTERFACE  # what a start sends when the layout leaves it out
    return para.get(key)


def _inputs(para: Mapping[str, Any]) -> list[Any] | None:
    """The input list; [] when there is none, None when it is not a list."""
    inputs = para.get("input_stream_list")
    if inputs is None:
        return []
    return inputs if isinstance(inputs, list) else None


def match_inputs(old: Sequence[Any], new: Sequence[Any]) -> list[tuple[int | None, int | None]]:
    """Which input of ``old`` each of ``new`` is: by input_stream_id, then by order among
    equal ids. Pairs (old index, new index); None on the side an input is missing from."""
    unmatched: dict[str, list[int]] = {}
    for index, item in enumerate(old):
        unmatched.setdefault(_id(item), []).append(index)
    pairs: list[tuple[int | None, int | None]] = []
    for new_index, item in enumerate(new):
        queue = unmatched.get(_id(item))
        pairs.append((queue.pop(0) if queue else None, new_index))
    pairs += [(old_index, None) for indexes in unmatched.values() for old_index in indexes]
    return pairs


def _input_changes(old: list[Any], new: list[Any]) -> list[InputChange]:
    found: list[tuple[int, int, InputChange]] = []  # (position, removed first, change)
    for old_index, new_index in match_inputs(old, new):
        if old_index is None and new_index is not None:
            item = new[new_index]
            fields = {path: (None, value) for path, value in leaves(item).items()}
            found.append((new_index, 1, InputChange(_id(item), "added", fields, None,
                                                    new_index, None, item)))
        elif new_index is None and old_index is not None:
            item = old[old_index]
            fields = {path: (value, None) for path, value in leaves(item).items()}
            found.append((old_index, 0, InputChange(_id(item), "removed", fields, old_index,
                                                    None, item, None)))
        elif old_index is not None and new_index is not None:
            item = new[new_index]
            if fields := changed_leaves(old[old_index], item):
                found.append((new_index, 1, InputChange(_id(item), "changed", fields,
                                                        old_index, new_index, old[old_index],
                                                        item)))
    found.sort(key=lambda entry: entry[:2])
    return [change for _, _, change in found]


def _id(item: Any) -> str:
    stream_id = item.get("input_stream_id") if isinstance(item, dict) else None
    return stream_id if isinstance(stream_id, str) else ""


def leaves(item: Any) -> dict[str, Any]:
    """An input's leaf values by path (``layout_params.image_layer``), its id left out; a
    value that is not an object (an empty one included) is a leaf."""
    if not isinstance(item, dict):
        return {"": item}
    return dict(_walk({k: v for k, v in item.items() if k != "input_stream_id"}, ""))


def _walk(data: dict[str, Any], prefix: str) -> Iterator[tuple[str, Any]]:
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            yield from _walk(value, f"{path}.")
        else:
            yield path, value


def changed_leaves(old: Any, new: Any) -> dict[str, Pair]:
    before, after = leaves(old), leaves(new)
    fields = {}
    for path in _keys(before, after):
        pair = before.get(path), after.get(path)
        if not same(*pair):
            fields[path] = pair
    return fields


def same(a: Any, b: Any) -> bool:
    """Equal as the service reads them: numbers by value, but a bool is not a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and a == b


# -- in words -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One change in a producer's words: an English template marked
    ``QT_TRANSLATE_NOOP("Diff", …)`` and its values, as core problems and errors are."""

    #: The translation context of every template here.
    context = "Diff"

    template: str
    params: dict[str, str]
    #: The input it is about (None for a session field).
    input_stream_id: str | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


def describe(diff: LayoutDiff, names: Mapping[str, str] | None = None) -> list[DiffLine]:
    """The changes in words, session first, then input by input. ``names`` maps an
    input_stream_id to the label to call it by (the window's labels); else its id."""
    lines = [line for key, pair in diff.session.items() for line in _session_lines(key, *pair)]
    for change in diff.inputs:
        lines += _input_lines(change, _name(change, names or {}))
    return lines


def _name(change: InputChange, names: Mapping[str, str]) -> str:
    if label := names.get(change.input_stream_id):
        return label
    if change.input_stream_id:
        return change.input_stream_id
    index = change.new_index if change.new_index is not None else change.old_index
    return f"#{(index or 0) + 1}"


def _session_lines(key: str, old: Any, new: Any) -> Iterator[DiffLine]:
    values = {"old": show(old), "new": show(new)}
    if key == "mix_stream_template_id":
        if old is None:
            yield DiffLine(QT_TRANSLATE_NOOP("Diff", "template {new} is used"), values)
        elif new is None:
            yield DiffLine(QT_TRANSLATE_NOOP("Diff", "template {old} is no longer used"),
                           values)
        else:
            yield DiffLine(QT_TRANSLATE_NOOP("Diff", "the template changes from {old} to {new}"),
                           values)
        return
    if key == "output_stream_bitrate" and old is not None and new is not None:
        yield DiffLine(QT_TRANSLATE_NOOP(
            "Diff", "the output bitrate changes from {old} to {new} kbit/s"), values)
        return
    values["field"] = key
    if old is None:
        yield DiffLine(QT_TRANSLATE_NOOP("Diff", "{field} is set to {new}"), values)
    elif new is None:
        yield DiffLine(QT_TRANSLATE_NOOP("Diff", "{field} is no longer sent (it was {old})"),
                       values)
    else:
        yield DiffLine(QT_TRANSLATE_NOOP("Diff", "{field} changes from {old} to {new}"), values)


_LAYER = "layout_params.image_layer"
_PLACE = ("layout_params.location_x", "layout_params.location_y")
_SIZE = ("layout_params.image_width", "layout_params.image_height")
_CROP = "crop_params"


def _input_lines(change: InputChange, name: str) -> list[DiffLine]:
    stream_id = change.input_stream_id

    def line(template: str, **params: str) -> DiffLine:
        return DiffLine(template, {"input": name, **params}, stream_id)

    if change.change == "removed":
        return [line(QT_TRANSLATE_NOOP("Diff", "{input} is taken off air"))]
    new = leaves(change.new)
    if change.change == "added":
        layer = new.get(_LAYER)
        if layer is None:
            return [line(QT_TRANSLATE_NOOP("Diff", "{input} is added"))]
        return [line(QT_TRANSLATE_NOOP("Diff", "{input} is added on layer {layer}"),
                     layer=show(layer))]
    lines = []
    left = dict(change.fields)
    if _LAYER in left and new.get(_LAYER) is not None:
        del left[_LAYER]
        lines.append(line(QT_TRANSLATE_NOOP("Diff", "{input} moves to layer {layer}"),
                          layer=show(new[_LAYER])))
    if any(path in left for path in _PLACE) and all(new.get(p) is not None for p in _PLACE):
        for path in _PLACE:
            left.pop(path, None)
        lines.append(line(QT_TRANSLATE_NOOP("Diff", "{input} moves to {x}, {y}"),
                          x=show(new[_PLACE[0]]), y=show(new[_PLACE[1]])))
    if any(path in left for path in _SIZE) and all(new.get(p) is not None for p in _SIZE):
        for path in _SIZE:
            left.pop(path, None)
        lines.append(line(QT_TRANSLATE_NOOP("Diff", "{input} is resized to {w}×{h}"),
                          w=show(new[_SIZE[0]]), h=show(new[_SIZE[1]])))
    crop_paths = [p for p in left if p == _CROP or p.startswith(f"{_CROP}.")]
    if crop_paths:
        for path in crop_paths:
            del left[path]
        lines.append(_crop_line(change, line))
    for path, (old_value, new_value) in left.items():
        values = {"field": path, "old": show(old_value), "new": show(new_value)}
        if old_value is None:
            lines.append(line(QT_TRANSLATE_NOOP("Diff", "{input}'s {field} is set to {new}"),
                              **values))
        elif new_value is None:
            lines.append(line(QT_TRANSLATE_NOOP(
                "Diff", "{input}'s {field} is no longer sent (it was {old})"), **values))
        else:
            lines.append(line(QT_TRANSLATE_NOOP(
                "Diff", "{input}'s {field} changes from {old} to {new}"), **values))
    return lines


def _crop_line(change: InputChange, line: Callable[..., DiffLine]) -> DiffLine:
    old_crop, new_crop = _crop_of(change.old), _crop_of(change.new)
    if not new_crop:
        return line(QT_TRANSLATE_NOOP("Diff", "{input} is no longer cropped"))
    width, height = new_crop.get("crop_width"), new_crop.get("crop_height")
    if width is None or height is None:
        return line(QT_TRANSLATE_NOOP("Diff", "{input}'s crop changes"))
    values = {"w": show(width), "h": show(height), "x": show(new_crop.get("crop_x") or 0),
              "y": show(new_crop.get("crop_y") or 0)}
    if not old_crop:
        return line(QT_TRANSLATE_NOOP(
            "Diff", "{input} is cropped to {w}×{h} at {x}, {y}"), **values)
    return line(QT_TRANSLATE_NOOP(
        "Diff", "{input}'s crop changes to {w}×{h} at {x}, {y}"), **values)


def _crop_of(item: Any) -> dict[str, Any]:
    """An input's crop_params, with unset (null) values left out; {} when it has none."""
    crop = item.get(_CROP) if isinstance(item, dict) else None
    return {k: v for k, v in crop.items() if v is not None} if isinstance(crop, dict) else {}


def show(value: Any) -> str:
    """A wire value as a producer reads it: 160 (not 160.0), 0.25, 0x000000, true, ""."""
    if isinstance(value, str):
        return value[:80] if value else '""'
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
