"""What is offered for a guest who drops, decided from the document, the program on air and
the probes' last word; and what was done here, forgotten once it no longer holds."""

from __future__ import annotations

from designer.app.live.drops import Done, OfferKind, Placeholder, find_offers
from designer.app.live.model import LiveStates
from designer.core.model import InputType
from designer.core.sending import sent_layout
from designer.net.probe import FailureKind, ProbeResult, failed
from tests.factories import layout_of, spec_para

LIVE = ProbeResult(live=True, width=540, height=960)
GONE = failed(FailureKind.NOT_FOUND, "not found")


def _states(**results: ProbeResult) -> LiveStates:
    states = LiveStates()
    for stream_id, result in results.items():
        states.record(stream_id, result)
    return states


def _layout():
    layout = layout_of(spec_para())
    return [d.uid for d in layout.design.inputs], layout


def test_nothing_is_offered_unless_a_mix_is_live():
    uids, layout = _layout()
    states = _states(stream_lewis02=GONE)
    assert find_offers(uids, layout, None, states, Done({}, {})) == []
    (offer,) = find_offers(uids, layout, sent_layout(layout).layout, states, Done({}, {}))
    assert (offer.kind, offer.uid, offer.name, offer.background) == (
        OfferKind.DROPPED, uids[1], "stream_lewis02", False)


def test_only_a_guest_on_air_without_a_signal_has_dropped():
    uids, layout = _layout()
    program = sent_layout(layout).layout
    assert find_offers(uids, layout, program, _states(stream_lewis02=LIVE), Done({}, {})) == []
    assert find_offers(uids, layout, program, LiveStates(), Done({}, {})) == []  # not probed
    layout.design.inputs[1].label = "Guest"
    not_on_air = layout_of(spec_para())
    del not_on_air.para.input_stream_list[1]
    assert find_offers(uids, layout, not_on_air, _states(stream_lewis02=GONE),
                       Done({}, {})) == []
    (offer,) = find_offers(uids, layout, program, _states(stream_lewis01=GONE), Done({}, {}))
    assert offer.background and offer.name == "stream_lewis01"


def test_the_reverse_is_offered_once_the_signal_is_back():
    uids, layout = _layout()
    program = sent_layout(layout).layout
    layout.design.inputs[1].visible = False
    done = Done({uids[1]: "stream_lewis02"}, {})
    assert find_offers(uids, layout, program, _states(stream_lewis02=GONE), done) == []
    (offer,) = find_offers(uids, layout, program, _states(stream_lewis02=LIVE), done)
    assert offer.kind is OfferKind.BACK_OFF_AIR
    # Taken off air by the producer, not here: not offered back.
    assert find_offers(uids, layout, program, _states(stream_lewis02=LIVE), Done({}, {})) == []


def test_what_was_done_is_forgotten_once_it_no_longer_holds():
    uids, layout = _layout()
    lp = layout.para.inputs[1].layout_params
    lp.input_type, lp.picture_id = int(InputType.PICTURE), 3
    record = Placeholder("stream_lewis02", {"input_type": None, "picture_id": None}, None)
    done = Done({uids[0]: "stream_lewis01"}, {uids[1]: record})
    done.prune(uids, layout)
    assert done.taken_off == {}  # the host is on air (visible): put back by hand
    assert done.placeholders == {uids[1]: record} and done.stream_ids() == {"stream_lewis02"}
    lp.input_type = None  # the placeholder undone
    done.prune(uids, layout)
    assert done.placeholders == {}


def test_a_stream_keeps_its_last_size_while_it_has_no_signal():
    states = _states(stream_lewis01=LIVE)
    state = states.record("stream_lewis01", GONE)
    assert not state.live and state.size == (540, 960) and state.frame is None
    assert states.sizes() == {"stream_lewis01": (540, 960)}
    assert [sid for sid in states if not states.get(sid).live] == ["stream_lewis01"]
