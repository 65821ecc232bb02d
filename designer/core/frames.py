"""A decoded picture, as plain bytes: what a probe hands the drawing code.

No numpy and no Qt: the probe (designer.net) makes it, the canvas and ``render`` draw it
(designer.app.canvas.drawing), and neither side needs the other's libraries to hold one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, eq=False)
class RgbFrame:
    """``width`` × ``height`` pixels, RGB24, rows top to bottom, ``3 * width`` bytes a row.

    It may be smaller than the stream (a thumbnail): it always shows the whole source
    picture, and whoever draws it scales it to the source's resolution first. Compared by
    identity: a new probe is a new picture, even when the pixels are the same.
    """

    width: int
    height: int
    data: bytes

    def __post_init__(self) -> None:
        if self.width < 1 or self.height < 1:
            raise ValueError("a frame has at least one pixel")
        if len(self.data) != self.width * self.height * 3:
            raise ValueError(f"a {self.width}×{self.height} RGB frame is "
                             f"{self.width * self.height * 3} bytes, not {len(self.data)}")

    @property
    def stride(self) -> int:
        return self.width * 3
