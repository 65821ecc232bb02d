"""Zoom, pan, the cursor position, overlays, names, and align/distribute/centre."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from designer.core.arrange import Align
from designer.core.model import InputType
from tests.app.canvas.helpers import at, lp, move, press, release, uid


def wheel(view, point: QPointF, steps: int, modifiers=Qt.KeyboardModifier.ControlModifier):
    viewport = view.viewport()
    event = QWheelEvent(point, QPointF(viewport.mapToGlobal(point.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def test_the_view_is_named_for_assistive_tools(view):
    assert view.objectName() == "canvas"
    assert view.accessibleName() == "Canvas"


def test_ctrl_wheel_zooms_around_the_cursor(view, qtbot):
    point = at(view, 480, 240)
    with qtbot.waitSignal(view.zoom_changed) as zoomed:
        wheel(view, point, 1)
    assert zoomed.args[0] == view.zoom.factor() == 1.25
    under = view.mapToScene(point.toPoint())
    assert abs(under.x() - 480) <= 1 and abs(under.y() - 240) <= 1
    wheel(view, point, -2)
    assert abs(view.zoom.factor() - 0.8) < 1e-9


def test_zoom_steps_100_and_fit(view):
    view.zoom.zoom_in()
    assert view.zoom.factor() == 1.25
    view.zoom.zoom_out()
    view.zoom.zoom_out()
    assert abs(view.zoom.factor() - 0.8) < 1e-9
    view.zoom.actual_size()
    assert view.zoom.factor() == 1.0
    view.fit_to_window()
    assert abs(view.zoom.factor() - (view.viewport().width() - 48) / 640) < 0.01
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.canvas_scene.output_rect())


def test_the_cursor_position_is_in_output_pixels(view, qtbot):
    with qtbot.waitSignal(view.cursor_moved) as moved:
        move(view, at(view, 123, 45), buttons=Qt.MouseButton.NoButton)
    assert moved.args == [123.0, 45.0]


def test_middle_button_pans(view):
    h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    start = at(view, 300, 200)
    press(view, start, button=Qt.MouseButton.MiddleButton)
    move(view, start + QPointF(-40, -30), buttons=Qt.MouseButton.MiddleButton)
    release(view, start + QPointF(-40, -30), button=Qt.MouseButton.MiddleButton)
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == (h + 40,
                                                                                      v + 30)
    assert view.editor.undo_stack.count() == 0


def test_space_drag_pans_instead_of_moving_a_layer(view, qtbot):
    h = view.horizontalScrollBar().value()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    start = at(view, 480, 240)
    press(view, start)
    move(view, start + QPointF(-50, 0))
    release(view, start + QPointF(-50, 0))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == h + 50
    assert lp(view, 1)["location_x"] == 400


def test_safe_area_and_grid_are_drawn_when_switched_on(view):
    def picture():
        return view.viewport().grab().toImage()

    plain = picture()
    view.registry["safe-area"].setChecked(True)
    with_safe_area = picture()
    assert with_safe_area != plain
    view.registry["safe-area"].setChecked(False)
    assert picture() == plain
    view.registry["grid"].setChecked(True)  # the grid size of the preferences: 40 px
    assert view.snapping.grid == 40 and picture() != plain
    view.registry["grid"].setChecked(False)
    assert view.snapping.grid is None and picture() == plain


def test_align_distribute_and_centre_act_on_the_selection_in_one_step(view):
    editor = view.editor
    third = editor.add_input(InputType.AUDIO_VIDEO)
    editor.set_layout_fields(third, location_x=300, location_y=10, image_width=40,
                             image_height=40)
    editor.select([uid(view, 1), uid(view, 2), third])
    steps = editor.undo_stack.count()
    # x: the square 100–200, the third 300–340, the guest 400–560: gaps of (460 − 300) / 2.
    assert view.arrange.distribute("horizontal")
    assert lp(view, 3)["location_x"] == 200 + 80
    assert editor.undo_stack.count() == steps + 1
    editor.select([uid(view, 1), uid(view, 2)])
    assert view.arrange.align(Align.LEFT)
    assert lp(view, 1)["location_x"] == lp(view, 2)["location_x"] == 100
    assert editor.undo_stack.count() == steps + 2
    editor.select([uid(view, 1)])
    assert view.arrange.center_in_output()
    assert (lp(view, 1)["location_x"], lp(view, 1)["location_y"]) == (240, 135)
    editor.select([uid(view, 0)])
    assert not view.arrange.center_in_output()  # the background does not move
