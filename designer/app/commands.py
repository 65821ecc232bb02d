"""Undo commands. Each calls the document's methods and nothing else (never a scene item).

Almost every edit is a set of field changes, so one command class records "these fields of
these targets were this, are now that"; structural edits (add, remove) have their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtGui import QUndoCommand

from designer.core.document import LayoutDocument
from designer.core.model import InputDesign, InputStream


class Part(Enum):
    SESSION = "session"    # a top-level para field; uid is ""
    STREAM = "stream"      # input_stream_id
    LAYOUT = "layout"      # layout_params fields
    CROP = "crop"          # crop_params as a whole ("crop" → CropParams | None)
    DESIGN = "design"      # design-only fields
    PREVIEW = "preview"    # the layout's design-only preview size; uid is ""
    API3 = "api3"          # API 3.0-only fields; uid is the part ("OutputParams" ...)


@dataclass
class Change:
    part: Part
    uid: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


def apply(document: LayoutDocument, part: Part, uid: str, values: dict[str, Any]) -> None:
    if part is Part.SESSION:
        for name, value in values.items():
            document.set_session(name, value)
    elif part is Part.STREAM:
        document.set_stream_id(uid, values["input_stream_id"])
    elif part is Part.LAYOUT:
        document.set_layout_params(uid, **values)
    elif part is Part.PREVIEW:
        document.set_preview(**values)
    elif part is Part.API3:
        document.set_api3(uid, **values)
    elif part is Part.CROP:
        crop = values["crop"]
        document.set_crop(uid, crop.model_copy() if crop is not None else None)
    else:
        document.set_design(uid, **values)


def current(document: LayoutDocument, part: Part, uid: str, names: list[str]) -> dict[str, Any]:
    """The present values of ``names`` (what an undo must restore)."""
    if part is Part.SESSION:
        return {name: getattr(document.layout.para, name) for name in names}
    if part is Part.STREAM:
        return {"input_stream_id": document.stream(uid).input_stream_id}
    if part is Part.PREVIEW:
        return {name: getattr(document.layout.design, name) for name in names}
    if part is Part.API3:
        options = getattr(document.layout.api3, uid)
        return {name: getattr(options, name) for name in names}
    if part is Part.LAYOUT:
        lp = document.stream(uid).layout_params
        return {name: getattr(lp, name) if lp else None for name in names}
    if part is Part.CROP:
        crop = document.stream(uid).crop_params
        return {"crop": crop.model_copy() if crop is not None else None}
    design = document.design(uid)
    return {name: getattr(design, name) for name in names}


#: Commands with this id merge with the previous one when they touch the same inputs.
NUDGE_ID = 1001


class ChangeCommand(QUndoCommand):
    """Field changes on one or more inputs (and/or the session), done and undone together."""

    def __init__(self, document: LayoutDocument, text: str, changes: list[Change],
                 merge_id: int = -1):
        super().__init__(text)
        self._document = document
        self._changes = changes
        self._merge_id = merge_id

    @property
    def changes(self) -> list[Change]:
        return self._changes

    def redo(self) -> None:
        with self._document.batch():  # one announcement for the step, however many inputs
            for change in self._changes:
                apply(self._document, change.part, change.uid, change.after)

    def undo(self) -> None:
        with self._document.batch():
            for change in reversed(self._changes):
                apply(self._document, change.part, change.uid, change.before)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.id() != self.id():
            return False
        mine = [(c.part, c.uid) for c in self._changes]
        if mine != [(c.part, c.uid) for c in other.changes]:
            return False
        for change, newer in zip(self._changes, other.changes, strict=True):
            change.after = newer.after
        return True


class InsertInputsCommand(QUndoCommand):
    """Add inputs at given positions of the input list (add, duplicate, paste)."""

    def __init__(self, document: LayoutDocument, text: str,
                 inputs: list[tuple[int, InputStream, InputDesign]]):
        super().__init__(text)
        self._document = document
        self._inputs = sorted(inputs, key=lambda item: item[0])

    def redo(self) -> None:
        with self._document.batch():
            for index, stream, design in self._inputs:
                self._document.insert_input(index, stream.model_copy(deep=True),
                                            design.model_copy(deep=True))

    def undo(self) -> None:
        with self._document.batch():
            for _, _, design in reversed(self._inputs):
                self._document.remove_input(design.uid)


class RemoveInputsCommand(QUndoCommand):
    def __init__(self, document: LayoutDocument, text: str, uids: list[str]):
        super().__init__(text)
        self._document = document
        self._uids = uids
        self._removed: list[tuple[int, InputStream, InputDesign]] = []

    def redo(self) -> None:
        # Highest index first, so the indexes recorded stay right for undo.
        order = sorted(self._uids, key=self._document.index, reverse=True)
        with self._document.batch():
            self._removed = [self._document.remove_input(uid) for uid in order]

    def undo(self) -> None:
        with self._document.batch():
            for index, stream, design in reversed(self._removed):
                self._document.insert_input(index, stream, design)

