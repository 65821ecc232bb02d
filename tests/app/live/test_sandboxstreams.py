"""The built-in sandbox plays each stream at the size the layout expects, once per size, and
leaves alone what its control endpoint changed."""

from __future__ import annotations

from designer.app.live.sandboxstreams import SandboxStreams, expected_sizes
from designer.sandbox.streams import StreamRegistry
from tests.factories import spec_para


def test_declared_then_the_output_for_the_background_then_the_boxs_shape(make_editor):
    editor = make_editor(spec_para(), {1: (480, 720)})
    assert expected_sizes(editor) == {"stream_lewis01": (1280, 720),  # the preview size
                                      "stream_lewis02": (480, 720)}
    editor = make_editor(spec_para(), {0: (540, 960)})
    assert expected_sizes(editor) == {"stream_lewis01": (540, 960),
                                      "stream_lewis02": (360, 540)}  # a 160×240 box


def test_each_stream_is_pushed_once_per_size_and_a_control_change_is_kept():
    registry = StreamRegistry.everything_pushed()
    streams = SandboxStreams()
    streams.match(registry, {"a": (540, 960), "b": (360, 540)})
    assert (registry.resolution("a"), registry.resolution("b")) == ((540, 960), (360, 540))
    generation = registry.generation("a")
    streams.match(registry, {"a": (540, 960), "b": (360, 540)})
    assert registry.generation("a") == generation  # not restarted
    registry.set_pushed("b", True, (720, 480))  # a rotated phone, rehearsed
    registry.set_pushed("a", False)  # a guest who dropped
    streams.match(registry, {"a": (720, 1280), "b": (480, 720)})
    assert registry.resolution("b") == (720, 480) and not registry.is_pushed("a")
    registry.set_pushed("a", True)
    streams.match(registry, {"a": (720, 1280)})  # back, and the design changed: follows it
    assert registry.resolution("a") == (720, 1280)
