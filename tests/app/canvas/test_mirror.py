"""The scene mirrors the model: changes, added and removed inputs, kinds, templates,
problems, hidden and audio-only inputs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from designer.app.canvas.items.layer import LayerItem
from designer.app.canvas.items.strip import ChipItem
from designer.core.arrange import Align
from designer.core.geometry import Rect
from designer.core.model import InputType
from designer.core.placement import Origin
from tests.app.canvas.helpers import at, click, shown, uid
from tests.factories import APPID, canvas, grid_para, stream


def item(view, index):
    return view.canvas_scene.layer_item(uid(view, index))


def pixel(view, x: float, y: float) -> QColor:
    image = view.viewport().grab().toImage()
    point = at(view, x, y).toPoint()
    return image.pixelColor(point)


def test_every_input_with_a_picture_is_a_box_in_layer_order(view):
    items = view.canvas_scene.layer_items()
    assert set(items) == set(view.editor.document.uids())
    assert item(view, 0).is_background and item(view, 0).rect() == Rect(0, 0, 640, 360)
    assert item(view, 1).rect() == Rect(400, 200, 160, 90)
    assert item(view, 0).zValue() < item(view, 1).zValue() < item(view, 2).zValue()
    assert view.canvas_scene.output_size() == (640, 360)
    assert "Stream (audio + video)" in item(view, 1).toolTip()


def test_a_model_change_moves_the_item(view):
    view.editor.set_layout_fields(uid(view, 1), location_x=10, location_y=20)
    assert item(view, 1).rect() == Rect(10, 20, 160, 90)
    view.editor.set_layout_fields(uid(view, 1), image_layer=9)
    assert item(view, 1).zValue() > item(view, 2).zValue()


def test_added_and_deleted_inputs_appear_and_disappear(view):
    new = view.editor.add_input(InputType.VIDEO_ONLY)
    assert view.canvas_scene.layer_item(new) is not None
    assert "Video only" in view.canvas_scene.layer_item(new).toolTip()
    view.editor.delete([new])
    assert view.canvas_scene.layer_item(new) is None
    view.editor.undo_stack.undo()
    assert view.canvas_scene.layer_item(new) is not None


def test_audio_only_inputs_are_chips_with_their_layer(view):
    audio = view.editor.add_input(InputType.AUDIO_ONLY)
    assert view.canvas_scene.layer_item(audio) is None
    chips = view.canvas_scene.strip().chips()
    assert [(c.uid, c.layer, c.kind_text) for c in chips] == [(audio, 4, "Audio only")]
    assert chips[0].selected  # add_input selects it
    view.editor.select([])
    strip = view.canvas_scene.strip()
    chip = next(item for item in strip.childItems() if isinstance(item, ChipItem))
    assert chip.toolTip().startswith("4 · audio_1")
    box = chip.boundingRect()  # device pixels from the output's bottom-left corner
    point = view.mapFromScene(strip.scenePos()) + QPointF(box.left() + 12,
                                                          box.center().y()).toPoint()
    click(view, QPointF(point))
    assert view.editor.selection == [audio]


def test_an_input_off_air_is_drawn_as_a_ghost_and_not_snapped_to(view):
    before = pixel(view, 150, 150)
    view.editor.set_design_fields(uid(view, 2), visible=False)
    ghost = item(view, 2)
    assert ghost.state.off_air and "off air" in ghost.toolTip().lower()
    faded = pixel(view, 150, 150)
    assert faded != before and faded.lightness() < before.lightness() + 40
    assert 100.0 not in view.snap_targets({uid(view, 1)}).xs  # a ghost is not a line to snap to
    view.editor.set_design_fields(uid(view, 2), visible=True)
    assert not item(view, 2).state.off_air and 100.0 in view.snap_targets({uid(view, 1)}).xs


def test_kinds_at_a_glance_picture_and_canvas(make_view):
    para = {
        "app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
        "mix_stream_session_id": "room", "output_stream_id": "out", "output_stream_type": 1,
        "input_stream_list": [
            canvas(1, "0xcc0033", image_width=640, image_height=360),
            stream("picture", 2, input_type=2, picture_id=10, location_x=50, location_y=100,
                   image_width=64, image_height=64),
            stream("cam", 3, image_width=200, image_height=150, location_x=300,
                   location_y=100),
        ],
    }
    view = make_view(para, sources={})
    assert "Canvas 0xcc0033" in item(view, 0).toolTip()
    assert "Watermark #10" in item(view, 1).toolTip()
    red = pixel(view, 600, 20)
    assert (red.red(), red.green(), red.blue()) == (0xcc, 0x00, 0x33)
    assert item(view, 2).state.origin is Origin.CUSTOM


def test_unknown_sizes_are_drawn_as_guesses(make_view):
    para = {"app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "room", "output_stream_id": "host",
            "input_stream_list": [stream("host", 1), stream("guest", 2)]}
    view = make_view(para, sources={0: (640, 360)})
    assert item(view, 1).state.origin is Origin.GUESS
    assert "Size unknown" in item(view, 1).toolTip()


def test_a_template_shows_approximate_template_boxes(make_view):
    para = {"app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "room", "output_stream_id": "host",
            "input_stream_list": [stream("host", 1), stream("guest", 2)]}
    view = make_view(para, sources={0: (540, 960)})
    assert view.editor.apply_template(20)
    guest = item(view, 1)
    assert guest.state.origin is Origin.TEMPLATE
    assert guest.rect() == Rect(540 - 20 - 180, 960 - 20 - 320, 180, 320)
    assert "approximate" in guest.toolTip()
    assert "approximate" in shown(view.labels.note)
    view.editor.make_custom()
    assert item(view, 1).state.origin is Origin.CUSTOM
    assert shown(view.labels.note) == ""


def test_a_template_for_another_input_count_shows_minus_20(view):
    view.editor.set_layout_fields(uid(view, 2), location_x=None)  # the template would place it
    view.editor.apply_template(20)  # three inputs with a picture
    assert "-20" in shown(view.labels.note)


def test_a_template_with_nothing_to_place_is_explained_not_refused(view):
    view.editor.apply_template(20)  # three inputs with a picture, each placed explicitly
    assert "-20" not in shown(view.labels.note)
    assert "TEMPLATE" in shown(view.labels.note) and "places nothing" in shown(view.labels.note)


def test_a_layer_with_an_error_is_outlined_red_with_the_code_in_its_tooltip(view):
    view.editor.set_layout_fields(uid(view, 1), location_x=600)  # overflows the 640 output
    guest = item(view, 1)
    assert guest.has_errors
    assert "-2: the 160×90 box at (600, 200) overflows the 640×360 background" in (
        guest.toolTip())
    edge = pixel(view, 600.5, 245)
    assert edge.red() > 200 and edge.green() < 100 and edge.blue() < 100
    view.editor.undo_stack.undo()
    assert not item(view, 1).has_errors
    assert "-2" not in item(view, 1).toolTip()


def test_black_bars_where_the_aspects_differ(view):
    square = item(view, 2)  # a 100×100 box of a 16:9 source: bars above and below
    assert "FAQ8" in square.toolTip()
    bar, picture = pixel(view, 103, 196), pixel(view, 103, 150)
    assert (bar.red(), bar.green(), bar.blue()) == (0, 0, 0)
    assert picture.blue() > 100


def test_selection_shows_handles_on_the_selected_layers(view):
    view.editor.select([uid(view, 1)])
    assert len(item(view, 1).handles()) == 8
    assert item(view, 2).handles() == []
    view.editor.select([uid(view, 0)])
    assert item(view, 0).handles() == []  # the background is not resized here
    assert item(view, 1).handles() == []


def test_a_replaced_document_is_redrawn(view, make_editor):
    view.editor.replace(make_editor().layout.model_copy(deep=True))
    assert len(view.canvas_scene.layer_items()) == 2
    assert view.canvas_scene.output_size() == (1280, 720)  # no source declared: preview size


def test_scene_rect_leaves_room_around_the_output(view):
    assert view.sceneRect().contains(QRectF(-100, -100, 840, 560))


def test_an_empty_layout_says_how_to_begin_and_the_hint_goes_with_the_first_input(make_view):
    para = {"app_id": APPID, "interface": "mix_streamv2.start_mix_stream_advanced",
            "mix_stream_session_id": "room", "output_stream_id": "host",
            "input_stream_list": []}
    view = make_view(para, zoom=None)
    assert "New from scenario" in shown(view.labels.empty_hint)
    hint = view.findChild(QLabel, "empty_hint")
    centre = hint.geometry().center()
    assert abs(centre.x() - view.viewport().width() / 2) <= 2
    wide = hint.height()
    view.resize(260, 600)  # a narrow view wraps the hint into more lines ...
    narrow = hint.height()
    view.resize(800, 600)  # ... and a wide one shrinks it back to fit its text
    assert narrow > wide == hint.height() == hint.heightForWidth(hint.width())
    view.editor.add_input(InputType.AUDIO_VIDEO)
    assert shown(view.labels.empty_hint) == ""
    view.editor.undo_stack.undo()
    assert "New from scenario" in shown(view.labels.empty_hint)


def test_a_layout_with_inputs_shows_no_hint(view):
    assert shown(view.labels.empty_hint) == ""


def test_an_output_of_unknown_size_is_drawn_at_a_guess_and_says_so(make_view):
    # The spec's example: layer 1's resolution is not declared. Its 160×240 window at
    # (380, 630) is Tencent's SDK link-mic slot on a 540×960 host.
    from designer.core import loader
    from tests.factories import spec_para

    view = make_view(loader.from_data(spec_para()).layout.para.to_wire(), sources={})
    view.editor.set_preview_size(540, 960)  # what opening the file guesses (tests/core)
    assert view.canvas_scene.output_size() == (540, 960)
    assert "Drawn at 540×960, a guess" in shown(view.labels.note)
    host = view.editor.document.uids()[0]
    view.editor.set_design_fields(host, source_width=540, source_height=960)
    assert "a guess" not in shown(view.labels.note)


def test_a_canvas_without_a_colour_reads_as_the_servers_default(make_view):
    from tests.client_shapes import mlvb_pk

    view = make_view(mlvb_pk(), sources={})
    assert "server's default colour" in item(view, 0).toolTip()


@pytest.fixture
def updated(monkeypatch):
    """uids of the layer items given a new state, in order."""
    seen = []
    set_state = LayerItem.set_state

    def counting(item, state, background):
        seen.append(item.uid)
        set_state(item, state, background)

    monkeypatch.setattr(LayerItem, "set_state", counting)
    return seen


def test_a_step_updates_only_the_layers_it_changed(make_view, updated):
    view = make_view(grid_para(), sources={}, zoom=None)
    uids = view.editor.document.uids()
    view.editor.select(uids)  # all 16; the background stays where it is
    assert view.arrange.align(Align.LEFT)  # on the leftmost: the first column stays
    moved = sorted(uid for i, uid in enumerate(uids[1:]) if i % 4)
    assert sorted(updated) == moved  # each moved layer once, nothing else
    assert {item(view, i).rect().x for i in range(1, 16)} == {40}
    updated.clear()
    view.editor.undo_stack.undo()
    assert sorted(updated) == moved
    assert item(view, 2).rect().x == 500
    updated.clear()
    view.editor.set_layout_fields(uids[5], location_y=30)
    assert updated == [uids[5]]


def test_a_change_that_reaches_every_layer_updates_them_all(make_view, updated):
    view = make_view(grid_para(), sources={}, zoom=None)
    uids = view.editor.document.uids()
    view.editor.set_layout_fields(uids[0], image_width=1280, image_height=720)  # the output
    assert sorted(updated) == sorted(uids)
    assert view.canvas_scene.output_size() == (1280, 720)
    updated.clear()
    view.editor.set_layout_fields(uids[3], image_layer=99)  # on top of the others now
    assert sorted(updated) == sorted(uids)
    assert item(view, 3).zValue() == max(i.zValue() for i in
                                         view.canvas_scene.layer_items().values())
