"""The two wires a layout can be sent on, and the ranges each one accepts.

Mix_StreamV2 (the spec) and API 3.0's CreateCommonMixStream (Tencent's API documentation and
the SDK's model docstrings) take the same layout with different ranges: pixels up to 3000 on
the first, [0, 2000] on the second; output bitrate [1, 50000] against [1, 10000].
:func:`designer.core.validation.validate` takes one of these, so each rule is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Wire(StrEnum):
    """The interface a request goes out on; the values are the CLI's ``--api`` choices."""

    V2 = "v2"  # Mix_StreamV2, signed MD5(key + t)
    API3 = "v3"  # TencentCloud API 3.0, signed TC3-HMAC-SHA256 by Tencent's SDK


@dataclass(frozen=True, slots=True)
class Limits:
    wire: Wire
    #: Largest pixel value of a size, a location or a crop.
    max_pixels: int
    #: Whether a size (width, height) of 0 px is accepted: (0, 3000] on v2, [0, 2000] on v3.
    zero_size: bool
    bitrate_min: int
    bitrate_max: int
    #: The code an out-of-range bitrate is refused with.
    bitrate_code: int | str


V2_LIMITS = Limits(Wire.V2, max_pixels=3000, zero_size=False, bitrate_min=1,
                   bitrate_max=50000, bitrate_code=-31004)
API3_LIMITS = Limits(Wire.API3, max_pixels=2000, zero_size=True, bitrate_min=1,
                     bitrate_max=10000, bitrate_code="InvalidParameter.InvalidBitrate")

