"""Shared test set-up: Qt offscreen, no key from the developer's environment, and the
hypothesis profile ($HYPOTHESIS_PROFILE: dev, the default, or ci)."""

import os

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
