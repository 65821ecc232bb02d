"""The background prober: every stream again and again, one connection each, bounded in time,
results on its own thread, and nothing delivered once stop() has returned."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from designer.net.probe import GRACE, FailureKind, ProbeResult
from designer.net.probe_worker import ProbeWorker
from designer.sandbox.server import SandboxServer
from designer.sandbox.streams import StreamRegistry


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


class FakeProbe:
    """A probe that ends only when the test says so."""

    def __init__(self, started: list[FakeProbe], url: str, timeout: float,
                 max_side: int | None, on_done: Callable[[FakeProbe], None]):
        self.url, self.max_side, self._on_done = url, max_side, on_done
        self.deadline = time.monotonic() + timeout
        self._result: ProbeResult | None = None
        started.append(self)

    @property
    def finished(self) -> bool:
        return self._result is not None

    @property
    def overdue(self) -> bool:
        return time.monotonic() >= self.deadline + GRACE

    def result(self) -> ProbeResult:
        return self._result or ProbeResult(live=False)

    def finish(self, width: int = 640) -> None:
        self._result = ProbeResult(live=True, width=width, height=360)
        self._on_done(self)


class Recorder:
    def __init__(self) -> None:
        self.results: list[tuple[str, ProbeResult, str]] = []
        self.lock = threading.Lock()

    def __call__(self, stream_id: str, result: ProbeResult) -> None:
        with self.lock:
            self.results.append((stream_id, result, threading.current_thread().name))

    def of(self, stream_id: str) -> list[ProbeResult]:
        with self.lock:
            return [r for sid, r, _thread in self.results if sid == stream_id]


@pytest.fixture
def fakes():
    """A worker on fake probes; every worker made is stopped after the test."""
    started: list[FakeProbe] = []
    workers: list[ProbeWorker] = []

    def make(recorder: Callable[[str, ProbeResult], None], **options) -> ProbeWorker:
        worker = ProbeWorker(recorder, start_probe=lambda *a, **k: FakeProbe(started, *a, **k),
                             **options)
        workers.append(worker)
        return worker

    yield make, started
    for worker in workers:
        worker.stop(5)


def test_every_stream_is_probed_again_and_again_through_the_sandbox():
    recorder = Recorder()
    streams = StreamRegistry({"host": (540, 960), "guest": None})
    with SandboxServer(streams=streams) as sandbox:
        worker = ProbeWorker(recorder, interval=0.2, timeout=5, max_side=64)
        base = f"http://127.0.0.1:{sandbox.port}/live"
        worker.set_targets({sid: f"{base}/{sid}.flv" for sid in ("host", "guest", "gone")})
        worker.start()
        try:
            assert wait_until(lambda: all(len(recorder.of(s)) >= 2
                                          for s in ("host", "guest", "gone")))
        finally:
            assert worker.stop(5)
    assert {r.size for r in recorder.of("host")} == {(540, 960)}
    assert {r.size for r in recorder.of("guest")} == {(640, 360)}
    assert {r.error.kind for r in recorder.of("gone")} == {FailureKind.NOT_FOUND}
    assert max(r.frame.height for r in recorder.of("host")) == 64  # thumbnails
    # Results arrive on the worker's thread, never the caller's.
    assert {thread for *_rest, thread in recorder.results} == {"mix-designer-probe-worker"}


def test_a_stuck_stream_keeps_one_connection_and_is_reported_once(fakes):
    make, started = fakes
    recorder = Recorder()
    worker = make(recorder, interval=0.05, timeout=0.05)
    worker.set_targets({"stuck": "http://x/stuck.flv"})
    worker.start()
    assert wait_until(lambda: len(recorder.of("stuck")) == 1)  # the watchdog's timeout
    time.sleep(0.3)  # several intervals: still the one probe, still one report
    assert len(started) == 1 and len(recorder.of("stuck")) == 1
    started[0].finish()  # its connection closes at last: its late result is dropped ...
    assert wait_until(lambda: len(started) == 2)  # ... and the stream is probed again
    assert len(recorder.of("stuck")) == 1


def test_stop_is_prompt_with_probes_in_flight_and_nothing_comes_after(fakes):
    make, started = fakes
    recorder = Recorder()
    worker = make(recorder, interval=0.05, timeout=30)
    worker.set_targets({f"s{i}": f"http://x/{i}.flv" for i in range(3)})
    worker.start()
    assert wait_until(lambda: len(started) == 3)
    began = time.monotonic()
    assert worker.stop(timeout=5)
    assert time.monotonic() - began < 1.0  # not the probes' 30 s
    assert not worker.running
    for probe in started:
        probe.finish()
    time.sleep(0.1)
    assert recorder.results == []


def test_at_most_parallel_probes_at_once(fakes):
    make, started = fakes
    worker = make(Recorder(), interval=0.01, timeout=30, parallel=2)
    worker.set_targets({f"s{i}": f"http://x/{i}.flv" for i in range(5)})
    worker.start()
    assert wait_until(lambda: len(started) == 2)
    time.sleep(0.1)
    assert len(started) == 2
    started[0].finish()
    assert wait_until(lambda: len(started) == 3)


def test_results_of_streams_no_longer_wanted_are_dropped(fakes):
    make, started = fakes
    recorder = Recorder()
    worker = make(recorder, interval=0.01, timeout=30)
    worker.set_targets({"a": "http://x/a.flv", "b": "http://x/b.flv"})
    worker.start()
    assert wait_until(lambda: len(started) == 2)
    old_b = next(p for p in started if p.url.endswith("b.flv"))
    worker.set_targets({"b": "http://y/b.flv"})  # a is gone, b moved to another play URL
    for probe in list(started):
        probe.finish()
    new_b = wait_until(lambda: any(p.url == "http://y/b.flv" for p in started))
    assert new_b and old_b.finished
    next(p for p in started if p.url == "http://y/b.flv").finish(width=1280)
    assert wait_until(lambda: len(recorder.of("b")) == 1)
    assert recorder.of("a") == [] and recorder.of("b")[0].width == 1280


def test_a_new_url_waits_for_the_old_connection_to_close(fakes):
    make, started = fakes
    worker = make(Recorder(), interval=0.01, timeout=30)
    worker.set_targets({"b": "http://x/b.flv"})
    worker.start()
    assert wait_until(lambda: len(started) == 1)
    worker.set_targets({"b": "http://y/b.flv"})
    time.sleep(0.1)
    assert len(started) == 1  # one connection per stream, even across a URL change
    started[0].finish()
    assert wait_until(lambda: len(started) == 2) and started[1].url == "http://y/b.flv"


def test_on_result_may_stop_the_worker(fakes):
    make, started = fakes
    calls = []

    def stop_at_once(stream_id: str, result: ProbeResult) -> None:
        calls.append(stream_id)
        worker.stop()

    worker = make(stop_at_once, interval=0.01, timeout=30)
    worker.set_targets({"a": "http://x/a.flv", "b": "http://x/b.flv"})
    worker.start()
    assert wait_until(lambda: len(started) == 2)
    for probe in started:
        probe.finish()
    assert wait_until(lambda: not worker.running)
    time.sleep(0.1)
    assert len(calls) == 1


def test_after_stop_it_waits_for_the_probes_still_connected_bounded():
    started: list[FakeProbe] = []
    recorder = Recorder()
    worker = ProbeWorker(recorder, interval=60,
                         start_probe=lambda *a, **k: FakeProbe(started, *a, **k))
    worker.set_targets({"a": "http://127.0.0.1:1/a.flv", "b": "http://127.0.0.1:1/b.flv"})
    worker.start()
    assert wait_until(lambda: len(started) == 2)
    assert worker.stop(5)
    assert not worker.wait_for_probes(0.05)  # both still connected: the wait gives up
    started[0].finish()
    assert not worker.wait_for_probes(0.05)
    started[1].finish()
    assert worker.wait_for_probes(5)
    assert recorder.results == []  # stopped: nothing delivered


def _count_turns(worker: ProbeWorker) -> list[int]:
    """Count the scheduler loop's turns: each turn takes one step."""
    turns = [0]
    step = worker._step

    def counted(now: float):
        turns[0] += 1
        return step(now)

    worker._step = counted  # type: ignore[method-assign]
    return turns


@pytest.mark.parametrize("leaving", [False, True], ids=["targeted", "no-longer-targeted"])
def test_the_scheduler_sleeps_while_every_slot_is_taken(fakes, leaving):
    make, started = fakes
    worker = make(Recorder(), interval=0.01, timeout=30, parallel=4)
    turns = _count_turns(worker)
    if leaving:  # four probes of streams dropped since, still connected, hold every slot
        worker.set_targets({f"old{i}": f"http://x/old{i}.flv" for i in range(4)})
        worker.start()
        assert wait_until(lambda: len(started) == 4)
        worker.set_targets({f"s{i}": f"http://x/{i}.flv" for i in range(8)})
    else:
        worker.set_targets({f"s{i}": f"http://x/{i}.flv" for i in range(8)})
        worker.start()
        assert wait_until(lambda: len(started) == 4)
    before = turns[0]
    time.sleep(0.5)
    assert len(started) == 4  # the limit holds ...
    assert turns[0] - before < 50  # ... and the loop waits for a slot instead of spinning
    started[0].finish()  # a slot frees: the next stream due starts at once
    assert wait_until(lambda: len(started) == 5, seconds=2)


@pytest.mark.parametrize("rename", [True, False], ids=["url-changed", "dropped-and-named-again"])
def test_a_changed_target_is_probed_as_soon_as_the_old_connection_closes(fakes, rename):
    make, started = fakes
    worker = make(Recorder(), interval=60, timeout=30)
    worker.set_targets({"b": "http://x/b.flv"})
    worker.start()
    assert wait_until(lambda: len(started) == 1)
    if not rename:
        worker.set_targets({"a": "http://x/a.flv"})
        assert wait_until(lambda: len(started) == 2)
    worker.set_targets({"b": "http://y/b.flv"})
    time.sleep(0.1)
    assert not any(p.url == "http://y/b.flv" for p in started)  # one connection per stream
    started[0].finish()
    # Not a whole interval (60 s) later: a new target is probed at once.
    assert wait_until(lambda: any(p.url == "http://y/b.flv" for p in started), seconds=2)
