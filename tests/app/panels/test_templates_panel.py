"""Templates dock: a thumbnail per template id; choosing one applies it at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.app.panels.problems import ProblemsPanel
from designer.app.panels.templates import TemplatesPanel
from designer.app.thumbnails import template_pixmap
from designer.core.templates import TEMPLATE_IDS
from tests.app.panels.helpers import layout_params, wire
from tests.factories import unplaced_para


@pytest.fixture
def editor(make_editor):
    return make_editor(unplaced_para(), {0: (540, 960), 1: (320, 480)})


@pytest.fixture
def panel(show, editor):
    return show(TemplatesPanel(editor), 360, 700)


def click(qtbot, panel, template_id):
    gallery = panel.gallery
    rect = gallery.visualItemRect(panel.item(template_id))
    gallery.scrollToItem(panel.item(template_id))
    rect = gallery.visualItemRect(panel.item(template_id))
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def highlighted(panel):
    return [item.text().split(" ")[0] for item in panel.gallery.selectedItems()]


def test_every_template_has_a_thumbnail_a_name_and_a_count(panel):
    gallery = panel.gallery
    assert gallery.objectName() == "templateGallery" and gallery.accessibleName()
    assert gallery.count() == len(TEMPLATE_IDS) == 13
    for row, template_id in enumerate(TEMPLATE_IDS):
        item = gallery.item(row)
        assert item.text().startswith(f"{template_id} ·")
        assert not item.icon().isNull()
    assert "3 inputs" in panel.item(310).text()
    note = panel.findChild(type(panel.summary), "templateNote")
    assert "approximately" in note.text()


def test_thumbnails_are_drawn_from_the_geometry(qapp):
    pixmap = template_pixmap(10, (1280, 720))
    image = pixmap.toImage()
    # Template 10 puts a window at the top-left; the bottom-right is background.
    top_left = image.pixelColor(20, 18)
    bottom_right = image.pixelColor(75, 55)
    assert top_left != bottom_right


def test_choosing_a_template_applies_it_and_shows_minus_20_at_once(qtbot, editor, panel):
    problems = ProblemsPanel(editor)
    qtbot.addWidget(problems)
    assert highlighted(panel) == ["0"]  # unset is the server's default, 0
    click(qtbot, panel, 310)
    assert wire(editor)["mix_stream_template_id"] == 310
    assert editor.undo_stack.count() == 1
    assert highlighted(panel) == ["310"]
    codes = [problems.list.topLevelItem(i).text(0)
             for i in range(problems.list.topLevelItemCount())]
    assert "-20" in codes
    click(qtbot, panel, 20)  # two inputs: the count fits
    assert wire(editor)["mix_stream_template_id"] == 20
    assert "-20" not in [problems.list.topLevelItem(i).text(0)
                         for i in range(problems.list.topLevelItemCount())]


def test_the_highlight_follows_the_model(panel, editor):
    editor.apply_template(410)
    assert highlighted(panel) == ["410"]
    editor.undo_stack.undo()
    assert highlighted(panel) == ["0"]


def test_clicking_the_default_while_unset_keeps_it_unset(qtbot, panel, editor):
    click(qtbot, panel, 0)
    assert "mix_stream_template_id" not in wire(editor)
    assert editor.undo_stack.count() == 0


def test_make_custom_writes_the_boxes(qtbot, panel, editor):
    assert not panel.make_custom_button.isEnabled()
    editor.set_layout_fields(editor.document.uids()[1], location_x=None, location_y=None,
                             image_width=None, image_height=None)
    editor.apply_template(10)
    assert panel.make_custom_button.isEnabled()
    qtbot.mouseClick(panel.make_custom_button, Qt.MouseButton.LeftButton)
    assert wire(editor)["mix_stream_template_id"] == 0
    assert layout_params(editor, 1)["location_x"] == 20  # template 10: 20 px margins
    assert highlighted(panel) == ["0"]
