"""Counting the instructions a stretch of a process runs, with valgrind's callgrind.

Wall time on a shared 2-core machine varies by tens of percent from run to run; an
instruction count does not (it moves by well under 1 %). A bench process calls ``start()``
before the stretch it measures and ``stop()`` after; run under ``counted(argv)``, callgrind
zeroes its counts at the first and writes them out at the second. The two markers are system
calls nothing else in these processes makes (``getppid``, ``getpgrp``). ``whole(argv)``
counts a whole process, start-up and exit included.

Instructions are not time (a cache miss costs no instruction, a system call's kernel work is
not counted), so the benches print wall-clock figures beside them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_SUMMARY = re.compile(r"^summary:\s*(\d+)", re.MULTILINE)


def start() -> None:
    """The measured stretch starts here (a no-op outside callgrind)."""
    os.getppid()


def stop() -> None:
    """The measured stretch ends here (a no-op outside callgrind)."""
    os.getpgrp()


def available() -> bool:
    return shutil.which("valgrind") is not None


def counted(argv: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions ``argv`` runs between its ``start()`` and its (first) ``stop()``."""
    return _callgrind(argv, env, ["--zero-before=getppid", "--dump-before=getpgrp"],
                      suffix=".1")


def whole(argv: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions of the whole process ``argv``."""
    return _callgrind(argv, env, [], suffix="")


def _callgrind(argv: list[str], env: dict[str, str] | None, options: list[str],
               suffix: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        *options, *argv], check=True, capture_output=True, env=env)
        text = Path(f"{out}{suffix}").read_text()
    match = _SUMMARY.search(text)
    if match is None:
        raise RuntimeError("callgrind wrote no summary")
    return int(match.group(1))
