"""What API 3.0 (CreateCommonMixStream) can say that a Mix_StreamV2 ``para`` cannot.

The layout itself (inputs, output id, type and bitrate, template) is the para, mapped field by
field by :mod:`designer.core.api3`. The fields below exist only on API 3.0: they are kept in
the preset's ``api3`` section under their API 3.0 names (what you import is what you send),
sent on API 3.0 and never on Mix_StreamV2. As in :mod:`designer.core.model`, the models hold
types, not ranges: a GOP of 50 is representable, and validation names it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Api3Part(BaseModel):
    # Ours, like the design section: an unknown key is a typo to refuse, not a passenger. Strict
    # types, as the para's: 2 stays 2, and true is not 1.
    model_config = ConfigDict(extra="forbid", strict=True, validate_assignment=True)

    def to_wire(self) -> dict[str, Any]:
        """The fields that are set, under their API 3.0 names."""
        return self.model_dump(mode="python", exclude_none=True)


class Api3Output(_Api3Part):
    """CommonMixOutputParams beyond OutputStreamName/Type/BitRate (those come from the para)."""

    OutputStreamGop: int | None = None
    OutputStreamFrameRate: int | None = None
    OutputAudioBitRate: int | None = None
    OutputAudioSampleRate: int | None = None
    OutputAudioChannels: int | None = None
    MixSei: str | None = None


class Api3Control(_Api3Part):
    """CommonMixControlParams: every field is a 0/1 switch."""

    UseMixCropCenter: int | None = None
    AllowCopy: int | None = None
    PassInputSei: int | None = None
    UsePictureTransparent: int | None = None


class Api3Options(_Api3Part):
    """The preset's ``api3`` section."""

    OutputParams: Api3Output = Field(default_factory=Api3Output)
    ControlParams: Api3Control = Field(default_factory=Api3Control)

    def to_wire(self) -> dict[str, Any]:
        """``{"OutputParams": {...}, "ControlParams": {...}}`` with empty parts left out."""
        parts = {"OutputParams": self.OutputParams.to_wire(),
                 "ControlParams": self.ControlParams.to_wire()}
        return {name: part for name, part in parts.items() if part}

    @property
    def is_empty(self) -> bool:
        return not self.to_wire()


#: The parts of the ``api3`` section, by their API 3.0 names.
API3_PARTS = tuple(Api3Options.model_fields)
