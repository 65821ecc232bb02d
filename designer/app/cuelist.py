"""The document's show: its cues, and which one the canvas previews.

The previewed cue's layout *is* the document's layout (the same object), so editing the
preview edits that cue. Previewing another cue replaces the document's layout with that cue's;
it is an undo step like any edit, so undo walks back across cues in the order things were done.
Only the undo commands below change a CueList.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from designer.core.document import LayoutDocument
from designer.core.show import SHOW_WIDE as SHOW_WIDE  # the editor sets these on every cue
from designer.core.show import Cue, Show, of_layout


class CueList(QObject):
    #: The cues, their names, the previewed one or the show's settings changed.
    changed = Signal()

    def __init__(self, document: LayoutDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self.show: Show = of_layout(document.layout)
        self.index = 0
        #: Read from a show file: saved as one, even with a single cue.
        self.from_show_file = False

    def reset(self, show: Show, from_show_file: bool) -> None:
        """A new document's show (its first cue is already the document's layout)."""
        self.show, self.index, self.from_show_file = show, 0, from_show_file
        self.changed.emit()

    @property
    def current(self) -> Cue:
        return self.show.cues[self.index]

    @property
    def is_show(self) -> bool:
        """Saved as a show: more than one cue, or opened from a show file."""
        return self.from_show_file or len(self.show.cues) > 1

    def name_for_copy(self, name: str) -> str:
        """A cue name not taken yet: "PK 2", "PK 3" …"""
        taken, number = set(self.show.names), 2
        while f"{name} {number}" in taken:
            number += 1
        return f"{name} {number}"

    # -- for the commands -------------------------------------------------------------------

    def _preview(self, index: int) -> None:
        self.index = index
        self._document.replace(self.show.cues[index].layout)
        self.changed.emit()


class PreviewCueCommand(QUndoCommand):
    def __init__(self, cues: CueList, index: int, text: str):
        super().__init__(text)
        self._cues, self._to, self._from = cues, index, cues.index

    def redo(self) -> None:
        self._cues._preview(self._to)

    def undo(self) -> None:
        self._cues._preview(self._from)


class InsertCueCommand(QUndoCommand):
    """Add a cue at ``position`` and preview it."""

    def __init__(self, cues: CueList, position: int, cue: Cue, text: str):
        super().__init__(text)
        self._cues, self._position, self._cue, self._from = cues, position, cue, cues.index

    def redo(self) -> None:
        self._cues.show.cues.insert(self._position, self._cue)
        self._cues._preview(self._position)

    def undo(self) -> None:
        del self._cues.show.cues[self._position]
        self._cues._preview(self._from)


class RemoveCueCommand(QUndoCommand):
    """Remove a cue (never the last one); a neighbour is previewed if it was."""

    def __init__(self, cues: CueList, position: int, text: str):
        super().__init__(text)
        self._cues, self._position, self._from = cues, position, cues.index
        self._cue = cues.show.cues[position]

    def redo(self) -> None:
        cues = self._cues
        del cues.show.cues[self._position]
        index = self._from if self._from < self._position else max(0, self._from - 1)
        cues._preview(min(index, len(cues.show.cues) - 1))

    def undo(self) -> None:
        self._cues.show.cues.insert(self._position, self._cue)
        self._cues._preview(self._from)


class RenameCueCommand(QUndoCommand):
    def __init__(self, cues: CueList, position: int, name: str, text: str):
        super().__init__(text)
        self._cues, self._position = cues, position
        self._names = (cues.show.cues[position].name, name)

    def redo(self) -> None:
        self._set(self._names[1])

    def undo(self) -> None:
        self._set(self._names[0])

    def _set(self, name: str) -> None:
        self._cues.show.cues[self._position].name = name
        self._cues.changed.emit()


class TakeWithoutConfirmingCommand(QUndoCommand):
    def __init__(self, cues: CueList, on: bool, text: str):
        super().__init__(text)
        self._cues, self._on = cues, on

    def redo(self) -> None:
        self._set(self._on)

    def undo(self) -> None:
        self._set(not self._on)

    def _set(self, on: bool) -> None:
        self._cues.show.take_without_confirming = on
        self._cues.changed.emit()


class OtherCuesCommand(QUndoCommand):
    """A show-wide session field set on every cue but the previewed one (whose change is its
    own command in the same macro): one session and output for the whole show."""

    def __init__(self, cues: CueList, name: str, value: object):
        super().__init__()
        self._name, self._value = name, value
        self._others = [cue for index, cue in enumerate(cues.show.cues) if index != cues.index]
        self._before = [getattr(cue.layout.para, name) for cue in self._others]

    def redo(self) -> None:
        for cue in self._others:
            setattr(cue.layout.para, self._name, self._value)

    def undo(self) -> None:
        for cue, value in zip(self._others, self._before, strict=True):
            setattr(cue.layout.para, self._name, value)
