"""Shared test set-up: Qt offscreen, no key from the developer's environment, and the
hypothesis profile ($HYPOTHESIS_PROFILE: dev, the default, or ci)."""

import os
import stat
from pathlib import Path

import pytest

from tests import hypothesis_profiles

# Set before anything imports Qt: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
hypothesis_profiles.register()


@pytest.fixture(autouse=True)
def _no_real_key(monkeypatch):
    """A developer's real key must never leak into (or change) a test run."""
    monkeypatch.delenv("MIX_DESIGNER_KEY", raising=False)
    monkeypatch.delenv("MIX_DESIGNER_ENDPOINT", raising=False)


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty keyring in memory; the real one is never read or written."""
    import keyring

    from tests.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory.store
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(memory_keyring):
    """A system with no keyring backend at all (a headless Linux box)."""
    import keyring

    from tests.keyrings import NoKeyring

    keyring.set_keyring(NoKeyring())


@pytest.fixture
def null_device(tmp_path):
    """A character device that discards what is written: a null device of the test's own
    where the system lets us make one (as root), so that a regression that replaces the
    target cannot break the machine's /dev/null; else /dev/null itself, which a user who
    cannot make devices cannot replace either."""
    own = tmp_path / "null"
    try:
        os.mknod(own, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        with open(own, "w") as probe:  # a filesystem mounted nodev refuses to open it
            probe.write("")
    except OSError:
        own.unlink(missing_ok=True)
        return Path("/dev/null")
    return own
