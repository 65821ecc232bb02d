"""The right-click menu: it selects like a click, then offers what applies to the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from designer.app.main import create_window
from designer.core import presets
from designer.core.model import InputType
from designer.core.recovery import STATE_DIR_ENV
from tests.app.canvas.helpers import (
    SOURCES,
    NoMod,
    at,
    canvas_para,
    drag,
    lp,
    press,
    release,
    uid,
)
from tests.factories import layout_of

Right = Qt.MouseButton.RightButton


def right_click(view, point: QPointF, reason=QContextMenuEvent.Reason.Mouse):
    """What a right-click sends: the button, then the context menu event."""
    if reason == QContextMenuEvent.Reason.Mouse:
        press(view, point, button=Right)
        release(view, point, button=Right)
    viewport = view.viewport()
    event = QContextMenuEvent(reason, point.toPoint(), viewport.mapToGlobal(point.toPoint()),
                              NoMod)
    QApplication.sendEvent(viewport, event)
    return next((menu for menu in view.findChildren(QMenu, "canvasContextMenu")
                 if menu.isVisible()), None)


def names(menu):
    """The menu's actions by name, a submenu as (its title, its names)."""
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.append((action.text(), names(action.menu())))
        elif not action.isSeparator():
            found.append(action.objectName().removeprefix("action-"))
    return found


def action(menu, name):
    for entry in menu.actions():
        if entry.objectName() == f"action-{name}":
            return entry
        if entry.menu() is not None and (inside := action(entry.menu(), name)) is not None:
            return inside
    return None


LAYER_ENTRIES = ["crop", "fill", "fit", "center", "raise", "lower", "raise-top",
                 "lower-bottom", "lock", "hide", "duplicate", "delete"]


def test_right_click_on_a_layer_selects_it_and_offers_the_layer_actions(view):
    view.editor.select([uid(view, 2)])
    menu = right_click(view, at(view, 480, 240))
    assert view.editor.selection == [uid(view, 1)]
    assert menu.isVisible()
    assert names(menu) == LAYER_ENTRIES
    assert action(menu, "crop").text().replace("&", "") == "Crop…"
    action(menu, "delete").trigger()
    assert len(view.editor.document.uids()) == 2
    assert view.editor.undo_stack.count() == 1


def test_right_click_in_a_selection_keeps_it_and_offers_align(view):
    both = [uid(view, 1), uid(view, 2)]
    view.editor.select(both)
    menu = right_click(view, at(view, 150, 150))
    assert view.editor.selection == both
    assert "crop" not in names(menu)  # one layer at a time
    align = next(entry for entry in names(menu) if isinstance(entry, tuple))
    assert align == ("Align", ["align-left", "align-right", "align-top", "align-bottom",
                               "align-h-center", "align-v-center", "center"])
    action(menu, "align-left").trigger()
    assert (lp(view, 1)["location_x"], lp(view, 2)["location_x"]) == (100, 100)
    action(menu, "align-h-center").trigger()
    assert lp(view, 1)["location_x"] + 80 == lp(view, 2)["location_x"] + 50
    assert view.editor.undo_stack.count() == 2


def test_the_group_box_handles_open_the_selections_menu(view):
    both = [uid(view, 1), uid(view, 2)]
    view.editor.select(both)
    right_click(view, at(view, 100, 290))  # a handle of the group box, over the background
    assert view.editor.selection == both


def test_lock_and_unlock_all_of_the_selection_in_one_step(view):
    both = [uid(view, 1), uid(view, 2)]
    view.editor.select(both)
    menu = right_click(view, at(view, 480, 240))
    assert action(menu, "lock").text() == "Lock"
    action(menu, "lock").trigger()
    assert all(view.editor.document.design(u).locked for u in both)
    assert view.editor.undo_stack.count() == 1
    menu = right_click(view, at(view, 480, 240))
    assert action(menu, "lock").text() == "Unlock"
    assert not [entry for entry in names(menu) if isinstance(entry, tuple)]  # nothing to align
    action(menu, "lock").trigger()
    assert not any(view.editor.document.design(u).locked for u in both)


def test_take_off_air_leaves_a_ghost_to_put_back(view):
    menu = right_click(view, at(view, 150, 150))
    assert action(menu, "hide").text() == "Take off air"
    action(menu, "hide").trigger()
    assert not view.editor.document.design(uid(view, 2)).visible
    assert view.canvas_scene.layer_item(uid(view, 2)).state.off_air
    menu = right_click(view, at(view, 150, 150))  # the ghost is still there to click
    assert action(menu, "hide").text() == "Put back on air"
    action(menu, "hide").trigger()
    assert view.editor.document.design(uid(view, 2)).visible


def test_inputs_with_no_source_to_crop_get_no_crop_entries(view):
    added = view.editor.add_input(InputType.CANVAS)
    box = view.canvas_scene.layer_item(added).rect()
    menu = right_click(view, at(view, box.x + 5, box.y + 5))
    assert view.editor.selection == [added]
    assert names(menu)[0] == "center"


def test_right_click_on_empty_canvas_clears_the_selection_and_offers_the_canvas(view):
    view.editor.select([uid(view, 1)])
    menu = right_click(view, at(view, -40, -40))
    assert view.editor.selection == []
    assert names(menu) == [("Add input", ["add-audio_video", "add-video_only",
                                          "add-audio_only", "add-picture", "add-canvas"]),
                           "select-all", "zoom-fit", "zoom-100", "snapping", "grid",
                           "safe-area"]
    assert action(menu, "snapping").isChecked()
    action(menu, "snapping").trigger()
    assert not view.snapping.enabled
    action(menu, "add-picture").trigger()
    assert len(view.editor.document.uids()) == 4


def test_the_menu_key_opens_the_selections_menu(view):
    view.editor.select([uid(view, 1)])
    menu = right_click(view, QPointF(5, 5), QContextMenuEvent.Reason.Keyboard)
    assert view.editor.selection == [uid(view, 1)]
    assert names(menu) == LAYER_ENTRIES


def test_no_menu_in_the_middle_of_a_drag(view):
    drag(view, (480, 240), (500, 250), finish=False)
    assert right_click(view, at(view, 500, 250)) is None
    assert view.is_interacting()


def test_crop_mode_has_its_own_menu(view):
    view.enter_crop_mode(uid(view, 2))
    menu = right_click(view, at(view, 300, 100))
    assert names(menu) == ["crop-apply", "crop-fill", "crop-cancel"]
    action(menu, "crop-fill").trigger()
    action(menu, "crop-apply").trigger()
    assert view.crop_session() is None
    assert view.editor.layout.para.inputs[2].crop_params.crop_width == 360


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    path = tmp_path / "show.json"
    presets.save(path, layout_of(canvas_para(), SOURCES))
    window = create_window(str(path), offer_recovery=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.undo_stack.setClean())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_in_the_window_the_menu_shows_the_windows_own_actions(window):
    canvas, table = window.canvas, window.registry
    menu = right_click(canvas, at(canvas, 480, 240))
    assert canvas.editor.selection == [canvas.editor.document.uids()[1]]
    for name in ("crop", "fill", "fit", "center", "raise", "lower", "lock", "hide",
                 "duplicate", "delete"):
        assert action(menu, name) is table[name]
        assert table[name].isEnabled()
    table["delete"].trigger()
    assert len(canvas.editor.document.uids()) == 2
    menu = right_click(canvas, at(canvas, -40, -40))
    for name in ("select-all", "zoom-fit", "snapping", "grid", "safe-area", "add-canvas"):
        assert action(menu, name) is table[name]
