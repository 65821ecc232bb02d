"""Built-in scenarios start valid, and match the layouts they are named after."""

import pytest

from designer.core.placement import placements
from designer.core.scenarios import SCENARIOS, by_key, meeting
from designer.core.validation import validate


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.key)
def test_every_scenario_is_ready_to_send_without_a_warning(scenario):
    assert validate(scenario.build()) == []


def test_scenarios_are_fresh_each_time():
    first = by_key("pk").build()
    first.para.mix_stream_session_id = "changed"
    assert by_key("pk").build().para.mix_stream_session_id == "pk_room"


def test_custom_link_mic_uses_the_sdks_slots():
    # The spec's own start example (160×240 at 380, 630) is the first slot.
    windows = [p.rect for p in placements(by_key("link-mic-custom").build())[1:]]
    assert [(r.x, r.y, r.width, r.height) for r in windows] == [
        (380, 630, 160, 240), (380, 390, 160, 240), (380, 150, 160, 240)]


@pytest.mark.parametrize("people", range(2, 16))
def test_meeting_grids_fit_the_canvas_for_any_size(people):
    layout = meeting(people)
    assert len(layout.para.inputs) == people + 1
    assert validate(layout) == []
    boxes = [p.rect for p in placements(layout)[1:]]
    for a in boxes:  # no two tiles overlap
        for b in boxes:
            if a is not b:
                assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y


def test_a_blank_layout_only_lacks_inputs():
    from designer.core.scenarios import blank

    assert [p.code for p in validate(blank())] == [-1]


def test_the_meeting_preset_is_the_grid_generator_with_nine_people():
    from designer.core import presets

    def without_uids(layout):
        data = presets.to_data(layout)
        for design in data["design"]["inputs"]:
            design.pop("uid")  # fresh for every layout made
        return data

    assert without_uids(by_key("meeting").build()) == without_uids(meeting(9))


def test_every_scenario_is_a_preset_file_among_the_resources():
    from designer.core.resources import resource_folder

    folder = resource_folder("scenarios")
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".json")) == sorted(
        f"{s.key}.json" for s in SCENARIOS)
