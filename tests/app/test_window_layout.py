"""The window fits the screen: on a 1366×768 laptop and a 1920×1080 desktop the default
arrangement shows the canvas, the layer list and the selected layer's X/Y/W/H without
scrolling, the Mix controls one click away; View ▸ Reset layout brings it back; no dock can
be torn off by a drag; the toolbar does not move under the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea, QTabBar, QWidget

from designer.app import docklayout

REPO = Path(__file__).resolve().parents[2]
PRESET = REPO / "examples" / "link-mic-preset.json"
#: What each screen gives the window: a laptop's whole screen, a desktop's preferred size.
SIZES = {"1366×768": QSize(1366, 768), "1920×1080": QSize(1600, 1000)}


@pytest.fixture
def shown(make_window, qtbot):
    def show(size: QSize):
        window = make_window(PRESET)
        window.resize(size)
        window.show()
        qtbot.waitExposed(window)
        window.editor.select([window.editor.document.uids()[1]])  # the guest
        qtbot.wait(50)  # the docks settle with the layout's next pass
        return window

    return show


def in_view(widget: QWidget) -> bool:
    """The whole widget is on screen: shown, and not clipped by any scroll area or dock."""
    if not widget.isVisible():
        return False
    top = widget.window()
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea | QDockWidget) or parent.objectName() == "canvas":
            shown = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
            if not shown.contains(rect):
                return False
        parent = parent.parentWidget()
    return top.rect().contains(rect)


def tab_for(window, title: str) -> tuple[QTabBar, int] | None:
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index) == title and bar.isVisible():
                return bar, index
    return None


def assert_fits(window, qtbot) -> None:
    canvas = window.canvas
    assert canvas.width() >= 500 and canvas.height() >= 400
    layers = window.findChild(QWidget, "layerList")
    assert in_view(layers)
    for row in range(layers.topLevelItemCount()):
        item_rect = layers.visualItemRect(layers.topLevelItem(row))
        assert layers.viewport().rect().contains(item_rect)
    geometry = window.docks["properties"].widget().geometry
    for name in ("location_x", "location_y", "image_width", "image_height"):
        assert in_view(geometry.boxes[name]), name
    # The Mix controls: in view, or behind a tab one click brings forward.
    start = window.mix.panel.start_button
    if not in_view(start):
        found = tab_for(window, "Mix")
        assert found is not None
        bar, index = found
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.waitUntil(lambda: in_view(start), timeout=2000)


@pytest.mark.parametrize("screen", SIZES)
def test_the_default_arrangement_shows_what_a_producer_edits(shown, qtbot, screen):
    window = shown(SIZES[screen])
    assert_fits(window, qtbot)


def test_on_a_tall_screen_properties_and_mix_are_both_in_view(shown):
    window = shown(SIZES["1920×1080"])
    assert in_view(window.mix.panel.start_button)
    assert in_view(window.docks["properties"].widget().geometry.boxes["image_height"])


def test_reset_layout_puts_every_dock_back(shown, qtbot):
    window = shown(SIZES["1366×768"])
    docks = window.docks
    docks["layers"].close()
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, docks["properties"])
    window.resizeDocks([docks["problems"]], [500], Qt.Orientation.Vertical)
    assert not in_view(window.findChild(QWidget, "layerList"))
    window.registry["reset-layout"].trigger()
    qtbot.wait(50)
    assert window.dockWidgetArea(docks["properties"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert_fits(window, qtbot)
    assert "reset-layout" in [a.objectName().removeprefix("action-")
                              for a in window.menuBar().actions()[2].menu().actions()]


def test_no_dock_can_be_floated(make_window):
    window = make_window(PRESET)
    for name, dock in window.docks.items():
        features = dock.features()
        assert not features & QDockWidget.DockWidgetFeature.DockWidgetFloatable, name
        assert features & QDockWidget.DockWidgetFeature.DockWidgetClosable, name


def test_the_window_opens_at_a_size_its_screen_holds():
    assert docklayout.default_size(QSize(1366, 768)) == QSize(1366, 768)
    assert docklayout.fills_screen(QSize(1366, 768))
    assert docklayout.default_size(QSize(1920, 1040)) == QSize(1600, 1000)
    assert not docklayout.fills_screen(QSize(1920, 1040))


def test_a_new_window_takes_its_size_from_the_screen(make_window):
    window = make_window(PRESET)
    room = window.screen().availableGeometry().size()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.size() == docklayout.default_size(room)


def test_the_toolbar_does_not_move_under_the_mouse(shown):
    window = shown(SIZES["1366×768"])
    toolbar = window.menus.toolbar
    undo = window.registry["undo"]
    after_undo = toolbar.widgetForAction(window.registry["add-audio_video"])
    before = (toolbar.widgetForAction(undo).text(), after_undo.x())
    guest = window.editor.document.uids()[1]
    window.editor.set_design_fields(guest, label="A guest with a rather long name")
    window.editor.nudge([guest], 5, 0)
    assert (toolbar.widgetForAction(undo).text(), after_undo.x()) == before
    assert undo.toolTip() == "Undo Nudge A guest with a rather long name"
    assert window.registry["redo"].toolTip() == "Redo"
    window.editor.undo_stack.undo()
    assert window.registry["redo"].toolTip() == "Redo Nudge A guest with a rather long name"
    assert after_undo.x() == before[1]


def test_add_input_buttons_are_short_and_say_the_rest_in_a_tooltip(make_window):
    window = make_window(PRESET)
    toolbar = window.menus.toolbar
    picture = window.registry["add-picture"]
    assert toolbar.widgetForAction(picture).text() == "+ Picture"
    assert "Picture (watermark)" in picture.toolTip()
    assert picture.text() == "Picture (watermark)"  # the menu says it whole
