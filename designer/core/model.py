"""The layout model: a faithful mirror of the wire ``para``, plus design-only data beside it.

Two rules shape this module:

* What you import is what you send. The wire models mirror the service's JSON one to one,
  keep keys they do not know (``extra="allow"``), and leave a field the user never set as
  ``None``, which is never sent: the server then applies its own default. Types are strict
  (no "1" for 1, no true for 1) so that a value is sent exactly as it was read.
* The models hold types, not ranges. A width of 4000 or a layer of 0 is representable, so the
  window can show it and validation can name it with the spec's own code (-4, -11 ...).

Design-only data (source resolution, label, lock, visibility, preview size) never goes to the
server; it lives in :class:`LayoutDesign`, one :class:`InputDesign` per input, aligned by index.
Visibility decides which inputs are sent at all (designer.core.sending): a hidden input is off
air, and its data stays in the file.
"""

from __future__ import annotations

import itertools
import os
import re
from enum import IntEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from designer.core.api3model import Api3Options
from designer.core.int32 import INT32_MAX as INT32_MAX  # its home; re-exported for callers

START_INTERFACE = "mix_streamv2.start_mix_stream_advanced"
CANCEL_INTERFACE = "mix_streamv2.cancel_mix_stream"
INTERFACE_NAME = "Mix_StreamV2"
MAX_INPUTS = 16
#: A colour as the spec writes it: 0xRRGGBB.
COLOR_PATTERN = re.compile(r"0x([0-9A-Fa-f]{6})")
#: Para fields only a start has: a cancel names the session and output alone.
START_ONLY_KEYS = frozenset({"mix_stream_template_id", "output_stream_type",
                             "output_stream_bitrate", "input_stream_list"})

#: A pixel count or a fraction of the background: the spec's ``double`` fields. Kept as the
#: int or float it was read as, so 160 goes back out as 160, not 160.0.
Number = int | float


class InputType(IntEnum):
    """The spec's ``input_type`` values (0 is the default when unset)."""

    AUDIO_VIDEO = 0
    PICTURE = 2
    CANVAS = 3
    AUDIO_ONLY = 4
    VIDEO_ONLY = 5


#: Input types that put a picture on the output; templates count only these.
VISIBLE_TYPES = frozenset({InputType.AUDIO_VIDEO, InputType.PICTURE, InputType.CANVAS,
                           InputType.VIDEO_ONLY})
#: Input types whose picture comes from a pushed stream with a resolution of its own.
STREAM_VIDEO_TYPES = frozenset({InputType.AUDIO_VIDEO, InputType.VIDEO_ONLY})


class WireModel(BaseModel):
    """Shared config of every model that mirrors the service's JSON."""

    model_config = ConfigDict(
        extra="allow", strict=True, validate_assignment=True, allow_inf_nan=True
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON object sent to the server: what was set, and unknown keys, nothing else.

        "Set" means read from a file (even as null: it goes back out as it came in) or
        assigned since. Assigning ``None`` unsets a field again (see ``__setattr__``).
        """
        return self.model_dump(mode="python", exclude_unset=True)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if value is None and name in type(self).model_fields:
            # None means "let the server use its default": not sent, not even as null.
            self.model_fields_set.discard(name)


def parse_color(text: str | None) -> tuple[int, int, int] | None:
    """A canvas colour ("0xRRGGBB") as red, green and blue; None if it is not written so."""
    match = COLOR_PATTERN.fullmatch(text or "")
    if match is None:
        return None
    value = int(match.group(1), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


class CropParams(WireModel):
    crop_width: int | None = None
    crop_height: int | None = None
    crop_x: int | None = None
    crop_y: int | None = None


class LayoutParams(WireModel):
    image_layer: int | None = None
    input_type: int | None = None
    image_width: Number | None = None
    image_height: Number | None = None
    location_x: Number | None = None
    location_y: Number | None = None
    color: str | None = None
    picture_id: int | None = None

    @property
    def kind(self) -> int:
        """``input_type`` with the server's default (0, audio+video) applied."""
        return InputType.AUDIO_VIDEO if self.input_type is None else self.input_type


class InputStream(WireModel):
    input_stream_id: str | None = None
    layout_params: LayoutParams | None = None
    crop_params: CropParams | None = None

    @property
    def kind(self) -> int:
        return self.layout_params.kind if self.layout_params else InputType.AUDIO_VIDEO

    @property
    def layer(self) -> int | None:
        return self.layout_params.image_layer if self.layout_params else None


class MixPara(WireModel):
    """The ``para`` object of a Mix_StreamV2 request."""

    app_id: int | None = None
    interface: str | None = None
    mix_stream_session_id: str | None = None
    mix_stream_template_id: int | None = None
    output_stream_id: str | None = None
    output_stream_type: int | None = None
    output_stream_bitrate: int | None = None
    input_stream_list: list[InputStream] | None = None

    @property
    def inputs(self) -> list[InputStream]:
        return self.input_stream_list or []


# A random prefix per process and a counter: unique within and across sessions, and cheap
# enough to run for every input of every imported request.
_UID_PREFIX = os.urandom(4).hex()
_UID_COUNTER = itertools.count(1)


def new_uid() -> str:
    return f"{_UID_PREFIX}{next(_UID_COUNTER):x}"


class DesignModel(BaseModel):
    # Design data is ours, so typos and foreign keys in a preset are errors, not passengers.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class InputDesign(DesignModel):
    """What the designer knows about an input that the server is never told."""

    uid: str = Field(default_factory=new_uid, min_length=1, max_length=64)
    label: str = Field(default="", max_length=200)
    #: The resolution the producer expects the stream to have: bounds crops, shows black bars.
    source_width: int | None = Field(default=None, ge=1, le=16384)
    source_height: int | None = Field(default=None, ge=1, le=16384)
    locked: bool = False
    #: False: off air. Not sent (core.sending), kept in the document to bring it back.
    visible: bool = True

    @property
    def source_size(self) -> tuple[int, int] | None:
        if self.source_width and self.source_height:
            return self.source_width, self.source_height
        return None


class LayoutDesign(DesignModel):
    #: Background size to preview with when layer 1 is a stream of unknown resolution.
    preview_width: int = Field(default=1280, ge=16, le=16384)
    preview_height: int = Field(default=720, ge=16, le=16384)
    inputs: list[InputDesign] = Field(default_factory=list)


class Layout(BaseModel):
    """A whole document: what is sent (``para``) and what only the designer sees."""

    model_config = ConfigDict(validate_assignment=True)

    para: MixPara = Field(default_factory=MixPara)
    design: LayoutDesign = Field(default_factory=LayoutDesign)
    #: Fields only API 3.0 has (GOP, frame rate, audio, control switches): sent on that wire only.
    api3: Api3Options = Field(default_factory=Api3Options)

    @model_validator(mode="after")
    def _align_design(self) -> Layout:
        # An imported request has no design data: give each input a blank entry.
        n_inputs, n_design = len(self.para.inputs), len(self.design.inputs)
        if n_design > n_inputs:
            raise ValueError(
                f"the design describes {n_design} inputs but the layout has {n_inputs}"
            )
        self.design.inputs.extend(
            InputDesign() for _ in range(n_inputs - n_design)
        )
        return self

    def pairs(self) -> list[tuple[InputStream, InputDesign]]:
        return list(zip(self.para.inputs, self.design.inputs, strict=True))

    def z_order(self) -> list[int]:
        """Input indexes from the bottom (layer 1) to the top, as the server stacks them;
        inputs without a layer last, in list order."""
        inputs = self.para.inputs
        return sorted(range(len(inputs)),
                      key=lambda i: (inputs[i].layer is None, inputs[i].layer or 0, i))
