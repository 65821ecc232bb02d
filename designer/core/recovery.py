"""Crash recovery: unsaved work kept in a file beside the settings, offered back on start.

The file is written atomically (like a preset), so a crash while writing it loses at most
the last few seconds, never the previous copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from designer.core import loader, presets
from designer.core.errors import DocumentError
from designer.core.model import Layout

FILE_NAME = "recovery.json"
STATE_DIR_ENV = "MIX_DESIGNER_STATE_DIR"


def state_dir() -> Path:
    """Where recovery and settings live: $MIX_DESIGNER_STATE_DIR, else the OS's state folder."""
    if override := os.environ.get(STATE_DIR_ENV):
        return Path(override)
    from platformdirs import user_state_dir  # only the window needs it

    return Path(user_state_dir("mix-designer", appauthor=False))


@dataclass(frozen=True)
class Recovered:
    layout: Layout
    #: The file the work belonged to, if it had been saved before.
    source: Path | None
    saved_at: float


class RecoveryFile:
    def __init__(self, directory: Path):
        self.path = directory / FILE_NAME

    def save(self, layout: Layout, source: Path | None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"recovery": 1, "source": str(source) if source else None,
                "saved_at": time.time(), "preset": presets.to_data(layout)}
        presets.atomic_write_text(self.path, json.dumps(data, ensure_ascii=False))

    def load(self) -> Recovered | None:
        """The work left by a session that did not close cleanly; None if there is none.

        A damaged recovery file is not worth an error dialog at start-up: it reads as none.
        """
        if not self.path.exists():
            return None
        try:
            data = loader.read_json(self.path)
            layout = presets.from_data(data["preset"])
            source = data.get("source")
            return Recovered(layout, Path(source) if source else None,
                             float(data.get("saved_at", 0)))
        except (DocumentError, KeyError, TypeError, ValueError):
            return None

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
