"""Probing in the background for a Qt window: designer.net's ProbeWorker, its results handed
to the GUI thread.

The worker probes on threads of its own and calls back from its scheduler thread; here each
result becomes a queued signal, so the slots run in the GUI thread, later, and the GUI
thread never waits on the network: starting, retargeting and stopping only take a lock,
and stopping waits for the scheduler (never for a probe) plus, when asked, a bounded while
for the connections still open. A result that arrives after stop() is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from designer.net.probe_worker import ProbeWorker

#: How long stop() waits for the scheduler thread: it waits only for a delivery in progress,
#: which is one queued signal.
STOP_TIMEOUT = 5.0


class LiveProber(QObject):
    #: A probe's result, in the GUI thread: the stream id and its ProbeResult.
    probed = Signal(str, object)
    #: From the worker's thread: which run of the worker, the stream id, the ProbeResult.
    _arrived = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None,
                 make_worker: Callable[..., ProbeWorker] | None = None, **options: Any):
        """``options`` go to each ProbeWorker (interval, timeout, ...); ``make_worker``
        replaces ProbeWorker (tests)."""
        super().__init__(parent)
        self._make_worker = make_worker
        self._options = options
        self._worker: ProbeWorker | None = None
        #: Bumped by every start and stop: results of an earlier run are dropped.
        self._run = 0
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def probe(self, urls: Mapping[str, str]) -> None:
        """Probe these streams (stream id → play URL) from now on, again and again; new ones
        at once. No streams: stop."""
        if not urls:
            self.stop()
            return
        if self._worker is None:
            self._worker = self._start()
        self._worker.set_targets(urls)

    def stop(self, wait: float = 0.0) -> bool:
        """Stop probing; nothing is delivered from now on. With ``wait``, also wait up to
        that many seconds for the probes still connected to hang up: True once none is."""
        worker, self._worker = self._worker, None
        self._run += 1
        if worker is None:
            return True
        stopped = worker.stop(STOP_TIMEOUT)
        return worker.wait_for_probes(wait) and stopped if wait > 0 else stopped

    def _start(self) -> ProbeWorker:
        # Imported on first use: a window that never probes never loads the prober.
        from designer.net.probe_worker import ProbeWorker

        self._run += 1
        run, arrived = self._run, self._arrived
        make = self._make_worker or ProbeWorker
        worker = make(lambda stream_id, result: arrived.emit(run, stream_id, result),
                      **self._options)
        worker.start()
        return worker

    def _deliver(self, run: int, stream_id: str, result: object) -> None:
        if run == self._run:
            self.probed.emit(stream_id, result)
