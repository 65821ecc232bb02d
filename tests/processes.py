"""Process ids for tests of what belongs to a process that is gone."""

from __future__ import annotations

import subprocess
import sys


def dead_pid() -> int:
    """The id of a process that has run and been reaped: no process has it now (ids are
    reused only after the kernel has gone round its whole range)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=60)
    return child.pid
