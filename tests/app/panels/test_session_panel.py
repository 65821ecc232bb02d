"""Session dock: session and output fields, written as typed, unset when left empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.app.panels.session import SessionPanel
from tests.app.panels.helpers import wire
from tests.factories import spec_para


@pytest.fixture
def make_panel(show):
    return lambda editor: show(SessionPanel(editor))


@pytest.fixture
def panel(make_panel, editor):
    return make_panel(editor)


def type_into(qtbot, line, text):
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def choose(combo, value):
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_fields_show_the_document(panel):
    assert panel.objectName() == "sessionPanel" and panel.accessibleName()
    assert panel.session_id.text() == "lewis_room"
    assert panel.output_id.text() == "stream_lewis01"
    assert panel.app_id.value() == 1252500000
    assert panel.bitrate.is_unset() and panel.bitrate.text() == "automatic (not set)"
    assert panel.template.value() is None
    assert "混流会话" in panel.session_id.toolTip()  # the spec's own words
    assert "mix session" in panel.session_id.toolTip()


def test_typing_a_session_id_is_one_undo_step(qtbot, panel, editor):
    type_into(qtbot, panel.session_id, "room_2")
    assert wire(editor)["mix_stream_session_id"] == "room_2"
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert panel.session_id.text() == "lewis_room"


def test_invalid_text_is_kept_and_marked_not_refused(qtbot, panel, editor):
    type_into(qtbot, panel.session_id, "bad id!")
    assert wire(editor)["mix_stream_session_id"] == "bad id!"
    assert any(p.code == -2 and p.field == "mix_stream_session_id" for p in editor.problems)
    assert panel.session_id.property("problem") is True
    assert "-2" in panel.session_id.toolTip()
    type_into(qtbot, panel.session_id, "")  # empty: unset, reported as required
    assert "mix_stream_session_id" not in wire(editor)
    assert panel.session_id.property("problem") is True


def test_template_combo(panel, editor):
    choose(panel.template, 20)
    assert wire(editor)["mix_stream_template_id"] == 20
    choose(panel.template, None)
    assert "mix_stream_template_id" not in wire(editor)
    editor.apply_template(310)
    assert panel.template.value() == 310


def test_a_template_id_the_service_does_not_know_is_shown(panel, editor):
    editor.set_session_field("mix_stream_template_id", 77)
    assert panel.template.currentText().startswith("77")
    assert panel.template.property("problem") is True


def test_output_type_explains_itself_and_unset_stays_unset(panel, editor):
    assert "output_stream_type" not in wire(editor)
    assert "one of the input" in panel.output_type_note.text()
    choose(panel.output_type, 1)
    assert wire(editor)["output_stream_type"] == 1
    assert "new stream" in panel.output_type_note.text()
    # stream_lewis01 is an input, so a new stream with that id is -111.
    assert any(p.code == -111 for p in editor.problems)
    assert panel.output_id.property("problem") is True
    choose(panel.output_type, None)
    assert "output_stream_type" not in wire(editor)


def test_bitrate_unset_until_edited(panel, editor):
    panel.bitrate.editingFinished.emit()
    assert "output_stream_bitrate" not in wire(editor)
    panel.bitrate.stepBy(1)  # from "automatic" to a sensible first value
    assert wire(editor)["output_stream_bitrate"] == 1500
    panel.bitrate.setValue(2500)
    panel.bitrate.editingFinished.emit()
    assert wire(editor)["output_stream_bitrate"] == 2500
    panel.bitrate.setValue(panel.bitrate.minimum())
    panel.bitrate.editingFinished.emit()
    assert "output_stream_bitrate" not in wire(editor)


def test_app_id_is_optional_here(qtbot, panel, editor):
    assert "account" in panel.findChild(type(panel.output_size), "appIdNote").text()
    type_into(qtbot, panel.app_id.lineEdit(), "")
    assert "app_id" not in wire(editor)
    assert panel.app_id.text() == "from the account"
    assert not any(p.field == "app_id" for p in editor.problems)


def test_preview_size_is_design_only_and_undoable(qtbot, make_panel, make_editor):
    editor = make_editor(spec_para())  # layer 1's resolution unknown: the preview is used
    panel = make_panel(editor)
    assert panel.preview_width.isEnabled()
    sent = wire(editor)
    type_into(qtbot, panel.preview_width.lineEdit(), "20000")  # above 16384: refused
    assert panel.preview_width.text() == "20000 px" and editor.undo_stack.count() == 0
    assert "16–16384 px" in panel.preview_width.refusal()
    type_into(qtbot, panel.preview_width.lineEdit(), "1920")
    assert editor.layout.design.preview_width == 1920
    assert editor.background_size() == (1920.0, 720.0)
    assert wire(editor) == sent
    assert "1920×720" in panel.output_size.text()
    editor.undo_stack.undo()
    assert panel.preview_width.text() == "1280 px"


def test_preview_size_is_disabled_when_layer_1_has_a_known_size(panel):
    assert not panel.preview_width.isEnabled()
    assert "540×960" in panel.output_size.text()


def test_a_template_warning_is_amber_not_red(make_panel, make_editor):
    from PySide6.QtGui import QPalette

    from designer.app.panels.fields import TINTS
    from tests.factories import stream

    # Template 390 with three inputs but a stream, not a canvas, on layer 1: a warning only.
    para = {**spec_para(), "mix_stream_template_id": 390, "output_stream_id": "a",
            "input_stream_list": [stream("a", 1), stream("b", 2), stream("c", 3)]}
    editor = make_editor(para)
    assert [p.code for p in editor.problems] == ["CANVAS"]
    panel = make_panel(editor)
    widget = panel._fields["mix_stream_template_id"]
    assert widget.palette().color(QPalette.ColorRole.Base) == TINTS["warning"][0]
    assert "CANVAS" in widget.toolTip()


def test_a_probed_layer_1_sizes_the_output_it_says(make_panel, make_editor):
    """Live probing saw the host's real size: the output is known from it, as drawn."""
    editor = make_editor(spec_para())  # layer 1's resolution not declared
    panel = make_panel(editor)
    assert "not known" in panel.output_size.text()
    editor.set_observed_sizes({"stream_lewis01": (540, 960)})
    assert "540×960" in panel.output_size.text() and "from layer 1" in panel.output_size.text()
    assert not panel.preview_width.isEnabled()
