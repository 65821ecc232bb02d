"""Live inputs, plugged into the main window: View ▸ Live inputs probes every video stream of
the document through the connection's play URL, and the canvas shows what each one really
is; while live, a guest on air who loses their signal is said at once, with one click each to
take them off air or show a placeholder, and the reverse once they are back.

    model        LiveStates: what each stream was last seen as (Qt-free)
    prober       LiveProber: designer.net's ProbeWorker, results queued to the GUI thread
    drops        what to offer for guests who drop (Qt-free); guests: those edits
    offers       OffersBox: the offers, by the Mix controls
    sandboxstreams  the built-in sandbox plays each stream at the size the layout expects

Probing is a view, never an edit: the probed sizes go to the editor beside the document
(DocumentEditor.set_observed_sizes), so no undo step is made and the file is not modified.
Nothing is sent without the producer's click.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from designer.app.actions.registry import ActionRegistry
from designer.app.canvas.drawing.layerstate import Badge, LiveLook
from designer.app.lifetime import follow
from designer.app.live import guests
from designer.app.live.drops import Done, Offer, OfferKind, Placeholder, find_offers
from designer.app.live.model import LiveStates
from designer.app.live.prober import LiveProber
from designer.app.messages import error_text
from designer.app.mix.connection import EndpointKind
from designer.app.preferences import setting_on
from designer.app.shell import Shell
from designer.core.extras import LIVE_INSTALL
from designer.core.playurl import PlayUrlError, stream_ids

if TYPE_CHECKING:
    from designer.app.canvas.view import CanvasView
    from designer.app.live.offers import OffersBox
    from designer.app.live.sandboxstreams import SandboxStreams
    from designer.app.mix.feature import MixFeature

#: Live probing's state per kind of endpoint, until the producer sets it (then remembered):
#: off for Tencent Cloud, where every probe pulls real bandwidth from the CDN.
DEFAULT_ON = {EndpointKind.SANDBOX: True, EndpointKind.CUSTOM: True,
              EndpointKind.TENCENT: False}
#: Probing starts this long after the window is made: its first paint is not delayed.
START_DELAY_MS = 500
#: How long a closing window waits for the probes still connected to hang up.
CLOSE_WAIT = 1.0
#: Options for the ProbeWorker (interval, timeout ...; make_worker replaces it: tests and
#: benches); empty: its own defaults.
PROBE_OPTIONS: dict[str, Any] = {}


def pyav_missing() -> bool:
    """True when PyAV (the ``live`` extra) is not installed: there is nothing to probe with."""
    return importlib.util.find_spec("av") is None


class LiveFeature(QObject):
    def __init__(self, shell: Shell, registry: ActionRegistry, canvas: CanvasView,
                 mix: MixFeature):
        super().__init__(registry)
        self._shell, self._canvas, self._mix = shell, canvas, mix
        self._editor = shell.editor
        self._connection = mix.connection
        self.states = LiveStates()
        self.prober = LiveProber(self, **PROBE_OPTIONS)
        self.prober.probed.connect(self._probed)
        #: Stream id → play URL of the streams probed now.
        self._urls: dict[str, str] = {}
        self._done = Done({}, {})
        self._offers: list[Offer] = []
        #: What the canvas shows of each stream probed (kept: a result changes one).
        self._looks: dict[str, LiveLook] = {}
        self._box: OffersBox | None = None
        #: The status bar's message about guests who dropped, while it is shown.
        self._said = ""
        self._sandbox_streams: SandboxStreams | None = None
        self._kind = self._connection.kind
        self._started = self._closed = False
        self.action = registry.add(
            "live-inputs", self.tr("&Live inputs"), None, "Ctrl+Shift+I", checkable=True,
            checked=self._remembered(self._kind), toggled=self._toggled,
            tip=self.tr("Show each stream's real picture and size on the canvas, probed "
                        "through the play URL (Mix ▸ Connection) every few seconds, and say "
                        "at once when a guest on air loses their signal"))
        if pyav_missing():
            self.action.setEnabled(False)
            self.action.setToolTip(self.tr("Live inputs need PyAV: %1").replace(
                "%1", LIVE_INSTALL))
        self._connection.changed.connect(self._connection_changed)
        follow(self, self._editor.document.changed, self._document_changed)
        mix.controller.changed.connect(self._update_offers)
        if (app := QCoreApplication.instance()) is not None:
            app.aboutToQuit.connect(self.shutdown)  # a window never closed still stops it
        # A timer of its own: one made by singleShot would outlive a window closed before it.
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._start)
        self._start_timer.start(START_DELAY_MS)

    # -- state ----------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """Probing is on (the toggle) and can run (PyAV is there)."""
        return self.action.isChecked() and self.action.isEnabled() and not self._closed

    def offers(self) -> list[Offer]:
        return list(self._offers)

    def offers_box(self) -> OffersBox | None:
        return self._box

    def _remembered(self, kind: EndpointKind) -> bool:
        return setting_on(self._shell.settings, _toggle_key(kind), DEFAULT_ON[kind])

    # -- following the window ---------------------------------------------------------------

    def _start(self) -> None:
        self._started = True
        self._retarget()

    def _toggled(self, on: bool) -> None:
        self._shell.settings.setValue(_toggle_key(self._connection.kind), on)
        if on and self._connection.kind is not EndpointKind.SANDBOX:
            try:
                self._connection.play_url()
            except PlayUrlError as error:
                self._shell.statusBar().showMessage(self.tr(
                    "Live inputs need the streams' play URL: enter it in Mix ▸ Connection "
                    "(%1).").replace("%1", error_text(error)), 20000)
        self._retarget()

    def _connection_changed(self) -> None:
        kind = self._connection.kind
        if kind is not self._kind:  # each kind of endpoint has its own toggle
            self._kind = kind
            self.action.blockSignals(True)
            self.action.setChecked(self._remembered(kind))
            self.action.blockSignals(False)
        self._retarget()  # the play URL may have changed

    def _document_changed(self) -> None:
        self._retarget()
        self._update_offers()

    def _retarget(self) -> None:
        """Probe the document's video streams (and the placeholders' guests) through the
        play URL; stop and forget everything when probing is off or cannot run."""
        if not self._started or self._closed:
            return
        if not self.enabled:
            self._forget()
            return
        editor = self._editor
        self._done.prune(editor.document.uids(), editor.layout)
        ids = stream_ids(editor.layout)
        ids += sorted(self._done.stream_ids() - set(ids))
        if not ids:  # nothing to watch: no sandbox started for it either
            self._forget()
            return
        try:
            template = self._connection.play_url()  # starts the built-in sandbox for it
        except PlayUrlError:
            self._forget()  # the Mix panel says what is wrong with it
            return
        except OSError as error:  # the built-in sandbox could not listen
            self._forget()
            self._shell.statusBar().showMessage(error_text(error), 20000)
            return
        urls = {stream_id: template.url(stream_id) for stream_id in ids}
        if self._connection.kind is EndpointKind.SANDBOX:
            self._match_sandbox()
        if urls == self._urls:
            return
        self._urls = urls
        self.states.keep_only(urls)
        self._relook()
        self.prober.probe(urls)

    def _match_sandbox(self) -> None:
        from designer.app.live.sandboxstreams import SandboxStreams, expected_sizes

        if self._sandbox_streams is None:
            self._sandbox_streams = SandboxStreams()
        self._sandbox_streams.match(self._connection.sandbox().state.streams,
                                    expected_sizes(self._editor))

    def _forget(self) -> None:
        if self._urls or len(self.states) or self.prober.running:
            self.prober.stop()
            self._urls = {}
            self.states.clear()
            self._relook()
        self._update_offers()

    # -- results ----------------------------------------------------------------------------

    def _probed(self, stream_id: str, result: object) -> None:
        if stream_id not in self._urls:
            return  # no longer probed
        self.states.record(stream_id, result)  # type: ignore[arg-type]
        if not self._update_offers():  # else every look was redone
            self._looks[stream_id] = self._look(stream_id)
            self._show()

    def _relook(self) -> None:
        self._looks = {stream_id: self._look(stream_id) for stream_id in self.states}
        self._show()

    def _show(self) -> None:
        """The latest pictures and badges on the canvas (only changed boxes are redrawn), and
        the probed sizes to the editor (not mid-gesture: the boxes would jump under it)."""
        self._canvas.canvas_scene.show_live(self._looks)
        if not self._canvas.is_interacting():
            self._editor.set_observed_sizes(self.states.sizes())

    def _look(self, stream_id: str) -> LiveLook:
        state = self.states.get(stream_id)
        if state is None:
            return LiveLook()
        if state.live and state.size is not None:
            return LiveLook(state.frame, Badge(self.tr("probed %1×%2").replace(
                "%1", str(state.size[0])).replace("%2", str(state.size[1]))))
        dropped = any(o.stream_id == stream_id and o.kind is OfferKind.DROPPED
                      for o in self._offers)
        text = self.tr("no signal · on air") if dropped else self.tr("no signal")
        why = error_text(state.error) if state.error is not None else ""
        return LiveLook(state.frame, Badge(text, alarm=True,
                                           detail=f"{text}: {why}" if why else text))

    # -- a guest who drops ------------------------------------------------------------------

    def _update_offers(self) -> bool:
        """Offer what is to be offered now; True if that changed (every look is redone)."""
        live = self._mix.controller.live
        editor = self._editor
        offers = find_offers(editor.document.uids(), editor.layout,
                             live.program if live is not None else None, self.states,
                             self._done)
        if offers == self._offers:
            return False
        new = [o for o in offers if o.kind is OfferKind.DROPPED and o not in self._offers]
        self._offers = offers
        if offers and self._box is None:
            self._box = self._build_box()
        if self._box is not None:
            self._box.show_offers(offers)
        self._relook()  # "on air" on the dropped guests' badges
        bar = self._shell.statusBar()
        if new:
            self._said = self.tr(
                "No signal from %1, on air: take them off air or show a placeholder (Mix)"
            ).replace("%1", ", ".join(o.name for o in new))
            bar.showMessage(self._said, 30000)
            self._shell.show_dock("mix")
        elif self._said and not any(o.kind is OfferKind.DROPPED for o in offers):
            if bar.currentMessage() == self._said:  # answered: no longer true
                bar.clearMessage()
            self._said = ""
        return True

    def _build_box(self) -> OffersBox:
        from designer.app.live.offers import OffersBox  # see the module: built when needed

        box = OffersBox(self._shell.settings, take_off_air=self.take_off_air,
                        show_placeholder=self.show_placeholder, put_back=self.put_back,
                        show_again=self.show_again)
        self._mix.panel.add_below_controls(box)
        return box

    def take_off_air(self, offer: Offer) -> None:
        self._done.taken_off[offer.uid] = offer.stream_id
        if not self._mix.send_on_air([offer.uid], False):
            self._done.taken_off.pop(offer.uid, None)  # refused: the editor said why
        self._update_offers()

    def put_back(self, offer: Offer) -> None:
        self._mix.send_on_air([offer.uid], True)
        self._update_offers()

    def show_placeholder(self, offer: Offer) -> None:
        picture = self._box.picture_id() if self._box is not None else 1

        def remember(record: Placeholder) -> None:
            self._done.placeholders[offer.uid] = record

        if guests.show_placeholder(self._editor, offer.uid, picture, remember):
            self._mix.send_canvas()
        else:
            self._done.placeholders.pop(offer.uid, None)
        self._retarget()
        self._update_offers()

    def show_again(self, offer: Offer) -> None:
        record = self._done.placeholders.get(offer.uid)
        if record is not None and guests.show_again(self._editor, offer.uid, record):
            self._mix.send_canvas()
        self._update_offers()

    # -- closing ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop probing for good (the window closes): no result is delivered after this, and
        the probes still connected get a bounded while to hang up."""
        if self._closed:
            return
        self._closed = True
        self.prober.stop(wait=CLOSE_WAIT)


def _toggle_key(kind: EndpointKind) -> str:
    return f"live/probe/{kind.value}"
