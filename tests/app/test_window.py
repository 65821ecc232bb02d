"""The main window as a producer meets it: files, the modified marker, actions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from designer.app.main import create_window
from designer.app.panels.properties import PropertiesPanel
from designer.core import loader, presets
from designer.core.geometry import Rect
from designer.core.recovery import STATE_DIR_ENV
from tests.app.mix.boxes import click_button
from tests.factories import grid_para, layout_of, spec_para

REPO = Path(__file__).resolve().parents[2]


def _child_env(state_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MIX_DESIGNER_KEY"}
    env.update(QT_QPA_PLATFORM="offscreen", **{STATE_DIR_ENV: str(state_dir)})
    return env


def test_open_exit_when_ready_paints_and_exits_0(preset, state):
    result = subprocess.run(
        [sys.executable, "-m", "designer", "open", str(preset), "--exit-when-ready"],
        env=_child_env(state), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_given_without_a_command_opens_in_the_window(preset, state):
    """`mix-designer show.json` opens it, as `mix-designer open show.json` does."""
    result = subprocess.run(
        [sys.executable, "-m", "designer", str(preset), "--exit-when-ready"],
        env=_child_env(state), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "invalid choice" not in result.stderr


@pytest.mark.parametrize("content, reason", [("{nope", "not valid JSON"),
                                             ("[]", "neither a Mix Designer preset")])
def test_open_exit_when_ready_with_a_broken_file_exits_2_in_one_line(tmp_path, state, content,
                                                                    reason):
    broken = tmp_path / "broken.json"
    broken.write_text(content)
    result = subprocess.run(
        [sys.executable, "-m", "designer", "open", str(broken), "--exit-when-ready"],
        env=_child_env(state), capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and reason in result.stderr
    assert result.stderr.count("broken.json") == 1


def test_title_shows_the_file_and_the_modified_marker(make_window, preset):
    window = make_window(preset)
    assert window.windowTitle() == "show.json[*] — Mix Designer"
    assert not window.isWindowModified()
    uid = window.editor.document.uids()[1]
    window.editor.nudge([uid], 5, 0)
    assert window.isWindowModified()
    window.editor.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_as_then_open_round_trips(make_window, tmp_path, monkeypatch):
    window = make_window()
    window.files.new_document("pk")
    uid = window.editor.document.uids()[1]
    window.editor.set_rects({uid: Rect(10, 0, 360, 640)})
    target = tmp_path / "pk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert window.registry["save-as"].isEnabled()
    window.registry["save-as"].trigger()
    saved = tmp_path / "pk.json"  # the extension is added
    assert loader.load(saved).layout == window.editor.layout
    assert not window.isWindowModified() and "pk.json" in window.windowTitle()

    other = make_window(saved)
    assert other.editor.layout.para.to_wire() == window.editor.layout.para.to_wire()
    assert str(saved.resolve()) in [str(p) for p in other.files.recent_files()]


def test_opening_a_broken_file_says_why_and_keeps_the_document(make_window, preset, tmp_path,
                                                               monkeypatch):
    window = make_window(preset)
    before = window.editor.layout.model_copy(deep=True)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "mix-designer-preset", "version": 9, "para": {}}')
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())))
    assert not window.open_path(broken)
    (headline, why), = shown
    assert headline == "Cannot open broken.json"  # the box says it, not only its title bar
    assert "version 9" in why
    assert window.editor.layout == before and window.editor.path == preset


def test_a_number_no_double_holds_is_reported_with_its_code_not_a_crash(make_window, preset,
                                                                       tmp_path, monkeypatch):
    window = make_window(preset)
    huge = tmp_path / "huge.json"
    text = json.dumps(spec_para()).replace('"image_width": 160', '"image_width": 1' + "0" * 320)
    huge.write_text(text)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    assert not window.open_path(huge)
    [why] = shown
    assert "no request can carry" in why and "-4: 100000000000… (321 digits) is out of" in why
    assert window.editor.path == preset


def test_a_key_written_twice_is_a_warning_among_the_problems_until_saved(make_window,
                                                                         tmp_path):
    path = tmp_path / "twice.json"
    text = json.dumps(presets.to_data(layout_of(spec_para()))).replace(
        '"image_layer": 2,', '"image_layer": 7, "image_layer": 2,')
    path.write_text(text)
    window = make_window(path)
    [warning] = [p for p in window.editor.problems if p.code == "DUPLICATE"]
    assert not warning.is_error and warning.input_index == 1
    assert warning.field == "input_stream_list[1].layout_params.image_layer"
    assert window.editor.layout.para.inputs[1].layout_params.image_layer == 2  # the last
    window.editor.set_session_field("mix_stream_session_id", "room_2")
    assert any(p.code == "DUPLICATE" for p in window.editor.problems)  # still the file's
    window.editor.save(path)
    assert not any(p.code == "DUPLICATE" for p in window.editor.problems)


def test_a_window_made_with_a_broken_file_reports_it_once_shown(make_window, tmp_path,
                                                                 monkeypatch, qtbot):
    broken = tmp_path / "broken.json"
    broken.write_text("{nope")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.parentWidget().isVisible())))
    window = make_window(broken)
    assert shown == [] and window.editor.layout.para.inputs == []  # a new layout, no box yet
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown == [("Cannot open broken.json", True)]


def test_starting_with_a_broken_file_says_why_over_a_new_layout(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("[]")
    script = textwrap.dedent("""
        import json, sys
        from PySide6.QtWidgets import QApplication, QMessageBox
        from designer.app import main
        app = QApplication(sys.argv[:1])
        seen = []
        def exec_(box):
            window = box.parentWidget()
            seen.append({"text": box.text(), "why": box.informativeText(),
                         "window shown": window is not None and window.isVisible(),
                         "inputs": len(window.editor.layout.para.inputs)})
            window.editor.undo_stack.setClean()
            app.quit()
        QMessageBox.exec = exec_
        code = main.run(sys.argv[1])
        print(json.dumps({"code": code, "seen": seen}))
    """)
    result = subprocess.run([sys.executable, "-c", script, str(broken)], cwd=REPO,
                            env=_child_env(tmp_path / "state"), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome["code"] == 0
    assert outcome["seen"] == [{
        "text": "Cannot open broken.json",
        "why": "This is neither a Mix Designer preset nor a Mix_StreamV2 request "
               "(whole body or para)",
        "window shown": True, "inputs": 0}]


def test_importing_a_request_does_not_target_the_request_file(make_window, tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"timestamp": 1, "eventId": 2, "interface": {
        "interfaceName": "Mix_StreamV2", "para": spec_para()}}))
    window = make_window(request)
    assert window.editor.path is None
    assert window.editor.layout.para.to_wire() == spec_para()


def test_closing_with_unsaved_changes_asks(make_window, preset, monkeypatch):
    window = make_window(preset)
    window.show()
    window.editor.nudge(window.editor.document.uids()[1:], 1, 0)
    click_button(monkeypatch, "Cancel")
    assert not window.close()
    assert window.isVisible()
    click_button(monkeypatch, "Discard")
    assert window.close()
    assert presets.dumps(loader.load(preset).layout)  # the file was not touched


def test_new_from_scenario_action(make_window):
    window = make_window()
    window.registry["scenario-meeting"].trigger()
    assert window.editor.layout.para.mix_stream_session_id == "meeting_room"
    assert window.editor.problems == []


def test_every_menu_action_has_a_shortcut_and_text(make_window):
    window = make_window()
    for name, action in window.registry.items():
        assert not action.shortcut().isEmpty(), name
        assert action.text(), name


def test_assistive_names(make_window):
    window = make_window()
    for name in ("canvas", "layerList", "propertiesPanel", "sessionPanel", "templateGallery",
                 "problemList", "undoHistory", "cursorPosition"):
        widget = window.findChild(object, name)
        assert widget is not None, name


def test_lazy_docks_are_built_when_their_tab_is_chosen(state, preset, qtbot):
    window = create_window(str(preset), offer_recovery=False, lazy_docks=True)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(object, "templateGallery") is None  # tabbed behind Layers
    assert window.findChild(object, "layerList") is not None
    for name in ("templates", "session", "history"):
        window.docks[name].raise_()
    for name in ("templateGallery", "sessionPanel", "undoHistory"):
        assert window.findChild(object, name) is not None, name


@pytest.mark.parametrize("size", [(1400, 860), (1900, 1040)])
def test_the_mix_panel_starts_whole_and_properties_takes_the_rest(make_window, preset, qtbot,
                                                                   size):
    window = make_window(preset)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    mix, properties = window.docks["mix"], window.docks["properties"]
    # The dock sizes settle with the layout's next pass; then nothing of Mix is scrolled away.
    qtbot.waitUntil(lambda: mix.widget().height() >= mix.widget().sizeHint().height(),
                    timeout=2000)
    assert properties.height() > mix.height() or size[1] < 1000
    assert properties.height() >= 200


def test_every_align_action_of_the_menu_aligns(make_window, preset):
    # One movable layer (the guest, 160×240 on 540×960) aligns to the output.
    window = make_window(preset)
    guest = window.editor.document.uids()[1]
    expected = {"left": ("location_x", 0), "right": ("location_x", 380),
                "top": ("location_y", 0), "bottom": ("location_y", 720),
                "h-center": ("location_x", 190), "v-center": ("location_y", 360)}
    for name, (field, value) in expected.items():
        window.editor.select([guest])
        window.registry[f"align-{name}"].trigger()
        layout = window.editor.layout.para.inputs[1].layout_params
        assert getattr(layout, field) == value, name


def test_aligning_sixteen_layers_and_undoing_is_one_update_of_each_part(make_window, tmp_path,
                                                                        monkeypatch):
    refreshed = []
    refresh = PropertiesPanel.refresh
    monkeypatch.setattr(PropertiesPanel, "refresh",
                        lambda panel, *args: refreshed.append(1) or refresh(panel, *args))
    path = tmp_path / "grid.json"
    presets.save(path, layout_of(grid_para()))
    window = make_window(path)
    editor = window.editor
    changed, validated = [], []
    editor.document.changed.connect(changed.append)
    editor.problems_changed.connect(validated.append)
    editor.select(editor.document.uids())
    refreshed.clear()
    window.registry["align-left"].trigger()
    assert (len(changed), len(validated), len(refreshed)) == (1, 1, 1)
    assert len(changed[0].inputs) == 11  # the first column was already there
    assert {s.layout_params.location_x for s in editor.layout.para.inputs[1:]} == {40}
    layers = window.findChild(object, "layerList")
    assert layers.topLevelItemCount() == 16
    window.registry["undo"].trigger()
    assert (len(changed), len(validated), len(refreshed)) == (2, 2, 2)
    assert [s.layout_params.location_x for s in editor.layout.para.inputs[1:]] == [
        40 + 460 * (i % 4) for i in range(15)]
