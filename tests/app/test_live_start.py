"""The live extra stays out of the window's start-up: PyAV loads only when a probe runs."""

from __future__ import annotations

import os
import subprocess
import sys

from designer.core import presets
from tests.factories import layout_of, spec_para


def test_the_window_starts_without_importing_pyav(tmp_path):
    preset = tmp_path / "show.json"
    presets.save(preset, layout_of(spec_para(), {0: (540, 960), 1: (320, 480)}))
    code = ("import sys\nfrom designer.app.main import run\n"
            f"rc = run({str(preset)!r}, exit_when_ready=True)\n"
            "print(sorted(m for m in sys.modules if m == 'av' or m.startswith('av.')), rc)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "MIX_DESIGNER_STATE_DIR": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env=env, check=False)
    assert result.stdout.strip().endswith("[] 0"), result.stderr[-2000:]
