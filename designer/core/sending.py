"""What goes on air: a layout as it is sent, hidden inputs left out.

A producer hides an input (``design.inputs[i].visible = False``) to take it off air, as an OBS
user unticks a source: it stays in the document, drawn as a ghost so it can be brought back,
and is not sent. Everything that builds a request sends :func:`sent_para`, and validation
judges :func:`sent_layout` (then names each problem by the input's index in the document,
:func:`map_back`), so what is checked is what the service will see.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from designer.core.model import Layout
from designer.core.problems import Problem

_INPUT_PATH = re.compile(r"^input_stream_list\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class SentLayout:
    #: A new layout holding only the inputs that are sent (design entries alongside; session,
    #: output and the api3 section copied). Changing it does not change the document.
    layout: Layout
    #: For each input of ``layout``, its index in the document's input list.
    indexes: tuple[int, ...]


def sent_indexes(layout: Layout) -> tuple[int, ...]:
    """The indexes of the inputs that are sent: the visible ones, in list order."""
    return tuple(i for i, design in enumerate(layout.design.inputs) if design.visible)


def hides_anything(layout: Layout) -> bool:
    return not all(design.visible for design in layout.design.inputs)


def sent_layout(layout: Layout) -> SentLayout:
    """The layout as it goes out: a deep copy without its hidden inputs."""
    indexes = sent_indexes(layout)
    copy = layout.model_copy(deep=True)
    if copy.para.input_stream_list is not None:
        # Assigned, not edited in place: the list stays "set", so it is sent even if empty
        # (every input hidden is an empty list, which the service refuses with -1).
        copy.para.input_stream_list = [copy.para.input_stream_list[i] for i in indexes]
    copy.design.inputs = [copy.design.inputs[i] for i in indexes]
    return SentLayout(copy, indexes)


def sent_view(layout: Layout) -> SentLayout:
    """As sent_layout, but sharing the inputs with ``layout`` instead of copying them: cheap
    enough for validation on every edit. Read it; never change it."""
    indexes = sent_indexes(layout)
    para = layout.para
    if para.input_stream_list is not None:
        para = para.model_copy(update={"input_stream_list": [para.inputs[i] for i in indexes]})
    design = layout.design.model_copy(
        update={"inputs": [layout.design.inputs[i] for i in indexes]})
    return SentLayout(Layout.model_construct(para=para, design=design, api3=layout.api3),
                      indexes)


def sent_para(layout: Layout) -> dict[str, Any]:
    """The wire para that goes out: ``sent_layout(layout).layout.para.to_wire()``, made
    without copying the layout (this runs on every edit in the window)."""
    para = layout.para.to_wire()
    inputs = para.get("input_stream_list")
    if isinstance(inputs, list) and hides_anything(layout):
        para["input_stream_list"] = [inputs[i] for i in sent_indexes(layout)]
    return para


def map_back(problems: Sequence[Problem], indexes: Sequence[int]) -> list[Problem]:
    """Problems found in a sent layout, with each ``input_stream_list[i]`` field renamed to the
    input's index in the document (``indexes`` as :attr:`SentLayout.indexes`)."""
    return [_renamed(problem, indexes) for problem in problems]


def _renamed(problem: Problem, indexes: Sequence[int]) -> Problem:
    match = _INPUT_PATH.match(problem.field)
    if match is None:
        return problem
    original = indexes[int(match.group(1))]
    field = f"input_stream_list[{original}]{problem.field[match.end():]}"
    return dataclasses.replace(problem, field=field)
