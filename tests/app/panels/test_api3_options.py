"""Session's "API 3.0 only" group: it shows the document's api3 section, once per step."""

from __future__ import annotations

from designer.app.panels.api3_options import Api3OptionsBox
from tests.factories import layout_of, spec_para


def test_the_group_follows_a_replaced_layout_once_and_an_edit_once(show, editor, monkeypatch):
    refreshes: list[int] = []
    original = Api3OptionsBox._refresh
    monkeypatch.setattr(Api3OptionsBox, "_refresh",
                        lambda self, *a: (refreshes.append(1), original(self, *a)))
    show(Api3OptionsBox(editor))
    refreshes.clear()

    layout = layout_of(spec_para())
    layout.api3.OutputParams.OutputStreamGop = 3
    editor.replace(layout)  # a file opened: every field changes
    assert len(refreshes) == 1
    assert editor.layout.api3.OutputParams.OutputStreamGop == 3
    editor.set_api3_field("OutputParams", "OutputStreamGop", 5)
    assert len(refreshes) == 2
    editor.nudge([editor.document.uids()[1]], 5, 0)  # an input's edit: not this group's
    assert len(refreshes) == 2
