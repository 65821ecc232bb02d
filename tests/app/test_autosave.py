"""Crash recovery as a producer meets it: each window's work is its own, only a crashed
process's work is offered back, and a state folder that cannot be written stops nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from designer.core.recovery import STATE_DIR_ENV, RecoveryFile
from tests.factories import layout_of, spec_para
from tests.processes import dead_pid


def _child_env(state_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MIX_DESIGNER_KEY"}
    env.update(QT_QPA_PLATFORM="offscreen", **{STATE_DIR_ENV: str(state_dir)})
    return env


@pytest.fixture
def questions(monkeypatch):
    """Every "Restore unsaved work?" asked; answered with ``questions.answer``."""

    class Asked(list):
        answer = QMessageBox.StandardButton.No

    asked = Asked()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a: asked.append(a) or asked.answer))
    return asked


def _edit(window) -> None:
    uid = window.editor.document.uids()[1]
    window.editor.set_layout_fields(uid, location_x=7, location_y=9)


def _recovery_files(state: Path) -> list[Path]:
    return sorted(state.glob("recovery-*.json"))


KILLED_SESSION = textwrap.dedent("""
    import os, signal, sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from designer.app.main import create_window
    window = create_window(sys.argv[1])
    window.show()
    uid = window.editor.document.uids()[1]
    window.editor.set_layout_fields(uid, location_x=7, location_y=9)
    deadline = time.time() + 30
    while not window.autosave.file.path.exists() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_killed_sessions_work_is_offered_back(preset, state, make_window, questions):
    result = subprocess.run([sys.executable, "-c", KILLED_SESSION, str(preset)],
                            env=_child_env(state), capture_output=True, text=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    questions.answer = QMessageBox.StandardButton.Yes
    window = make_window()
    assert len(questions) == 1
    lp = window.editor.layout.para.inputs[1].layout_params
    assert (lp.location_x, lp.location_y) == (7, 9)
    assert window.editor.path == preset and window.isWindowModified()
    # Restored, the work is this window's now: a second crash would offer it again.
    assert _recovery_files(state) == [window.autosave.file.path]


def test_a_second_window_neither_offers_nor_deletes_the_first_ones_work(
        preset, state, make_window, questions):
    first = make_window(preset)
    _edit(first)
    first.autosave.write_now()
    assert first.autosave.file.path.exists()
    second = make_window()
    assert questions == []  # the first window is alive: its work is not a crash
    assert first.autosave.file.path.exists()
    assert second.editor.set_session_field("mix_stream_session_id", "other")
    second.autosave.write_now()
    assert len(_recovery_files(state)) == 2
    second.autosave.discard()  # the second window saved or closed: the first keeps its file
    assert _recovery_files(state) == [first.autosave.file.path]


def test_declining_removes_only_the_file_asked_about(state, make_window, questions):
    state.mkdir(parents=True)
    crashed = RecoveryFile(state, f"recovery-{dead_pid()}-1.json")
    crashed.save(layout_of(spec_para()), None)
    running = RecoveryFile(state, f"recovery-{os.getppid()}-1.json")  # a live process's
    running.save(layout_of(spec_para()), None)
    window = make_window()
    assert len(questions) == 1
    assert _recovery_files(state) == [running.path]
    assert not window.isWindowModified()


def test_several_crashed_windows_are_offered_one_at_a_time(state, make_window, questions):
    state.mkdir(parents=True)
    for number in (1, 2):
        RecoveryFile(state, f"recovery-{dead_pid()}-{number}.json").save(
            layout_of(spec_para()), None)
    questions.answer = QMessageBox.StandardButton.Yes
    window = make_window()
    assert len(questions) == 1 and window.isWindowModified()
    assert len(_recovery_files(state)) == 2  # the other one waits for the next start


@pytest.mark.parametrize("kind", ["a file in its place", "read-only"])
def test_a_state_folder_that_cannot_be_written_leaves_the_window_working(
        tmp_path, monkeypatch, qtbot, preset, kind):
    from designer.app.main import create_window

    if kind == "a file in its place":
        state = tmp_path / "state"
        state.write_text("not a folder")
    else:
        state = _read_only_folder(tmp_path)
    monkeypatch.setenv(STATE_DIR_ENV, str(state))
    window = create_window(str(preset))
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.undo_stack.setClean())
    assert window.editor.path == preset
    qtbot.waitUntil(lambda: "Autosave and settings are off" in
                    window.statusBar().currentMessage(), timeout=2000)
    assert str(state) in window.statusBar().currentMessage()
    _edit(window)
    window.autosave.write_now()  # nothing to write to, and nothing raised
    assert window.autosave.file is None


def _read_only_folder(tmp_path: Path) -> Path:
    """A folder no file can be made in: permissions for a user; for root (whom permissions
    do not stop), sysfs."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    if not Path("/sys/kernel").is_dir():
        pytest.skip("running as root with no sysfs: no folder here is read-only to root")
    return Path("/sys/kernel")
