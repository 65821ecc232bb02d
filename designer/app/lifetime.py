"""Listening to the Qt-free document from a Qt object, for no longer than the object lives.

Qt drops its own connections when an object is deleted; the document knows nothing of Qt,
so without this a deleted panel or scene would still be called (and raise, its C++ half
gone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from designer.core.document import SignalInstance


def follow(owner: QObject, signal: SignalInstance, slot: Callable[..., Any]) -> None:
    """Connect a document signal to ``slot`` until ``owner`` is destroyed."""
    signal.connect(slot)
    owner.destroyed.connect(lambda *_: signal.disconnect(slot, missing_ok=True))
