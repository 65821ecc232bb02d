"""Hypothesis strategies for documents: plausible layouts, malformed ones and hostile ones.

``Documents(raw=False)`` makes Python values (what json.loads could return), with hostile
ones among them: integers of hundreds of digits, infinities, lone surrogates, terminal
controls, Chinese. ``Documents(raw=True)`` makes values for :func:`to_text`, which may also
hold what no Python value says, as an attacker or an unlucky export writes it: number
literals no double holds (``1e309``), a key written twice, nesting thousands deep.

Leaves are mostly drawn from pools of telling values (one draw each): ten thousand
documents must fit in CI's minutes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import strategies as st


class Raw(str):
    """JSON text put into a document as it is."""


class Pairs(list):
    """An object written with these (key, value) pairs, a key written twice included."""


def to_text(value: Any) -> str:
    """The JSON text of a document that may hold Raw and Pairs parts."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        value = Pairs(value.items())
    if isinstance(value, Pairs):
        return "{" + ", ".join(f"{json.dumps(k)}: {to_text(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_text(item) for item in value) + "]"
    return json.dumps(value)  # NaN and ±inf as NaN / Infinity, which a reader must refuse


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=6,
)

#: Text from outside: controls that drive a terminal, bidi overrides, lone surrogates,
#: Chinese, and ids that are right.
HOSTILE_TEXT = ["\ud800", "a\udfffb", "\ud83d", "\udc00x", "\x1b]0;pwned\x07\x1b[2J",
                "\u202emoc", "\x00", "\x9b31m", "房间_1", "line\nbreak", "\r\rstarted OK",
                "\u2028", "", " ", "a" * 81, "guest_audio"]
GOOD_IDS = ["stream_lewis01", "stream_lewis02", "host", "guest_1", "canvas", "logo", "out"]
hostile_text = st.one_of(st.sampled_from(HOSTILE_TEXT),
                         st.text(st.characters(exclude_categories=()), max_size=8))
#: Numbers no double holds, or only just; those only text can say are Raw literals.
HOSTILE_NUMBERS = [10**309, -(10**320), 2**1024, 10**400, 2**63, -(2**31), 2**31,
                   float("inf"), float("-inf"), float("nan"), 1e308, -0.0, 5e-324, 0.5]
OVERFLOWING_LITERALS = [Raw(t) for t in (
    "1e309", "-1e309", "1E400", "2e308", "-2.5e308", "1" + "0" * 309, "-" + "9" * 320,
    "1.7976931348623157e308", "4.9e-324", "-0", "0e0", "1e-400")]
#: Nesting deeper than any reader should follow.
DEEP = [Raw("[" * depth + "]" * depth) for depth in (40, 900, 3000)]
PLAUSIBLE_NUMBERS = [0, 1, 160, 240, 380, 630, 1280, 720, 3000, 3001, -1, 0.01, 0.25, 0.99,
                     0.999, 1.0, 2999.5]


class Documents:
    """The strategies, for Python values (``raw=False``) or for texts (``raw=True``)."""

    def __init__(self, raw: bool):
        hostile_numbers = st.sampled_from(
            HOSTILE_NUMBERS + (OVERFLOWING_LITERALS if raw else []))
        numbers = st.one_of(st.sampled_from(PLAUSIBLE_NUMBERS), st.integers(-10, 4000),
                            st.floats(-1, 4000, allow_nan=False), hostile_numbers)
        ids = st.one_of(st.sampled_from(GOOD_IDS), hostile_text,
                        st.from_regex(r"[A-Za-z0-9_]{1,12}", fullmatch=True))
        values = st.one_of(json_values, hostile_numbers, hostile_text,
                           *([st.sampled_from(DEEP)] if raw else []))
        repeats = self._repeating_a_key if raw else (lambda objects: objects)

        self.layout_params = repeats(st.fixed_dictionaries({}, optional={
            "image_layer": st.one_of(st.integers(-1, 18), hostile_numbers),
            "input_type": st.sampled_from([0, 1, 2, 3, 4, 5, 6]),
            "image_width": numbers, "image_height": numbers,
            "location_x": numbers, "location_y": numbers,
            "color": st.sampled_from(["0x000000", "0x99CCFF", "red", "#fff", *HOSTILE_TEXT]),
            "picture_id": st.integers(-2, 20),
            "junk": values,
        }))
        crop_params = st.fixed_dictionaries({}, optional={
            name: st.one_of(st.integers(-5, 3100), hostile_numbers)
            for name in ("crop_width", "crop_height", "crop_x", "crop_y")
        })
        input_streams = repeats(st.fixed_dictionaries(
            {"input_stream_id": ids},
            optional={"layout_params": st.one_of(self.layout_params, json_values),
                      "crop_params": crop_params},
        ))
        fixed = st.fixed_dictionaries(
            {"mix_stream_session_id": ids},
            optional={
                # As Tencent's clients write it too: a numeric string, an empty one.
                "app_id": st.one_of(st.integers(-1, 2**32), json_values, hostile_numbers,
                                    st.sampled_from(["1400000001", "", "abc", "0", "99999999999"])),
                "interface": st.sampled_from(["mix_streamv2.start_mix_stream_advanced", "x"]),
                "output_stream_id": ids,
                "output_stream_type": st.integers(-1, 2),
                "output_stream_bitrate": st.integers(-1, 60000),
                "mix_stream_template_id": st.sampled_from(
                    [0, 10, 20, 50, 310, 390, 590, 610, 7]),
                "input_stream_list": st.one_of(st.lists(input_streams, max_size=17),
                                               json_values),
                "domain": st.just(""),
            },
        )
        # Unknown keys ride along (kept, and sent as read), some with hostile names or values.
        extras = st.dictionaries(hostile_text, values, max_size=2)
        self.paras = repeats(st.builds(lambda para, more: {**more, **para}, fixed, extras))
        bodies = st.builds(
            lambda para, timestamp, event_id: {
                "timestamp": timestamp, "eventId": event_id,
                "interface": {"interfaceName": "Mix_StreamV2", "para": para}},
            self.paras, st.one_of(st.just(1), hostile_numbers),
            st.one_of(st.just(5), st.integers(-(2**40), 2**40), hostile_numbers))
        presets = st.fixed_dictionaries(
            {"format": st.just("mix-designer-preset"),
             "version": st.sampled_from([1, 1, 1, 2, "1"]),
             "para": st.one_of(self.paras, json_values)},
            optional={"design": st.one_of(json_values, st.fixed_dictionaries({}, optional={
                "preview_width": numbers, "inputs": st.lists(st.fixed_dictionaries(
                    {}, optional={"label": hostile_text, "source_width": numbers}),
                    max_size=3)}))})
        junk = st.one_of(json_values, *([st.sampled_from(DEEP)] if raw else []))
        self.documents = st.one_of(self.paras, bodies, presets, junk)

    @staticmethod
    def _repeating_a_key(objects: st.SearchStrategy[dict]) -> st.SearchStrategy[Any]:
        """The objects, some written with one of their keys twice (the values differ)."""

        def repeat(obj: dict, again: bool, which: int, value: Any) -> Any:
            if not obj or not again:
                return obj
            key = list(obj)[which % len(obj)]
            return Pairs([*obj.items(), (key, value)])

        return st.builds(repeat, objects, st.booleans(), st.integers(0, 20),
                         st.sampled_from([None, 1, "again", [], {}, 2**31, *HOSTILE_TEXT[:4]]))


python_documents = Documents(raw=False)
texts = Documents(raw=True).documents.map(to_text)


# -- mutations of a document's text -----------------------------------------------------------

_NUMBER = re.compile(r"(?<=[:\[,] )-?\d[\d.eE+-]*")
_FIRST_KEY = re.compile(r'\{("(?:[^"\\]|\\.)*"): ')
_STRING_VALUE = re.compile(r'(?<=: )"(?:[^"\\]|\\.)*"')
_HOSTILE_LITERALS = [str(raw) for raw in OVERFLOWING_LITERALS]
_HOSTILE_STRINGS = [json.dumps(text) for text in HOSTILE_TEXT]


def mutations(text: str, seed: int) -> list[str]:
    """Three copies of ``text``, each with one hostile change: a number no double holds, a
    key written twice, a string from outside (in place where the text has one, else beside
    it). Cheap, and fixed by ``seed``, so that a failing copy is reproduced by its example."""
    literal = _HOSTILE_LITERALS[seed % len(_HOSTILE_LITERALS)]
    string = _HOSTILE_STRINGS[seed % len(_HOSTILE_STRINGS)]
    numbers = list(_NUMBER.finditer(text))
    strings = list(_STRING_VALUE.finditer(text))
    if numbers:
        match = numbers[seed % len(numbers)]
        with_number = text[:match.start()] + literal + text[match.end():]
    else:
        with_number = f'{{"number": {literal}, "document": {text}}}'
    if _FIRST_KEY.search(text):
        twice = _FIRST_KEY.sub(lambda m: f"{{{m[1]}: {literal}, {m[1]}: ", text, count=1)
    else:
        twice = f'{{"document": 1, "document": {text}}}'
    if strings:
        match = strings[seed % len(strings)]
        with_string = text[:match.start()] + string + text[match.end():]
    else:
        with_string = f'{{"string": {string}, "document": {text}}}'
    return [with_number, twice, with_string]
