"""Shared test set-up: Qt offscreen, no key from the developer's environment, and the
hypothesis profile ($HYPOTHESIS_PROFILE: dev, the default, or ci)."""

import os
import stat
from pathlib import Path

import pytest

from tests import hypothesis_profiles

# Set before anything imports Qt: the tests never need a display. The window sizes itself
# for its screen: the offscreen one is a common desktop's (1920×1080), not Qt's 800×800.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
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


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """/dev/NAME (memory device 1, ``minor``) as a node of the test's own where the system
    lets us make one (as root), so that a regression that replaces its target cannot break
    the machine's device; else the system's own, which a user who cannot make devices
    cannot replace either."""
    own = tmp_path / name
    try:
        os.mknod(own, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        with open(own, "rb"):  # a filesystem mounted nodev refuses to open it
            pass
    except OSError:
        own.unlink(missing_ok=True)
        return Path("/dev") / name
    return own


@pytest.fixture
def null_device(tmp_path):
    """A device that takes and discards whatever is written (/dev/null)."""
    return _device(tmp_path, "null", 3)


@pytest.fixture
def full_device(tmp_path):
    """A device whose every write fails with "no space left" (/dev/full)."""
    device = _device(tmp_path, "full", 7)
    if not device.exists():
        pytest.skip("no /dev/full here")
    return device
