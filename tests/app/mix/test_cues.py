"""A show in the window: its cues in the Cues dock, previewed with a click (an undo step), taken
on air with Take, Space or a number key, the on-air cue marked red; one session for all cues;
saved as a show."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from designer.app.main import create_window
from designer.app.mix.controller import MixState
from designer.app.mix.cues_panel import PREVIEW, PROGRAM, thumbnail
from designer.app.mix.feature import CloseChoice
from designer.core import loader
from designer.core.recovery import STATE_DIR_ENV
from tests.app.mix.boxes import send_updates
from tests.app.mix.fakes import FakeClock
from tests.app.mix.live import later, wait_state

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "show.json"


@pytest.fixture
def show_file(tmp_path):
    return Path(shutil.copy(EXAMPLE, tmp_path / "show.json"))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, show_file):
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    window = create_window(str(show_file), offer_recovery=False)

    def close_quietly(w):
        w.editor.undo_stack.setClean()
        w.mix.close_choice = lambda: CloseChoice.CLOSE

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    window.show_dock("cues")
    window.mix.controller.clock = FakeClock()
    return window


def names(window):
    panel = window.mix.cues_panel
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def sent_ids(window, entry=-1):
    para = window.mix.controller.log.entries[entry].request.body["interface"]["para"]
    return [s["input_stream_id"] for s in para["input_stream_list"]]


def frame_colour(window, row, inset: int = 0) -> QColor:
    """The colour of a thumbnail's frame: the on-air one outside, the preview's inside it."""
    icon = window.mix.cues_panel.list.item(row).icon()
    return icon.pixmap(icon.availableSizes()[0]).toImage().pixelColor(1 + inset, 30)


def test_a_show_lists_its_cues_and_a_click_previews_one_as_an_undo_step(qtbot, window):
    panel = window.mix.cues_panel
    assert names(window) == ["host alone", "link-mic", "PK"]
    assert len(window.editor.layout.para.inputs) == 2  # "host alone" is on the canvas
    rect = panel.list.visualItemRect(panel.list.item(2))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.cues.index == 2 and window.editor.cues.current.name == "PK"
    assert window.editor.layout is window.editor.cues.show.cues[2].layout
    assert window.editor.undo_stack.undoText() == "Preview PK"
    window.editor.undo_stack.undo()
    assert window.editor.cues.index == 0 and len(window.editor.layout.para.inputs) == 2


def test_take_sends_the_cue_and_moves_the_red_mark(qtbot, window, monkeypatch):
    panel = window.mix.cues_panel
    send_updates(monkeypatch)
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)  # not live yet: a start
    wait_state(qtbot, window, MixState.LIVE)
    assert window.mix.on_air_cue.name == "host alone"
    assert frame_colour(window, 0) == PROGRAM
    later(window, 6)
    window.registry["take-2"].trigger()  # the key "2": cue 2 as an update
    qtbot.waitUntil(lambda: len(window.mix.controller.log.entries) == 2
                    and window.mix.on_air_cue is not None
                    and window.mix.on_air_cue.name == "link-mic", timeout=5000)
    live = window.mix.connection.sandbox().state.live_para("lewis_room")
    cue = window.editor.cues.show.cues[1]
    assert [s["input_stream_id"] for s in live["input_stream_list"]] == [
        s.input_stream_id for s in cue.layout.para.inputs]
    assert "on air" in panel.list.item(1).toolTip()
    assert "on air" not in panel.list.item(0).toolTip()
    assert frame_colour(window, 1) == PROGRAM and frame_colour(window, 0) != PROGRAM


def test_space_in_the_dock_takes_the_selected_cue(qtbot, window, monkeypatch):
    send_updates(monkeypatch)
    panel = window.mix.cues_panel
    panel.list.setCurrentRow(1)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    wait_state(qtbot, window, MixState.LIVE)
    assert window.mix.on_air_cue.name == "link-mic" and window.editor.cues.index == 1


def test_a_show_that_takes_without_confirming_shows_no_changes(qtbot, window, monkeypatch):
    shown: list[list[str]] = []
    send_updates(monkeypatch, shown)
    window.mix.take(0)
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)
    window.mix.cues_panel.confirm.setChecked(True)
    assert window.editor.cues.show.take_without_confirming
    window.mix.take(2)
    qtbot.waitUntil(lambda: len(window.mix.controller.log.entries) == 2, timeout=5000)
    assert shown == []


def test_the_session_id_is_one_for_the_whole_show(window):
    window.editor.set_session_field("mix_stream_session_id", "other_room")
    assert {cue.layout.para.mix_stream_session_id
            for cue in window.editor.cues.show.cues} == {"other_room"}
    window.editor.undo_stack.undo()
    assert {cue.layout.para.mix_stream_session_id
            for cue in window.editor.cues.show.cues} == {"lewis_room"}


def test_cues_are_added_renamed_deleted_and_the_show_saved(window, show_file):
    editor = window.editor
    editor.preview_cue(1)
    editor.add_cue()
    assert names(window) == ["host alone", "link-mic", "link-mic 2", "PK"]
    assert editor.cues.index == 2
    editor.set_layout_fields(editor.document.uids()[1], location_x=33)
    assert editor.rename_cue(2, "link-mic left")
    assert not editor.rename_cue(2, "PK")  # taken
    assert editor.remove_cue(3)
    editor.save()
    saved = loader.load_show(show_file)
    assert saved.names == ["host alone", "link-mic", "link-mic left"]
    moved = saved.cue("link-mic left").layout.para.inputs[1].layout_params.location_x
    assert moved == 33 and json.loads(show_file.read_text())["format"] == "mix-designer-show"
    assert names(window) == ["host alone", "link-mic", "link-mic left"]


def test_the_previewed_cue_is_framed_green(window):
    assert frame_colour(window, 0, inset=3) == PREVIEW
    window.editor.preview_cue(2)
    assert frame_colour(window, 2, inset=3) == PREVIEW
    assert frame_colour(window, 0, inset=3) != PREVIEW


def test_a_cue_is_exported_alone_as_a_preset_or_a_start_request(window, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    panel = window.mix.cues_panel
    pk = window.editor.cues.show.cues[2]
    preset, request = tmp_path / "pk.json", tmp_path / "pk-start.json"
    for path, as_preset in ((preset, True), (request, False)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
        assert panel.export(pk, preset=as_preset)
    document = loader.load(preset)
    assert document.kind is loader.Kind.PRESET and document.layout == pk.layout
    body = json.loads(request.read_text())
    sent = [s["input_stream_id"] for s in body["interface"]["para"]["input_stream_list"]]
    assert sent == [s.input_stream_id for s in pk.layout.para.inputs]
    assert window.editor.cues.index == 0  # the canvas still previews its own cue


def _picture(window, row):
    icon = window.mix.cues_panel.list.item(row).icon()
    return icon.pixmap(icon.availableSizes()[0]).toImage().convertToFormat(
        QImage.Format.Format_RGB32)


def _own_picture(window, row):
    cues = window.editor.cues
    return thumbnail(cues.show.cues[row].layout, row == cues.index, False).toImage(
    ).convertToFormat(QImage.Format.Format_RGB32)


def _each_row_shows_its_own_cue(window) -> bool:
    return all(_picture(window, row) == _own_picture(window, row)
               for row in range(window.mix.cues_panel.list.count()))


def test_each_cues_picture_is_its_own_after_add_delete_and_undo(window):
    assert _each_row_shows_its_own_cue(window)
    assert _picture(window, 1) != _picture(window, 2)  # link-mic and PK do look different
    window.mix.cues_panel.add_button.click()  # a copy of "host alone", after it
    assert names(window) == ["host alone", "host alone 2", "link-mic", "PK"]
    assert _each_row_shows_its_own_cue(window)
    window.editor.undo_stack.undo()
    assert names(window) == ["host alone", "link-mic", "PK"]
    assert _each_row_shows_its_own_cue(window)
    window.editor.remove_cue(1)  # link-mic
    assert names(window) == ["host alone", "PK"]
    assert _each_row_shows_its_own_cue(window)
    window.editor.undo_stack.undo()
    assert _each_row_shows_its_own_cue(window)


def test_a_cue_that_cannot_be_sent_says_why_instead_of_nothing(qtbot, window, monkeypatch):
    """Taking a cue that cannot go out (here the one already on air: nothing to send) sends
    nothing and the status bar says why; it said nothing at all."""
    send_updates(monkeypatch)
    window.registry["take-1"].trigger()
    wait_state(qtbot, window, MixState.LIVE)
    later(window, 6)
    window.registry["take-1"].trigger()  # the cue on air already: nothing to send
    assert len(window.mix.controller.log.entries) == 1
    assert "Nothing to send" in window.statusBar().currentMessage()
