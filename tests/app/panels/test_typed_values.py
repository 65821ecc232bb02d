"""What a producer types into a number field is never cut short or changed: a value the field
cannot take is refused visibly (red, saying the range or why) and nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from designer.app.panels.fields import TINTS
from designer.app.panels.properties import PropertiesPanel
from tests.app.panels.helpers import layout_params, uid
from tests.factories import spec_para, stream


@pytest.fixture
def panel(show, editor):
    editor.select([uid(editor, 1)])  # the guest: 160×240 at (380, 630) px
    return show(PropertiesPanel(editor), 380, 900)


def type_into(qtbot, box, text: str, key=Qt.Key.Key_Return) -> None:
    """Click into the field, replace its text by typing, press Return."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    if key is not None:
        qtbot.keyClick(box.lineEdit(), key)


def refusal_label(panel, name: str):
    return panel.findChild(type(panel.title), f"{name}Refused")


def is_red(box) -> bool:
    return box.palette().color(QPalette.ColorRole.Base) == TINTS["error"][0]


@pytest.mark.parametrize("name, typed, shown", [("image_width", "3500", "3500 px"),
                                                ("location_x", "99999", "99999 px")])
def test_a_value_out_of_range_is_refused_visibly_never_truncated(qtbot, panel, editor, name,
                                                                 typed, shown):
    box = panel.geometry.boxes[name]
    before = layout_params(editor, 1)
    type_into(qtbot, box, typed)
    assert box.text() == shown  # every digit kept, for correcting
    assert layout_params(editor, 1) == before and editor.undo_stack.count() == 0
    assert is_red(box)
    why = refusal_label(panel, name)
    assert why.isVisible()
    low = "1" if name == "image_width" else "0"
    assert f"outside {low}–3000 px" in why.text() and typed in why.text()
    assert "outside" in box.toolTip()
    # Escape puts the stored value back, and the field is as before.
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Escape)
    assert box.text() == f"{before[name]} px"
    assert not why.isVisible() and not is_red(box)


def test_a_corrected_value_is_written_and_the_refusal_goes(qtbot, panel, editor):
    box = panel.geometry.boxes["image_width"]
    type_into(qtbot, box, "3500")
    type_into(qtbot, box, "150")
    assert layout_params(editor, 1)["image_width"] == 150
    assert not refusal_label(panel, "image_width").isVisible() and not is_red(box)


def test_a_fraction_typed_in_px_is_refused_with_a_hint_and_the_unit_stays(qtbot, panel,
                                                                          editor):
    box = panel.geometry.boxes["location_x"]
    type_into(qtbot, box, "0.5")
    assert box.text() == "0.5 px"
    assert layout_params(editor, 1)["location_x"] == 380
    assert panel.geometry.px_button.isChecked() and not panel.geometry.fraction_button.isChecked()
    why = refusal_label(panel, "location_x").text()
    assert "0.5" in why and "%" in why and "Units" in why


def test_a_whole_number_field_refuses_a_fraction_instead_of_dropping_the_point(qtbot, panel,
                                                                               editor):
    layer = panel.input.layer
    type_into(qtbot, layer, "2.5")
    assert layer.text() == "2.5"  # not "25"
    assert layout_params(editor, 1)["image_layer"] == 2
    assert "whole number" in refusal_label(panel, "image_layer").text()


def test_in_percent_mode_pixels_are_refused_with_the_way_back(qtbot, panel, editor):
    qtbot.mouseClick(panel.geometry.fraction_button, Qt.MouseButton.LeftButton)
    box = panel.geometry.boxes["image_width"]
    written = layout_params(editor, 1)["image_width"]
    type_into(qtbot, box, "320")
    assert layout_params(editor, 1)["image_width"] == written
    why = refusal_label(panel, "image_width").text()
    assert "0.01–0.99" in why and "px" in why
    type_into(qtbot, box, "0.5")
    assert layout_params(editor, 1)["image_width"] == 0.5


def test_a_box_mixing_px_and_percent_shows_each_field_in_its_unit(qtbot, show, make_editor):
    para = {**spec_para(), "input_stream_list": [
        stream("host", 1),
        stream("guest", 2, location_x=0.5, location_y=630, image_width=160,
               image_height=0.25)]}
    editor = make_editor(para, {0: (540, 960), 1: (320, 480)})
    editor.select([uid(editor, 1)])
    panel = show(PropertiesPanel(editor), 380, 900)
    texts = {name: box.text() for name, box in panel.geometry.boxes.items()}
    assert texts == {"location_x": "0.5", "location_y": "630 px", "image_width": "160 px",
                     "image_height": "0.25"}
    ranges = {name: label.text() for name, label in panel.geometry.ranges.items()}
    assert ranges["location_x"].startswith("× W") and ranges["location_y"] == "0–3000"
    # Neither unit button claims the box; each field keeps its unit when edited.
    geometry = panel.geometry
    assert not geometry.px_button.isChecked() and not geometry.fraction_button.isChecked()
    type_into(qtbot, geometry.boxes["location_y"], "600")
    assert layout_params(editor, 1)["location_y"] == 600
    assert layout_params(editor, 1)["location_x"] == 0.5
    # px writes all four in pixels, where the box is.
    geometry.px_button.click()
    lp = layout_params(editor, 1)
    assert (lp["location_x"], lp["image_height"]) == (270, 240)


def test_a_stored_value_out_of_range_is_shown_as_it_is_and_not_refused(panel, editor):
    editor.set_layout_fields(uid(editor, 1), image_width=4000)
    box = panel.geometry.boxes["image_width"]
    assert box.text() == "4000 px"
    box.editingFinished.emit()  # leaving it untouched is no edit, and no refusal
    assert not refusal_label(panel, "image_width").isVisible()
    assert editor.layout.para.inputs[1].layout_params.image_width == 4000
