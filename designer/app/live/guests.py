"""The edits offered for a guest who drops, each one undo step: a placeholder picture in the
guest's box, and the guest shown again. (Off air and back is the editor's set_on_air.)

A placeholder is what TRTC's is: a picture input (input_type 2, an uploaded watermark's
picture_id) in the same box and on the same layer. It keeps the guest's input_stream_id, so
that the update's changes read "… becomes picture 3" and the guest comes back in one step.
The background keeps the output's size: its picture gets the output's size in pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.app.live.drops import Placeholder
from designer.core.geometry import background_input
from designer.core.model import InputType


def show_placeholder(editor: DocumentEditor, uid: str, picture_id: int,
                     remember: Callable[[Placeholder], None]) -> bool:
    """Show picture ``picture_id`` instead of the input ``uid``: one undo step. What it
    changes is handed to ``remember`` before the step is made (listeners of the document
    may ask for it); False if nothing changed."""
    document = editor.document
    stream = document.stream(uid)
    after: dict[str, Any] = {"input_type": int(InputType.PICTURE), "picture_id": picture_id}
    if background_input(editor.layout) == document.index(uid):
        width, height = editor.background_size()
        after.update(image_width=round(width), image_height=round(height))
    lp = stream.layout_params
    before = {name: getattr(lp, name) if lp is not None else None for name in after}
    crop = stream.crop_params.model_copy() if stream.crop_params is not None else None
    changes: list[tuple[Part, str, Mapping[str, Any]]] = [(Part.LAYOUT, uid, after)]
    if crop is not None:  # a crop of the guest's picture means nothing for the watermark
        changes.append((Part.CROP, uid, {"crop": None}))
    remember(Placeholder(stream.input_stream_id or "", before, crop))
    text = editor.step_text(QCoreApplication.translate("LiveInputs", "Show a placeholder for %1"),
                            [uid])
    return editor.edit(text, changes)


def show_again(editor: DocumentEditor, uid: str, record: Placeholder) -> bool:
    """The guest in their box again, as before the placeholder: one undo step."""
    changes: list[tuple[Part, str, Mapping[str, Any]]] = [
        (Part.LAYOUT, uid, record.layout_before)]
    if record.crop_before is not None:
        changes.append((Part.CROP, uid, {"crop": record.crop_before}))
    text = editor.step_text(QCoreApplication.translate("LiveInputs", "Show %1 again"), [uid])
    return editor.edit(text, changes)
