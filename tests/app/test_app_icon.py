"""The app icon: drawn from the SVG at every size a desktop asks for, and set by `run()`."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from designer.app.icon import app_icon
from designer.core import presets
from designer.core.recovery import STATE_DIR_ENV
from tests.factories import layout_of, spec_para

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", [16, 32, 64, 256])
def test_the_icon_draws_at_each_size(qapp, size):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(size, size).toImage()
    assert (image.width(), image.height()) == (size, size)
    # The dark tile fills the middle and leaves the corners clear (rounded).
    assert QColor(image.pixel(size // 2, size // 2 - size // 8)).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


def test_run_gives_the_application_and_its_window_the_icon(tmp_path):
    preset = tmp_path / "show.json"
    presets.save(preset, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        from designer.app import main
        app = QApplication(sys.argv[:1])
        windows = []
        create = main.create_window
        main.create_window = lambda *a, **k: windows.append(create(*a, **k)) or windows[-1]
        code = main.run(sys.argv[1], exit_when_ready=True)
        assert code == 0, code
        assert not app.windowIcon().isNull(), "no application icon"
        assert not windows[0].windowIcon().isNull(), "no window icon"
        assert app.desktopFileName() == "mix-designer"
        windows[0].editor.undo_stack.setClean()
        print("icon set")
    """)
    env = {k: v for k, v in os.environ.items() if k != "MIX_DESIGNER_KEY"}
    env.update(QT_QPA_PLATFORM="offscreen", **{STATE_DIR_ENV: str(tmp_path / "state")})
    result = subprocess.run([sys.executable, "-c", script, str(preset)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "icon set" in result.stdout
