"""A decoded picture, as plain bytes: what a probe hands the drawing code.

No numpy and no Qt: the probe (designer.net) makes it, the canvas and ``render`` draw it
(designer.app.canvas.drawing), and neither side needs the other's libraries to hold one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import Enum


class PixelFormat(Enum):
    """How a frame's pixels are laid out; the value is FFmpeg's name for it (what the probe
    asks the decoder's scaler for)."""

    #: 3 bytes a pixel, R, G, B.
    RGB24 = "rgb24"
    #: A 32-bit word a pixel, 0xffRRGGBB in the machine's byte order: what Qt draws without
    #: converting each pixel first (QImage's RGB32), about 2.5× faster when scaled smoothly
    #: than RGB24; the probe's worker thread pays for the layout instead of the GUI thread.
    XRGB32 = "bgra" if sys.byteorder == "little" else "argb"

    @property
    def bytes_per_pixel(self) -> int:
        return 3 if self is PixelFormat.RGB24 else 4


@dataclass(frozen=True, slots=True, eq=False)
class RgbFrame:
    """``width`` × ``height`` pixels in ``pixels``' layout, rows top to bottom, ``stride``
    bytes a row.

    It may be smaller than the stream (a thumbnail): it always shows the whole source
    picture, and whoever draws it scales it to the source's resolution first. Compared by
    identity: a new probe is a new picture, even when the pixels are the same.
    """

    width: int
    height: int
    data: bytes
    pixels: PixelFormat = PixelFormat.RGB24

    def __post_init__(self) -> None:
        if self.width < 1 or self.height < 1:
            raise ValueError("a frame has at least one pixel")
        if len(self.data) != self.height * self.stride:
            raise ValueError(f"a {self.width}×{self.height} {self.pixels.name} frame is "
                             f"{self.height * self.stride} bytes, not {len(self.data)}")

    @property
    def stride(self) -> int:
        return self.width * self.pixels.bytes_per_pixel

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        """The colour of one pixel, whatever the layout."""
        at = y * self.stride + x * self.pixels.bytes_per_pixel
        if self.pixels is PixelFormat.RGB24:
            return self.data[at], self.data[at + 1], self.data[at + 2]
        word = int.from_bytes(self.data[at:at + 4], sys.byteorder)  # 0xffRRGGBB
        return (word >> 16) & 0xFF, (word >> 8) & 0xFF, word & 0xFF
