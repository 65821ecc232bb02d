"""Real pictures in the boxes: the built-in sandbox plays each stream, the real decoder reads
it in the background, and each box shows its stream's latest frame with a badge; a probed
size fills in one the design leaves out; probing never edits the document."""

from __future__ import annotations

from PySide6.QtGui import QColor

from designer.app.canvas.drawing.layerstate import LiveLook
from designer.core.model import InputType
from tests.app.live.conftest import probed_live, spin, spin_until

STREAMS = ("stream_lewis01", "stream_lewis02", "stream_lewis03")


def _flat_point(frame) -> tuple[int, int]:
    """A point of the frame, away from the labels, in an area of one colour (a smoothed
    zoom cannot blur it into another)."""
    for y in range(frame.height * 2 // 3, frame.height - 40, 7):
        for x in range(40, frame.width - 40, 7):
            colour = frame.rgb(x, y)
            if all(max(abs(a - b) for a, b in zip(frame.rgb(x + dx, y + dy), colour,
                                                   strict=True)) <= 4
                   for dx in (-6, 0, 6) for dy in (-6, 0, 6)):
                return x, y
    raise AssertionError("the frame has no flat area")


def _item(window, index: int):
    uid = window.editor.document.uids()[index]
    return window.canvas.canvas_scene.layer_item(uid)


def test_each_box_shows_its_streams_latest_frame_and_a_probed_badge(live_window):
    window = live_window
    assert window.registry["live-inputs"].isChecked()  # the built-in sandbox's default
    spin_until(lambda: probed_live(window, *STREAMS)
               and all(_item(window, i).state.frame is not None for i in range(3)))
    host = _item(window, 0).state
    assert host.badge.text == "probed 540×960" and not host.badge.alarm
    # The picture is the stream's, decoded: the sandbox's pattern is the stream's colour, the
    # same in the frame and on the canvas.
    frame = host.frame
    assert (frame.width, frame.height) == (360, 640)  # a thumbnail of the 540×960 stream
    guest = _item(window, 1).state
    assert guest.badge.text == "probed 320×480" and guest.source_size == (320, 480)
    # What the canvas shows at a point of the host's box is the decoded picture there.
    window.canvas.fit_to_window()
    frame = _item(window, 0).state.frame
    image = window.canvas.grab().toImage()
    x, y = _flat_point(frame)
    seen = window.canvas.mapFromScene(x * 540 / frame.width, y * 960 / frame.height)
    shown = QColor(image.pixel(seen.x(), seen.y()))
    expected = frame.rgb(x, y)
    assert max(abs(a - b) for a, b in zip((shown.red(), shown.green(), shown.blue()),
                                          expected, strict=True)) <= 24, (shown, expected)
    # Repeated: the boxes get new frames as probes come back.
    first = _item(window, 1).state.frame
    spin_until(lambda: _item(window, 1).state.frame is not first)


def test_a_probed_size_fills_in_the_one_the_design_leaves_out_without_an_edit(live_window):
    window = live_window
    editor = window.editor
    uid = editor.document.uids()[2]
    editor.set_design_fields(uid, source_width=None, source_height=None)
    editor.undo_stack.setClean()
    steps = editor.undo_stack.count()
    spin_until(lambda: "stream_lewis03" in editor.observed_sizes)
    size = editor.observed_sizes["stream_lewis03"]
    assert _item(window, 2).state.source_size == size  # the canvas draws it at that size
    assert editor.document.design(uid).source_size is None  # the document is as it was
    assert editor.undo_stack.count() == steps and editor.undo_stack.isClean()
    assert not window.isWindowModified()


def test_a_declared_size_that_differs_is_a_warning_with_both_sizes(live_window):
    window = live_window
    spin_until(lambda: probed_live(window, *STREAMS))
    window.mix.connection.sandbox().state.streams.set_pushed("stream_lewis02", True, (480, 320))
    spin_until(lambda: window.editor.observed_sizes.get("stream_lewis02") == (480, 320))
    (warning,) = [p for p in window.editor.problems if p.code == "PROBED"]
    assert warning.field == "input_stream_list[1].source_width"
    assert "480×320" in warning.message and "320×480" in warning.message
    assert _item(window, 1).state.source_size == (480, 320)
    assert any(p.code == "FAQ8" for p in window.editor.problems_for(
        window.editor.document.uids()[1]))  # black bars, judged on the probed size
    problems = window.docks["problems"].widget().list
    assert any("480×320" in problems.topLevelItem(row).text(2)
               for row in range(problems.topLevelItemCount()))


def test_turning_live_inputs_off_forgets_every_picture_and_size(live_window):
    window = live_window
    spin_until(lambda: probed_live(window, *STREAMS))
    window.registry["live-inputs"].setChecked(False)
    assert not window.live.prober.running
    assert window.editor.observed_sizes == {}
    assert all(_item(window, i).state.frame is None and _item(window, i).state.badge is None
               for i in range(3))
    spin(1.0)  # results on their way are dropped
    assert len(window.live.states) == 0


def test_streams_follow_the_document(live_window):
    window = live_window
    editor = window.editor
    spin_until(lambda: probed_live(window, *STREAMS))
    editor.delete([editor.document.uids()[2]])
    assert "stream_lewis03" not in window.live.states
    assert window.canvas.canvas_scene.live_look("stream_lewis03") is None
    picture = editor.add_input(InputType.PICTURE)  # a picture has no stream to probe
    uid = editor.add_input(InputType.AUDIO_VIDEO)
    new_id = editor.document.stream(uid).input_stream_id
    assert editor.document.stream(picture).input_stream_id not in window.live._urls
    spin_until(lambda: probed_live(window, new_id))
    assert isinstance(window.canvas.canvas_scene.live_look(new_id), LiveLook)
