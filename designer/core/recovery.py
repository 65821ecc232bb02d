"""Crash recovery: each window's unsaved work kept in a file of its own in the state folder.

A window autosaves to ``recovery-PID-N.json``: PID is its process, N counts the windows of
that process. A file therefore belongs to exactly one window, and only the files of
processes that are gone are offered back at start: a second window (or a second Mix Designer)
never sees, offers or deletes the work of one still open. The files are written like a preset
(atomically), so a crash while writing loses at most the last few seconds. A show is kept
whole (every cue), not just the cue on the canvas.

WindowFile is that naming and ownership, for any file a window keeps of its own (the live
mix's record, designer/core/livestate.py, is another). The window's side (when to write,
asking the producer) is designer/app/autosave.py.
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
from typing import Self

from designer.core import loader, presets, safefile
from designer.core import show as shows
from designer.core.errors import FileError
from designer.core.model import Layout

STATE_DIR_ENV = "MIX_DESIGNER_STATE_DIR"
#: ``KIND-PID-N.json``; ``recovery.json`` is what versions before per-window files wrote.
_FILE_NAME = re.compile(r"^(?P<kind>[a-z]+)-(?P<pid>\d+)-(?P<number>\d+)\.json$")
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
    #: The file the work was saved in before, if it had been.
    saved_path: Path | None
    saved_at: float
    #: The whole show, when the work was one (``layout`` is then its first cue's).
    show: shows.Show | None = None


class WindowFile:
    """A file of one window's own in the state folder, ``KIND-PID-N.json``;
    ``WindowFile(directory)`` is a new window's."""

    KIND = ""
    #: What versions before per-window files wrote, if this kind had such a file.
    LEGACY: str | None = None

    def __init__(self, directory: Path, name: str | None = None):
        self.path = directory / (
            name or f"{self.KIND}-{os.getpid()}-{next(_window_numbers)}.json")

    @property
    def pid(self) -> int | None:
        """The process that wrote the file (None for a legacy file)."""
        match = _FILE_NAME.match(self.path.name)
        return int(match["pid"]) if match and match["kind"] == self.KIND else None

    def write(self, data: dict[str, object]) -> None:
        """Atomically, with the writing process's pid."""
        with contextlib.suppress(OSError):  # if it cannot be made, the write says why
            self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {**data, "pid": os.getpid()}
        safefile.write_text(self.path, json.dumps(data, ensure_ascii=False, allow_nan=False))

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def take_over(self, orphan: WindowFile) -> bool:
        """Make ``orphan``'s file this window's (one rename: of two windows starting at once,
        one gets it). False if it is gone already."""
        try:
            os.replace(orphan.path, self.path)
        except OSError:
            return False
        return True

    @classmethod
    def orphans(cls, directory: Path) -> list[Self]:
        """Files of this kind whose process is gone, newest first; our own temp files left
        by a killed save are cleared on the way."""
        safefile.clear_stale(directory)
        found = []
        with contextlib.suppress(OSError), os.scandir(directory) as entries:
            for entry in entries:
                match = _FILE_NAME.match(entry.name)
                if entry.name == cls.LEGACY or (match and match["kind"] == cls.KIND):
                    file = cls(directory, entry.name)
                    if file.pid is None or not safefile.pid_alive(file.pid):
                        found.append((_mtime(entry.path), file))
        return [file for _, file in sorted(found, key=lambda pair: pair[0], reverse=True)]


class RecoveryFile(WindowFile):
    """One window's recovery file."""

    KIND = "recovery"
    LEGACY = LEGACY_NAME

    def save(self, layout: Layout, source: Path | None, show: shows.Show | None = None) -> None:
        data: dict[str, object] = {"recovery": 1, "source": str(source) if source else None,
                                   "saved_at": time.time(), "preset": presets.to_data(layout)}
        if show is not None:
            data["show"] = shows.to_data(show)
        self.write(data)

    def load(self) -> Recovered | None:
        """The work in the file; None if there is none.

        A damaged recovery file is not worth an error dialog at start-up: it reads as none.
        """
        if not self.path.exists():
            return None
        try:
            data = loader.read_json(self.path)
            source = data.get("source")
            show = shows.from_data(data["show"]) if data.get("show") is not None else None
            layout = show.cues[0].layout if show is not None else presets.from_data(
                data["preset"])
            return Recovered(layout, Path(source) if source else None,
                             float(data.get("saved_at", 0)), show)
        except (FileError, KeyError, TypeError, ValueError, AttributeError):
            return None



def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0
