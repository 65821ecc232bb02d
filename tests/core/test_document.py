"""The editable document: each change goes through a method and is signalled once."""

import pytest

from designer.core.changes import ChangeSet
from designer.core.document import LayoutDocument
from designer.core.model import CropParams, InputDesign, InputStream, LayoutParams
from tests.factories import layout_of, spec_para


@pytest.fixture
def document():
    return LayoutDocument(layout_of(spec_para()))


@pytest.fixture
def events(document):
    seen = []
    document.changed.connect(lambda: seen.append("changed"))
    document.session_changed.connect(lambda name: seen.append(("session", name)))
    document.input_changed.connect(lambda uid: seen.append(("input", uid)))
    document.inputs_reset.connect(lambda: seen.append("reset"))
    return seen


def test_moving_an_input_changes_what_is_sent_and_signals_once(document, events):
    uid = document.uids()[1]
    document.set_layout_params(uid, location_x=100, location_y=0.5)
    assert events == [("input", uid), "changed"]
    sent = document.layout.para.to_wire()["input_stream_list"][1]["layout_params"]
    assert (sent["location_x"], sent["location_y"]) == (100, 0.5)


def test_none_unsets_so_the_server_default_applies(document):
    uid = document.uids()[1]
    document.set_layout_params(uid, image_width=None)
    assert "image_width" not in document.layout.para.to_wire()["input_stream_list"][1][
        "layout_params"]


def test_session_fields(document, events):
    document.set_session("mix_stream_template_id", 20)
    assert document.layout.para.mix_stream_template_id == 20
    assert events == [("session", "mix_stream_template_id"), "changed"]
    with pytest.raises(KeyError):
        document.set_session("input_stream_list", [])


def test_api3_fields_are_set_by_part_and_go_out_on_api3_only(document, events):
    from designer.core.api3 import start_params

    document.set_api3("OutputParams", OutputStreamGop=2, OutputStreamFrameRate=25)
    document.set_api3("ControlParams", UsePictureTransparent=1)
    assert events == [("session", "api3"), "changed"] * 2
    params = start_params(document.layout)
    assert params["OutputParams"]["OutputStreamGop"] == 2
    assert params["ControlParams"] == {"UsePictureTransparent": 1}
    assert "api3" not in document.layout.para.to_wire()  # never on Mix_StreamV2
    document.set_api3("OutputParams", OutputStreamGop=None)
    assert "OutputStreamGop" not in start_params(document.layout)["OutputParams"]
    with pytest.raises(KeyError):
        document.set_api3("Other", OutputStreamGop=2)
    with pytest.raises(KeyError):
        document.set_api3("OutputParams", Nonsense=2)


def test_wrong_types_are_refused_and_change_nothing(document, events):
    uid = document.uids()[1]
    with pytest.raises(ValueError):
        document.set_layout_params(uid, image_layer="2")
    with pytest.raises(KeyError):
        document.set_layout_params(uid, nonsense=1)
    assert document.stream(uid).layout_params.image_layer == 2
    assert events == []


def test_remove_then_insert_restores_exactly(document, events):
    before = document.layout.model_copy(deep=True)
    uid = document.uids()[0]
    index, stream, design = document.remove_input(uid)
    assert document.uids() == [document.layout.design.inputs[0].uid]
    document.insert_input(index, stream, design)
    assert document.layout == before
    assert events == ["reset", "changed", "reset", "changed"]


def test_insert_refuses_a_duplicate_uid(document):
    design = document.design(document.uids()[0]).model_copy()
    with pytest.raises(ValueError):
        document.insert_input(0, InputStream(), design)


def test_crop_and_design(document):
    uid = document.uids()[1]
    crop = CropParams(crop_width=100, crop_height=150, crop_x=0, crop_y=0)
    document.set_crop(uid, crop)
    crop.crop_x = 50  # the document keeps its own copy
    assert document.stream(uid).crop_params.crop_x == 0
    document.set_design(uid, source_width=640, source_height=480, label="Guest")
    assert document.design(uid).source_size == (640, 480)
    with pytest.raises(KeyError):
        document.set_design(uid, uid="other")


def test_adding_to_an_empty_document():
    document = LayoutDocument()
    document.insert_input(0, InputStream(input_stream_id="a",
                                         layout_params=LayoutParams(image_layer=1)),
                          InputDesign())
    assert document.layout.para.to_wire() == {
        "input_stream_list": [{"input_stream_id": "a", "layout_params": {"image_layer": 1}}]}


def test_signals_trim_arguments_hold_methods_weakly_and_disconnect(document):
    class Listener:
        def __init__(self):
            self.calls = []

        def refresh(self):  # takes none of session_changed's one argument
            self.calls.append("refresh")

    listener, names = Listener(), []
    document.session_changed.connect(listener.refresh)
    document.session_changed.connect(names.append)
    document.set_session("mix_stream_template_id", 10)
    assert listener.calls == ["refresh"] and names == ["mix_stream_template_id"]
    del listener  # a bound method does not keep its object alive
    document.session_changed.disconnect(names.append)
    document.set_session("mix_stream_template_id", 20)
    assert names == ["mix_stream_template_id"]
    with pytest.raises(ValueError):
        document.changed.connect(lambda changes, more: None)


@pytest.fixture
def announced(document):
    """Every ChangeSet ``changed`` carried."""
    seen = []
    document.changed.connect(seen.append)
    return seen


def test_a_batch_is_announced_once_when_it_ends_saying_what_changed(document, events,
                                                                    announced):
    host, guest = document.uids()
    with document.batch():
        document.set_layout_params(guest, location_x=10)
        document.set_layout_params(guest, location_y=20)
        document.set_design(host, label="Host")
        document.set_session("mix_stream_template_id", 0)
        assert events == []  # nothing is heard until the batch ends
    assert events == [("input", guest), ("input", host), ("session", "mix_stream_template_id"),
                      "changed"]
    assert announced == [ChangeSet(frozenset({host, guest}),
                                   frozenset({"mix_stream_template_id"}))]
    assert document.stream(guest).layout_params.location_y == 20


def test_nested_batches_are_announced_once_by_the_outermost(document, events):
    guest = document.uids()[1]
    with document.batch():
        with document.batch():
            document.set_layout_params(guest, location_x=10)
        assert events == []
        document.set_crop(guest, None)
    assert events == [("input", guest), "changed"]


def test_a_batch_that_adds_and_removes_inputs_is_one_reset(document, events, announced):
    host, guest = document.uids()
    with document.batch():
        document.set_layout_params(guest, location_x=10)
        index, stream, design = document.remove_input(guest)
        document.insert_input(index, stream, design.model_copy(update={"uid": "copy"}))
    # A reset covers every input: no input_changed, and the removed input is not named.
    assert events == ["reset", "changed"]
    assert announced == [ChangeSet(reset=True)]
    assert announced[0].touches(host)


def test_what_a_failing_batch_changed_is_still_announced(document, events):
    guest = document.uids()[1]
    with pytest.raises(KeyError), document.batch():
        document.set_layout_params(guest, location_x=10)
        document.set_layout_params(guest, nonsense=1)
    assert document.stream(guest).layout_params.location_x == 10
    assert events == [("input", guest), "changed"]


def test_a_batch_that_changes_nothing_is_silent(document, events):
    with document.batch():
        pass
    assert events == []


def test_replacing_the_layout_is_one_announcement(document, events, announced):
    document.replace(layout_of(spec_para()))
    assert events == ["reset", ("session", ""), "changed"]
    assert announced == [ChangeSet(session=frozenset({""}), reset=True)]
