"""Counting the instructions a stretch of a process runs, with valgrind's callgrind.

Wall time on a shared 2-core machine varies by tens of percent from run to run; an
instruction count does not (it moves by well under 1 %). A bench process calls ``start()``
before each stretch it measures and ``stop()`` after; run under ``counted(argv)``, callgrind
zeroes its counts at each ``start()`` and writes them out at each ``stop()``. The two
markers are system calls nothing else in these processes makes (``getppid``,
``getpgrp``). ``whole(argv)`` counts a whole process, start-up and exit included.

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


def counted(argv: list[str], env: dict[str, str] | None = None) -> list[int]:
    """Instructions ``argv`` runs in each of its stretches, ``start()`` to ``stop()``."""
    return _callgrind(argv, env, ["--zero-before=getppid", "--dump-before=getpgrp"],
                      dumps=True)


def whole(argv: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions of the whole process ``argv``."""
    return _callgrind(argv, env, [], dumps=False)[0]


def _callgrind(argv: list[str], env: dict[str, str] | None, options: list[str],
               dumps: bool) -> list[int]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        *options, *argv], check=True, capture_output=True, env=env)
        # Each stop() writes out.1, out.2, ...; the end of the process writes out itself.
        files = ([Path(f"{out}.{n}") for n in range(1, len(list(Path(folder).iterdir())))]
                 if dumps else [out])
        counts = [_summary(path.read_text()) for path in files]
    if not counts:
        raise RuntimeError("callgrind counted no stretch: did the process call start/stop?")
    return counts


def _summary(text: str) -> int:
    match = _SUMMARY.search(text)
    if match is None:
        raise RuntimeError("callgrind wrote no summary")
    return int(match.group(1))
