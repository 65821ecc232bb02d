"""What a JSON document may hold beyond its syntax: numbers a double can carry, Unicode text,
and each key of an object once.

Python's json module is more lenient than the service's parser: it turns ``1e309`` into
infinity (which then prints as ``Infinity``, not JSON), keeps integers of any length (which
overflow where a float is needed), accepts ``"\\ud800"`` (a lone surrogate, which no UTF-8
file or reply can hold) and lets a repeated key's last value win silently. Here:

* :func:`loads` parses, remembering numbers that overflowed and keys written twice;
* :func:`check` lists, as errors with the spec's code of the field they are in, the values
  no request can carry: a number beyond a double's range, a lone surrogate in a string or a
  key. A document with any is refused when it is read;
* :func:`repeated_keys` lists each key written twice as a warning (the last value is used).

Walks are iterative: a document may be nested as deep as the parser allows.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.problems import Problem, Severity, WarningCode
from designer.core.validation import FIELD_CODES, short_repr

#: More problems than this in one file are not worth listing one by one.
MAX_PROBLEMS = 20
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A node's place in the document: (parent's place, key or index), None at the top.
_Place = tuple[Any, "str | int"] | None


class Overflowed(float):
    """A number literal too large for a double (``1e309``): infinite, with its text kept."""

    text: str

    def __new__(cls, text: str) -> Overflowed:
        value = super().__new__(cls, float(text))
        value.text = text
        return value


class Parsed:
    """A parsed document and the objects in it that had a key written more than once."""

    def __init__(self, data: Any, repeated: list[tuple[dict[str, Any], Counter[str]]]):
        self.data = data
        #: (the object, how often each of its repeated keys was written); the objects are
        #: kept alive here, so their ids identify them while walking.
        self.repeated = repeated


def loads(text: str) -> Parsed:
    """``json.loads`` with NaN/Infinity refused (ValueError), overflowing numbers marked and
    repeated keys recorded; JSONDecodeError and RecursionError as json raises them."""
    repeated: list[tuple[dict[str, Any], Counter[str]]] = []

    def object_from(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            counts = Counter(key for key, _ in pairs)
            repeated.append((obj, Counter({k: n for k, n in counts.items() if n > 1})))
        return obj

    data = json.loads(text, object_pairs_hook=object_from, parse_float=_parse_float,
                      parse_constant=_reject_constant)
    return Parsed(data, repeated)


def _parse_float(text: str) -> float:
    value = float(text)
    return Overflowed(text) if math.isinf(value) else value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def check(data: Any) -> list[Problem]:
    """The values in ``data`` no request can carry, as errors (at most MAX_PROBLEMS)."""
    if _plainly_fine(data):  # nearly every document: one quick pass, no places kept
        return []
    problems: list[Problem] = []
    for value, place in _walk(data):
        if isinstance(value, dict):
            for key in value:
                if isinstance(key, str) and _SURROGATE.search(key):
                    problems.append(_not_text(key, (place, key), QT_TRANSLATE_NOOP(
                        "Validation", "the key {value} holds a lone surrogate ({char}), "
                                      "which is not Unicode text")))
        elif isinstance(value, str) and _SURROGATE.search(value):
            problems.append(_not_text(value, place, QT_TRANSLATE_NOOP(
                "Validation", "{value} holds a lone surrogate ({char}), which is not Unicode "
                              "text")))
        elif _is_number(value) and (shown := _out_of_range(value)) is not None:
            problems.append(Problem(
                _code(place), field_of(place), QT_TRANSLATE_NOOP(
                    "Validation", "{value} is out of range: the service reads numbers as "
                                  "doubles, which reach about ±1.8e308"),
                {"value": shown}))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def repeated_keys(parsed: Parsed) -> list[Problem]:
    """A warning for each key written more than once in an object (the last value is used)."""
    if not parsed.repeated:
        return []
    wanted = {id(obj): counts for obj, counts in parsed.repeated}
    warnings = []
    for value, place in _walk(parsed.data):
        if isinstance(value, dict) and (counts := wanted.get(id(value))) is not None:
            for key, count in counts.items():
                warnings.append(Problem(
                    WarningCode.DUPLICATE, field_of((place, key)), QT_TRANSLATE_NOOP(
                        "Validation", "\"{key}\" is written {count} times in one object: Mix "
                                      "Designer uses the last value; the service may use "
                                      "another"),
                    {"key": short_repr(key)[1:-1], "count": count}, Severity.WARNING))
    return warnings[:MAX_PROBLEMS]


def field_of(place: _Place) -> str:
    """``interface.para.input_stream_list[1].layout_params`` for a node's place."""
    parts: list[str | int] = []
    while place is not None:
        place, part = place
        parts.append(part)
    text = ""
    for part in reversed(parts):
        if isinstance(part, int):
            text += f"[{part}]"
        else:  # a key that is not text itself is shown escaped
            part = part.encode("utf-8", "backslashreplace").decode("utf-8")
            text += f".{part}" if text else part
    return text or "(the whole document)"


def _plainly_fine(data: Any) -> bool:
    """True when nothing in ``data`` can be a problem; False when a closer look is needed."""
    stack = [data]
    pop, extend, search = stack.pop, stack.extend, _SURROGATE.search
    while stack:
        value = pop()
        kind = type(value)
        if kind is str:
            if not value.isascii() and search(value):
                return False
        elif kind is dict:
            extend(value)  # the keys, which must be text too
            extend(value.values())
        elif kind is list:
            extend(value)
        elif kind is int:
            if value.bit_length() > 1000:
                return False
        elif kind is float:
            if value - value != 0:  # infinite (or NaN)
                return False
        elif value is not None and kind is not bool:  # Overflowed, or anything unexpected
            return False
    return True


def _walk(data: Any) -> Iterator[tuple[Any, _Place]]:
    stack: list[tuple[Any, _Place]] = [(data, None)]
    while stack:
        value, place = stack.pop()
        yield value, place
        if isinstance(value, dict):
            stack.extend((item, (place, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((item, (place, index)) for index, item in reversed(
                list(enumerate(value))))


def _is_number(value: Any) -> bool:
    return isinstance(value, float | int) and not isinstance(value, bool)


def _out_of_range(value: float | int) -> str | None:
    """The number as a message shows it, if a double cannot hold it; else None."""
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return value.text if isinstance(value, Overflowed) else repr(value)
    if value.bit_length() <= 1000:  # far inside a double's range: the common case, fast
        return None
    try:
        float(value)
        return None
    except OverflowError:
        pass
    sign = "-" if value < 0 else ""
    try:
        digits = len(str(abs(value)))
    except ValueError:  # past Python's limit on converting ints to text
        digits = int(value.bit_length() * math.log10(2)) + 1
    lead = str(abs(value) // 10 ** max(0, digits - 13))[:12]
    return f"{sign}{lead}… ({digits} digits)"


def _not_text(text: str, place: _Place, template: str) -> Problem:
    char = _SURROGATE.search(text)
    assert char is not None
    return Problem(_code(place), field_of(place), template,
                   {"value": short_repr(text), "char": f"\\u{ord(char.group()):04x}"})


def _code(place: _Place) -> int:
    """The spec's code of the innermost field the place is in; -1 (the request cannot be
    parsed) outside every field the spec names."""
    while place is not None:
        place, part = place
        if isinstance(part, str) and part in FIELD_CODES:
            return FIELD_CODES[part]
    return -1
