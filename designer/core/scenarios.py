"""Built-in starting points, after the spec's 常见云端场景 and Tencent's SDK layouts.

Each is a preset file in resources/scenarios/ (data a producer can read and copy, shipped
with the app and read through importlib.resources), with the design data filled in (source
resolutions, labels), so a new document from a scenario validates, previews and can be sent
to the sandbox at once. Where they come from:

* link-mic: 大主播与小主播连麦 with template 20, the guest placed by the server.
* link-mic-custom: the SDK's link-mic, 160×240 windows at x = W − w, y = H − h − 90,
  stacked upward on a 540×960 host (the spec's own start example is the first slot).
* pk: 主播 PK, a 720×640 black canvas with two 360×640 anchors side by side, a new stream.
* meeting: 多人会议, :func:`meeting` with nine participants.
* voice-call: 语音通话, two audio-only streams mixed into the first.
* logo: a 1280×720 stream with an uploaded logo (picture_id 10) at (50, 100), as in the demo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from designer.core import presets
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import (
    START_INTERFACE,
    InputDesign,
    InputType,
    Layout,
    LayoutDesign,
    MixPara,
)
from designer.core.resources import resource_folder

# Messages are marked QT_TRANSLATE_NOOP("Scenarios", "...") with both written out as literals:
# pyside6-lupdate extracts nothing else (not a constant, not an alias).


@dataclass(frozen=True)
class Scenario:
    key: str
    name: str          # marked for translation (context "Scenarios")
    description: str   # marked for translation (context "Scenarios")

    def build(self) -> Layout:
        """A fresh Layout from the scenario's preset (a new object each time)."""
        text = resource_folder("scenarios").joinpath(f"{self.key}.json").read_text("utf-8")
        return presets.from_data(json.loads(text))


def _input(stream_id: str, layer: int, kind: int = InputType.AUDIO_VIDEO,
           **layout: Any) -> dict[str, Any]:
    params: dict[str, Any] = {"image_layer": layer}
    if kind != InputType.AUDIO_VIDEO:
        params["input_type"] = int(kind)
    params.update(layout)
    return {"input_stream_id": stream_id, "layout_params": params}


def _layout(para: dict[str, Any], designs: list[dict[str, Any]],
            preview: tuple[int, int]) -> Layout:
    para = {"interface": START_INTERFACE, **para}
    return Layout(
        para=MixPara.model_validate(para),
        design=LayoutDesign(preview_width=preview[0], preview_height=preview[1],
                            inputs=[InputDesign(**d) for d in designs]),
    )


def blank() -> Layout:
    """A new, empty layout: ids to start from, mixed into a new stream, no inputs yet."""
    return _layout({"mix_stream_session_id": "new_mix", "output_stream_id": "new_mix_output",
                    "output_stream_type": 1, "input_stream_list": []}, [], (1280, 720))


def meeting(participants: int = 9) -> Layout:
    """多人会议: a 1920×1080 canvas with a grid of up to 15 participants (16:9 tiles)."""
    participants = max(2, min(15, participants))
    columns = next(c for c in range(1, 6) if c * c >= participants or c == 5)
    rows = -(-participants // columns)
    width, height = 1920, 1080
    tile_w, tile_h = width // columns, height // rows
    # Tiles keep 16:9 inside each cell, centred, so no black bars are added.
    w = min(tile_w, tile_h * 16 // 9)
    h = w * 9 // 16
    streams = []
    for n in range(participants):
        row, column = divmod(n, columns)
        streams.append(_input(
            f"person_{n + 1}", n + 2, image_width=w, image_height=h,
            location_x=column * tile_w + (tile_w - w) // 2,
            location_y=row * tile_h + (tile_h - h) // 2,
        ))
    return _layout(
        {"mix_stream_session_id": "meeting_room", "output_stream_id": "meeting_mix",
         "output_stream_type": 1, "output_stream_bitrate": 3000,
         "input_stream_list": [
             _input("canvas", 1, InputType.CANVAS, image_width=width, image_height=height,
                    color="0x333333"),
             *streams]},
        [{"label": "Canvas"},
         *({"label": f"Person {n + 1}", "source_width": 1280, "source_height": 720}
           for n in range(participants))],
        (width, height),
    )


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("link-mic", QT_TRANSLATE_NOOP("Scenarios", "Link-mic (template 20)"),
             QT_TRANSLATE_NOOP(
                 "Scenarios", "A host on a 540×960 portrait stream, one guest in the bottom-right "
                              "corner placed by template 20.")),
    Scenario("link-mic-custom", QT_TRANSLATE_NOOP("Scenarios", "Link-mic (custom windows)"),
             QT_TRANSLATE_NOOP(
                 "Scenarios", "Three 160×240 guest windows at the positions Tencent's SDK uses on "
                              "a 540×960 host.")),
    Scenario("pk", QT_TRANSLATE_NOOP("Scenarios", "PK"),
             QT_TRANSLATE_NOOP(
                 "Scenarios", "Two anchors side by side on a 720×640 black canvas, mixed into a "
                              "new stream.")),
    Scenario("meeting", QT_TRANSLATE_NOOP("Scenarios", "Meeting"),
             QT_TRANSLATE_NOOP(
                 "Scenarios", "Nine participants in a grid on a 1920×1080 canvas (up to 15 fit).")),
    Scenario("voice-call", QT_TRANSLATE_NOOP("Scenarios", "Voice call"),
             QT_TRANSLATE_NOOP(
                 "Scenarios", "Two audio-only streams mixed together; no picture.")),
    Scenario("logo", QT_TRANSLATE_NOOP("Scenarios", "Logo watermark"),
             QT_TRANSLATE_NOOP(
                 "Scenarios", "A stream with an uploaded watermark picture on top.")),
)


def by_key(key: str) -> Scenario:
    for scenario in SCENARIOS:
        if scenario.key == key:
            return scenario
    raise KeyError(key)
