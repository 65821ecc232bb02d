"""Thousands of random and malformed documents: always an answer, never an exception."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.core import loader, presets
from designer.core.errors import DocumentError, InvalidDocument
from designer.core.validation import validate
from designer.core.wire import read_app_id

FUZZ = settings(max_examples=1500, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)

# Plausible values per field: right types and ranges mostly, wrong ones sometimes.
numbers = st.one_of(st.integers(-10, 4000), st.floats(-1, 4000, allow_nan=False))
ids = st.one_of(st.from_regex(r"[A-Za-z0-9_]{1,12}", fullmatch=True), st.text(max_size=6))
layout_params = st.fixed_dictionaries({}, optional={
    "image_layer": st.integers(-1, 18),
    "input_type": st.sampled_from([0, 1, 2, 3, 4, 5, 6]),
    "image_width": numbers, "image_height": numbers,
    "location_x": numbers, "location_y": numbers,
    "color": st.sampled_from(["0x000000", "0x99CCFF", "red", "#fff"]),
    "picture_id": st.integers(-2, 20),
    "junk": json_values,
})
crop_params = st.fixed_dictionaries({}, optional={
    name: st.integers(-5, 3100) for name in ("crop_width", "crop_height", "crop_x", "crop_y")
})
input_streams = st.fixed_dictionaries(
    {"input_stream_id": ids},
    optional={"layout_params": st.one_of(layout_params, json_values), "crop_params": crop_params},
)
paras = st.fixed_dictionaries(
    {"mix_stream_session_id": ids},
    optional={
        "app_id": st.one_of(st.integers(-1, 2**32), json_values),
        "interface": st.sampled_from(["mix_streamv2.start_mix_stream_advanced", "x"]),
        "output_stream_id": ids,
        "output_stream_type": st.integers(-1, 2),
        "output_stream_bitrate": st.integers(-1, 60000),
        "mix_stream_template_id": st.sampled_from([0, 10, 20, 50, 310, 390, 590, 610, 7]),
        "input_stream_list": st.one_of(st.lists(input_streams, max_size=18), json_values),
        "domain": st.just(""),
    },
)
documents = st.one_of(
    json_values,
    paras,
    paras.map(lambda p: {"timestamp": 1, "eventId": 5,
                         "interface": {"interfaceName": "Mix_StreamV2", "para": p}}),
    st.fixed_dictionaries({"format": st.just("mix-designer-preset"),
                           "version": st.sampled_from([1, 2, "1"]),
                           "para": st.one_of(paras, json_values)},
                          optional={"design": json_values}),
)


@FUZZ
@given(documents)
def test_loading_and_validating_never_raises(data):
    try:
        document = loader.from_data(data)
    except InvalidDocument as invalid:
        assert invalid.problems and all(p.is_error for p in invalid.problems)
        assert all(isinstance(p.code, int) and p.line() for p in invalid.problems)
        return
    except DocumentError as error:
        assert str(error)
        return
    problems = validate(document.layout)
    for problem in problems:
        assert problem.line() and json.dumps(problem.to_json(), ensure_ascii=False)
    if document.kind.value == "para":
        # What you import is what you send: keys and values, nothing added or dropped (an
        # app_id read as Tencent's clients write it is sent as the service reads it).
        assert document.layout.para.to_wire() == read_app_id(data)[0]


@FUZZ
@given(paras)
def test_a_valid_import_saves_and_reopens_unchanged(tmp_path_factory, para):
    try:
        document = loader.from_data(para)
    except DocumentError:
        return
    layout = document.layout
    finite = all(math.isfinite(v) for v in _numbers(layout.para.to_wire()))
    path = tmp_path_factory.mktemp("fuzz") / "preset.json"
    if not finite:
        return
    presets.save(path, layout)
    assert loader.load(path).layout == layout


def _numbers(value: Any):
    if isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, float):
        yield value


@FUZZ
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_a_clear_error_or_a_document(raw):
    try:
        data = loader.parse_json(raw)
        loader.from_data(data)
    except DocumentError as error:
        assert str(error)
