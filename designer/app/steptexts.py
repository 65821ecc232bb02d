"""How undo steps name what they change, in a producer's words: "Move guest_1", "Resize 3
layers", "Change session id", "Take guest_2 off air" (History, the Edit menu, the Undo
button's tooltip). Not the wire's names ("Change image_height").

The texts keep the DocumentEditor translation context they were first written in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from designer.core.document import LayoutDocument

#: Undo texts per field, in a producer's words ("Change session id", not the wire's name);
#: %1 is the input an input's field belongs to. Fields not listed: "Change %1".
_SESSION_TEXTS = {
    "mix_stream_session_id": QT_TRANSLATE_NOOP("DocumentEditor", "Change session id"),
    "output_stream_id": QT_TRANSLATE_NOOP("DocumentEditor", "Change output id"),
    "output_stream_type": QT_TRANSLATE_NOOP("DocumentEditor", "Change output type"),
    "output_stream_bitrate": QT_TRANSLATE_NOOP("DocumentEditor", "Change bitrate"),
    "mix_stream_template_id": QT_TRANSLATE_NOOP("DocumentEditor", "Change template"),
    "app_id": QT_TRANSLATE_NOOP("DocumentEditor", "Change App ID"),
}
_INPUT_TEXTS = {
    "location_x": QT_TRANSLATE_NOOP("DocumentEditor", "Move %1"),
    "location_y": QT_TRANSLATE_NOOP("DocumentEditor", "Move %1"),
    "image_width": QT_TRANSLATE_NOOP("DocumentEditor", "Resize %1"),
    "image_height": QT_TRANSLATE_NOOP("DocumentEditor", "Resize %1"),
    "image_layer": QT_TRANSLATE_NOOP("DocumentEditor", "Change the layer number of %1"),
    "input_type": QT_TRANSLATE_NOOP("DocumentEditor", "Change the input type of %1"),
    "color": QT_TRANSLATE_NOOP("DocumentEditor", "Change the colour of %1"),
    "picture_id": QT_TRANSLATE_NOOP("DocumentEditor", "Change the picture of %1"),
    "label": QT_TRANSLATE_NOOP("DocumentEditor", "Rename %1"),
    "source_width": QT_TRANSLATE_NOOP("DocumentEditor", "Change the source resolution of %1"),
    "source_height": QT_TRANSLATE_NOOP("DocumentEditor", "Change the source resolution of %1"),
}
#: Design switches, by their new value.
_SWITCH_TEXTS = {
    # Shown is on air, hidden is off air (not sent): the steps say so.
    ("visible", True): QT_TRANSLATE_NOOP("DocumentEditor", "Put %1 on air"),
    ("visible", False): QT_TRANSLATE_NOOP("DocumentEditor", "Take %1 off air"),
    ("locked", True): QT_TRANSLATE_NOOP("DocumentEditor", "Lock %1"),
    ("locked", False): QT_TRANSLATE_NOOP("DocumentEditor", "Unlock %1"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("DocumentEditor", text)


def name_of(document: LayoutDocument, uid: str) -> str:
    """An input as a producer knows it: its label, else its stream id."""
    stream, design = document.stream(uid), document.design(uid)
    return design.label or stream.input_stream_id or QCoreApplication.translate(
        "DocumentEditor", "(no stream id)")


def subject(document: LayoutDocument, uids: Iterable[str]) -> str:
    """The inputs a step changes: one by name, several by their count ("3 layers")."""
    chosen = list(dict.fromkeys(uids))
    if len(chosen) == 1:
        return name_of(document, chosen[0])
    return QCoreApplication.translate("DocumentEditor", "%1 layers").replace(
        "%1", str(len(chosen)))


def step_text(document: LayoutDocument, text: str, uids: Iterable[str]) -> str:
    """An undo text with %1 filled in by the inputs it changes: "Move guest_1"."""
    return text.replace("%1", subject(document, uids))


def field_text(document: LayoutDocument, values: Mapping[str, Any], uids: Iterable[str]) -> str:
    """The undo text of setting these fields of these inputs."""
    texts = {_SWITCH_TEXTS.get((name, value)) or _INPUT_TEXTS.get(name)
             for name, value in values.items()}
    text = texts.pop() if len(texts) == 1 else None
    return step_text(document, _translated(text) if text else QCoreApplication.translate(
        "DocumentEditor", "Change %1"), uids)


def session_text(name: str) -> str:
    """The undo text of setting a session-wide field (API 3.0's too): "Change session id"."""
    if name in _SESSION_TEXTS:
        return _translated(_SESSION_TEXTS[name])
    return QCoreApplication.translate("DocumentEditor", "Change %1").replace("%1", name)
