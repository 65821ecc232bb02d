"""Layouts the tests start from: the spec's own examples, then one change at a time."""

from __future__ import annotations

import copy
from typing import Any

from designer.core.model import Layout, MixPara

APPID = 1252500000
SPEC_KEY = "40328529ca4381a80c6ecf2e6aa57438"
SPEC_T = 1490858347
SPEC_SIGN = "7f29ed83c61b77de1b0d66936fd4fd44"

SPEC_START_PARA: dict[str, Any] = {
    "app_id": APPID,
    "interface": "mix_streamv2.start_mix_stream_advanced",
    "mix_stream_session_id": "lewis_room",
    "output_stream_id": "stream_lewis01",
    "input_stream_list": [
        {"input_stream_id": "stream_lewis01", "layout_params": {"image_layer": 1}},
        {
            "input_stream_id": "stream_lewis02",
            "layout_params": {
                "image_layer": 2,
                "image_width": 160,
                "image_height": 240,
                "location_x": 380,
                "location_y": 630,
            },
        },
    ],
}

SPEC_CANCEL_PARA: dict[str, Any] = {
    "app_id": APPID,
    "interface": "mix_streamv2.cancel_mix_stream",
    "mix_stream_session_id": "lewis_room",
    "output_stream_id": "stream_lewis01",
}


def spec_para() -> dict[str, Any]:
    return copy.deepcopy(SPEC_START_PARA)


def unplaced_para() -> dict[str, Any]:
    """The spec's start example with the guest's location left to the server: a template
    then places it, so the template's input count matters (-20)."""
    para = spec_para()
    for name in ("location_x", "location_y"):
        del para["input_stream_list"][1]["layout_params"][name]
    return para


def stream(stream_id: str, layer: int, **layout: Any) -> dict[str, Any]:
    return {"input_stream_id": stream_id, "layout_params": {"image_layer": layer, **layout}}


def canvas(layer: int = 1, color: str = "0x000000", **layout: Any) -> dict[str, Any]:
    return stream(f"canvas{layer}", layer, input_type=3, color=color, **layout)


def grid_para(count: int = 16) -> dict[str, Any]:
    """A full show: a 1920×1080 canvas background and ``count - 1`` windows in a grid of four
    columns, each placed in pixels, none overflowing."""
    inputs = [canvas(1, image_width=1920, image_height=1080)]
    for i in range(count - 1):
        inputs.append(stream(f"guest_{i:02d}", i + 2, image_width=400, image_height=225,
                             location_x=40 + 460 * (i % 4), location_y=20 + 260 * (i // 4)))
    return {"app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "grid_room", "output_stream_id": "grid_out",
            "output_stream_type": 1, "input_stream_list": inputs}


def layout_of(para: dict[str, Any], sources: dict[int, tuple[int, int]] | None = None) -> Layout:
    """A Layout from a para; ``sources`` declares input index → source resolution."""
    layout = Layout(para=MixPara.model_validate(para))
    for index, (width, height) in (sources or {}).items():
        if index >= len(layout.design.inputs):
            continue  # the mutation under test removed that input
        layout.design.inputs[index].source_width = width
        layout.design.inputs[index].source_height = height
    return layout
