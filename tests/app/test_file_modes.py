"""What the window writes gets the usual permissions: the umask's for a new file (0644 under
the common 022, not 0600), an existing file's own mode (a team's 0664 stays 0664)."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtWidgets import QFileDialog

from designer.app.render import render_file

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX
def test_save_export_and_render_get_the_usual_mode(make_window, tmp_path, monkeypatch,
                                                   umask_022):
    window = make_window()
    preset, export, png = tmp_path / "show.json", tmp_path / "start.json", tmp_path / "out.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(preset), ""))
    assert window.files.save_as()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(export), ""))
    assert window.files.export_request_dialog()
    render_file(window.editor.layout, png)
    assert [mode(p) for p in (preset, export, png)] == [0o644] * 3


@POSIX
def test_saving_over_a_shared_file_keeps_its_mode(make_window, tmp_path, monkeypatch,
                                                  umask_022):
    window = make_window()
    preset = tmp_path / "team.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(preset), ""))
    assert window.files.save_as()
    preset.chmod(0o664)
    window.editor.set_session_field("mix_stream_session_id", "other_room")
    assert window.files.save()
    assert mode(preset) == 0o664 and "other_room" in preset.read_text()
