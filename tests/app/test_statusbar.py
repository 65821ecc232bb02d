"""The status bar's live labels: the cursor position follows the mouse without making the
window lay itself out again on every move."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from designer.app.main import create_window
from designer.core import presets
from designer.core.recovery import STATE_DIR_ENV
from tests.app.canvas.helpers import at, move, press, release
from tests.factories import grid_para, layout_of


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    path = tmp_path / "grid.json"
    presets.save(path, layout_of(grid_para()))
    window = create_window(str(path), offer_recovery=False)
    # No save prompt may block the closing (the drag below is an edit).
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_cursor_position_changes_no_size_and_lays_nothing_out(window, qtbot):
    label, view = window.status.cursor, window.canvas
    press(view, at(view, 960 - 460 + 200, 540 - 260 + 112))  # the middle of a guest's box
    move(view, at(view, 960, 540))
    x, y, x_percent, y_percent = re.fullmatch(
        r"x (\d+), y (\d+) px  \((\S+) %, (\S+) %\)", label.text()).groups()
    assert abs(int(x) - 960) <= 2 and abs(int(y) - 540) <= 2  # one screen pixel, fitted
    assert abs(float(x_percent) - 50) <= 0.2 and abs(float(y_percent) - 50) <= 0.2
    size, hint = label.size(), label.sizeHint()
    requests = LayoutRequests()
    for widget in (window, window.statusBar()):
        widget.installEventFilter(requests)
    # What the press left to lay out (the selection shown in the docks) is done first.
    for _ in range(20):
        before = requests.count
        qtbot.wait(100)
        if requests.count == before:
            break
    requests.count = 0
    # Short and long texts: inside the output, far outside it (negative, 4-digit percentages),
    # in the drag, where the move is hottest.
    for x, y in ((1, 2), (1919, 1079), (-1500, -900), (3000, 2000), (480.4, 9.6)):
        move(view, at(view, x, y))  # dragging the guest, which snaps on the way
        QApplication.processEvents()
        assert label.sizeHint() == hint and label.size() == size
        # The label has room for its text whole.
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert requests.count == 0
    release(view, at(view, 480.4, 9.6))
    assert window.editor.undo_stack.count() == 1  # the drag was one move of the guest


def test_the_zoom_label_keeps_its_size_from_the_smallest_zoom_to_the_largest(window):
    label, zoom = window.status.zoom, window.canvas.zoom
    hint = label.sizeHint()
    for factor in (zoom.MIN, 1.0, zoom.MAX):
        zoom.set_factor(factor)
        assert label.sizeHint() == hint
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.text() == "Zoom 3200 %"


def test_percentages_follow_an_output_size_live_probing_found(make_window, tmp_path):
    from tests.factories import spec_para

    path = tmp_path / "link-mic.json"
    presets.save(path, layout_of(spec_para()))  # layer 1's size not declared: a guess
    window = make_window(path, offer_recovery=False)
    window.editor.set_observed_sizes({"stream_lewis01": (540, 960)})
    window.status.show_cursor(270, 480)
    assert window.status.cursor.text() == "x 270, y 480 px  (50.0 %, 50.0 %)"
