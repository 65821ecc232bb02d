"""Thousands of random, malformed and hostile documents: always an answer, never an exception.

The strategies (tests/strategies.py) cover numbers no double holds, lone surrogates and
terminal controls in ids and keys, keys written twice and nesting thousands deep. How many
examples run is the hypothesis profile's (tests/hypothesis_profiles.py).
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.core import jsonvalues, loader, presets
from designer.core.errors import FileError, InvalidFile
from designer.core.validation import validate
from designer.core.wire import read_app_id
from tests.hypothesis_profiles import examples
from tests.strategies import python_documents, texts


def _answer(data: Any) -> loader.LoadedFile | None:
    """The document, or None after checking that the refusal is one clear answer."""
    try:
        return loader.from_data(data)
    except InvalidFile as invalid:
        assert invalid.problems and all(p.is_error for p in invalid.problems)
        assert all(isinstance(p.code, int) and p.line() for p in invalid.problems)
        return None
    except FileError as error:
        assert str(error)
        return None


@given(python_documents.documents)
def test_loading_and_validating_never_raises(data):
    document = _answer(data)
    if document is None:
        return
    problems = validate(document.layout)
    for problem in problems:
        assert problem.line() and json.dumps(problem.to_json(), ensure_ascii=False)
    if document.kind.value == "para":
        # What you import is what you send: keys and values, nothing added or dropped (an
        # app_id read as Tencent's clients write it is sent as the service reads it).
        assert document.layout.para.to_wire() == read_app_id(data)[0]


@settings(max_examples=examples(ci=500, dev=50))  # each example saves a file, fsync included
@given(python_documents.paras)
def test_a_valid_import_saves_and_reopens_unchanged(tmp_path_factory, para):
    document = _answer(para)
    if document is None:
        return
    layout = document.layout
    # Every number that was read is one a double holds, and every string is Unicode text.
    assert all(math.isfinite(v) for v in _numbers(layout.para.to_wire()))
    path = tmp_path_factory.mktemp("fuzz") / "preset.json"
    presets.save(path, layout)
    assert loader.load(path).layout == layout


def _numbers(value: Any):
    if isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, float | int) and not isinstance(value, bool):
        yield float(value)


@given(texts)
def test_any_text_is_a_document_or_one_clear_answer(text):
    try:
        parsed = jsonvalues.loads(text)
        data = loader.parse_json(text)
    except (ValueError, RecursionError):
        with pytest.raises(FileError):
            loader.parse_json(text)
        return
    # Every key written twice in an object of the document is warned about (an object in
    # a value that a repeated key replaced is not in the document any more).
    warnings = jsonvalues.repeated_keys(parsed)
    kept = _objects_in(parsed.data)
    expected = sum(len(counts) for obj, counts in parsed.repeated if id(obj) in kept)
    assert len(warnings) == min(expected, jsonvalues.MAX_PROBLEMS)
    assert all(not w.is_error and w.code == "DUPLICATE" for w in warnings)
    document = _answer(data)
    if document is not None:
        validate(document.layout)
        # What was read can be written as JSON again: no Infinity, no lone surrogate.
        json.dumps(document.layout.para.to_wire(), allow_nan=False).encode("utf-8")


def _objects_in(data: Any) -> set[int]:
    found, stack = set(), [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            found.add(id(value))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_a_clear_error_or_a_document(raw):
    try:
        data = loader.parse_json(raw)
        loader.from_data(data)
    except FileError as error:
        assert str(error)
