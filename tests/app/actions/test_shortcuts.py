"""Every shortcut of the window means one thing, on every platform Qt binds keys for.

Qt's standard keys differ by platform: X11 binds Ctrl+D to Delete, which would make Duplicate
ambiguous (and do nothing). The walk covers every QAction of the window, the registry's and
any other with a shortcut, and each QShortcut; it runs here (offscreen) and, where an X
server can be started, in a child process on xcb, where X11's bindings apply.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

REPO = Path(__file__).resolve().parents[3]
PRESET = REPO / "examples" / "link-mic-preset.json"


def shortcut_owners(window: QWidget) -> dict[str, list[str]]:
    """Each key sequence of the window, with the actions (and shortcuts) it triggers."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners[key.toString()].append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            owners[key.toString()].append(shortcut.objectName() or "QShortcut")
    return owners


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: names for key, names in shortcut_owners(window).items() if len(names) > 1}


def test_no_key_sequence_is_used_twice(make_window):
    window = make_window(PRESET)
    owners = shortcut_owners(window)
    assert len(owners) > 60  # the walk found the window's actions
    assert clashes(window) == {}


def test_the_walk_finds_a_clash_a_part_would_add(make_window):
    window = make_window(PRESET)
    stray = QAction("Stray", window.canvas)  # any widget of the tree, not the registry
    stray.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    assert "Ctrl+Z" in clashes(window)


def test_ctrl_d_duplicates_and_del_deletes(make_window, qtbot):
    window = make_window(PRESET)
    window.show()
    with qtbot.waitActive(window):  # a window's shortcuts work while it is the active one
        window.activateWindow()
    editor = window.editor
    editor.select([editor.document.uids()[1]])
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.layout.para.inputs) == 3
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert len(editor.layout.para.inputs) == 2


ON_XCB = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from designer.app.main import create_window
from tests.app.actions.test_shortcuts import clashes
app = QApplication([])
window = create_window(sys.argv[1], offer_recovery=False)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
editor = window.editor
editor.select([editor.document.uids()[1]])
window.canvas.setFocus()
QTest.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
inputs = len(editor.layout.para.inputs)
editor.undo_stack.setClean()
print(json.dumps({"platform": app.platformName(), "clashes": clashes(window),
                  "inputs_after_ctrl_d": inputs}))
"""


@pytest.fixture
def x_display():
    """A private X server (Xvfb), if this machine has one; its display name."""
    if shutil.which("Xvfb") is None:
        pytest.skip("no Xvfb: X11's key bindings cannot be checked here")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_on_x11_no_key_is_used_twice_and_ctrl_d_duplicates(x_display, tmp_path):
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
           "MIX_DESIGNER_STATE_DIR": str(tmp_path / "state"), "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", ON_XCB, str(PRESET)], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert report["clashes"] == {}
    assert report["inputs_after_ctrl_d"] == 3
