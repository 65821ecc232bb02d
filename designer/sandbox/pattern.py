"""The sandbox's moving test pattern, made straight in YUV with numpy.

Each stream gets a colour of its own (from its id), a top-to-bottom ramp, white corner marks
(so a crop that cuts a corner shows), its id and resolution in capitals in the middle, and a
white bar sweeping left to right, one step a frame. Everything but the bar is drawn once per
connection; a frame then costs one copy of the luma plane and a slice assignment, so a
2-core machine can play a 16-input layout. Qt is never used here: the sandbox runs without it.

This module imports numpy (the ``live`` extra): only :mod:`designer.sandbox.flv` imports it,
when a stream is played.
"""

from __future__ import annotations

import zlib

import numpy as np

#: Video range luma (BT.601 limited range, what x264 signals by default).
BLACK, WHITE = 16, 235
NEUTRAL = 128
#: Frames for the bar to cross the picture once.
SWEEP_FRAMES = 40

# A 5×7 bitmap font: each glyph is 7 rows, the top bit (16) the leftmost of 5 columns.
# Stream ids are letters, digits and underscores; lower case is drawn in capitals.
_FONT: dict[str, tuple[int, ...]] = {
    "0": (0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E),
    "1": (0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E),
    "2": (0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F),
    "3": (0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E),
    "4": (0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02),
    "5": (0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E),
    "6": (0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E),
    "7": (0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08),
    "8": (0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E),
    "9": (0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C),
    "A": (0x0E, 0x11, 0x11, 0x11, 0x1F, 0x11, 0x11),
    "B": (0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E),
    "C": (0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E),
    "D": (0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C),
    "E": (0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F),
    "F": (0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10),
    "G": (0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F),
    "H": (0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11),
    "I": (0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E),
    "J": (0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C),
    "K": (0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11),
    "L": (0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F),
    "M": (0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11),
    "N": (0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11),
    "O": (0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E),
    "P": (0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10),
    "Q": (0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D),
    "R": (0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11),
    "S": (0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E),
    "T": (0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04),
    "U": (0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E),
    "V": (0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04),
    "W": (0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A),
    "X": (0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11),
    "Y": (0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04),
    "Z": (0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F),
    "_": (0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x1F),
    "×": (0x00, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x00),
    " ": (0x00,) * 7,
}
_UNKNOWN = (0x0E, 0x11, 0x01, 0x02, 0x04, 0x00, 0x04)  # "?"


def text_bitmap(text: str) -> np.ndarray:
    """``text`` as a boolean array, 7 rows high, 6 columns a character (one of spacing)."""
    columns = max(1, len(text) * 6 - 1)
    bitmap = np.zeros((7, columns), dtype=bool)
    for index, char in enumerate(text):
        rows = _FONT.get(char.upper(), _UNKNOWN)
        for y, bits in enumerate(rows):
            for x in range(5):
                if bits & (16 >> x):
                    bitmap[y, index * 6 + x] = True
    return bitmap


class Pattern:
    """Frames of one stream's test pattern: call :meth:`planes` with the frame number."""

    def __init__(self, stream_id: str, width: int, height: int):
        self.width, self.height = width, height
        #: 4:2:0 needs even sides; an odd-sized stream is sent 4:4:4 (H.264 High 4:4:4).
        self.subsampled = width % 2 == 0 and height % 2 == 0
        luma = np.empty((height, width), dtype=np.uint8)
        ramp = np.linspace(60, 150, num=height, dtype=np.float32)
        luma[:] = ramp.astype(np.uint8)[:, None]
        chroma_shape = ((height // 2, width // 2) if self.subsampled else (height, width))
        hue = zlib.crc32(stream_id.encode("utf-8"))
        u = np.full(chroma_shape, 80 + hue % 96, dtype=np.uint8)
        v = np.full(chroma_shape, 80 + (hue >> 8) % 96, dtype=np.uint8)
        self._corner_marks(luma)
        self._corner_marks(u, NEUTRAL, 2 if self.subsampled else 1)  # white, not tinted
        self._corner_marks(v, NEUTRAL, 2 if self.subsampled else 1)
        self._caption(luma, u, v, [stream_id, f"{width}×{height}"])
        self._luma, self._u, self._v = luma, u, v
        self._bar = max(1, width // 24)

    def planes(self, number: int) -> np.ndarray:
        """Frame ``number`` as PyAV's from_ndarray takes it: yuv420p rows, or yuv444p planes."""
        luma = self._luma.copy()
        x = (number % SWEEP_FRAMES) * self.width // SWEEP_FRAMES
        luma[:, x:x + self._bar] = WHITE
        if self.subsampled:
            flat = np.concatenate([luma.ravel(), self._u.ravel(), self._v.ravel()])
            return flat.reshape(self.height * 3 // 2, self.width)
        return np.stack([luma, self._u, self._v])

    @property
    def pixel_format(self) -> str:
        return "yuv420p" if self.subsampled else "yuv444p"

    def _corner_marks(self, plane: np.ndarray, value: int = WHITE, div: int = 1) -> None:
        """A right triangle in each corner, a tenth of the short side (``div``: subsampling)."""
        mark = -(-max(1, min(self.width, self.height) // 10) // div)
        height, width = plane.shape
        ys, xs = np.mgrid[0:mark, 0:mark]
        triangle = xs + ys < mark
        for bottom in (False, True):
            for right in (False, True):
                shape = triangle[::-1] if bottom else triangle
                shape = shape[:, ::-1] if right else shape
                rows = slice(height - mark, height) if bottom else slice(0, mark)
                cols = slice(width - mark, width) if right else slice(0, mark)
                plane[rows, cols][shape] = value

    def _caption(self, luma: np.ndarray, u: np.ndarray, v: np.ndarray,
                 lines: list[str]) -> None:
        """White capitals on a black box in the middle, as large as fits (none if nothing fits)."""
        bitmaps = [text_bitmap(line) for line in lines]
        text_w = max(b.shape[1] for b in bitmaps)
        text_h = 7 * len(bitmaps) + 3 * (len(bitmaps) - 1)
        scale = min((self.width * 8 // 10) // (text_w + 2), (self.height * 6 // 10) // (text_h + 2))
        if scale < 1:
            return
        box_w, box_h = (text_w + 2) * scale, (text_h + 2) * scale
        left, top = (self.width - box_w) // 2, (self.height - box_h) // 2
        luma[top:top + box_h, left:left + box_w] = BLACK
        self._neutral(u, v, top, left, box_h, box_w)
        y = top + scale
        for bitmap in bitmaps:
            big = np.kron(bitmap, np.ones((scale, scale), dtype=bool))
            x = left + scale + (text_w - bitmap.shape[1]) * scale // 2
            region = luma[y:y + big.shape[0], x:x + big.shape[1]]
            region[big] = WHITE
            y += 10 * scale

    def _neutral(self, u: np.ndarray, v: np.ndarray, top: int, left: int, height: int,
                 width: int) -> None:
        """Grey chroma under the caption, so its black and white stay black and white."""
        div = 2 if self.subsampled else 1
        rows = slice(top // div, (top + height + div - 1) // div)
        cols = slice(left // div, (left + width + div - 1) // div)
        u[rows, cols] = NEUTRAL
        v[rows, cols] = NEUTRAL
