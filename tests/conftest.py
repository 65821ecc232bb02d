"""Shared test set-up: Qt offscreen, no key from the developer's environment."""

import os

import pytest

# Set before anything imports Qt: the tests never need a display. The window sizes itself
# for its screen: the offscreen one is a common desktop's (1920×1080), not Qt's 800×800.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


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
