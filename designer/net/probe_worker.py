"""Probing a layout's streams again and again, in the background, without Qt.

A :class:`ProbeWorker` owns one scheduler thread. Every ``interval`` seconds after a stream's
last probe ended, it probes that stream again (:class:`~designer.net.probe.PendingProbe`, each
in a thread of its own, at most ``parallel`` at once), and hands each result to ``on_result``.

Threading rules, for whoever wraps it (the window):

* ``on_result(stream_id, result)`` runs on the scheduler thread, never the caller's: a GUI
  must pass the result on to its own thread (a queued signal) and must not block in it.
* :meth:`set_targets` and :meth:`stop` may be called from any thread.
* Once :meth:`stop` has returned, ``on_result`` is never called again; stopping takes as long
  as an ``on_result`` that is running, nothing more (a probe in flight is left to end on its
  own, within its timeout, and its result is dropped).
* A stream has one connection at a time: it is not probed again until its last probe's
  connection is closed, even when the watchdog reported that probe as timed out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from designer.net.probe import (
    DEFAULT_PARALLEL,
    DEFAULT_TIMEOUT,
    GRACE,
    PendingProbe,
    ProbeResult,
)

#: Seconds from the end of one probe of a stream to the start of the next.
DEFAULT_INTERVAL = 3.0
#: Frames for the canvas are shrunk to this many pixels a side at most.
THUMBNAIL_SIDE = 640

OnResult = Callable[[str, ProbeResult], None]
StartProbe = Callable[..., PendingProbe]


@dataclass
class _Stream:
    url: str
    due: float
    pending: PendingProbe | None = None
    #: The watchdog's timeout was delivered for ``pending``: its late result is dropped.
    reported: bool = False
    #: ``pending`` probes what the stream was before (another URL, or a stream dropped and
    #: named again): its result is dropped and, once it ends, this one is probed at once.
    stale: bool = False


class ProbeWorker:
    """Probes the streams of :meth:`set_targets` until :meth:`stop`."""

    def __init__(self, on_result: OnResult, *, interval: float = DEFAULT_INTERVAL,
                 timeout: float = DEFAULT_TIMEOUT, max_side: int | None = THUMBNAIL_SIDE,
                 parallel: int = DEFAULT_PARALLEL, start_probe: StartProbe = PendingProbe):
        if not interval > 0 or not timeout > 0 or parallel < 1:
            raise ValueError("interval and timeout must be more than 0, parallel at least 1")
        self._on_result = on_result
        self.interval, self.timeout, self.max_side = interval, timeout, max_side
        self._parallel = parallel
        self._start_probe = start_probe
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._streams: dict[str, _Stream] = {}
        #: Probes of streams no longer targeted, until their connections close.
        self._leaving: dict[str, PendingProbe] = {}
        self._stopping = False
        self._thread: threading.Thread | None = None

    # -- the caller's side (any thread) --------------------------------------------------

    def set_targets(self, urls: Mapping[str, str]) -> None:
        """Probe these streams (stream id → play URL) from now on; new or changed ones at once.

        Results for a stream that is no longer a target, or whose URL changed, are dropped.
        """
        now = time.monotonic()
        with self._lock:
            kept = {}
            for stream_id, url in urls.items():
                old = self._streams.get(stream_id)
                if old is not None and old.url == url:
                    kept[stream_id] = old
                    continue
                # A probe of the old URL (or of a stream dropped and named again) may still
                # be running: it stays, so that the stream keeps one connection at a time,
                # and its result is dropped.
                busy = old.pending if old is not None else self._leaving.pop(stream_id, None)
                kept[stream_id] = _Stream(url, now, pending=busy, reported=busy is not None,
                                          stale=busy is not None)
            for stream_id, old in self._streams.items():
                if stream_id not in kept and old.pending is not None:
                    self._leaving[stream_id] = old.pending
            self._streams = kept
        self._wake.set()

    def start(self) -> None:
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("the probe worker is already started")
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name="mix-designer-probe-worker",
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout: float | None = None) -> bool:
        """Stop probing; True once the scheduler has ended (False if ``timeout`` ran out)."""
        with self._lock:
            self._stopping = True
            thread = self._thread
        self._wake.set()
        if thread is None:
            return True
        if thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                return False
        # else: stop() from inside on_result; the scheduler ends as soon as it returns.
        with self._lock:
            self._thread = None
        return True

    def wait_for_probes(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the probes still running to close their
        connections (after :meth:`stop`, none is started); True once none is left. A closing
        window calls it so that no probe thread outlives it, bounded: one stuck on a silent
        host ends by itself within its own timeout."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                running = [probe for probe in (*(s.pending for s in self._streams.values()),
                                               *self._leaving.values())
                           if probe is not None and not probe.finished]
            if not running:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)

    @property
    def running(self) -> bool:
        with self._lock:
            return self._thread is not None and not self._stopping

    # -- the scheduler thread ------------------------------------------------------------

    def _run(self) -> None:
        while True:
            self._wake.clear()
            deliveries, wait = self._step(time.monotonic())
            for stream_id, result in deliveries:
                with self._lock:
                    if self._stopping:
                        return
                # Outside the lock: on_result may call set_targets or stop.
                self._on_result(stream_id, result)
            with self._lock:
                if self._stopping:
                    return
            if not deliveries:
                self._wake.wait(wait)

    def _step(self, now: float) -> tuple[list[tuple[str, ProbeResult]], float]:
        """Collect what ended, start what is due; what to deliver and how long to sleep."""
        deliveries: list[tuple[str, ProbeResult]] = []
        with self._lock:
            if self._stopping:
                return [], 0.0
            self._leaving = {sid: p for sid, p in self._leaving.items() if not p.finished}
            in_flight = len(self._leaving)
            for stream_id, stream in self._streams.items():
                pending = stream.pending
                if pending is None:
                    continue
                if pending.finished:
                    if not stream.reported:
                        deliveries.append((stream_id, pending.result()))
                    # A new target (its due left at set_targets) is probed at once.
                    if not stream.stale:
                        stream.due = now + self.interval
                    stream.pending, stream.reported, stream.stale = None, False, False
                elif pending.overdue and not stream.reported:
                    deliveries.append((stream_id, pending.result()))  # the watchdog's timeout
                    stream.reported = True
                    in_flight += 1
                else:
                    in_flight += 1
            for stream in self._streams.values():
                if in_flight >= self._parallel:
                    break
                if stream.pending is None and stream.due <= now:
                    stream.pending = self._start_probe(stream.url, self.timeout, self.max_side,
                                                       on_done=self._probe_done)
                    stream.reported = False
                    in_flight += 1
            wait = self._next_event(now, slot_free=in_flight < self._parallel)
        return deliveries, wait

    def _next_event(self, now: float, slot_free: bool) -> float:
        """Seconds until something is due or overdue (a finished probe wakes us itself).

        With every slot taken, a stream due is no event: it cannot start before a probe
        ends, and that probe's end wakes us.
        """
        times = []
        for stream in self._streams.values():
            if stream.pending is None:
                if slot_free:
                    times.append(stream.due)
            elif not stream.reported:
                times.append(stream.pending.deadline + GRACE)
        return max(0.0, min(times) - now) if times else 3600.0

    def _probe_done(self, _probe: PendingProbe) -> None:
        self._wake.set()
