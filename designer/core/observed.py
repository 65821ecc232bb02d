"""What probing saw of a layout's streams, and how it changes the way the layout is judged.

A probe (designer.net.probe) reads each stream's real resolution. The window keeps those
sizes beside the document, never in it (probing makes no undo step and never marks the file
modified), and draws and judges the layout as the service will compose it: with each probed
stream at its probed size. A probed size fills in a source size the design leaves out, and
stands in for a declared one that differs (the service crops and scales the real picture),
which :func:`size_warnings` then points out.

Sizes are keyed by input_stream_id, as the play URLs are: every video input of that id has
the picture of that stream.
"""

from __future__ import annotations

from collections.abc import Mapping

from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import STREAM_VIDEO_TYPES, InputDesign, InputStream, Layout
from designer.core.problems import Problem, Severity, WarningCode
from designer.core.sending import hides_anything, map_back, sent_view

#: Stream id → (width, height) of the picture a probe decoded.
Sizes = Mapping[str, tuple[int, int]]


def observed_size(stream: InputStream, sizes: Sizes) -> tuple[int, int] | None:
    """The probed size of a video input's stream, if it has been probed."""
    if not sizes or stream.kind not in STREAM_VIDEO_TYPES:
        return None
    return sizes.get(stream.input_stream_id or "")


def seen_design(stream: InputStream, design: InputDesign, sizes: Sizes) -> InputDesign:
    """``design`` with the probed size as its source size; ``design`` itself if there is none
    or it already says so (a copy otherwise: the document's design is never written)."""
    size = observed_size(stream, sizes)
    if size is None or design.source_size == size:
        return design
    return design.model_copy(update={"source_width": size[0], "source_height": size[1]})


def observed_layout(layout: Layout, sizes: Sizes) -> Layout:
    """The layout as the service will compose it, probed sizes standing in: ``layout`` itself
    when nothing differs, else a copy sharing its para (which must not be written)."""
    if not sizes:
        return layout
    designs = [seen_design(stream, design, sizes) for stream, design in layout.pairs()]
    if all(seen is design for seen, design in zip(designs, layout.design.inputs, strict=True)):
        return layout
    return layout.model_copy(update={"design": layout.design.model_copy(
        update={"inputs": designs})})


def size_warnings(layout: Layout, sizes: Sizes) -> list[Problem]:
    """A warning for each video input whose declared source size is not the probed one; as
    validate(), of what is sent (an input off air is not judged), named by the layout's
    indexes."""
    if hides_anything(layout):
        sent = sent_view(layout)
        return map_back(_size_warnings(sent.layout, sizes), sent.indexes)
    return _size_warnings(layout, sizes)


def _size_warnings(layout: Layout, sizes: Sizes) -> list[Problem]:
    problems = []
    for index, (stream, design) in enumerate(layout.pairs()):
        probed, declared = observed_size(stream, sizes), design.source_size
        if probed is None or declared is None or probed == declared:
            continue
        name = "source_width" if probed[0] != declared[0] else "source_height"
        problems.append(Problem(
            WarningCode.PROBED_SIZE, f"input_stream_list[{index}].{name}",
            QT_TRANSLATE_NOOP(
                "Validation", "the stream plays at {pw}×{ph}, not the declared {dw}×{dh}: crops "
                              "and black bars are judged on {pw}×{ph}; declare that size to "
                              "keep it when the stream is not probed"),
            {"pw": probed[0], "ph": probed[1], "dw": declared[0], "dh": declared[1]},
            Severity.WARNING))
    return problems
