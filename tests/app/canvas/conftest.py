"""Canvas views on a real editor, shown offscreen at a known zoom."""

from __future__ import annotations

import pytest

from designer.app.canvas.view import CanvasView
from tests.app.canvas.helpers import SOURCES, canvas_para


@pytest.fixture
def make_view(qtbot, make_editor):
    """``make_view(para=None, sources=None, zoom=1.0)``: a shown CanvasView with focus.

    With a zoom, the output's centre is put in the middle of an 800×600 view, so one output
    pixel is ``zoom`` screen pixels; with zoom None it stays fitted to the window.
    """

    def make(para=None, sources=None, zoom: float | None = 1.0) -> CanvasView:
        editor = make_editor(canvas_para() if para is None else para,
                             SOURCES if sources is None else sources)
        view = CanvasView(editor)
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
        qtbot.waitExposed(view)
        if zoom is not None:
            view.zoom.set_factor(zoom)
            width, height = view.canvas_scene.output_size()
            view.centerOn(width / 2, height / 2)
        view.setFocus()
        return view

    return make


@pytest.fixture
def view(make_view) -> CanvasView:
    return make_view()
