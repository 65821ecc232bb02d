"""Where the window's compiled translations (.qm) come from, and the build step that makes them.

The .qm files are build products, never committed:

* Installed or frozen, the packaging step has compiled them with :func:`build_qm` (or
  ``python -m designer.app.qmfiles --build DIR``) into the package ``designer.resources``
  (folder ``translations``), and start-up only loads one (~1 ms).
* In a checkout or an editable install there is only the .ts. It is compiled once with the
  lrelease that ships inside PySide6 into a cache folder, under a name holding a hash of the
  .ts's contents: a .ts edited, pulled or switched by git gets a fresh .qm on the next
  start, and worktrees sharing the cache never load each other's. Later starts find the
  .qm and load it; reading and hashing the .ts costs well under a millisecond.
* A .qm beside the .ts (built there by packaging) is used while it is not older than the
  .ts; an older one only when the .ts cannot be compiled (no lrelease in a frozen app).

Nothing is ever fatal: a missing .qm, or no lrelease, leaves the window in English.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.resources.abc import Traversable
from pathlib import Path

from designer.core import safefile
from designer.core.errors import FileError
from designer.core.recovery import STATE_DIR_ENV, state_dir
from designer.core.resources import resource_folder

log = logging.getLogger(__name__)

FOLDER = "translations"
DOMAIN = "mix_designer"
#: compiled .qm files kept per language in the cache (other checkouts, other branches)
CACHE_KEEP = 4


def qm_file(language: str) -> Path | None:
    """The compiled translation for LANGUAGE, compiled now if only the .ts is there."""
    folder = resource_folder(FOLDER)
    ts, qm = folder / f"{DOMAIN}_{language}.ts", folder / f"{DOMAIN}_{language}.qm"
    try:
        if getattr(sys, "frozen", False):
            # Packaged: the build compiled the .qm, and its copy of the .ts may well look
            # newer (copied after it). There is no lrelease to run, nothing to say about it.
            return _shipped(qm)
        if qm.is_file() and not _older(qm, ts):
            return _shipped(qm)
        if ts.is_file() and (compiled := _compiled(ts)) is not None:
            return compiled
        if qm.is_file():  # older than the .ts, and no lrelease here: better than English
            return _shipped(qm)
    except OSError as error:
        log.warning("translation %s: %s", language, error)
    return None


def _shipped(qm: Traversable) -> Path | None:
    if not qm.is_file():
        return None
    return qm if isinstance(qm, Path) else _materialise(qm)


def _older(qm: Traversable, ts: Traversable) -> bool:
    if not ts.is_file():
        return False
    if isinstance(qm, Path) and isinstance(ts, Path):
        return qm.stat().st_mtime < ts.stat().st_mtime
    return False  # inside an archive: shipped together


def _materialise(qm: Traversable) -> Path:
    """A .qm inside an archive, copied to the cache (QTranslator reads files)."""
    data = qm.read_bytes()
    path = cache_dir() / f"{Path(qm.name).stem}-{hashlib.sha256(data).hexdigest()[:16]}.qm"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, data)
    return path


def _compiled(ts: Traversable) -> Path | None:
    source = ts.read_bytes()
    stem = Path(ts.name).stem
    path = cache_dir() / f"{stem}-{hashlib.sha256(source).hexdigest()[:16]}.qm"
    if path.is_file():
        return path
    lrelease = lrelease_command()
    if lrelease is None:
        log.warning("cannot compile %s: no lrelease (PySide6's) found", ts.name)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as work:
        work_ts = Path(work) / ts.name
        work_ts.write_bytes(source)
        work_qm = Path(work) / path.name
        if not _run_lrelease(lrelease, work_ts, work_qm):
            return None
        _write(path, work_qm.read_bytes())
    _prune(path)
    return path


def _prune(keep: Path) -> None:
    """Only the CACHE_KEEP newest compilations of one .ts stay in the cache."""
    stem = keep.name.rsplit("-", 1)[0]
    old = sorted(keep.parent.glob(f"{stem}-*.qm"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in old[CACHE_KEEP:]:
        if path != keep:
            path.unlink(missing_ok=True)


def _write(path: Path, data: bytes) -> None:
    try:
        safefile.write_bytes(path, data)
    except FileError as error:  # qm_file reports an OSError and carries on in English
        raise OSError(str(error)) from None


def cache_dir() -> Path:
    """Compiled translations: beside the state when $MIX_DESIGNER_STATE_DIR is set (tests),
    else in the user's cache folder."""
    if os.environ.get(STATE_DIR_ENV):
        return state_dir() / "cache" / FOLDER
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mix-designer", appauthor=False)) / FOLDER


def lrelease_command() -> list[str] | None:
    """PySide6's lrelease (it ships in PySide6-Essentials), else one on the PATH."""
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.is_file():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        if found := shutil.which(name):
            return [found]
    return None


def _run_lrelease(lrelease: list[str], ts: Path, qm: Path) -> bool:
    # -nounfinished: a string still marked unfinished shows in English, never half done.
    command = [*lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("lrelease failed on %s: %s", ts.name, error)
        return False
    if done.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed on %s: %s", ts.name, (done.stderr or done.stdout).strip())
        return False
    return True


# -- the build step packaging calls ----------------------------------------------------------


def source_files() -> list[Path]:
    """The committed .ts files."""
    folder = resource_folder(FOLDER)
    if not isinstance(folder, Path):
        raise FileNotFoundError("the translation sources are not files on disk")
    return sorted(folder.glob(f"{DOMAIN}_*.ts"))


def build_qm(output_dir: str | os.PathLike[str]) -> list[Path]:
    """Compile every .ts into OUTPUT_DIR (created if needed); returns the .qm files.

    Raises RuntimeError if lrelease is missing or fails: a build must not ship without them.
    """
    output = Path(output_dir)
    output.mkdir(parents=True, exist_ok=True)
    lrelease = lrelease_command()
    if lrelease is None:
        raise RuntimeError("lrelease not found: install PySide6-Essentials")
    built = []
    for ts in source_files():
        qm = output / f"{ts.stem}.qm"
        if not _run_lrelease(lrelease, ts, qm):
            raise RuntimeError(f"lrelease could not compile {ts}")
        built.append(qm)
    if not built:
        raise RuntimeError("no .ts files found")
    return built


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m designer.app.qmfiles",
        description="Compile the translations (.ts) into .qm files for packaging.")
    parser.add_argument("--build", metavar="DIR", required=True,
                        help="folder to write the .qm files to, e.g. the installed "
                             "designer/resources/translations")
    args = parser.parse_args(argv)
    try:
        for path in build_qm(args.build):
            print(path)
    except RuntimeError as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
