"""The field widgets the panels are built from: exact values, unset, one commit per edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import Shiboken

from designer.app.panels.fields import NumberBox, TextField, ValueCombo
from designer.app.panels.layers import LayersPanel
from designer.app.panels.properties import PropertiesPanel
from designer.app.panels.session import SessionPanel
from designer.app.panels.templates import TemplatesPanel
from designer.core.model import InputType


@pytest.fixture
def box(qtbot):
    box = NumberBox("server default")
    qtbot.addWidget(box)
    return box


def committed(widget):
    values = []
    widget.committed.connect(values.append)
    return values


def test_a_number_box_shows_the_stored_value_exactly(box):
    box.show_value(160, 0, 3000)
    assert box.text() == "160"
    box.show_value(160.5, 0, 3000)
    assert box.text() == "160.5"
    box.show_value(0.1234, 0.01, 0.99, 0.01)
    assert box.text() == "0.1234"
    box.show_value(None, 0, 3000)
    assert box.text() == "server default" and box.number() is None


def test_a_value_outside_the_range_widens_it_instead_of_being_clamped(box):
    box.show_value(4000, 0, 3000)
    assert box.value() == 4000
    box.show_value(-5, 0, 3000)
    assert box.value() == -5 and not box.is_unset()


def test_a_number_box_commits_only_real_changes(box):
    values = committed(box)
    box.show_value(0.123456789, 0.01, 0.99, 0.01)  # more decimals than the box shows
    box.editingFinished.emit()
    assert values == []  # the stored value is kept, not its rounding
    box.setValue(0.5)
    box.editingFinished.emit()
    assert values == [0.5]
    box.show_value(160, 0, 3000)
    box.setValue(200)
    box.editingFinished.emit()
    assert values[-1] == 200 and type(values[-1]) is int  # sent as 200, not 200.0


def test_a_value_that_is_no_number_is_shown_and_kept(box):
    values = committed(box)
    box.show_value(float("nan"), 0, 3000)
    assert box.text() == "nan"
    box.editingFinished.emit()
    assert values == []  # leaving the field does not unset it
    box.setValue(10)
    box.editingFinished.emit()
    assert values == [10]


def test_mixed_values_are_left_alone_until_edited(box):
    values = committed(box)
    box.show_value(10, 0, 3000, mixed=True)
    assert box.text() == "mixed"
    box.editingFinished.emit()
    assert values == []
    box.setValue(10)
    box.editingFinished.emit()
    assert values == [10]


def test_a_text_field_treats_empty_as_unset(qtbot):
    field = TextField("required")
    qtbot.addWidget(field)
    values = committed(field)
    field.show_text("room")
    field.editingFinished.emit()
    assert values == []
    field.setText("")
    field.editingFinished.emit()
    assert values == [None]


def test_a_combo_shows_a_value_it_does_not_offer(qtbot):
    combo = ValueCombo([(None, "not set"), (0, "0"), (1, "1")])
    qtbot.addWidget(combo)
    combo.show_value(7)
    assert combo.currentText().startswith("7") and combo.value() == 7
    combo.show_value(1)
    assert combo.count() == 3 and combo.value() == 1
    combo.show_value(None)
    assert combo.currentText() == "not set"


@pytest.mark.parametrize("panel_class", [LayersPanel, PropertiesPanel, SessionPanel,
                                         TemplatesPanel])
def test_a_deleted_panel_stops_following_the_model(make_editor, panel_class):
    editor = make_editor()
    panel = panel_class(editor)
    editor.select(editor.document.uids())
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The Python object outlives its widget (someone still holds it): without the
    # disconnection the model would call into the deleted widget and raise.
    assert not Shiboken.isValid(panel)
    editor.add_input(InputType.CANVAS)
    editor.set_session_field("mix_stream_session_id", "other")
    editor.undo_stack.undo()
