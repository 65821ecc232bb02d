"""Properties dock: fields show the stored values exactly, and each edit is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from designer.app.panels.properties import PropertiesPanel
from designer.core.model import CropParams, InputType
from tests.app.panels.conftest import SOURCES
from tests.app.panels.helpers import layout_params, uid, wire, wire_input
from tests.factories import canvas, spec_para, stream


@pytest.fixture
def make_panel(show):
    return lambda editor: show(PropertiesPanel(editor), 380, 900)


@pytest.fixture
def panel(make_panel, editor):
    editor.select([uid(editor, 1)])
    return make_panel(editor)


def boxes(panel):
    return panel.geometry.boxes


def click_check(qtbot, box):
    # A check box reacts on its indicator and text, not on the rest of its width.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def commit(box, value):
    """What a user does: type a value, leave the field."""
    box.setValue(value)
    box.editingFinished.emit()


def test_fields_show_the_selected_input(panel):
    assert panel.objectName() == "propertiesPanel" and panel.accessibleName()
    assert [boxes(panel)[n].text() for n in ("location_x", "location_y", "image_width",
                                             "image_height")] == ["380 px", "630 px",
                                                                  "160 px", "240 px"]
    assert panel.input.stream_id.text() == "stream_lewis02"
    assert panel.input.layer.value() == 2
    assert "stream_lewis02" in panel.title.text()
    assert '"location_x": 380' in panel.wire.text()


def test_no_selection_shows_a_hint_and_no_fields(make_panel, editor):
    panel = make_panel(editor)
    assert "No layer selected" in panel.title.text()
    assert not panel.geometry.isVisible()


def test_editing_a_field_writes_the_wire_in_one_undo_step(qtbot, panel, editor):
    commit(boxes(panel)["location_x"], 400)
    assert layout_params(editor, 1)["location_x"] == 400
    assert type(layout_params(editor, 1)["location_x"]) is int  # 400, not 400.0
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert layout_params(editor, 1)["location_x"] == 380
    assert boxes(panel)["location_x"].text() == "380 px"
    # Typing, as a user does.
    line = boxes(panel)["location_y"].lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "100")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert layout_params(editor, 1)["location_y"] == 100


def test_leaving_a_field_unchanged_is_no_edit(panel, editor):
    for box in boxes(panel).values():
        box.editingFinished.emit()
    assert editor.undo_stack.count() == 0


def test_the_panel_follows_model_changes(panel, editor):
    editor.set_layout_fields(uid(editor, 1), location_x=12, image_width=0.25)
    assert boxes(panel)["location_x"].value() == 12
    assert boxes(panel)["image_width"].text() == "0.25"


def test_unset_fields_show_as_unset_and_stay_unset_until_edited(make_panel, make_editor):
    editor = make_editor({**spec_para(), "input_stream_list": [
        stream("host", 1), stream("guest", 2, image_width=200)]}, SOURCES)
    editor.select([uid(editor, 1)])
    panel = make_panel(editor)
    x = boxes(panel)["location_x"]
    assert x.is_unset() and x.text() == "server default"
    commit(boxes(panel)["image_width"], 300)
    x.editingFinished.emit()
    assert layout_params(editor, 1) == {"image_layer": 2, "image_width": 300}
    assert "input_type" not in layout_params(editor, 1)
    commit(x, 5)
    assert layout_params(editor, 1)["location_x"] == 5
    # Back to unset: the field leaves the request again.
    commit(x, x.minimum())
    assert "location_x" not in layout_params(editor, 1)


def test_a_step_from_unset_starts_at_the_value_the_server_uses(make_panel, make_editor):
    editor = make_editor({**spec_para(), "input_stream_list": [
        stream("host", 1), stream("guest", 2)]}, SOURCES)
    editor.select([uid(editor, 1)])
    panel = make_panel(editor)
    boxes(panel)["image_width"].stepBy(1)
    assert layout_params(editor, 1)["image_width"] == 320  # the declared source width


def test_out_of_range_values_are_shown_exactly_and_marked(panel, editor):
    editor.set_layout_fields(uid(editor, 1), image_width=4000)
    box = boxes(panel)["image_width"]
    assert box.text() == "4000 px"  # never clamped to 3000
    assert box.property("problem") is True
    assert "-4" in box.toolTip()
    editor.undo_stack.undo()
    assert box.property("problem") is False


def test_fractions_are_shown_as_stored(panel, editor):
    editor.set_layout_fields(uid(editor, 1), location_x=0.1234, location_y=0.5,
                             image_width=0.3, image_height=0.25)
    assert boxes(panel)["location_x"].text() == "0.1234"
    assert panel.geometry.fraction_button.isChecked()
    boxes(panel)["location_x"].editingFinished.emit()
    assert editor.undo_stack.count() == 1  # showing it did not rewrite it


def test_px_percent_switch_keeps_the_box_in_place(qtbot, panel, editor):
    layer = uid(editor, 1)
    before = editor.placements()[layer].rect
    qtbot.mouseClick(panel.geometry.fraction_button, Qt.MouseButton.LeftButton)
    lp = layout_params(editor, 1)
    assert all(0 < lp[n] < 1 for n in ("location_x", "location_y", "image_width",
                                       "image_height"))
    after = editor.placements()[layer].rect
    for a, b in zip((before.x, before.y, before.width, before.height),
                    (after.x, after.y, after.width, after.height), strict=True):
        assert a == pytest.approx(b, abs=0.5)
    assert boxes(panel)["location_x"].number() == lp["location_x"]  # what is sent is shown
    assert panel.geometry.fraction_button.isChecked()
    assert editor.undo_stack.count() == 1
    qtbot.mouseClick(panel.geometry.px_button, Qt.MouseButton.LeftButton)
    assert layout_params(editor, 1)["location_x"] == 380
    assert panel.geometry.px_button.isChecked()


def test_the_background_cannot_switch_to_fractions(make_panel, editor):
    editor.select([uid(editor, 0)])
    panel = make_panel(editor)
    assert not panel.geometry.fraction_button.isEnabled()


def test_colour_picker_writes_0xRRGGBB(make_panel, make_editor):
    editor = make_editor({**spec_para(), "input_stream_list": [
        canvas(1, image_width=720, image_height=640), stream("a", 2), stream("b", 3)]})
    editor.select([uid(editor, 0)])
    panel = make_panel(editor)
    assert panel.canvas.isVisible() and not panel.picture.isVisible()
    assert panel.canvas.color.text() == "0x000000"
    assert panel.apply_color(QColor(204, 0, 51))
    assert layout_params(editor, 0)["color"] == "0xCC0033"
    assert panel.canvas.color.text() == "0xCC0033"
    editor.undo_stack.undo()
    assert panel.canvas.color.text() == "0x000000"


def test_picture_id_for_picture_inputs(make_panel, editor):
    picture = editor.add_input(InputType.PICTURE)
    panel = make_panel(editor)
    assert editor.selection == [picture]
    assert panel.picture.isVisible() and not panel.canvas.isVisible()
    commit(panel.picture.picture_id, 10)
    assert layout_params(editor, 2)["picture_id"] == 10


def test_crop_switch_and_fields(qtbot, panel, editor):
    crop = panel.crop
    assert not crop.boxes["crop_width"].isEnabled()
    click_check(qtbot, crop.enabled_box)
    assert wire_input(editor, 1)["crop_params"] == {"crop_x": 0, "crop_y": 0,
                                                    "crop_width": 320, "crop_height": 480}
    commit(crop.boxes["crop_height"], 200)
    commit(crop.boxes["crop_y"], 100)
    assert wire_input(editor, 1)["crop_params"]["crop_height"] == 200
    assert wire_input(editor, 1)["crop_params"]["crop_y"] == 100
    assert editor.undo_stack.count() == 3
    click_check(qtbot, crop.enabled_box)
    assert "crop_params" not in wire_input(editor, 1)
    editor.undo_stack.undo()
    assert crop.enabled_box.isChecked()
    assert crop.boxes["crop_y"].value() == 100


def test_a_crop_outside_the_source_is_marked(panel, editor):
    editor.set_crop(uid(editor, 1), CropParams(crop_x=300, crop_y=0, crop_width=100,
                                               crop_height=100))
    assert panel.crop.enabled_box.property("problem") is True
    assert "-29" in panel.crop.enabled_box.toolTip()


def test_several_inputs_edit_together_in_one_step(make_panel, make_editor):
    editor = make_editor({**spec_para(), "input_stream_list": [
        stream("host", 1), stream("a", 2, location_x=10, location_y=20),
        stream("b", 3, location_x=10, location_y=40)]})
    editor.select([uid(editor, 1), uid(editor, 2)])
    panel = make_panel(editor)
    assert boxes(panel)["location_x"].text() == "10 px"
    assert boxes(panel)["location_y"].text() == "mixed"
    assert not panel.input.stream_id.isEnabled()  # ids must differ: one at a time
    boxes(panel)["location_y"].editingFinished.emit()  # "mixed" left alone: no edit
    assert editor.undo_stack.count() == 0
    commit(boxes(panel)["location_y"], 50)
    assert layout_params(editor, 1)["location_y"] == layout_params(editor, 2)["location_y"] == 50
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert boxes(panel)["location_y"].text() == "mixed"


def test_input_type_and_stream_id(qtbot, panel, editor):
    combo = panel.input.input_type
    assert combo.value() is None  # unset: the server's default
    combo.activated.emit(combo.findData(int(InputType.VIDEO_ONLY)))
    assert layout_params(editor, 1)["input_type"] == 5
    assert not panel.canvas.isVisible()
    line = panel.input.stream_id
    line.selectAll()
    qtbot.keyClicks(line, "guest_7")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert wire_input(editor, 1)["input_stream_id"] == "guest_7"
    assert editor.undo_stack.count() == 2


def test_design_only_fields_never_reach_the_wire(panel, editor):
    sent = wire(editor)
    commit(panel.design.source_width, 1280)
    panel.design.label.setText("Guest")
    panel.design.label.editingFinished.emit()
    assert editor.document.design(uid(editor, 1)).source_width == 1280
    assert editor.document.design(uid(editor, 1)).label == "Guest"
    assert wire(editor) == sent
