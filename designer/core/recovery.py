"""Crash recovery: each window's unsaved work kept in a file of its own in the state folder.

A window autosaves to ``recovery-PID-N.json``: PID is its process, N counts the windows of
that process. A file therefore belongs to exactly one window, and only the files of
processes that are gone are offered back at start: a second window (or a second Mix Designer)
never sees, offers or deletes the work of one still open. The files are written like a preset
(atomically), so a crash while writing loses at most the last few seconds.

The window's side (when to write, asking the producer) is designer/app/autosave.py.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from designer.core import loader, presets, safefile
from designer.core.errors import DocumentError
from designer.core.model import Layout

STATE_DIR_ENV = "MIX_DESIGNER_STATE_DIR"
#: ``recovery-PID-N.json``; ``recovery.json`` is what versions before per-window files wrote.
_FILE_NAME = re.compile(r"^recovery-(?P<pid>\d+)-(?P<number>\d+)\.json$")
LEGACY_NAME = "recovery.json"
#: Windows of this process, numbered from 1.
_window_numbers = itertools.count(1)


def state_dir() -> Path:
    """Where recovery and settings live: $MIX_DESIGNER_STATE_DIR, else the OS's state folder."""
    if override := os.environ.get(STATE_DIR_ENV):
        return Path(override)
    from platformdirs import user_state_dir  # only the window needs it

    return Path(user_state_dir("mix-designer", appauthor=False))


def state_dir_problem(directory: Path) -> str | None:
    """Why nothing can be kept in ``directory`` (read-only, a file in its place ...), or None.

    Checked by making the folder and a file in it: permission bits alone do not tell (root,
    read-only mounts, network file systems).
    """
    probe = directory / f".{safefile.TEMP_MARK}-{os.getpid()}-0.probe"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.unlink(probe)
    except OSError as error:
        return f"{directory}: {error.strerror or error}"
    return None


@dataclass(frozen=True)
class Recovered:
    layout: Layout
    #: The file the work belonged to, if it had been saved before.
    source: Path | None
    saved_at: float


class RecoveryFile:
    """One window's recovery file. ``RecoveryFile(directory)`` is a new window's."""

    def __init__(self, directory: Path, name: str | None = None):
        self.path = directory / (name or f"recovery-{os.getpid()}-{next(_window_numbers)}.json")

    @property
    def pid(self) -> int | None:
        """The process that wrote the file (None for a legacy recovery.json)."""
        match = _FILE_NAME.match(self.path.name)
        return int(match["pid"]) if match else None

    def save(self, layout: Layout, source: Path | None) -> None:
        with contextlib.suppress(OSError):  # if it cannot be made, the write says why
            self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"recovery": 1, "pid": os.getpid(), "source": str(source) if source else None,
                "saved_at": time.time(), "preset": presets.to_data(layout)}
        safefile.write_text(self.path, json.dumps(data, ensure_ascii=False, allow_nan=False))

    def load(self) -> Recovered | None:
        """The work in the file; None if there is none.

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
        except (DocumentError, KeyError, TypeError, ValueError, AttributeError):
            return None

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def take_over(self, orphan: RecoveryFile) -> bool:
        """Make ``orphan``'s file this window's (one rename: of two windows starting at once,
        one gets it). False if it is gone already."""
        try:
            os.replace(orphan.path, self.path)
        except OSError:
            return False
        return True


def orphans(directory: Path) -> list[RecoveryFile]:
    """Recovery files whose process is gone, newest first; our own temp files left by a
    killed save are cleared on the way."""
    safefile.clear_stale(directory)
    found = []
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            if entry.name == LEGACY_NAME or _FILE_NAME.match(entry.name):
                file = RecoveryFile(directory, entry.name)
                if file.pid is None or not safefile.pid_alive(file.pid):
                    found.append((_mtime(entry.path), file))
    return [file for _, file in sorted(found, key=lambda pair: pair[0], reverse=True)]


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0
