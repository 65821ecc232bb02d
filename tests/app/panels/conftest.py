"""What the panels' tests share: an editor on the spec's start example with declared sources,
and a way to show a panel at a size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from tests.factories import spec_para

#: The host and the guest of the spec's example, with resolutions declared.
SOURCES = {0: (540, 960), 1: (320, 480)}

Show = Callable[..., QWidget]


@pytest.fixture
def editor(make_editor):
    return make_editor(spec_para(), SOURCES)


@pytest.fixture
def show(qtbot) -> Show:
    """``show(panel, width=None, height=None)``: the panel shown (and closed after the test)."""

    def show(panel: QWidget, width: int | None = None, height: int | None = None) -> QWidget:
        qtbot.addWidget(panel)
        if width is not None and height is not None:
            panel.resize(width, height)
        panel.show()
        return panel

    return show
