"""Templates dock: a thumbnail per template id; choosing one applies it at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.app.panels.problems import ProblemsPanel
from designer.app.panels.templates import TemplatesPanel
from designer.app.thumbnails import template_pixmap
from designer.core.templates import TEMPLATE_IDS
from tests.app.mix.boxes import click_button
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


def test_choosing_a_template_applies_it_and_shows_minus_20_at_once(qtbot, editor, panel,
                                                                 monkeypatch):
    problems = ProblemsPanel(editor)
    qtbot.addWidget(problems)
    assert highlighted(panel) == ["0"]  # unset is the server's default, 0
    click_button(monkeypatch, "Use it anyway")  # the count does not fit: asked first
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


def test_a_template_whose_count_does_not_fit_asks_first(qtbot, editor, panel, monkeypatch):
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    click(qtbot, panel, 310)  # three inputs; the layout has two, one placed by the template
    [question] = asked
    assert "refuse" in question and "-20" in question and "310" in question
    assert "mix_stream_template_id" not in wire(editor) and editor.undo_stack.count() == 0
    assert highlighted(panel) == ["0"]  # the highlight goes back
    click(qtbot, panel, 20)  # two inputs: the count fits, nothing asked
    assert len(asked) == 1 and wire(editor)["mix_stream_template_id"] == 20


def test_a_count_the_service_accepts_is_not_asked(qtbot, make_editor, show, monkeypatch):
    # Every window placed explicitly: template 310 places nothing, only a warning.
    from tests.factories import spec_para

    editor = make_editor(spec_para(), {0: (540, 960), 1: (320, 480)})
    panel = show(TemplatesPanel(editor), 360, 700)
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    click(qtbot, panel, 310)
    assert asked == [] and wire(editor)["mix_stream_template_id"] == 310


def test_explicit_positions_over_a_template_are_said_and_can_go(qtbot, make_editor, show,
                                                                 monkeypatch):
    from tests.factories import spec_para

    editor = make_editor({**spec_para(), "mix_stream_template_id": 20},
                         {0: (540, 960), 1: (320, 480)})
    panel = show(TemplatesPanel(editor), 360, 700)
    assert panel.override_note.isVisible() and panel.use_positions_button.isVisible()
    assert "stream_lewis02" in panel.override_note.text()
    assert "override" in panel.override_note.text()
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    qtbot.mouseClick(panel.use_positions_button, Qt.MouseButton.LeftButton)
    assert asked == []  # template 20 lays out two inputs: the service takes it
    lp = layout_params(editor, 1)
    assert not {"location_x", "location_y", "image_width", "image_height"} & set(lp)
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.text(0) == "Use the template's positions"
    assert not panel.override_note.isVisible()
    editor.undo_stack.undo()
    assert layout_params(editor, 1)["location_x"] == 380 and panel.override_note.isVisible()
