"""Properties dock: errors tint their fields red, warnings amber, in the field and its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from designer.app.panels.fields import TINTS
from designer.app.panels.properties import PropertiesPanel
from tests.app.panels.helpers import uid
from tests.factories import spec_para, stream

RED, AMBER = TINTS["error"], TINTS["warning"]


@pytest.fixture
def editor(make_editor):
    # A 100×100 box of a 16:9 source: black bars (FAQ 8), a warning, not an error.
    para = {**spec_para(), "input_stream_list": [
        stream("host", 1),
        stream("square", 2, image_width=100, image_height=100, location_x=10, location_y=10),
    ]}
    editor = make_editor(para, {0: (640, 360), 1: (640, 360)})
    editor.select([uid(editor, 1)])
    return editor


@pytest.fixture
def panel(show, editor):
    return show(PropertiesPanel(editor))


def tint(widget):
    return widget.palette().color(QPalette.ColorRole.Base)


def test_a_warning_is_amber_in_the_field_and_its_tooltip(panel):
    width = panel.geometry.boxes["image_width"]
    assert width.property("problem") is True
    assert width.property("problemSeverity") == "warning"
    assert tint(width) == AMBER[0]
    assert f"color:{AMBER[1].name()}" in width.toolTip() and "FAQ8" in width.toolTip()
    assert f"color:{RED[1].name()}" not in width.toolTip()
    assert panel.geometry.boxes["image_height"].property("problemSeverity") == "warning"
    assert panel.geometry.boxes["location_x"].property("problem") is False


def test_an_error_on_a_warned_field_turns_it_red_and_lists_both(panel, editor):
    width = panel.geometry.boxes["image_width"]
    editor.set_layout_fields(uid(editor, 1), image_width=4000)  # -4: out of range
    assert width.property("problemSeverity") == "error"
    assert tint(width) == RED[0]
    tip = width.toolTip()
    assert f"color:{RED[1].name()}" in tip and f"color:{AMBER[1].name()}" in tip
    assert tip.index("-4") < tip.index("FAQ8")  # the error first
    editor.undo_stack.undo()
    assert width.property("problemSeverity") == "warning" and tint(width) == AMBER[0]


def test_a_fixed_warning_leaves_the_field_untinted(panel, editor):
    width = panel.geometry.boxes["image_width"]
    editor.set_layout_fields(uid(editor, 1), image_width=160, image_height=90)
    assert width.property("problem") is False and width.property("problemSeverity") == ""
    assert tint(width) == panel.palette().color(QPalette.ColorRole.Base)
    assert "FAQ8" not in width.toolTip()


def test_a_stream_named_audio_warns_on_its_input_type(panel, editor):
    editor.set_stream_id(uid(editor, 1), "guest_audio")  # FAQ 3: probably audio only
    kind = panel.input.input_type
    assert kind.property("problemSeverity") == "warning"
    assert "FAQ3" in kind.toolTip()
    assert panel.input.stream_id.property("problem") is False


def test_an_error_with_no_field_of_its_own_turns_the_title_red(panel, editor):
    # -28: an audio-only background under pictures is about the input as a whole.
    editor.set_layout_fields(uid(editor, 0), input_type=4)
    editor.select([uid(editor, 0)])
    assert panel.title.property("problemSeverity") == "error"
    assert panel.title.palette().color(QPalette.ColorRole.WindowText) == RED[1]
    assert "-28" in panel.title.toolTip()
