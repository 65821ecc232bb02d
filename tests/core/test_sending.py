"""Hidden means off air: what is sent leaves hidden inputs out, and validation judges what is
sent while naming problems by the document's own indexes."""

from __future__ import annotations

from designer.core import api3
from designer.core.api3 import start_params, validate_api3
from designer.core.model import Layout
from designer.core.sending import sent_layout, sent_para, sent_view
from designer.core.validation import validate
from tests.factories import layout_of, spec_para, stream, unplaced_para


def three_inputs() -> Layout:
    """The spec's example with a second guest on layer 3."""
    para = spec_para()
    para["input_stream_list"].append(stream("guest_2", 3, image_width=160, image_height=240,
                                            location_x=200, location_y=630))
    return layout_of(para)


def ids(para: dict) -> list[str]:
    return [item["input_stream_id"] for item in para["input_stream_list"]]


def test_a_hidden_input_is_not_sent_and_the_rest_go_out_exactly_as_stored():
    layout = three_inputs()
    layout.design.inputs[1].visible = False
    wire = layout.para.to_wire()
    para = sent_para(layout)
    assert ids(para) == ["stream_lewis01", "guest_2"]
    assert para["input_stream_list"] == [wire["input_stream_list"][0],
                                         wire["input_stream_list"][2]]
    assert {k: v for k, v in para.items() if k != "input_stream_list"} == {
        k: v for k, v in wire.items() if k != "input_stream_list"}


def test_with_nothing_hidden_what_is_sent_is_the_para():
    layout = three_inputs()
    assert sent_para(layout) == layout.para.to_wire()


def test_the_sent_layout_keeps_design_alongside_and_the_original_indexes():
    layout = three_inputs()
    layout.design.inputs[2].label = "Second guest"
    layout.design.inputs[1].visible = False
    sent = sent_layout(layout)
    assert sent.indexes == (0, 2)
    assert [d.label for d in sent.layout.design.inputs] == ["", "Second guest"]
    assert sent.layout.para.to_wire() == sent_para(layout)
    assert (sent.layout.design.preview_width, sent.layout.design.preview_height) == (
        layout.design.preview_width, layout.design.preview_height)


def test_the_view_validation_reads_holds_what_the_copy_holds():
    layout = three_inputs()
    layout.design.inputs[0].visible = False
    view, copy = sent_view(layout), sent_layout(layout)
    assert view.indexes == copy.indexes == (1, 2)
    assert view.layout.para.to_wire() == copy.layout.para.to_wire() == sent_para(layout)
    assert view.layout.design == copy.layout.design
    assert len(layout.para.inputs) == len(layout.design.inputs) == 3


def test_changing_the_sent_layout_leaves_the_document_alone():
    layout = three_inputs()
    layout.design.inputs[1].visible = False
    sent = sent_layout(layout)
    sent.layout.para.inputs[1].layout_params.location_x = 0
    sent.layout.para.mix_stream_session_id = "other"
    assert layout.para.inputs[2].layout_params.location_x == 200
    assert layout.para.mix_stream_session_id == "lewis_room"
    assert len(layout.para.inputs) == 3


def test_every_input_hidden_sends_an_empty_list_which_validation_refuses():
    layout = three_inputs()
    for design in layout.design.inputs:
        design.visible = False
    assert sent_para(layout)["input_stream_list"] == []
    assert -1 in {p.code for p in validate(layout)}


def test_a_hidden_input_gets_no_problems_of_its_own():
    layout = three_inputs()
    layout.design.preview_width, layout.design.preview_height = 540, 960  # the SDK's host
    layout.para.inputs[1].layout_params.image_width = 5000  # -4, were it sent
    assert any(p.input_index == 1 for p in validate(layout))
    layout.design.inputs[1].visible = False
    assert validate(layout) == []


def test_problems_of_what_is_sent_name_the_documents_index():
    layout = three_inputs()
    layout.design.inputs[1].visible = False
    layout.para.inputs[2].layout_params.image_layer = 0  # index 1 of what is sent
    problems = [p for p in validate(layout) if p.code == -11]
    assert [(p.field, p.input_index) for p in problems] == [
        ("input_stream_list[2].layout_params.image_layer", 2)]


def test_hiding_layer_1_gives_the_services_own_answer_no_background():
    layout = layout_of(spec_para())
    layout.design.inputs[0].visible = False
    problems = validate(layout)
    assert ("input_stream_list", -11) in {(p.field, p.code) for p in problems}
    assert -21 in {p.code for p in problems}  # one input left


def test_a_templates_input_count_is_that_of_what_is_sent():
    para = unplaced_para()
    para["input_stream_list"].append(stream("guest_2", 3))
    para["mix_stream_template_id"] = 20  # two inputs
    layout = layout_of(para)
    assert -20 in {p.code for p in validate(layout)}
    layout.design.inputs[2].visible = False
    assert validate(layout) == []


def test_overflow_is_judged_on_what_is_sent_only():
    para = spec_para()
    para["input_stream_list"][0] = stream("canvas1", 1, input_type=3, color="0x000000",
                                          image_width=540, image_height=960)
    para["input_stream_list"].append(stream("big", 3, image_width=600, image_height=100,
                                            location_x=0, location_y=0))
    para["output_stream_type"] = 1
    para["output_stream_id"] = "mix_out"
    layout = layout_of(para)
    assert [(p.code, p.input_index) for p in validate(layout)] == [(-2, 2)]
    layout.design.inputs[2].visible = False
    assert validate(layout) == []


def test_api3_sends_and_judges_what_is_sent_too():
    layout = three_inputs()
    layout.para.inputs[1].layout_params.image_width = 2500  # over API 3.0's 2000
    layout.para.inputs[1].domain = ""  # a key API 3.0 cannot carry
    layout.para.inputs[2].layout_params.image_width = 2600
    layout.design.inputs[1].visible = False
    names = [item["InputStreamName"] for item in start_params(layout)["InputStreamList"]]
    assert names == ["stream_lewis01", "guest_2"]
    problems = validate_api3(layout)
    assert [(p.field, p.input_index) for p in problems if p.is_error] == [
        ("input_stream_list[2].layout_params.image_width", 2)]
    assert all(p.code != api3.WARNING_CODE for p in problems)  # the hidden input's key
    layout.design.inputs[1].visible = True
    assert any(p.code == api3.WARNING_CODE and "input_stream_list[1].domain" in p.message
               for p in validate_api3(layout))
