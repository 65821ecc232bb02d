"""Shared test set-up: Qt offscreen, no key from the developer's environment."""

import os

import pytest

# Set before anything imports Qt: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_real_key(monkeypatch):
    """A developer's real key must never leak into (or change) a test run."""
    monkeypatch.delenv("MIX_DESIGNER_KEY", raising=False)
    monkeypatch.delenv("MIX_DESIGNER_ENDPOINT", raising=False)
