"""The one place files are written and read: atomic saves and bounded reads.

Writing (``write_bytes``, ``write_text``) replaces a file whole or not at all:

* The data goes to a temporary file beside the target, named ``.NAME.mix-designer-PID-X.tmp``
  so that it is recognisably ours and says which process made it; it is fsynced, renamed
  over the target, and the directory is fsynced so that the rename itself survives a crash.
  A temporary file left by a process that is gone (kill -9, power cut) is removed before
  the next save of the same target (and :func:`clear_stale` sweeps a whole folder).
* A symlink is written through: its target gets the new contents, the link stays a link.
* An existing file keeps its permissions (a 0664 team file stays 0664) and, where we may,
  its owner; a new file gets the usual ``0666 & ~umask``.
* A target that is not a regular file is never renamed over: a character device
  (``/dev/null``, a terminal) is written directly; a named pipe, socket, block device or
  folder is refused with a message saying what it is.
* Every failure is a FileError naming the file and the reason, and leaves no
  temporary file behind.

Reading (``read_bytes``) refuses anything that is not a regular file before opening it (a
named pipe would block for ever, ``/dev/zero`` never ends) and never reads more than the
limit plus one byte, whatever the file's size claims.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import stat
import sys
from pathlib import Path

from designer.core.errors import FileError
from designer.core.i18n import QT_TRANSLATE_NOOP

#: What our temporary files are called: ``.NAME.mix-designer-PID-RANDOM.tmp``.
TEMP_MARK = "mix-designer"
_TEMP_NAME = re.compile(rf"^\.(?P<stem>.+)\.{TEMP_MARK}-(?P<pid>\d+)-[0-9a-f]+\.tmp$")
#: A file name is at most 255 bytes on common file systems; a long target's temporary file
#: carries a shortened stem (with a hash of the whole name) so it still fits.
_MAX_STEM_BYTES = 160
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 (newlines as written), atomically; see the module's rules."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not text any file can hold
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "cannot write {path}: the text holds characters that are not valid "
                      "Unicode"), path=str(path)) from None
    write_bytes(path, data)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at ``path`` with ``data``, whole or not at all (see the module)."""
    shown = str(path)
    try:
        target = _through_links(Path(path))
        info = _stat_or_none(target)
    except OSError as error:  # a name too long, a loop of links, a folder we may not enter
        raise _cannot_write(shown, error) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISCHR(info.st_mode):
            _write_device(target, data, shown)
            return
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "cannot write {path}: it is {kind}, not a file; choose a file name"),
            path=shown, kind=_kind(info.st_mode))
    clear_stale(target.parent, target.name)
    _replace(target, data, info, shown)


def read_bytes(path: str | os.PathLike[str], limit: int) -> bytes:
    """The contents of the regular file at ``path``; FileError past ``limit`` bytes."""
    shown = str(path)
    try:
        info = os.stat(path)
        _check_readable(info, shown, limit)
        # O_NONBLOCK: should the file be swapped for a named pipe after the check, opening
        # it still returns at once (and the check below refuses it).
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC | _O_BINARY)
        try:
            _check_readable(os.fstat(fd), shown, limit)
            chunks, size = [], 0
            while size <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - size))):
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
    except OSError as error:
        raise FileError(QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {reason}"),
                            path=shown, reason=_reason(error)) from None
    if size > limit:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "{path} holds more than {limit} bytes; a layout file is at most "
                      "{limit} bytes"), path=shown, limit=limit)
    return b"".join(chunks)


def clear_stale(directory: Path, name: str | None = None) -> None:
    """Remove temporary files of ours in ``directory`` (for the file ``name`` only, if
    given) whose process is gone. Nothing here may stop a save: failures are ignored."""
    stem = _temp_stem(name) if name is not None else None
    try:
        entries = os.scandir(directory)
    except OSError:
        return
    with entries:
        for entry in entries:
            match = _TEMP_NAME.match(entry.name)
            if match is None or (stem is not None and match["stem"] != stem):
                continue
            if not pid_alive(int(match["pid"])):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (ours counts; unknown ids are gone)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


# -- writing ------------------------------------------------------------------------------


def _through_links(path: Path) -> Path:
    """The file a save of ``path`` must change: the end of its chain of symlinks."""
    seen = 0
    while path.is_symlink() and seen < 40:  # 40: the kernel's own limit on a chain
        link = Path(os.readlink(path))
        path = link if link.is_absolute() else path.parent / link
        seen += 1
    return path


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _replace(target: Path, data: bytes, info: os.stat_result | None, shown: str) -> None:
    directory = target.parent
    temp = directory / (f".{_temp_stem(target.name)}.{TEMP_MARK}-{os.getpid()}-"
                        f"{secrets.token_hex(4)}.tmp")
    try:
        # 0o666: the umask applies, as to any new file; an existing file's mode is copied.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_CLOEXEC | _O_BINARY,
                     0o666)
    except OSError as error:
        raise _cannot_write(shown, error) from None
    try:
        try:
            if info is not None:
                _copy_owner_and_mode(fd, info)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise _cannot_write(shown, error) from None
        raise
    _sync_directory(directory)


def _copy_owner_and_mode(fd: int, info: os.stat_result) -> None:
    if hasattr(os, "fchown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
        # Only root (or a member of the group) may; otherwise the file becomes ours.
        with contextlib.suppress(OSError):
            os.fchown(fd, info.st_uid, info.st_gid)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(info.st_mode))


def _write_device(target: Path, data: bytes, shown: str) -> None:
    try:
        # Opened without blocking in case a named pipe took the device's place since the
        # check (a pipe with no reader is then refused, not waited for); writes block again.
        fd = os.open(target, os.O_WRONLY | _O_NONBLOCK | _O_CLOEXEC | _O_BINARY)
        try:
            if not stat.S_ISCHR(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "it is no longer a device")
            if _O_NONBLOCK:
                os.set_blocking(fd, True)
            _write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as error:
        raise _cannot_write(shown, error) from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _sync_directory(directory: Path) -> None:
    # The rename is only durable once the directory is on disk too. Not every platform
    # (Windows) or file system lets a directory be opened or synced; the file already is.
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | _O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temp_stem(name: str) -> str:
    if len(name.encode("utf-8", "surrogateescape")) <= _MAX_STEM_BYTES:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"{name[:40]}~{digest}"


def _cannot_write(shown: str, error: OSError) -> FileError:
    return FileError(QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}"),
                         path=shown, reason=_reason(error))


# -- reading ------------------------------------------------------------------------------


def _check_readable(info: os.stat_result, shown: str, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "cannot read {path}: it is {kind}, not a file"),
            path=shown, kind=_kind(info.st_mode))
    if info.st_size > limit:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is {size} bytes; a layout file is at most {limit} bytes"),
            path=shown, size=info.st_size, limit=limit)


# -- shared -------------------------------------------------------------------------------


def _kind(mode: int) -> str:
    # Marked for translation: the window shows these inside its own sentence.
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Errors", "a folder")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("Errors", "a named pipe")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("Errors", "a socket")
    if stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("Errors", "a block device")
    if stat.S_ISCHR(mode):
        return QT_TRANSLATE_NOOP("Errors", "a device")
    return QT_TRANSLATE_NOOP("Errors", "a special file")


def _reason(error: OSError) -> str:
    # The system's own words are clear ("No space left on device", "Read-only file system",
    # "File name too long", "Permission denied") and name the cause.
    return error.strerror or str(error)


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
