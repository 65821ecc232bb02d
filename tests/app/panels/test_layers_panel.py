"""Layers dock: rows follow the model, and every use of the list becomes one editor edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from designer.app.panels.layers import KIND, LAYER, LOCKED, MIME_TYPE, NAME, ON_AIR, LayersPanel
from designer.core.model import InputType
from designer.core.sending import sent_para
from tests.app.panels.helpers import layout_params, uid, wire, wire_input


@pytest.fixture
def panel(show, editor):
    return show(LayersPanel(editor), 360, 300)


def texts(panel, column):
    tree = panel.tree
    return [tree.topLevelItem(row).text(column) for row in range(tree.topLevelItemCount())]


def test_rows_are_in_z_order_top_layer_first(panel):
    assert texts(panel, NAME) == ["stream_lewis02", "stream_lewis01"]
    assert texts(panel, LAYER) == ["2", "1"]
    assert texts(panel, KIND) == ["A+V", "A+V"]
    assert panel.tree.objectName() == "layerList"
    assert panel.tree.accessibleName()


def test_model_changes_show_up_in_the_list(panel, editor):
    new = editor.add_input(InputType.CANVAS)
    assert texts(panel, NAME)[0] == "canvas_1"
    assert texts(panel, LAYER) == ["3", "2", "1"]
    assert texts(panel, KIND)[0] == "Canvas"
    editor.set_design_fields(new, label="Backdrop")
    assert texts(panel, NAME)[0] == "Backdrop"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert texts(panel, NAME) == ["stream_lewis02", "stream_lewis01"]


def test_add_actions_add_one_input_of_each_kind(panel, editor):
    for kind, action in panel.add_actions.items():
        before = editor.undo_stack.count()
        action.trigger()
        assert editor.undo_stack.count() == before + 1
        added = wire(editor)["input_stream_list"][-1]["layout_params"]
        assert added.get("input_type", 0) == kind
        assert editor.selection == [uid(editor, -1)]
    assert texts(panel, KIND)[:5] == ["Canvas", "Picture #1", "Audio", "Video", "A+V"]


def drag_and_drop(panel, uids, row, above=True):
    """A drag of ``uids`` onto ``row``'s upper (or lower) edge, delivered the way a platform
    drag is: to the window, which finds the widget under the cursor (QWidgetWindow)."""
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray("\n".join(uids).encode()))
    rect = panel.tree.visualItemRect(panel.tree.topLevelItem(row))
    y = rect.top() + 2 if above else rect.bottom() - 2
    point = panel.tree.viewport().mapTo(panel.window(), QPoint(rect.center().x(), y))
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    window = panel.window().windowHandle()
    try:
        enter = QDragEnterEvent(QPointF(point), *args)  # PySide6 ≥ 6.12 (QPoint deprecated)
    except TypeError:
        enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def test_drop_reorders_and_renumbers_image_layer_in_one_step(panel, editor):
    drag_and_drop(panel, [uid(editor, 0)], 0)
    assert layout_params(editor, 0)["image_layer"] == 2
    assert layout_params(editor, 1)["image_layer"] == 1
    assert texts(panel, NAME) == ["stream_lewis01", "stream_lewis02"]
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert layout_params(editor, 0)["image_layer"] == 1
    assert texts(panel, NAME) == ["stream_lewis02", "stream_lewis01"]


def test_move_layers_to_the_bottom_and_a_no_op_drop(panel, editor):
    editor.add_input(InputType.PICTURE)  # layers: picture 3, lewis02 2, lewis01 1
    picture = uid(editor, 2)
    assert not panel.move_layers([picture], 0)  # already on top: no undo step
    count = editor.undo_stack.count()
    drag_and_drop(panel, [picture], 2, above=False)  # below the bottom row
    assert editor.undo_stack.count() == count + 1
    assert [layout_params(editor, i)["image_layer"] for i in range(3)] == [2, 3, 1]


def test_selection_follows_the_editor_and_the_list(qtbot, panel, editor):
    editor.select([uid(editor, 0)])
    assert [i.text(NAME) for i in panel.tree.selectedItems()] == ["stream_lewis01"]
    rect = panel.tree.visualItemRect(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selection == [uid(editor, 1)]
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     panel.tree.visualItemRect(panel.tree.topLevelItem(1)).center())
    assert editor.selection == [uid(editor, 1), uid(editor, 0)]
    editor.select([])
    assert panel.tree.selectedItems() == []


def test_unticking_on_air_takes_the_input_off_air_and_locking_is_one_step(panel, editor):
    item = panel.tree.topLevelItem(0)
    assert "not sent" in item.toolTip(ON_AIR)
    item.setCheckState(ON_AIR, Qt.CheckState.Unchecked)
    assert editor.document.design(uid(editor, 1)).visible is False
    assert [s["input_stream_id"] for s in sent_para(editor.layout)["input_stream_list"]] == [
        "stream_lewis01"]  # not in the request any more
    assert panel.tree.topLevelItem(0).text(ON_AIR) == "off air"
    assert editor.undo_stack.undoText() == "Take stream_lewis02 off air"
    item.setCheckState(LOCKED, Qt.CheckState.Checked)
    assert editor.document.design(uid(editor, 1)).locked is True
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    item = panel.tree.topLevelItem(0)
    assert item.checkState(ON_AIR) == Qt.CheckState.Checked
    assert item.checkState(LOCKED) == Qt.CheckState.Unchecked


def test_layer_1_stays_on_air_and_says_why(panel, editor):
    said: list[str] = []
    editor.refused.connect(said.append)
    background = panel.tree.topLevelItem(1)  # the list shows the top layer first
    background.setCheckState(ON_AIR, Qt.CheckState.Unchecked)
    assert editor.document.design(uid(editor, 0)).visible is True
    assert panel.tree.topLevelItem(1).checkState(ON_AIR) == Qt.CheckState.Checked
    assert len(said) == 1 and "background" in said[0]
    assert editor.undo_stack.count() == 0


def test_rename_edits_the_label_never_the_stream_id(qtbot, panel, editor):
    editor.select([uid(editor, 1)])
    panel.rename_action.trigger()
    line = panel.tree.findChild(QLineEdit)
    assert line is not None and line.text() == "stream_lewis02"
    line.selectAll()
    qtbot.keyClicks(line, "Guest")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # The item delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: editor.document.design(uid(editor, 1)).label == "Guest")
    assert wire_input(editor, 1)["input_stream_id"] == "stream_lewis02"
    assert texts(panel, NAME)[0] == "Guest"
    assert editor.undo_stack.count() == 1
    # Renaming back to the stream id drops the label.
    panel.tree.topLevelItem(0).setText(NAME, "stream_lewis02")
    assert editor.document.design(uid(editor, 1)).label == ""


def test_duplicate_delete_and_z_order_buttons(panel, editor):
    editor.select([uid(editor, 1)])
    panel.duplicate_action.trigger()
    assert len(editor.layout.para.inputs) == 3
    assert texts(panel, LAYER) == ["3", "2", "1"]
    assert editor.selection == [uid(editor, 2)]
    panel.lower_action.trigger()
    assert layout_params(editor, 2)["image_layer"] == 2
    panel.raise_action.trigger()
    assert layout_params(editor, 2)["image_layer"] == 3
    panel.delete_action.trigger()
    assert len(editor.layout.para.inputs) == 2
    assert editor.selection == []
    assert not panel.delete_action.isEnabled()


def test_a_layer_with_an_error_is_marked(panel, editor):
    editor.set_layout_fields(uid(editor, 1), image_width=4000)
    item = panel.tree.topLevelItem(0)
    assert "-4" in item.toolTip(LAYER)
