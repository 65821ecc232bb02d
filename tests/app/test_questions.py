"""Edits that change more than they seem ask first: another input becoming the background
(it sets the output's size), a template the service would refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.mix.boxes import click_button

REPO = Path(__file__).resolve().parents[2]
PRESET = REPO / "examples" / "link-mic-preset.json"  # host 540×960, guest 320×480 on top


@pytest.fixture
def window(make_window):
    return make_window(PRESET)


def layers(window):
    return [window.editor.name_of(uid) for uid in window.editor.z_order()]


def test_sending_the_background_back_from_layer_2_asks_and_says_the_new_size(window,
                                                                           monkeypatch):
    editor = window.editor
    editor.select([editor.document.uids()[1]])  # the guest
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    window.registry["lower-bottom"].trigger()
    [question] = asked
    assert "Guest would become layer 1" in question
    assert "540×960 to 160×240" in question  # the guest's own box sizes the output
    assert layers(window) == ["Host", "Guest"] and editor.undo_stack.count() == 0
    click_button(monkeypatch, "Make Guest the background")
    window.registry["lower"].trigger()
    assert layers(window) == ["Guest", "Host"]
    assert editor.background_size() == (160.0, 240.0)
    assert editor.undo_stack.text(0) == "Send Guest backward"


def test_raising_the_background_asks_too_from_the_layers_list(window, monkeypatch, qtbot):
    editor = window.editor
    editor.select([editor.document.uids()[0]])  # the host, layer 1
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    panel = window.docks["layers"].widget()
    panel.raise_action.trigger()
    assert len(asked) == 1 and layers(window) == ["Host", "Guest"]
    # A drag in the list asks the same.
    assert not panel.move_layers([editor.document.uids()[1]], 2)
    assert len(asked) == 2


def test_a_reorder_that_keeps_the_background_asks_nothing(make_window, monkeypatch,
                                                          tmp_path):
    window = make_window()
    window.files.new_document("meeting")
    editor = window.editor
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    top = editor.z_order()[-1]
    editor.select([top])
    window.registry["lower"].trigger()
    assert asked == [] and editor.z_order()[-2] == top


def test_use_template_positions_from_the_menu_asks_when_the_count_would_not_fit(
        make_window, monkeypatch, tmp_path):
    from designer.core import presets
    from tests.factories import layout_of, spec_para, stream

    para = {**spec_para(), "mix_stream_template_id": 20}  # 2 inputs; this layout has 3
    para["input_stream_list"].append(stream("guest_2", 3, image_width=160, image_height=240,
                                            location_x=20, location_y=630))
    path = tmp_path / "three.json"
    presets.save(path, layout_of(para, {0: (540, 960)}))
    window = make_window(path)
    action = window.registry["template-positions"]
    assert action.isEnabled()
    layout_menu = window.menuBar().actions()[3].menu()
    assert action in layout_menu.actions()
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    action.trigger()
    assert len(asked) == 1 and "-20" in asked[0]
    assert window.editor.layout.para.inputs[2].layout_params.location_x == 20
    click_button(monkeypatch, "Use it anyway")
    action.trigger()
    assert window.editor.layout.para.inputs[2].layout_params.location_x is None
    assert not action.isEnabled()
    assert any(p.code == -20 for p in window.editor.problems)


def test_the_session_panels_template_list_asks_too(window, monkeypatch):
    session = window.docks["session"].widget()
    combo = session.template
    asked: list[str] = []
    click_button(monkeypatch, "Cancel", asked)
    editor = window.editor
    editor.set_layout_fields(editor.document.uids()[1], location_x=None)  # the template places it
    index = combo.findData(310)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert len(asked) == 1
    assert editor.layout.para.mix_stream_template_id is None
    assert combo.currentData() is None
