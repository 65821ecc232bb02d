"""Closing the window stops probing for good: the scheduler ends, no result is delivered
after, and the probes' threads end with it (one hung on a silent host within its bound)."""

from __future__ import annotations

import threading

from designer.app.mix.connection import EndpointKind
from tests.app.live.conftest import probed_live, spin, spin_until
from tests.app.live.test_never_blocks import silent_host


def _probe_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("mix-designer-probe")]


def test_closing_stops_the_worker_and_its_probes(live_window):
    window = live_window
    spin_until(lambda: probed_live(window, "stream_lewis01", "stream_lewis02"))
    delivered: list[str] = []
    window.live.prober.probed.connect(lambda stream_id, _result: delivered.append(stream_id))
    assert window.live.prober.running
    window.close()
    assert not window.live.prober.running
    assert not [t for t in _probe_threads() if t.name == "mix-designer-probe-worker"]
    spin_until(lambda: not _probe_threads(), 10)  # those connected hang up at once
    spin(1.0)
    assert delivered == []


def test_closing_while_a_probe_hangs_does_not_wait_for_it(live_window):
    window = live_window
    with silent_host() as (template, connected, release):
        window.mix.connection.set_kind(EndpointKind.CUSTOM)
        window.mix.connection.set_play_url(template)
        spin_until(connected.is_set)
        window.close()  # waits a second at most for the hung probes, then leaves them
        assert not release.is_set()
        assert not [t for t in _probe_threads() if t.name == "mix-designer-probe-worker"]
    # Let go, the hung probes end by themselves, and nothing reaches the closed window.
    spin_until(lambda: not _probe_threads(), 10)
