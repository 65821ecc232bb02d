"""The GUI thread never waits on the network: while a probe's connection hangs (a play host
that accepts and then says nothing), the window keeps handling events, edits, the toggle and
its own closing."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer

from designer.app.mix.connection import EndpointKind
from tests.app.live.conftest import spin, spin_until

#: A held connection is let go after this long at most (the test is bounded).
HOLD = 30.0


@contextmanager
def silent_host() -> Iterator[tuple[str, threading.Event, threading.Event]]:
    """A play host on 127.0.0.1 that reads each request and answers nothing until
    ``release`` is set (or HOLD passes); yields its template, ``connected`` and ``release``."""
    connected, release = threading.Event(), threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)

    def hold(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(HOLD)
            try:
                conn.recv(65536)
            except OSError:
                return
            connected.set()
            release.wait(HOLD)

    def accept() -> None:
        while not release.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=hold, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield (f"http://127.0.0.1:{listener.getsockname()[1]}/live/{{stream_id}}.flv",
               connected, release)
    finally:
        release.set()
        thread.join(5)
        listener.close()


def test_the_window_runs_on_while_a_probe_hangs(live_window):
    window = live_window
    with silent_host() as (template, connected, release):
        connection = window.mix.connection
        connection.set_kind(EndpointKind.CUSTOM)
        connection.set_play_url(template)
        assert window.registry["live-inputs"].isChecked()  # on by default for a custom URL
        spin_until(connected.is_set)

        # While the probes hang: timers fire, edits are made and drawn, nothing waits.
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        editor = window.editor
        guest = editor.document.uids()[1]
        editor.set_layout_fields(guest, location_x=20)
        spin(1.0)
        timer.stop()
        assert not release.is_set() and connected.is_set()
        assert len(ticks) >= 10  # a blocked GUI thread would have handled none
        assert window.canvas.canvas_scene.layer_item(guest).rect().x == 20
        assert window.live.prober.running

        # Turning probing off does not wait for the hung probes either.
        window.registry["live-inputs"].setChecked(False)
        assert not window.live.prober.running and not release.is_set()
