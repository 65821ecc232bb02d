"""Fixtures for the window's tests: editors built from a para, windows on a private state
folder, closed after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from designer.app.editor import DocumentEditor
from designer.app.main import create_window
from designer.core import presets
from designer.core.document import LayoutDocument
from designer.core.recovery import STATE_DIR_ENV
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
def state(tmp_path, monkeypatch):
    directory = tmp_path / "state"
    monkeypatch.setenv(STATE_DIR_ENV, str(directory))
    return directory


@pytest.fixture
def make_window(qtbot, state):
    def make(file=None, offer_recovery=True):
        window = create_window(str(file) if file else None, offer_recovery)
        # No save prompt may block the closing of a test's windows.
        qtbot.addWidget(window, before_close_func=_close_quietly)
        return window

    return make


@pytest.fixture
def preset(tmp_path):
    path = tmp_path / "show.json"
    presets.save(path, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    return path


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(monkeypatch):
    """A modal dialog a test does not answer would wait forever: it fails the test instead.
    Tests that expect one patch its ``exec`` (tests/app/mix/boxes.py)."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def unanswered(dialog):
        raise AssertionError(f"a dialog no test answers was opened: {dialog.windowTitle()!r} "
                             f"{getattr(dialog, 'text', lambda: '')()!r}")

    monkeypatch.setattr(QDialog, "exec", unanswered)
    monkeypatch.setattr(QMessageBox, "exec", unanswered)


def _close_quietly(window) -> None:
    """No save prompt, and no question about a mix left running, may block a test's end."""
    from designer.app.mix.feature import CloseChoice

    window.editor.undo_stack.setClean()
    window.mix.close_choice = lambda: CloseChoice.CLOSE



@pytest.fixture(autouse=True)
def live_inputs_off_by_default(monkeypatch):
    """Windows of other features' tests do not probe: live probing would start a sandbox and
    fill in probed sizes at moments of its own. The live feature's tests turn it on (or
    override this fixture to test the defaults)."""
    from designer.app.live import feature

    monkeypatch.setattr(feature, "DEFAULT_ON", dict.fromkeys(feature.DEFAULT_ON, False))
