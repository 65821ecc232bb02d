"""A frame's bytes in either layout: the same picture, read back the same."""

from __future__ import annotations

import sys

import pytest

from designer.core.frames import PixelFormat, RgbFrame


def _both(width: int, height: int, colour_at) -> tuple[RgbFrame, RgbFrame]:
    rgb, xrgb = bytearray(), bytearray()
    for y in range(height):
        for x in range(width):
            r, g, b = colour_at(x, y)
            rgb += bytes((r, g, b))
            xrgb += (0xFF000000 | r << 16 | g << 8 | b).to_bytes(4, sys.byteorder)
    return (RgbFrame(width, height, bytes(rgb)),
            RgbFrame(width, height, bytes(xrgb), PixelFormat.XRGB32))


def test_each_pixel_reads_the_same_in_either_layout():
    rgb, xrgb = _both(5, 3, lambda x, y: (x * 50, y * 100, 7))
    assert xrgb.stride == 20 and rgb.stride == 15
    for y in range(3):
        for x in range(5):
            assert rgb.rgb(x, y) == xrgb.rgb(x, y) == (x * 50, y * 100, 7)


def test_bytes_that_do_not_make_the_picture_are_refused_with_the_layout_named():
    with pytest.raises(ValueError, match="XRGB32 frame is 24 bytes, not 18"):
        RgbFrame(3, 2, bytes(18), PixelFormat.XRGB32)
    with pytest.raises(ValueError, match="at least one pixel"):
        RgbFrame(0, 2, b"")
