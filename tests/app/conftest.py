"""Fixtures for the window's tests: editors built from a para, closed after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from designer.app.editor import DocumentEditor
from designer.core.document import LayoutDocument
from tests.factories import layout_of, spec_para

EditorFactory = Callable[..., DocumentEditor]


@pytest.fixture
def make_editor(qapp) -> Iterator[EditorFactory]:
    """``make_editor(para=None, sources=None)``: a DocumentEditor on ``layout_of(para, sources)``.

    With no para, the spec's own start example. Every editor made is deleted afterwards, so
    no undo stack or signal connection outlives its test.
    """
    made: list[DocumentEditor] = []

    def make(para: dict[str, Any] | None = None,
             sources: dict[int, tuple[int, int]] | None = None) -> DocumentEditor:
        editor = DocumentEditor(LayoutDocument(layout_of(spec_para() if para is None else para,
                                                         sources)))
        made.append(editor)
        return editor

    yield make
    for editor in made:
        editor.undo_stack.clear()
        editor.deleteLater()


@pytest.fixture
def make_main_window(qtbot, tmp_path, monkeypatch):
    """``make_main_window(file=None)``: the app's main window (not shown), its state in a
    fresh folder; it closes without a save prompt after the test."""
    from designer.app.main import create_window
    from designer.core.recovery import STATE_DIR_ENV

    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "window-state"))

    def make(file=None):
        window = create_window(str(file) if file else None, offer_recovery=False)
        qtbot.addWidget(window, before_close_func=lambda w: w.editor.undo_stack.setClean())
        return window

    return make
