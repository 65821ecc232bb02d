"""Sending a request off the GUI thread and getting its outcome back on it.

The send blocks for up to the client's timeouts (seconds, on a bad network); run on the GUI
thread it would freeze the window. A one-thread pool also keeps requests in order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    # Emitted from the worker thread; received by the Runner, which lives in the GUI thread,
    # so Qt queues it there.
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._token, self._work, self._relay = token, work, relay

    def run(self) -> None:
        try:
            result: Any = self._work()
        except BaseException as error:  # handed to the GUI thread, which reports it
            result = error
        # RuntimeError: the runner was deleted (window closed mid-request): nobody to tell.
        with contextlib.suppress(RuntimeError):
            self._relay.done.emit(self._token, result)


class Runner(QObject):
    """Runs callables one at a time in a worker thread; ``then`` gets the result or exception."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._waiting: dict[int, Callable[[Any], None]] = {}
        self._tokens = 0

    def submit(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        self._tokens += 1
        self._waiting[self._tokens] = then
        self._pool.start(_Job(self._tokens, work, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _deliver(self, token: int, result: Any) -> None:
        if (then := self._waiting.pop(token, None)) is not None:
            then(result)
